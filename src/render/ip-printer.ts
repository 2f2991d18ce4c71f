/**
 * iproute2's print layer: the same calls produce plain text, one-line text,
 * compact or pretty JSON (json_writer.c rules), and colour. Renderers walk
 * the world once and call these; the mode decides what comes out.
 */

export const PRINT_FP = 1;
export const PRINT_JSON = 2;
export const PRINT_ANY = 3;

export type ColorRole = 'ifname' | 'mac' | 'inet' | 'inet6' | 'up' | 'down' | 'none';

const LIGHT: Record<ColorRole, string> = {
  ifname: '\x1b[36m',
  mac: '\x1b[33m',
  inet: '\x1b[35m',
  inet6: '\x1b[34m',
  up: '\x1b[32m',
  down: '\x1b[31m',
  none: '',
};
const DARK: Record<ColorRole, string> = {
  ifname: '\x1b[1;36m',
  mac: '\x1b[1;33m',
  inet: '\x1b[1;35m',
  inet6: '\x1b[1;34m',
  up: '\x1b[1;32m',
  down: '\x1b[1;31m',
  none: '',
};

export interface PrinterOptions {
  json: boolean;
  pretty: boolean;
  oneline: boolean;
  color: boolean;
  darkBackground?: boolean;
}

type JsonValue = { raw: string } | { str: string };

/** printf-like formatting of a single %s / %d / %u / %i / %x conversion with optional width. */
export function fmt1(format: string, value: string | number | undefined): string {
  return format.replace(
    /%(-?)(\d*)(l*)([sduixX%])/,
    (_m, left: string, width: string, _l: string, conv: string) => {
      if (conv === '%') return '%';
      let s: string;
      if (conv === 'x') s = Number(value).toString(16);
      else if (conv === 'X') s = Number(value).toString(16).toUpperCase();
      else s = value === undefined ? '(null)' : String(value);
      const w = width ? Number(width) : 0;
      if (s.length < w) s = left ? s.padEnd(w) : s.padStart(w);
      return s;
    },
  );
}

export class IpPrinter {
  private text = '';
  private readonly colors: Record<ColorRole, string>;
  // json_writer state
  private depth = 0;
  private sep = '';

  constructor(readonly opts: PrinterOptions) {
    this.colors = opts.darkBackground ? DARK : LIGHT;
  }

  get isJson(): boolean {
    return this.opts.json;
  }

  output(): string {
    return this.text;
  }

  /** Raw text (text mode only). */
  fp(s: string): void {
    if (!this.opts.json) this.text += s;
  }

  // ---------------------------------------------------------- json writer
  private eol(): void {
    if (!this.opts.pretty) return;
    this.text += `\n${'    '.repeat(this.depth)}`;
  }

  private eor(): void {
    if (this.sep) this.text += this.sep;
    this.sep = ',';
  }

  private name(key: string): void {
    this.eor();
    this.eol();
    this.sep = '';
    this.text += `${JSON.stringify(key)}:${this.opts.pretty ? ' ' : ''}`;
  }

  private value(v: JsonValue): void {
    this.eor();
    this.text += 'raw' in v ? v.raw : jsonString(v.str);
  }

  private field(key: string | null, v: JsonValue): void {
    if (key !== null) this.name(key);
    this.value(v);
  }

  openObject(key: string | null = null): void {
    if (!this.opts.json) return;
    if (key !== null) this.name(key);
    this.eor();
    this.text += '{';
    this.depth++;
    this.sep = '';
  }

  closeObject(): void {
    if (!this.opts.json) return;
    this.depth--;
    if (this.sep) this.eol();
    this.text += '}';
    this.sep = ',';
  }

  /** open_json_array(type, name): in text mode prints `name` as text when PRINT_FP is included. */
  openArray(type: number, key: string | null, textOpen = ''): void {
    if (this.opts.json) {
      if (!(type & PRINT_JSON)) return;
      if (key !== null) this.name(key);
      this.eor();
      this.text += '[';
      this.depth++;
      this.sep = '';
      if (this.opts.pretty) this.text += ' ';
    } else if (type & PRINT_FP) this.text += textOpen;
  }

  closeArray(type: number, textClose = ''): void {
    if (this.opts.json) {
      if (!(type & PRINT_JSON)) return;
      if (this.opts.pretty && this.sep) this.text += ' ';
      this.sep = '';
      this.depth--;
      this.text += ']';
      this.sep = ',';
    } else if (type & PRINT_FP) this.text += textClose;
  }

  /** Begin the top-level array of a JSON document. */
  begin(): void {
    if (this.opts.json) this.openArray(PRINT_JSON, null);
  }

  /** End the document (json_writer prints a newline after it). */
  end(): void {
    if (this.opts.json) {
      this.closeArray(PRINT_JSON);
      this.text += '\n';
    }
  }

  // ---------------------------------------------------------- print_* family
  string(type: number, key: string | null, format: string, value: string | undefined): void {
    if (this.opts.json) {
      if (type & PRINT_JSON) this.field(key, value === undefined ? { raw: 'null' } : { str: value });
    } else if (type & PRINT_FP)
      this.text += value === undefined ? format.replace(/%s/, '') : fmt1(format, value);
  }

  colorString(type: number, role: ColorRole, key: string | null, format: string, value: string): void {
    if (this.opts.json) {
      if (type & PRINT_JSON) this.field(key, { str: value });
      return;
    }
    if (!(type & PRINT_FP)) return;
    const s = fmt1(format, value);
    const c = this.opts.color ? this.colors[role] : '';
    this.text += c ? `${c}${s}\x1b[0m` : s;
  }

  uint(type: number, key: string | null, format: string, value: number): void {
    if (this.opts.json) {
      if (type & PRINT_JSON) this.field(key, { raw: String(value) });
    } else if (type & PRINT_FP) this.text += fmt1(format, value);
  }

  int(type: number, key: string | null, format: string, value: number): void {
    this.uint(type, key, format, value);
  }

  bool(type: number, key: string | null, format: string, value: boolean): void {
    if (this.opts.json) {
      if (type & PRINT_JSON) this.field(key, { raw: value ? 'true' : 'false' });
    } else if (type & PRINT_FP && value)
      this.text += format.includes('%') ? fmt1(format, String(value)) : format;
  }

  null(type: number, key: string | null, format: string): void {
    if (this.opts.json) {
      if (type & PRINT_JSON) this.field(key, { raw: 'null' });
    } else if (type & PRINT_FP) this.text += format;
  }

  /** print_nl(): a line break, or `\` in one-line mode; nothing in JSON. */
  nl(): void {
    if (this.opts.json) return;
    this.text += this.opts.oneline ? '\\' : '\n';
  }
}

export function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else out += ch;
  }
  return `${out}"`;
}

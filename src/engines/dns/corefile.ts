/**
 * Corefile syntax (CoreDNS's fork of the Caddyfile): server blocks of keys
 * ("." ":53" "cluster.local:53" "dns://example.org") and directives, each a
 * line of tokens with an optional { } block of sub-directives. Errors carry
 * the parser's own wording: `Corefile:7 - Error during parsing: Unknown
 * directive 'foo'`.
 */

export interface Token {
  text: string;
  line: number;
  quoted: boolean;
  /** Which import a token came from (a change of source starts a new line, as in Caddy). */
  src?: number;
}

export interface Directive {
  name: string;
  line: number;
  args: Token[];
  /** Sub-directives of a { } block (null when the directive has no block). */
  block: Directive[] | null;
}

export interface ServerBlock {
  keys: Token[];
  directives: Directive[];
}

export class CorefileError extends Error {}

const MAX_TOKENS = 100000;

export function lexCorefile(text: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length && out.length < MAX_TOKENS) {
    const c = text[i] as string;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const start = line;
    if (c === '"') {
      let s = '';
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && text[i + 1] === '"') {
          s += '"';
          i += 2;
          continue;
        }
        if (text[i] === '\n') line++;
        s += text[i];
        i++;
      }
      i++;
      out.push({ text: s, line: start, quoted: true });
      continue;
    }
    let s = '';
    while (i < text.length && !/[\s]/.test(text[i] as string)) {
      s += text[i];
      i++;
    }
    out.push({ text: s, line: start, quoted: false });
  }
  return out;
}

class Parser {
  cursor = -1;
  constructor(
    readonly tokens: Token[],
    readonly file: string,
    readonly known: (name: string) => boolean,
    readonly snippets: Map<string, Token[]>,
  ) {}

  val(): string {
    return this.tokens[this.cursor]?.text ?? '';
  }
  cur(): Token | undefined {
    return this.tokens[this.cursor];
  }
  next(): boolean {
    if (this.cursor < this.tokens.length - 1) {
      this.cursor++;
      return true;
    }
    return false;
  }
  isNewLine(): boolean {
    if (this.cursor < 1) return true;
    const a = this.tokens[this.cursor - 1] as Token;
    const b = this.tokens[this.cursor] as Token;
    return (a.src ?? 0) !== (b.src ?? 0) || a.line + (a.text.split('\n').length - 1) < b.line;
  }
  line(): number {
    return this.cur()?.line ?? this.tokens[this.tokens.length - 1]?.line ?? 1;
  }
  err(msg: string): CorefileError {
    return new CorefileError(`${this.file}:${this.line()} - Error during parsing: ${msg}`);
  }
  syntaxErr(expected: string): CorefileError {
    return new CorefileError(
      `${this.file}:${this.line()} - Syntax error: Unexpected token '${this.val()}', expecting '${expected}'`,
    );
  }
}

/** Expand `import SNIPPET` inside token lists (bounded). */
function expandImports(p: Parser, depth = 0): void {
  if (depth > 10) throw p.err('maximum import depth exceeded');
  for (let i = 0; i < p.tokens.length; i++) {
    const t = p.tokens[i] as Token;
    if (t.text !== 'import' || t.quoted) continue;
    const arg = p.tokens[i + 1];
    if (!arg || arg.line !== t.line) {
      p.cursor = i;
      throw p.err("Wrong argument count or unexpected line ending after 'import'");
    }
    const snip = p.snippets.get(arg.text);
    if (!snip) {
      p.cursor = i + 1;
      throw p.err(`File to import not found: ${arg.text}`);
    }
    const copy = snip.map((s) => ({ ...s, src: depth * 1000 + i + 1 }));
    p.tokens.splice(i, 2, ...copy);
    if (p.tokens.length > MAX_TOKENS) throw p.err('too many tokens');
    expandImports(p, depth + 1);
    return;
  }
}

function directive(p: Parser): Directive {
  const head = p.cur() as Token;
  const d: Directive = { name: head.text, line: head.line, args: [], block: null };
  while (p.next()) {
    if (p.val() === '{' && !(p.cur() as Token).quoted) {
      d.block = [];
      for (;;) {
        if (!p.next()) throw p.err('Unexpected EOF');
        if (p.val() === '}' && !(p.cur() as Token).quoted) break;
        d.block.push(subDirective(p));
      }
      return d;
    }
    if (p.isNewLine()) {
      p.cursor--;
      return d;
    }
    if (p.val() === '}' && !(p.cur() as Token).quoted) {
      p.cursor--;
      return d;
    }
    d.args.push(p.cur() as Token);
  }
  return d;
}

function subDirective(p: Parser): Directive {
  return directive(p);
}

/** Parse a Corefile into server blocks. `known` tells which directive names exist. */
export function parseCorefile(text: string, file: string, known: (name: string) => boolean): ServerBlock[] {
  const all = lexCorefile(text);
  const snippets = new Map<string, Token[]>();
  // snippets: (name) { ... } at the top level
  const tokens: Token[] = [];
  for (let i = 0; i < all.length; i++) {
    const t = all[i] as Token;
    const m = /^\((.+)\)$/.exec(t.text);
    if (m && all[i + 1]?.text === '{') {
      let depth = 0;
      let j = i + 1;
      const body: Token[] = [];
      for (; j < all.length; j++) {
        const x = all[j] as Token;
        if (x.text === '{') depth++;
        else if (x.text === '}') depth--;
        if (depth === 0) break;
        if (!(x.text === '{' && depth === 1 && j === i + 1)) body.push(x);
      }
      snippets.set(m[1] as string, body);
      i = j;
      continue;
    }
    tokens.push(t);
  }
  const p = new Parser(tokens, file, known, snippets);
  expandImports(p);
  const blocks: ServerBlock[] = [];
  if (!p.next()) return blocks;
  for (let guard = 0; guard < 10000; guard++) {
    const block: ServerBlock = { keys: [], directives: [] };
    // keys up to '{' or the end of the line
    let expecting = false;
    for (;;) {
      const t = p.cur() as Token;
      if (t.text === '{' && !t.quoted) {
        if (expecting) throw p.err(`Expected another address but had '${t.text}' - check for extra comma`);
        break;
      }
      if (t.text !== '') {
        let k = t.text;
        if (k.endsWith(',')) {
          k = k.slice(0, -1);
          expecting = true;
        } else expecting = false;
        block.keys.push({ ...t, text: k });
      }
      const has = p.next();
      if (expecting && !has) throw p.err('Unexpected EOF');
      if (!has) {
        blocks.push(block);
        return blocks;
      }
      if (!expecting && p.isNewLine()) break;
    }
    const braced = p.val() === '{';
    if (!braced) p.cursor--;
    let closed = false;
    while (p.next()) {
      if (p.val() === '}' && !(p.cur() as Token).quoted) {
        closed = true;
        break;
      }
      if (!p.known(p.val())) throw p.err(`Unknown directive '${p.val()}'`);
      block.directives.push(directive(p));
    }
    if (braced && !closed) throw p.syntaxErr('}');
    if (!braced && closed) throw p.err("Unexpected '}' because no matching opening brace");
    blocks.push(block);
    if (!p.next()) break;
  }
  return blocks;
}

/** A server block key split into zone and port ("cluster.local:53", "dns://.:1053", ":53"). */
export function splitKey(key: string): { zone: string; port: number; scheme: string } | null {
  let k = key;
  let scheme = 'dns';
  const sm = /^([a-z+]+):\/\//i.exec(k);
  if (sm) {
    scheme = (sm[1] as string).toLowerCase();
    k = k.slice(sm[0].length);
  }
  let port = scheme === 'tls' ? 853 : scheme === 'https' ? 443 : 53;
  const pm = /^(.*):(\d+)$/.exec(k);
  if (pm) {
    k = pm[1] as string;
    port = Number(pm[2]);
    if (port > 65535) return null;
  }
  if (k === '') k = '.';
  if (!k.endsWith('.')) k += '.';
  return { zone: k.toLowerCase(), port, scheme };
}

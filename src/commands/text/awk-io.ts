/** awk records and streams: RS splitting, the main input, getline sources and output redirections. */
import type { Proc } from '../../shell/types.js';
import { fsFailure } from './common.js';
import { compile, type PosixRegex } from './regex.js';

/** A text being consumed record by record with the current RS. */
export class RecordStream {
  private off = 0;
  constructor(private readonly data: string) {}

  /** The next record (or null at end) and what terminated it. */
  next(rs: string, regexFor: (src: string) => PosixRegex): { rec: string; rt: string } | null {
    const d = this.data;
    if (rs === '') {
      // paragraph mode: skip leading newlines, records end at blank lines
      while (this.off < d.length && d[this.off] === '\n') this.off++;
      if (this.off >= d.length) return null;
      const m = /\n\n+/g;
      m.lastIndex = this.off;
      const hit = m.exec(d);
      if (!hit) {
        let rec = d.slice(this.off);
        this.off = d.length;
        rec = rec.replace(/\n+$/, '');
        return { rec, rt: '\n' };
      }
      const rec = d.slice(this.off, hit.index);
      this.off = hit.index + hit[0].length;
      return { rec, rt: hit[0] };
    }
    if (this.off >= d.length) return null;
    if (rs.length === 1) {
      const i = d.indexOf(rs, this.off);
      if (i < 0) {
        const rec = d.slice(this.off);
        this.off = d.length;
        return { rec, rt: '' };
      }
      const rec = d.slice(this.off, i);
      this.off = i + 1;
      return { rec, rt: rs };
    }
    const re = regexFor(rs);
    let from = this.off;
    for (;;) {
      const m = re.exec(d, from);
      if (!m) {
        const rec = d.slice(this.off);
        this.off = d.length;
        return { rec, rt: '' };
      }
      if (m.text === '') {
        from = m.index + 1;
        if (from > d.length) {
          const rec = d.slice(this.off);
          this.off = d.length;
          return { rec, rt: '' };
        }
        continue;
      }
      const rec = d.slice(this.off, m.index);
      this.off = m.index + m.text.length;
      return { rec, rt: m.text };
    }
  }
}

export interface OutputStream {
  kind: '>' | '>>' | '|';
  /** Text waiting for a pipe command. */
  buf: string;
}

/** Open files and pipes of one awk run. */
export class AwkStreams {
  readonly outputs = new Map<string, OutputStream>();
  readonly inputs = new Map<string, RecordStream | null>();

  constructor(
    private readonly p: Proc,
    private readonly fatal: (msg: string) => never,
  ) {}

  write(kind: '>' | '>>' | '|', name: string, text: string): void {
    const p = this.p;
    if (kind !== '|' && (name === '/dev/stdout' || name === '-')) {
      p.out(text);
      return;
    }
    if (kind !== '|' && name === '/dev/stderr') {
      p.err(text);
      return;
    }
    let s = this.outputs.get(name);
    if (!s) {
      s = { kind, buf: '' };
      this.outputs.set(name, s);
      if (kind === '>') {
        try {
          p.ctx.fs.writeFile(name, '', p.ctx.cwd);
        } catch (e) {
          this.outputs.delete(name);
          this.fatal(`can't redirect to \`${name}' (${fsFailure(e).text})`);
        }
      }
    }
    if (s.kind === '|') {
      s.buf += text;
      return;
    }
    try {
      p.ctx.fs.writeFile(name, text, p.ctx.cwd, true);
    } catch (e) {
      this.fatal(`can't redirect to \`${name}' (${fsFailure(e).text})`);
    }
  }

  /** Close an output or input; returns the status close() reports. */
  close(name: string): number {
    let status = -1;
    const o = this.outputs.get(name);
    if (o) {
      this.outputs.delete(name);
      status = 0;
      if (o.kind === '|') status = this.runPipe(name, o.buf);
    }
    if (this.inputs.has(name)) {
      this.inputs.delete(name);
      status = 0;
    }
    return status;
  }

  closeAll(): void {
    for (const name of [...this.outputs.keys()]) this.close(name);
  }

  private runPipe(cmd: string, input: string): number {
    try {
      return this.p.shell(cmd, undefined, input);
    } catch {
      this.p.err(`awk: cannot run \`${cmd}': no shell here\n`);
      return -1;
    }
  }

  /** A getline source: a file (through the fs view) or a command's output. */
  source(kind: 'file' | 'cmd', name: string): RecordStream | null {
    if (this.inputs.has(name)) return this.inputs.get(name) ?? null;
    let stream: RecordStream | null = null;
    if (kind === 'file') {
      if (name === '-' || name === '/dev/stdin') stream = new RecordStream(this.p.stdin);
      else {
        try {
          stream = new RecordStream(this.p.ctx.fs.readFile(name, this.p.ctx.cwd));
        } catch {
          stream = null;
        }
      }
    } else {
      try {
        stream = new RecordStream(this.p.capture(name).stdout);
      } catch {
        stream = null;
      }
    }
    this.inputs.set(name, stream);
    return stream;
  }
}

const regexCache = new Map<string, PosixRegex | string>();

/** Compile an awk (ERE) regex, cached; returns the error text on failure. */
export function awkRegex(src: string): PosixRegex | string {
  const hit = regexCache.get(src);
  if (hit !== undefined) return hit;
  const c = compile(src, { extended: true, dialect: 'awk' });
  const v = c.ok ? c.re : c.error;
  if (regexCache.size > 500) regexCache.clear();
  regexCache.set(src, v);
  return v;
}

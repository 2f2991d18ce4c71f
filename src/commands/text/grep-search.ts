/** grep's search: matching lines, context groups, prefixes, -c/-l/-L/-q and recursion. */
import type { Proc } from '../../shell/types.js';
import { byteLength, readInput, splitLines } from './common.js';
import { escapeFixed, PosixRegex, translate } from './regex.js';

const WORD = '[\\p{L}\\p{N}_]';

export interface Settings {
  invert: boolean;
  count: boolean;
  only: boolean;
  list: 'l' | 'L' | null;
  quiet: boolean;
  silent: boolean;
  lineNo: boolean;
  byteOff: boolean;
  withName: boolean | null;
  after: number;
  before: number;
  max: number;
  recursive: boolean;
  text: boolean;
  sep: string | null;
  /** Highlight with GNU grep's default GREP_COLORS (ms=01;31 fn=35 ln=32 bn=32 se=36). */
  color: boolean;
  label: string;
}

export interface Ctx {
  p: Proc;
  s: Settings;
  res: PosixRegex[];
  matchedAny: boolean;
  error: boolean;
  quitNow: boolean;
}

/** Earliest (then longest) match over all patterns at or after `from`. */
function firstMatch(res: PosixRegex[], line: string, from: number): { index: number; text: string } | null {
  let best: { index: number; text: string } | null = null;
  for (const re of res) {
    const m = re.exec(line, from);
    if (
      m &&
      (!best || m.index < best.index || (m.index === best.index && m.text.length > best.text.length))
    ) {
      best = m;
    }
  }
  return best;
}

function searchData(c: Ctx, data: string, name: string): void {
  const { p, s } = c;
  const lines = splitLines(data);
  const binary = !s.text && data.includes('\0');
  const prefixName = s.withName ? name : null;
  const out: string[] = [];
  let count = 0;
  let lastPrinted = -1;
  let afterLeft = 0;
  let offsets: number[] | null = null;
  if (s.byteOff) {
    offsets = [];
    let o = 0;
    for (const l of lines) {
      offsets.push(o);
      o += byteLength(l) + 1;
    }
  }
  const sgr = (code: string, text: string) => (s.color ? `\x1b[${code}m\x1b[K${text}\x1b[m\x1b[K` : text);
  const prefix = (i: number, sepCh: string, off?: number): string => {
    let pre = '';
    if (prefixName !== null) pre += sgr('35', prefixName) + sgr('36', sepCh);
    if (s.lineNo) pre += sgr('32', String(i + 1)) + sgr('36', sepCh);
    if (offsets) pre += sgr('32', String(off ?? offsets[i])) + sgr('36', sepCh);
    return pre;
  };
  const highlight = (line: string): string => {
    let res = '';
    let from = 0;
    let done = 0;
    while (from <= line.length) {
      const m = firstMatch(c.res, line, from);
      if (!m) break;
      if (m.text === '') {
        from = m.index + 1;
        continue;
      }
      res += line.slice(done, m.index) + sgr('01;31', m.text);
      done = from = m.index + m.text.length;
    }
    return res + line.slice(done);
  };
  const emit = (i: number, isMatch: boolean) => {
    if (lastPrinted >= 0 && i > lastPrinted + 1 && (s.after > 0 || s.before > 0) && s.sep !== null) {
      out.push(`${sgr('36', s.sep)}\n`);
    }
    const line = lines[i] as string;
    if (isMatch && s.only) {
      if (!s.invert) {
        let from = 0;
        while (from <= line.length) {
          const m = firstMatch(c.res, line, from);
          if (!m) break;
          if (m.text === '') {
            from = m.index + 1;
            continue;
          }
          const off = offsets ? (offsets[i] as number) + byteLength(line.slice(0, m.index)) : undefined;
          out.push(`${prefix(i, ':', off)}${sgr('01;31', m.text)}\n`);
          from = m.index + m.text.length;
        }
      }
    } else
      out.push(
        `${prefix(i, isMatch ? ':' : '-')}${isMatch && !s.invert && s.color ? highlight(line) : line}\n`,
      );
    lastPrinted = i;
  };
  const collect = !s.count && !s.list && !s.quiet && !binary;
  for (let i = 0; i < lines.length; i++) {
    if (count >= s.max) {
      if (collect && afterLeft > 0 && !s.only) {
        emit(i, false);
        afterLeft--;
        continue;
      }
      break;
    }
    const line = lines[i] as string;
    const hit = c.res.some((re) => re.test(line)) !== s.invert;
    if (hit) {
      count++;
      c.matchedAny = true;
      if (s.quiet) {
        c.quitNow = true;
        return;
      }
      if (s.list) break;
      if (collect) {
        if (!s.only) for (let j = Math.max(lastPrinted + 1, i - s.before); j < i; j++) emit(j, false);
        emit(i, true);
        afterLeft = s.after;
      }
    } else if (collect && afterLeft > 0 && !s.only) {
      emit(i, false);
      afterLeft--;
    }
  }
  if (s.count && !s.list)
    out.push(`${prefixName !== null ? sgr('35', prefixName) + sgr('36', ':') : ''}${count}\n`);
  if (s.list === 'l' && count > 0) out.push(`${sgr('35', name)}\n`);
  if (s.list === 'L' && count === 0) out.push(`${sgr('35', name)}\n`);
  p.out(out.join(''));
  if (binary && count > 0 && !s.count && !s.list && !s.quiet) p.err(`grep: ${name}: binary file matches\n`);
}

export function searchPath(c: Ctx, path: string, shown: string, top: boolean): void {
  if (c.quitNow) return;
  const { p, s } = c;
  if (path === '-') {
    searchData(c, p.stdin, s.label);
    return;
  }
  const fs = p.ctx.fs;
  if (s.recursive) {
    const st = top ? fs.stat(path, p.ctx.cwd) : fs.lstat(path, p.ctx.cwd);
    if (!top && st?.kind === 'link') return;
    if (st?.kind === 'dir') {
      let names: string[];
      try {
        names = fs.readdir(path, p.ctx.cwd);
      } catch {
        names = [];
      }
      for (const n of names.sort()) {
        const child = path.endsWith('/') ? path + n : `${path}/${n}`;
        const childShown = shown === '' ? n : shown.endsWith('/') ? shown + n : `${shown}/${n}`;
        searchPath(c, child, childShown, false);
      }
      return;
    }
    if (!top && st?.kind === 'dev') return;
  }
  const got = readInput(p, path);
  if (!got.ok) {
    if (!s.silent) p.err(`grep: ${shown}: ${got.text}\n`);
    c.error = true;
    return;
  }
  searchData(c, got.data, shown);
}

export function buildRegexes(
  patterns: string[],
  mode: string,
  icase: boolean,
  word: boolean,
  line: boolean,
): { res: PosixRegex[]; warnings: string[] } | { error: string } {
  const res: PosixRegex[] = [];
  const wrap = (src: string) => (line ? `^(?:${src})$` : word ? `(?<!${WORD})(?:${src})(?!${WORD})` : src);
  const warnings: string[] = [];
  for (const pat of patterns) {
    let alts: string[];
    if (mode === 'F') alts = [escapeFixed(pat)];
    else if (mode === 'P') alts = [pat];
    else {
      const t = translate(pat, { extended: mode === 'E', icase });
      if (!t.ok) return { error: t.error };
      warnings.push(...t.warnings);
      alts = t.alts;
    }
    try {
      const wrapped = alts.map(wrap);
      res.push(new PosixRegex({ source: wrapped.join('|'), alts: wrapped }, icase));
    } catch {
      return { error: mode === 'P' ? 'unmatched parentheses' : 'Invalid regular expression' };
    }
  }
  return { res, warnings };
}

/** ls output: long format lines, GNU's column layout for terminals, human sizes. */
import type { Stat } from '../../model/vfs.js';
import { strftime } from './date-format.js';

export interface Entry {
  /** Name as shown (the operand for files given on the command line). */
  name: string;
  st: Stat;
  /** Symlink target, for -l. */
  target: string | null;
  /** For directories: how many subdirectories (link count is 2 + this). */
  subdirs: number;
  dev?: { major: number; minor: number };
}

const SIX_MONTHS = 15778476000;

function typeChar(e: Entry): string {
  return e.st.kind === 'dir' ? 'd' : e.st.kind === 'link' ? 'l' : e.st.kind === 'dev' ? 'c' : '-';
}

export function modeString(e: Entry): string {
  const m = e.st.kind === 'link' ? 0o777 : e.st.mode;
  const rwx = (bits: number, special: boolean, ch: string) =>
    `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${special ? (bits & 1 ? ch : ch.toUpperCase()) : bits & 1 ? 'x' : '-'}`;
  return (
    typeChar(e) +
    rwx((m >> 6) & 7, (m & 0o4000) !== 0, 's') +
    rwx((m >> 3) & 7, (m & 0o2000) !== 0, 's') +
    rwx(m & 7, (m & 0o1000) !== 0, 't')
  );
}

/** 1K blocks as GNU counts them (4K filesystem blocks). */
export function blocks(e: Entry): number {
  if (e.st.kind === 'dir') return 4;
  if (e.st.kind !== 'file') return 0;
  return Math.ceil(e.st.size / 4096) * 4;
}

/** -h sizes: 1023, 1.5K, 10K, 1.1M ... rounded up like GNU. */
export function human(n: number): string {
  if (n < 1024) return String(n);
  const units = 'KMGTPE';
  let v = n;
  for (let i = 0; i < units.length; i++) {
    v /= 1024;
    if (v < 10) {
      const r = Math.ceil(v * 10) / 10;
      if (r < 10) return `${r.toFixed(1)}${units[i]}`;
      return `10${units[i]}`;
    }
    if (v < 1024) {
      const r = Math.ceil(v);
      if (r < 1024) return `${r}${units[i]}`;
    }
  }
  return `${Math.ceil(v)}E`;
}

export function timeText(mtime: number, now: number, style: string | null): string {
  if (style === 'long-iso') return strftime('%Y-%m-%d %H:%M', mtime);
  if (style === 'full-iso') return strftime('%Y-%m-%d %H:%M:%S.%N %z', mtime);
  if (style === 'iso')
    return now - mtime < SIX_MONTHS && mtime <= now
      ? strftime('%m-%d %H:%M', mtime)
      : strftime('%Y-%m-%d ', mtime);
  const recent = now - SIX_MONTHS < mtime && mtime <= now;
  return strftime(recent ? '%b %e %H:%M' : '%b %e  %Y', mtime);
}

/** `ls -l` lines with GNU's column alignment. */
export function longLines(
  entries: Entry[],
  opts: {
    now: number;
    human: boolean;
    numeric: boolean;
    timeStyle: string | null;
    classify: (e: Entry) => string;
    paint: (e: Entry, name: string) => string;
  },
): string[] {
  const links = entries.map((e) => String(e.st.kind === 'dir' ? 2 + e.subdirs : 1));
  const sizes = entries.map((e) =>
    e.dev ? `${e.dev.major}, ${e.dev.minor}` : opts.human ? human(e.st.size) : String(e.st.size),
  );
  const owner = opts.numeric ? '0' : 'root';
  const lw = Math.max(...links.map((s) => s.length));
  const sw = Math.max(...sizes.map((s) => s.length));
  return entries.map((e, i) => {
    const name = opts.paint(e, e.name) + opts.classify(e) + (e.target !== null ? ` -> ${e.target}` : '');
    const t = timeText(e.st.mtime, opts.now, opts.timeStyle);
    return `${modeString(e)} ${(links[i] as string).padStart(lw)} ${owner} ${owner} ${(sizes[i] as string).padStart(sw)} ${t} ${name}`;
  });
}

/** GNU's indent(): tabs where they land on tab stops (tabsize 8), else spaces. */
function indent(from: number, to: number, tabs: boolean): string {
  let s = '';
  while (from < to) {
    if (tabs && Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
      s += '\t';
      from += 8 - (from % 8);
    } else {
      s += ' ';
      from++;
    }
  }
  return s;
}

/** Multi-column layout (-C: down columns, -x: across) for a terminal `width` wide. */
/** GNU's built-in colours (LS_COLORS unset): directories, links, devices, executables. */
export function colorOf(e: Entry): string | null {
  if (e.st.kind === 'dir') return '01;34';
  if (e.st.kind === 'link') return '01;36';
  if (e.st.kind === 'dev') return '01;33';
  if (e.st.kind === 'file' && e.st.mode & 0o111) return '01;32';
  return null;
}

/**
 * Multi-column layout (-C: down columns, -x: across) for a terminal `width`
 * wide; `lens` are the visible widths (names may carry colour sequences, and
 * then GNU pads with spaces only).
 */
export function columns(names: string[], width: number, across: boolean, lens?: number[]): string {
  const n = names.length;
  if (n === 0) return '';
  const tabs = lens === undefined;
  lens ??= names.map((s) => [...s].length);
  const maxIdx = Math.max(1, Math.floor(width / 3));
  const maxCols = Math.min(maxIdx, n);
  const info = Array.from({ length: maxCols }, (_, i) => ({
    valid: true,
    lineLen: (i + 1) * 3,
    cols: Array.from({ length: i + 1 }, () => 3),
  }));
  for (let f = 0; f < n; f++) {
    for (let i = 0; i < maxCols; i++) {
      const ci = info[i] as { valid: boolean; lineLen: number; cols: number[] };
      if (!ci.valid) continue;
      const idx = across ? f % (i + 1) : Math.floor(f / Math.floor((n + i) / (i + 1)));
      const real = (lens[f] as number) + (idx === i ? 0 : 2);
      if ((ci.cols[idx] as number) < real) {
        ci.lineLen += real - (ci.cols[idx] as number);
        ci.cols[idx] = real;
        ci.valid = ci.lineLen < width;
      }
    }
  }
  let cols = maxCols;
  while (cols > 1 && !(info[cols - 1] as { valid: boolean }).valid) cols--;
  const widths = (info[cols - 1] as { cols: number[] }).cols;
  const rows = Math.floor((n + cols - 1) / cols);
  let out = '';
  if (across) {
    for (let r = 0; r < rows; r++) {
      let pos = 0;
      for (let c = 0; c < cols; c++) {
        const f = r * cols + c;
        if (f >= n) break;
        out += names[f];
        if (c < cols - 1 && f + 1 < n) {
          out += indent(pos + (lens[f] as number), pos + (widths[c] as number), tabs);
          pos += widths[c] as number;
        }
      }
      out += '\n';
    }
    return out;
  }
  for (let r = 0; r < rows; r++) {
    let pos = 0;
    let f = r;
    let c = 0;
    for (;;) {
      out += names[f];
      const w = widths[c++] as number;
      const len = lens[f] as number;
      f += rows;
      if (f >= n) break;
      out += indent(pos + len, pos + w, tabs);
      pos += w;
    }
    out += '\n';
  }
  return out;
}

/**
 * BusyBox ps (1.35, the default "desktop" build of the busybox image):
 * `-o` columns with fixed widths, the default `pid,user,time,args`, lines
 * cut to the terminal width only when stdout is a terminal. Other options
 * (-a -A -d -e -f -l, and BSD words like `aux`) are accepted and ignored.
 */
import type { Proc } from '../../shell/types.js';
import { elapsedSeconds, type ProcRow, type ProcView, processView } from './procs.js';

export const BUSYBOX_BANNER = 'BusyBox v1.35.0 (2022-12-26 18:47:29 UTC) multi-call binary.\n';

const PS_USAGE = `${BUSYBOX_BANNER}\nUsage: ps [-o COL1,COL2=HEADER] [-T]\n\nShow list of processes\n\n\t-o COL1,COL2=HEADER\tSelect columns for display\n\t-T\t\t\tShow threads\n`;

const MAX_WIDTH = 2 * 1024;

interface BbCol {
  name: string;
  header: string;
  width: number;
  f: (r: ProcRow, v: ProcView, size: number) => string;
}

/** libbb smart_ulltoa4: four cells, scaled with a suffix above 9999. */
export function smartUlltoa4(value: number, scale: string): string {
  let ul = value;
  let idx = 0;
  if (ul > 9999) {
    ul *= 10;
    do {
      ul = Math.floor(ul / 1024);
      idx++;
    } while (ul >= 10000);
  }
  let v = ul;
  let u = Math.floor(v / 10);
  v %= 10;
  const digits = '0123456789';
  const lead = ' 123456789';
  let fmt = lead;
  let out = '';
  if (!idx) {
    let c = lead[Math.floor(u / 100)] as string;
    out += c;
    if (c !== ' ') fmt = digits;
    c = fmt[Math.floor(u / 10) % 10] as string;
    out += c;
    if (c !== ' ') fmt = digits;
    out += fmt[u % 10];
    out += digits[v];
    return out;
  }
  if (u >= 10) {
    const c = lead[Math.floor(u / 100)] as string;
    out += c;
    if (c !== ' ') fmt = digits;
    v = u % 10;
    u = Math.floor(u / 10);
    out += fmt[u % 10];
  } else {
    out += digits[u];
    out += '.';
  }
  out += digits[v];
  out += scale[idx];
  return out;
}

function formatTime(secs: number): string {
  let tt = secs;
  let ff = tt % 60;
  tt = Math.floor(tt / 60);
  if (tt < 60) return `${String(tt).padStart(2, ' ')}:${String(ff).padStart(2, '0')}`;
  ff = tt % 60;
  tt = Math.floor(tt / 60);
  if (tt < 24) return `${String(tt).padStart(2, ' ')}h${String(ff).padStart(2, '0')}`;
  ff = tt % 24;
  tt = Math.floor(tt / 24);
  if (tt < 100) return `${String(tt).padStart(2, ' ')}d${String(ff).padStart(2, '0')}`;
  return `${String(tt).padStart(4, ' ')}d`;
}

const right = (s: string, size: number) => s.padStart(size, ' ');
const lu = (n: number, size: number) => smartUlltoa4(n, ' mgtpezy').slice(0, size);

const SPECS: BbCol[] = [
  { name: 'user', header: 'USER', width: 8, f: (r, _v, s) => r.user.slice(0, s) },
  { name: 'group', header: 'GROUP', width: 8, f: (r, _v, s) => r.user.slice(0, s) },
  { name: 'comm', header: 'COMMAND', width: 16, f: (r, _v, s) => r.comm.slice(0, s) },
  { name: 'args', header: 'COMMAND', width: MAX_WIDTH, f: (r, _v, s) => r.args.slice(0, s) },
  { name: 'pid', header: 'PID', width: 5, f: (r, _v, s) => right(String(r.pid), s) },
  { name: 'ppid', header: 'PPID', width: 5, f: (r, _v, s) => right(String(r.ppid), s) },
  {
    name: 'pgid',
    header: 'PGID',
    width: 5,
    f: (r, _v, s) => right(String(r.sessionLeader || r.self ? r.pid : r.ppid), s),
  },
  {
    name: 'etime',
    header: 'ELAPSED',
    width: 7,
    f: (r, v, s) => formatTime(elapsedSeconds(v, r)).slice(0, s),
  },
  { name: 'nice', header: 'NI', width: 5, f: (_r, _v, s) => right('0', s) },
  { name: 'rgroup', header: 'RGROUP', width: 8, f: (r, _v, s) => r.user.slice(0, s) },
  { name: 'ruser', header: 'RUSER', width: 8, f: (r, _v, s) => r.user.slice(0, s) },
  {
    name: 'time',
    header: 'TIME',
    width: 5,
    f: (r, _v, s) => formatTime(Math.floor(r.cpuTicks / 100)).slice(0, s),
  },
  { name: 'tty', header: 'TT', width: 6, f: (r, _v, s) => (r.tty === '?' ? '?' : '136,0').slice(0, s) },
  { name: 'vsz', header: 'VSZ', width: 4, f: (r, _v, s) => lu(r.vszKb, s) },
  {
    name: 'sid',
    header: 'SID',
    width: 5,
    f: (r, _v, s) => right(String(r.sessionLeader ? r.pid : r.ppid), s),
  },
  { name: 'stat', header: 'STAT', width: 4, f: (r, _v, s) => r.state.slice(0, s) },
  { name: 'rss', header: 'RSS', width: 4, f: (r, _v, s) => lu(r.rssKb, s) },
];

function findSpec(name: string): BbCol | string {
  // strncmp(name, name6, 6) against a NUL-padded six-character name
  const six = (x: string) => x.slice(0, 6).padEnd(6, '\0');
  for (const s of SPECS) if (six(name) === six(s.name)) return s;
  return `ps: bad -o argument '${name}', supported arguments: ${SPECS.map((s) => s.name.slice(0, 6)).join(',')}`;
}

/** busybox parse_o(): comma lists; the last spec may carry =HEADER. */
function parseO(opt: string, out: BbCol[]): string | null {
  let rest = opt;
  for (;;) {
    const comma = rest.indexOf(',');
    const equal = rest.indexOf('=');
    if (comma >= 0 && (equal < 0 || equal > comma)) {
      const s = findSpec(rest.slice(0, comma));
      if (typeof s === 'string') return s;
      out.push(s);
      rest = rest.slice(comma + 1);
      continue;
    }
    const name = equal >= 0 ? rest.slice(0, equal) : rest;
    const s = findSpec(name);
    if (typeof s === 'string') return s;
    if (equal < 0) {
      out.push(s);
      return null;
    }
    let header = rest.slice(equal + 1);
    const c2 = header.indexOf(',');
    const after = c2 >= 0 ? header.slice(c2 + 1) : null;
    if (c2 >= 0) header = header.slice(0, c2);
    out.push({ ...s, header, width: header ? header.length : s.width });
    if (after === null) return null;
    rest = after;
  }
}

export function busyboxPs(p: Proc): number {
  const cols: BbCol[] = [];
  const args = p.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') break;
    if (!a.startsWith('-') || a === '-') continue;
    for (let k = 1; k < a.length; k++) {
      const ch = a[k] as string;
      if ('ZaAdeflT'.includes(ch)) continue;
      if (ch === 'o') {
        let val = a.slice(k + 1);
        if (!val) {
          if (i + 1 >= args.length) {
            p.err(`ps: option requires an argument -- 'o'\n${PS_USAGE}`);
            return 1;
          }
          val = args[++i] as string;
        }
        const err = parseO(val, cols);
        if (err) {
          p.err(`${err}\n`);
          return 1;
        }
        break;
      }
      p.err(`ps: invalid option -- '${ch}'\n${PS_USAGE}`);
      return 1;
    }
  }
  if (!cols.length) parseO('pid,user,time,args', cols);
  const view = processView(p.ctx, p.argv);
  const terminal = p.ctx.tty ? Math.min(MAX_WIDTH, p.ctx.tty.cols - 1) : MAX_WIDTH;
  let used = cols.length;
  let width = 0;
  for (let i = 0; i < cols.length; i++) {
    width += (cols[i] as BbCol).width + 1;
    if (width - terminal > 0) {
      used = i + 1;
      break;
    }
  }
  const shown = cols.slice(0, used);
  const clip = (line: string) => line.slice(0, terminal);
  let text = '';
  if (shown.some((c) => c.header)) {
    text += `${clip(shown.map((c, i) => (i === shown.length - 1 ? c.header : `${c.header.padEnd(c.width, ' ')} `)).join(''))}\n`;
  }
  for (const r of view.rows) {
    let line = '';
    shown.forEach((c, i) => {
      let v = c.f(r, view, c.width);
      if (!v) v = '-';
      line += v;
      if (i < shown.length - 1) line += ' '.repeat(Math.max(1, c.width - v.length + 1));
    });
    text += `${clip(line)}\n`;
  }
  p.out(text);
  return 0;
}

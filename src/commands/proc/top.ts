/**
 * top from procps-ng 3.3.17 as Ubuntu builds it (--disable-modern-top), in
 * batch mode: `top -b -n N [-d secs] [-c] [-w cols] [-p pids] [-u user]
 * [-o field]`. Captured from that build: 80 columns in batch mode (the
 * command cut with '+' at column 79), memory in KiB scaled with m/g when it
 * does not fit, TIME+ as M:SS.hh.
 *
 * The first frame measures a moment, so every %CPU and the CPU summary are
 * zero (as the real first frame nearly is); later frames, one delay apart,
 * show each program's average from program-stats. Memory: MemTotal of the
 * node, "used" = the processes' RSS + 320 MiB for the kernel and slab,
 * buff/cache a constant 1081.6 MiB, no swap. Load average follows the
 * programs' CPU shares. Without -b and without a terminal top fails like
 * the real one; on a terminal it prints one frame and returns.
 */
import type { CommandDef, Proc } from '../../shell/types.js';
import { type ProcRow, type ProcView, processView, statOf, uidOf } from './procs.js';
import { programStats } from './program-stats.js';

const USAGE =
  '  procps-ng 3.3.17\nUsage:\n  top -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [cols]\n';

const FIELDS: Record<string, (a: ProcRow, b: ProcRow, v: ProcView, busy: boolean) => number> = {
  '%CPU': (a, b, v, busy) => (busy ? pcpu(b, v) - pcpu(a, v) : 0),
  '%MEM': (a, b) => b.rssKb - a.rssKb,
  PID: (a, b) => b.pid - a.pid,
  'TIME+': (a, b) => b.cpuTicks - a.cpuTicks,
  TIME: (a, b) => b.cpuTicks - a.cpuTicks,
  RES: (a, b) => b.rssKb - a.rssKb,
  VIRT: (a, b) => b.vszKb - a.vszKb,
  USER: (a, b) => (a.user < b.user ? 1 : a.user > b.user ? -1 : 0),
  COMMAND: (a, b) => (a.comm < b.comm ? 1 : a.comm > b.comm ? -1 : 0),
};

function pcpu(r: ProcRow, v: ProcView): number {
  if (r.self) return 0;
  void v;
  return programStats(r.comm).cpuPercent;
}

const f1 = (n: number, w: number) => n.toFixed(1).padStart(w, ' ');

/** scale_mem(): KiB if it fits, else m/g/t with one decimal. */
function scaleMem(kb: number, width: number): string {
  let n = kb;
  const sfx = ['', 'm', 'g', 't', 'p'];
  for (let i = 0; i < sfx.length; i++) {
    const text = i === 0 ? String(Math.round(n)) : `${n.toFixed(1)}${sfx[i]}`;
    if (text.length <= width) return text.padStart(width, ' ');
    n /= 1024;
  }
  return '?'.padStart(width, ' ');
}

/** scale_tics(): M:SS.hh, then M:SS, H,MM, Nh. */
function scaleTics(ticks: number, width: number): string {
  let nt = ticks;
  const cc = nt % 100;
  nt = Math.floor(nt / 100);
  const ss = nt % 60;
  nt = Math.floor(nt / 60);
  const two = (x: number) => String(x).padStart(2, '0');
  for (const text of [
    `${nt}:${two(ss)}.${two(cc)}`,
    `${nt}:${two(ss)}`,
    `${Math.floor(nt / 60)},${two(nt % 60)}`,
  ]) {
    if (text.length <= width) return text.padStart(width, ' ');
  }
  return `${Math.floor(nt / 60)}h`.padStart(width, ' ');
}

function uptime(ms: number): string {
  const secs = Math.floor(ms / 1000);
  const days = Math.floor(secs / 86400);
  const mins = Math.floor(secs / 60);
  const hours = Math.floor(mins / 60) % 24;
  let s = days ? `${days} day${days !== 1 ? 's' : ''}, ` : '';
  s += hours
    ? `${String(hours).padStart(2, ' ')}:${String(mins % 60).padStart(2, '0')}, `
    : `${mins % 60} min, `;
  return s;
}

function frame(p: Proc, view: ProcView, busy: boolean, opts: TopOpts): string {
  const now = new Date(view.nowMs);
  const two = (x: number) => String(x).padStart(2, '0');
  const clock = `${two(now.getUTCHours())}:${two(now.getUTCMinutes())}:${two(now.getUTCSeconds())}`;
  const rows = view.rows;
  const share = rows.reduce((n, r) => n + (r.self ? 0 : programStats(r.comm).cpuPercent), 0);
  const load = share / 100 + 0.08;
  const users = view.inPod ? 0 : 1;
  let out = `top - ${clock} up ${uptime(view.nowMs - view.bootMs)}${String(users).padStart(2, ' ')} user${users !== 1 ? 's' : ''},  load average: ${load.toFixed(2)}, ${(load * 0.85).toFixed(2)}, ${(load * 0.7).toFixed(2)}\n`;
  const running = rows.filter((r) => r.state === 'R').length;
  out += `Tasks: ${String(rows.length).padStart(3, ' ')} total, ${String(running).padStart(3, ' ')} running, ${String(rows.length - running).padStart(3, ' ')} sleeping,   0 stopped,   0 zombie\n`;
  const cpus = p.ctx.world.profile.cpus || 1;
  const total = busy ? share / cpus : 0;
  const us = Math.round(total * 6.5) / 10;
  const sy = Math.round(total * 3.5) / 10;
  const id = busy ? Math.max(0, 100 - us - sy) : 100;
  out += `%Cpu(s): ${f1(us, 4)} us, ${f1(sy, 4)} sy, ${f1(0, 4)} ni,${f1(id, 5)} id, ${f1(0, 4)} wa, ${f1(0, 4)} hi, ${f1(0, 4)} si, ${f1(0, 4)} st\n`;
  const totalMiB = view.memTotalKb / 1024;
  const used = rows.reduce((n, r) => n + r.rssKb, 0) / 1024 + 320;
  const cache = 1081.6;
  const free = totalMiB - used - cache;
  out += `MiB Mem : ${f1(totalMiB, 8)} total, ${f1(free, 8)} free, ${f1(used, 8)} used, ${f1(cache, 8)} buff/cache\n`;
  out += `MiB Swap: ${f1(0, 8)} total, ${f1(0, 8)} free, ${f1(0, 8)} used. ${f1(free + cache - 150, 8)} avail Mem \n\n`;
  const pidW = view.pidDigits;
  out += `${'PID'.padStart(pidW, ' ')} USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n`;
  let shown = rows.filter((r) => {
    if (opts.pids.length && !opts.pids.includes(r.pid)) return false;
    if (opts.user !== undefined && r.uid !== opts.user) return false;
    return true;
  });
  const cmp = FIELDS[opts.sort] as (a: ProcRow, b: ProcRow, v: ProcView, busy: boolean) => number;
  shown = [...shown].sort((a, b) => cmp(a, b, view, busy) || a.pid - b.pid);
  const cmdWidth = opts.width - 1 - (pidW + 64);
  for (const r of shown) {
    const user = r.user.length > 8 ? `${r.user.slice(0, 7)}+` : r.user.padEnd(8, ' ');
    const cpu = busy ? pcpu(r, view) : 0;
    const mem = Math.floor((r.rssKb * 1000) / view.memTotalKb) / 10;
    let cmd = opts.full ? r.args : r.comm;
    if (cmd.length > cmdWidth) cmd = `${cmd.slice(0, Math.max(0, cmdWidth - 1))}+`;
    out += `${String(r.pid).padStart(pidW, ' ')} ${user} ${' 20'} ${'  0'} ${scaleMem(r.vszKb, 7)} ${scaleMem(r.rssKb, 6)} ${scaleMem(Math.floor(r.rssKb * 0.28), 6)} ${statOf(r)[0]} ${f1(cpu, 5)} ${f1(mem, 5)} ${scaleTics(r.cpuTicks, 9)} ${cmd}\n`;
  }
  return out;
}

interface TopOpts {
  batch: boolean;
  frames: number;
  delay: number;
  full: boolean;
  width: number;
  pids: number[];
  user?: number;
  sort: string;
}

export function runTop(p: Proc): number {
  const o: TopOpts = { batch: false, frames: -1, delay: 3, full: false, width: 80, pids: [], sort: '%CPU' };
  const args = p.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('-') || a === '-') {
      p.err(`top: unknown option '${a[0] ?? ''}'\n${USAGE.slice(USAGE.indexOf('Usage'))}`);
      return 1;
    }
    for (let k = 1; k < a.length; k++) {
      const ch = a[k] as string;
      const takeArg = (): string | null => {
        const rest = a.slice(k + 1);
        k = a.length;
        if (rest) return rest;
        const next = args[i + 1];
        if (next === undefined) return null;
        i++;
        return next;
      };
      if ('bcHiSs1EeO'.includes(ch)) {
        if (ch === 'b') o.batch = true;
        if (ch === 'c') o.full = !o.full;
        continue;
      }
      if (ch === 'h' || ch === 'v') {
        p.out(USAGE);
        return 0;
      }
      if ('ndpuUow'.includes(ch)) {
        const v = takeArg();
        if (v === null) {
          if (ch === 'w') {
            o.width = 512;
            continue;
          }
          p.err(`top: -${ch} requires argument\n`);
          return 1;
        }
        if (ch === 'n') {
          if (!/^\d+$/.test(v)) {
            p.err(`top: bad iterations argument '${v}'\n`);
            return 1;
          }
          o.frames = Number(v);
        } else if (ch === 'd') {
          const d = Number(v);
          if (!/^\d*\.?\d+$/.test(v) || !Number.isFinite(d)) {
            p.err(`top: bad delay interval '${v}'\n`);
            return 1;
          }
          o.delay = d;
        } else if (ch === 'p') {
          for (const x of v.split(',')) {
            if (!/^\d+$/.test(x)) {
              p.err(`top: bad pid '${x}'\n`);
              return 1;
            }
            o.pids.push(Number(x));
          }
        } else if (ch === 'u' || ch === 'U') {
          const known = /^\d+$/.test(v) || ['root', 'daemon', 'nobody', 'systemd-resolve'].includes(v);
          if (!known) {
            p.err('top: Invalid user\n');
            return 1;
          }
          o.user = uidOf(v);
        } else if (ch === 'o') {
          const f = v.replace(/^[+-]/, '');
          if (!FIELDS[f]) {
            p.err(`top: unrecognized field name '${f}'\n`);
            return 1;
          }
          o.sort = f;
        } else if (ch === 'w') {
          const n = Number(v);
          if (!/^\d+$/.test(v) || n < 80 || n > 512) {
            p.err(`top: bad width arg '${v}', must > 80 and < 512\n`);
            return 1;
          }
          o.width = n;
        }
        continue;
      }
      p.err(`top: unknown option '${ch}'\n${USAGE.slice(USAGE.indexOf('Usage'))}`);
      return 1;
    }
  }
  if (!o.batch && !p.ctx.tty) {
    p.err('top: failed tty get\n');
    return 1;
  }
  if (!o.batch && p.ctx.tty) o.width = p.ctx.tty.cols;
  const frames = o.frames < 0 ? 1 : Math.max(1, o.frames);
  let out = '';
  let self: number | undefined;
  for (let n = 0; n < frames; n++) {
    if (n > 0) {
      p.out(out);
      out = '\n';
      p.elapse(o.delay * 1000);
    }
    const view = processView(p.ctx, p.argv, self);
    self = view.self.pid;
    out += frame(p, view, n > 0, o);
  }
  p.out(out);
  return 0;
}

export const TOP_COMMAND: CommandDef = { name: 'top', path: '/usr/bin/top', run: runTop };

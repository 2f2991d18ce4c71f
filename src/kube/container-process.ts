/**
 * What a container's command does when kubelet starts it: commands before
 * the first blocking one (sleep, tail -f, a loop, a server) run and write
 * the log; a blocking command keeps the container running (until its sleep
 * ends); otherwise the container exits with the script's status.
 */
import { runScript } from '../shell/run-script.js';
import type { ExecContext } from '../shell/types.js';
import { imageSpec } from './images.js';

export interface ProcessOutcome {
  running: boolean;
  /** Clock deadline when a running container will exit by itself. */
  until?: number;
  exitCode: number;
  logs: string[];
  /** ps-style command line. */
  cmdline: string;
}

function quote(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`;
}

/** Split a script at top-level ; && || & and newlines (quotes respected); a background command keeps its `&`. */
function segments(script: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q: string | null = null;
  let depth = 0;
  for (let i = 0; i < script.length; i++) {
    const c = script[i] as string;
    if (q) {
      cur += c;
      if (c === q) q = null;
      continue;
    }
    if (c === '"' || c === "'") {
      q = c;
      cur += c;
      continue;
    }
    if (c === '(' || c === '{') depth++;
    if (c === ')' || c === '}') depth--;
    if (depth === 0 && c === '&' && script[i + 1] !== '&' && script[i - 1] !== '>' && script[i - 1] !== '&') {
      if (cur.trim()) out.push(`${cur.trim()} &`);
      cur = '';
      continue;
    }
    if (
      depth === 0 &&
      (c === ';' ||
        c === '\n' ||
        (c === '&' && script[i + 1] === '&') ||
        (c === '|' && script[i + 1] === '|'))
    ) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      if (c === '&' || c === '|') i++;
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const BLOCKING =
  /^(while\b|until\b|tail\s+-f|nginx\b|httpd\b|python3?\s+-m\s+http\.server|nc\s+-l|sleep\s+(inf|infinity)\b)/;

export function startContainerProcess(
  ctx: ExecContext,
  image: string,
  command: string[] | undefined,
  args: string[] | undefined,
): ProcessOutcome {
  const img = imageSpec(image);
  const argv = [...(command ?? []), ...(args ?? [])];
  if (argv.length === 0) {
    return { running: img.longRunning, exitCode: 0, logs: [], cmdline: img.process || image };
  }
  // images without a shell run their own daemon; the arguments are its flags
  if (img.userland === 'none') {
    const main = command?.length ? command : (img.process.split(' ')[0] ?? image).split(/\s+/);
    return { running: img.longRunning, exitCode: 0, logs: [], cmdline: [...main, ...(args ?? [])].join(' ') };
  }
  let script: string;
  if (
    (argv[0] === 'sh' || argv[0] === '/bin/sh' || argv[0] === 'bash' || argv[0] === '/bin/bash') &&
    argv[1] === '-c'
  ) {
    script = argv.slice(2).join(' ');
  } else script = argv.map(quote).join(' ');
  const cmdline = argv.join(' ');
  const logs: string[] = [];
  const segs = segments(script);
  // background jobs (`cmd &`): a later `wait` blocks until the longest of them ends
  let background: number | null | undefined;
  for (const raw of segs) {
    let seg = raw;
    if (seg.endsWith(' &')) {
      const job = seg.slice(0, -2).trim();
      const bgSleep = /^sleep\s+(\d+(?:\.\d+)?)([smhd]?)$/.exec(job);
      const ms = bgSleep ? sleepMs(bgSleep) : BLOCKING.test(job) ? null : 0;
      if (ms === null || background === null) background = null;
      else background = Math.max(background ?? 0, ms);
      if (ms === 0) {
        const r = runScript(ctx, job);
        logs.push(...splitLines(r.stdout + r.stderr));
      }
      continue;
    }
    if (/^wait$/.test(seg) && background !== undefined) {
      if (background === null) return { running: true, exitCode: 0, logs, cmdline };
      seg = `sleep ${background / 1000}`;
      background = undefined;
    }
    const sleep = /^sleep\s+(\d+(?:\.\d+)?)([smhd]?)$/.exec(seg);
    if (BLOCKING.test(seg)) {
      if (/^(while|until)\b/.test(seg)) {
        const body = /\bdo\b([\s\S]*)\bdone\b/.exec(seg)?.[1] ?? '';
        for (const inner of segments(body)) {
          if (/^sleep\b/.test(inner)) break;
          const r = runScript(ctx, inner);
          logs.push(...splitLines(r.stdout + r.stderr));
        }
      }
      return { running: true, exitCode: 0, logs, cmdline };
    }
    if (sleep) {
      return {
        running: true,
        until: ctx.world.clock.now + sleepMs(sleep),
        exitCode: 0,
        logs,
        cmdline,
      };
    }
    const r = runScript(ctx, seg);
    logs.push(...splitLines(r.stdout + r.stderr));
    if (r.exit !== 0 && !script.includes('||')) return { running: false, exitCode: r.exit, logs, cmdline };
  }
  return { running: false, exitCode: 0, logs, cmdline };
}

function sleepMs(m: RegExpExecArray): number {
  const mult = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * mult * 1000;
}

function splitLines(s: string): string[] {
  if (!s) return [];
  return s.replace(/\n$/, '').split('\n');
}

/** Linux signal numbers and names (x86-64), as bash's `kill -l` lists them. */

const NAMES: Record<number, string> = {
  1: 'HUP',
  2: 'INT',
  3: 'QUIT',
  4: 'ILL',
  5: 'TRAP',
  6: 'ABRT',
  7: 'BUS',
  8: 'FPE',
  9: 'KILL',
  10: 'USR1',
  11: 'SEGV',
  12: 'USR2',
  13: 'PIPE',
  14: 'ALRM',
  15: 'TERM',
  16: 'STKFLT',
  17: 'CHLD',
  18: 'CONT',
  19: 'STOP',
  20: 'TSTP',
  21: 'TTIN',
  22: 'TTOU',
  23: 'URG',
  24: 'XCPU',
  25: 'XFSZ',
  26: 'VTALRM',
  27: 'PROF',
  28: 'WINCH',
  29: 'IO',
  30: 'PWR',
  31: 'SYS',
};

/** Name without SIG of a signal number ("RTMIN+3" for real-time ones), or undefined. */
export function signalName(n: number): string | undefined {
  if (NAMES[n]) return NAMES[n];
  if (n >= 34 && n <= 64) {
    if (n === 34) return 'RTMIN';
    if (n === 64) return 'RTMAX';
    return n <= 49 ? `RTMIN+${n - 34}` : `RTMAX-${64 - n}`;
  }
  return undefined;
}

/** A signal given by name (TERM, SIGTERM, sigterm, RTMIN+1) or number; null when unknown. */
export function parseSignal(spec: string): number | null {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n >= 0 && n <= 64 && (n === 0 || signalName(n) !== undefined) ? n : null;
  }
  const name = spec.toUpperCase().replace(/^SIG/, '');
  for (let n = 1; n <= 64; n++) if (signalName(n) === name) return n;
  if (name === 'IOT') return 6;
  if (name === 'POLL') return 29;
  if (name === 'CLD') return 17;
  return null;
}

/** bash's `kill -l` table: five per line, "%2d) SIG%s" separated by tabs. */
export function bashSignalTable(): string {
  const items: string[] = [];
  for (let n = 1; n <= 64; n++) {
    const name = signalName(n);
    if (!name) continue;
    items.push(`${String(n).padStart(2, ' ')}) SIG${name}`);
  }
  let out = '';
  for (let i = 0; i < items.length; i += 5) out += `${items.slice(i, i + 5).join('\t')}\n`;
  return out;
}

/** Signals whose default action ends the process. */
export function terminates(n: number): boolean {
  return ![0, 17, 18, 19, 20, 21, 22, 23, 28].includes(n);
}

/**
 * Wget's progress displays: GNU Wget's dot style (stderr not a terminal)
 * and a bar for terminals, its rate and time formats; BusyBox's one-line
 * bar (libbb/progress.c).
 */

/** calc_rate(): bytes per second scaled to B, KB, MB, GB (1024-based). */
export function calcRate(bytes: number, secs: number): { rate: number; unit: number } {
  const s = secs === 0 ? 0.5e-9 : secs;
  let rate = bytes / s;
  let unit = 0;
  while (unit < 3 && rate >= 1024) {
    rate /= 1024;
    unit++;
  }
  return { rate, unit };
}

function fixed(rate: number): string {
  return rate.toFixed(rate >= 99.95 ? 0 : rate >= 9.995 ? 1 : 2);
}

/** retr_rate(): "298 MB/s". */
export function retrRate(bytes: number, secs: number): string {
  const r = calcRate(bytes, secs);
  return `${fixed(r.rate)} ${['B/s', 'KB/s', 'MB/s', 'GB/s'][r.unit]}`;
}

/** print_decimal() for the "=0s" download time. */
export function printDecimal(n: number): string {
  if (n >= 9.95) return n.toFixed(0);
  if (n >= 0.95) return n.toFixed(1);
  if (n >= 0.001) return Number(n.toPrecision(1)).toString();
  if (n >= 0.0005) return n.toFixed(3);
  return '0';
}

/** The dot display of a finished download (default style: 1K dots, 10 per cluster, 50 per line). */
export function dotProgress(bytes: number, total: number | undefined, secs: number): string {
  let out = '';
  const ROW = 50 * 1024;
  let rows = 0;
  let dots = 0;
  let acc = bytes;
  let last = 0;
  const rowStats = (isLast: boolean) => {
    const shown = rows * ROW + dots * 1024 + (isLast ? acc : 0);
    if (total) out += `${String(Math.floor((100 * shown) / total)).padStart(3)}%`;
    const thisRow = isLast ? dots * 1024 + acc : ROW;
    const r = calcRate(thisRow, secs - last);
    out += ` ${fixed(r.rate).padStart(4)}${[' ', 'K', 'M', 'G'][r.unit]}`;
    last = secs;
    if (!isLast) {
      if (total) {
        const rest = total - shown;
        const eta = (secs * rest) / Math.max(1, shown);
        out += ` ${etaShort(Math.round(eta))}`;
      }
    } else out += secs >= 10 ? `=${etaShort(Math.round(secs))}` : `=${printDecimal(secs)}s`;
  };
  for (; acc >= 1024; acc -= 1024) {
    if (dots === 0) out += `\n${String((rows * ROW) / 1024).padStart(6)}K`;
    if (dots % 10 === 0) out += ' ';
    out += '.';
    dots++;
    if (dots >= 50) {
      rows++;
      dots = 0;
      rowStats(false);
    }
  }
  if (dots === 0) out += `\n${String((rows * ROW) / 1024).padStart(6)}K`;
  for (let i = dots; i < 50; i++) {
    if (i % 10 === 0) out += ' ';
    out += ' ';
  }
  rowStats(true);
  return `${out}\n\n`;
}

/** eta_to_human_short(): "5s", "1m 3s", "2h 5m", "3d 4h". */
export function etaShort(secs: number): string {
  if (secs < 100) return `${secs}s`;
  if (secs < 100 * 60) return `${Math.floor(secs / 60)}m ${secs % 60}s`;
  if (secs < 48 * 3600) return `${Math.floor(secs / 3600)}h ${Math.floor((secs % 3600) / 60)}m`;
  return `${Math.floor(secs / 86400)}d ${Math.floor((secs % 86400) / 3600)}h`;
}

/** The terminal bar at the start and at the end of a download (screen `cols` wide). */
export function barProgress(
  name: string,
  bytes: number,
  total: number | undefined,
  secs: number,
  cols: number,
): string {
  const width = Math.max(45, cols) - 1;
  const inner = Math.max(1, width - 59);
  const label = name.length > 20 ? name.slice(0, 20) : name.padEnd(20);
  const pct = (p: number) => `${String(p).padStart(3)}%`;
  const size = (n: number) => String(n).padStart(8);
  const start = `${label}${total ? pct(0) : '    '}[${' '.repeat(inner)}]${size(0)}  --.-KB/s               `;
  const fill = total ? Math.floor((inner * bytes) / total) : inner;
  const bar =
    fill >= inner ? `${'='.repeat(inner - 1)}>` : `${'='.repeat(Math.max(0, fill - 1))}>`.padEnd(inner);
  const end = `${label}${total ? pct(Math.floor((100 * bytes) / total)) : '    '}[${bar}]${size(bytes)}  --.-KB/s    in ${secs >= 10 ? etaShort(Math.round(secs)) : `${printDecimal(secs)}s`}`;
  return `\r${start.slice(0, width)}\r${end.padEnd(width).slice(0, width)}\n`;
}

/** BusyBox's numbers in five columns (smart_ulltoa5). */
function ulltoa5(n: number): string {
  if (n <= 99999) return String(n).padStart(5);
  let v = n * 10;
  let idx = 0;
  do {
    v = Math.floor(v / 1024);
    idx++;
  } while (v >= 100000);
  const u = Math.floor(v / 10);
  const d = v % 10;
  const scale = ' kMGTPEZY'[idx] as string;
  if (u >= 100) return `${String(Math.floor(u / 10)).padStart(3)}${u % 10}${scale}`.slice(-5);
  return `${String(u).padStart(2)}.${d}${scale}`;
}

/** BusyBox wget's last progress line (`tty`: stderr is a terminal `cols` wide). */
export function busyboxBar(
  name: string,
  bytes: number,
  total: number | undefined,
  tty: { cols: number } | null,
): string {
  const cols = tty?.cols ?? 80;
  let line = `${tty ? '\r' : ''}${name.length > 20 ? name.slice(0, 20) : name.padEnd(20)} `;
  if (total) {
    line += `${String(Math.floor((100 * bytes) / total)).padStart(3)}% `;
    const bar = cols - 48;
    if (bar > 2) {
      const stars = Math.floor((Math.min(bar, 999) * bytes) / total);
      line += `|${'*'.repeat(stars).padEnd(Math.min(bar, 999))}| `;
    }
  }
  line += ulltoa5(bytes);
  line += !total || bytes === 0 ? ' --:--:-- ETA' : '  0:00:00 ETA';
  return `${line}\n`;
}

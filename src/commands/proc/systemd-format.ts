/** systemd 249's ways of writing times and sizes (time-util.c, format-util.c). */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** "Sat 2026-11-21 08:43:00 UTC" */
export function systemdTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC`;
}

/** format_timestamp_relative(): "17min ago", "1h 2min ago", "5s ago". */
export function relativeAgo(deltaMs: number): string {
  const us = Math.max(0, Math.floor(deltaMs * 1000));
  const SEC = 1_000_000;
  const MIN = 60 * SEC;
  const HOUR = 60 * MIN;
  const DAY = 24 * HOUR;
  const WEEK = 7 * DAY;
  const MONTH = 2_629_800 * SEC;
  const YEAR = 31_557_600 * SEC;
  const f = Math.floor;
  if (us >= YEAR) {
    const years = f(us / YEAR);
    const months = f((us % YEAR) / MONTH);
    return `${years} ${years === 1 ? 'year' : 'years'} ${months} ${months === 1 ? 'month' : 'months'} ago`;
  }
  if (us >= MONTH) {
    const months = f(us / MONTH);
    const days = f((us % MONTH) / DAY);
    return `${months} ${months === 1 ? 'month' : 'months'} ${days} ${days === 1 ? 'day' : 'days'} ago`;
  }
  if (us >= WEEK) {
    const weeks = f(us / WEEK);
    const days = f((us % WEEK) / DAY);
    return `${weeks} ${weeks === 1 ? 'week' : 'weeks'} ${days} ${days === 1 ? 'day' : 'days'} ago`;
  }
  if (us >= 2 * DAY) return `${f(us / DAY)} days ago`;
  if (us >= 25 * HOUR) return `1 day ${f((us - DAY) / HOUR)}h ago`;
  if (us >= 6 * HOUR) return `${f(us / HOUR)}h ago`;
  if (us >= HOUR) return `${f(us / HOUR)}h ${f((us % HOUR) / MIN)}min ago`;
  if (us >= 5 * MIN) return `${f(us / MIN)}min ago`;
  if (us >= MIN) return `${f(us / MIN)}min ${f((us % MIN) / SEC)}s ago`;
  if (us >= SEC) return `${f(us / SEC)}s ago`;
  if (us >= 1000) return `${f(us / 1000)}ms ago`;
  if (us > 0) return `${us}us ago`;
  return 'now';
}

/** journalctl's short format stamp: "Nov 21 08:43:00". */
export function journalStamp(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** format_bytes(): "95.8M" (IEC steps, one decimal). */
export function formatBytes(bytes: number): string {
  const units = ['E', 'P', 'T', 'G', 'M', 'K'];
  for (let i = 0; i < units.length; i++) {
    const factor = 1024 ** (units.length - i);
    if (bytes >= factor) {
      const tenths = Math.floor((bytes * 10) / factor);
      return `${Math.floor(tenths / 10)}.${tenths % 10}${units[i]}`;
    }
  }
  return `${bytes}B`;
}

/** format_timespan(t, USEC_PER_MSEC): "24.480s", "1min 2.345s". */
export function cpuTimespan(ms: number): string {
  const total = Math.floor(ms);
  if (total <= 0) return '0';
  const parts: string[] = [];
  let rest = total;
  const h = Math.floor(rest / 3_600_000);
  if (h) {
    parts.push(`${h}h`);
    rest -= h * 3_600_000;
  }
  const m = Math.floor(rest / 60_000);
  if (m) {
    parts.push(`${m}min`);
    rest -= m * 60_000;
  }
  if (rest) {
    const s = Math.floor(rest / 1000);
    const frac = rest % 1000;
    if (s === 0 && parts.length === 0) parts.push(`${frac}ms`);
    else if (frac) parts.push(`${s}.${String(frac).padStart(3, '0').replace(/0+$/, '')}s`);
    else parts.push(`${s}s`);
  }
  return parts.join(' ');
}

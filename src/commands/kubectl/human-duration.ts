/** apimachinery's duration.HumanDuration and kubectl's age/timestamp helpers. */

export function humanDuration(ms: number): string {
  const s = Math.trunc(ms / 1000);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const m = Math.trunc(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.trunc(s / 3600);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  if (h < 192) return h % 24 === 0 ? `${Math.trunc(h / 24)}d` : `${Math.trunc(h / 24)}d${h % 24}h`;
  if (h < 24 * 365 * 2) return `${Math.trunc(h / 24)}d`;
  if (h < 24 * 365 * 8) {
    const dy = Math.trunc(h / 24) % 365;
    const y = Math.trunc(h / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(h / 24 / 365)}y`;
}

/** Milliseconds of an RFC 3339 timestamp, or null. */
export function parseTime(ts: unknown): number | null {
  if (typeof ts !== 'string' || ts === '') return null;
  const v = Date.parse(ts);
  return Number.isNaN(v) ? null : v;
}

/** The AGE cell: HumanDuration since a timestamp, `<unknown>` without one. */
export function ageOf(ts: unknown, now: number): string {
  const t = parseTime(ts);
  return t === null ? '<unknown>' : humanDuration(now - t);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function p2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Go's RFC1123Z in UTC: `Sat, 21 Nov 2026 16:56:01 +0000`. */
export function rfc1123z(ts: unknown): string {
  const t = parseTime(ts);
  if (t === null) return '';
  const d = new Date(t);
  return `${DAYS[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

/** time.Time's default String() in UTC: `2026-11-21 16:52:02 +0000 UTC`. */
export function goTimeString(ts: unknown): string {
  const t = parseTime(ts);
  if (t === null) return '';
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000 UTC`;
}

/** Go's time.Duration.String() for whole milliseconds: `30s`, `1m30s`, `2h0m0s`, `1.5s`, `0s`. */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let rest = Math.abs(ms);
  if (rest < 1000) return `${neg ? '-' : ''}${rest}ms`;
  const h = Math.floor(rest / 3600000);
  rest -= h * 3600000;
  const m = Math.floor(rest / 60000);
  rest -= m * 60000;
  const s = (rest / 1000).toString();
  const out = h ? `${h}h${m}m${s}s` : m ? `${m}m${s}s` : `${s}s`;
  return neg ? `-${out}` : out;
}

/** strftime as GNU date renders it (UTC, C locale), with the - _ 0 ^ # flags and field widths. */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
}

/** ISO 8601 week number and week-based year. */
function isoWeek(d: Date): { week: number; year: number } {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return { week, year: y };
}

type Conv = { text: string; numeric: boolean; width: number; pad: '0' | ' ' };

function conv(c: string, d: Date, ms: number): Conv | null {
  const n = (v: number, width = 2, pad: '0' | ' ' = '0'): Conv => ({
    text: String(v),
    numeric: true,
    width,
    pad,
  });
  const s = (text: string): Conv => ({ text, numeric: false, width: 0, pad: ' ' });
  const h = d.getUTCHours();
  const yday = dayOfYear(d);
  const wday = d.getUTCDay();
  switch (c) {
    case 'a':
      return s((DAYS[wday] as string).slice(0, 3));
    case 'A':
      return s(DAYS[wday] as string);
    case 'b':
    case 'h':
      return s((MONTHS[d.getUTCMonth()] as string).slice(0, 3));
    case 'B':
      return s(MONTHS[d.getUTCMonth()] as string);
    case 'c':
      return s(strftime('%a %b %e %H:%M:%S %Y', ms));
    case 'C':
      return n(Math.floor(d.getUTCFullYear() / 100));
    case 'd':
      return n(d.getUTCDate());
    case 'D':
    case 'x':
      return s(strftime('%m/%d/%y', ms));
    case 'e':
      return n(d.getUTCDate(), 2, ' ');
    case 'F':
      return s(strftime('%Y-%m-%d', ms));
    case 'g':
      return n(isoWeek(d).year % 100);
    case 'G':
      return n(isoWeek(d).year, 4);
    case 'H':
      return n(h);
    case 'I':
      return n(h % 12 || 12);
    case 'j':
      return n(yday, 3);
    case 'k':
      return n(h, 2, ' ');
    case 'l':
      return n(h % 12 || 12, 2, ' ');
    case 'm':
      return n(d.getUTCMonth() + 1);
    case 'M':
      return n(d.getUTCMinutes());
    case 'n':
      return s('\n');
    case 'N':
      return n((((ms % 1000) + 1000) % 1000) * 1000000, 9);
    case 'p':
      return s(h < 12 ? 'AM' : 'PM');
    case 'P':
      return s(h < 12 ? 'am' : 'pm');
    case 'q':
      return n(Math.floor(d.getUTCMonth() / 3) + 1, 1);
    case 'r':
      return s(strftime('%I:%M:%S %p', ms));
    case 'R':
      return s(strftime('%H:%M', ms));
    case 's':
      return n(Math.floor(ms / 1000), 1);
    case 'S':
      return n(d.getUTCSeconds());
    case 't':
      return s('\t');
    case 'T':
    case 'X':
      return s(strftime('%H:%M:%S', ms));
    case 'u':
      return n(wday || 7, 1);
    case 'U':
      return n(Math.floor((yday + 6 - wday) / 7));
    case 'V':
      return n(isoWeek(d).week);
    case 'w':
      return n(wday, 1);
    case 'W':
      return n(Math.floor((yday + 6 - ((wday + 6) % 7)) / 7));
    case 'y':
      return n(d.getUTCFullYear() % 100);
    case 'Y':
      return n(d.getUTCFullYear(), 1);
    case 'z':
      return s('+0000');
    case 'Z':
      return s('UTC');
    case '%':
      return s('%');
    default:
      return null;
  }
}

/** Format a virtual-clock time (ms since the epoch) in UTC. */
export function strftime(fmt: string, ms: number): string {
  const d = new Date(ms);
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i] as string;
    if (ch !== '%') {
      out += ch;
      i++;
      continue;
    }
    const m = /^%([-_0^#]*)([0-9]*)(:{0,3})([EO]?)(.?)/s.exec(fmt.slice(i)) as RegExpExecArray;
    const flags = m[1] as string;
    const width = m[2] === '' ? null : Number(m[2]);
    const colons = (m[3] as string).length;
    const c = m[5] as string;
    if (c === '') {
      out += fmt.slice(i);
      break;
    }
    if (colons > 0 && c === 'z') {
      out += colons === 1 ? '+00:00' : colons === 2 ? '+00:00:00' : '+00';
      i += m[0].length;
      continue;
    }
    let r = colons > 0 ? null : conv(c, d, ms);
    if (c === 'N' && width !== null && r) {
      r = { ...r, text: r.text.padStart(9, '0').slice(0, width), width: 0 };
    }
    if (!r) {
      out += m[0];
      i += m[0].length;
      continue;
    }
    let text = r.text;
    if (flags.includes('^')) text = text.toUpperCase();
    else if (flags.includes('#')) text = /[a-z]/.test(text) ? text.toUpperCase() : text.toLowerCase();
    const w = c === 'N' && width !== null ? 0 : (width ?? r.width);
    let pad: string | null = r.numeric ? r.pad : ' ';
    if (flags.includes('-')) pad = null;
    else if (flags.includes('_')) pad = ' ';
    else if (flags.includes('0')) pad = '0';
    if (!r.numeric && width === null) pad = null;
    if (pad !== null && text.length < w) {
      const neg = text.startsWith('-');
      const body = neg ? text.slice(1) : text;
      text = pad === '0' ? (neg ? '-' : '') + body.padStart(w - (neg ? 1 : 0), '0') : text.padStart(w, ' ');
    }
    out += text;
    i += m[0].length;
  }
  return out;
}

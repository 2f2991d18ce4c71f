/**
 * curl 7.88's progress meter (lib/progress.c): the two header lines, one
 * "\r"-led line at the start, one per second while waiting, a final forced
 * line and its newline. Speeds, percentages and the 5-second "current
 * speed" ring are computed like curl does, from the virtual clock.
 */

/** A state of the transfer at some time (ms since the meter started). */
export interface MeterPoint {
  at: number;
  downloaded: number;
  uploaded: number;
  /** Expected sizes when known (Content-Length, request body). */
  dlSize?: number;
  ulSize?: number;
}

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;
const TB = GB * 1024;

/** max5data(): a number in at most five columns with k/M/G/T/P suffixes. */
export function max5(bytes: number): string {
  const b = Math.floor(bytes);
  if (b < 100000) return String(b).padStart(5);
  if (b < 10000 * KB) return `${String(Math.floor(b / KB)).padStart(4)}k`;
  if (b < 100 * MB) return `${String(Math.floor(b / MB)).padStart(2)}.${Math.floor((b % MB) / (MB / 10))}M`;
  if (b < 10000 * MB) return `${String(Math.floor(b / MB)).padStart(4)}M`;
  if (b < 100 * GB) return `${String(Math.floor(b / GB)).padStart(2)}.${Math.floor((b % GB) / (GB / 10))}G`;
  if (b < 10000 * GB) return `${String(Math.floor(b / GB)).padStart(4)}G`;
  return `${String(Math.floor(b / TB)).padStart(4)}T`;
}

/** time2str(): "--:--:--" for zero, "H:MM:SS" right-aligned to 8 columns. */
export function time2str(seconds: number): string {
  if (seconds <= 0) return '--:--:--';
  const h = Math.floor(seconds / 3600);
  if (h <= 99) {
    const m = Math.floor((seconds - h * 3600) / 60);
    const s = seconds - h * 3600 - m * 60;
    return `${String(h).padStart(2)}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  }
  const d = Math.floor(seconds / 86400);
  const hh = Math.floor((seconds - d * 86400) / 3600);
  return d <= 999 ? `${String(d).padStart(3)}d ${String(hh).padStart(2, '0')}h` : `${String(d).padStart(7)}d`;
}

export const METER_HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';

function trspeed(size: number, us: number): number {
  if (us < 1) return size * 1000000;
  return Math.floor((size * 1000000) / us);
}

function percent(done: number, size: number): number {
  if (size > 10000) return Math.floor(done / Math.floor(size / 100));
  if (size > 0) return Math.floor((done * 100) / size);
  return 0;
}

/** Render the meter lines for the points (the last one is the final, forced update). */
export class CurlMeter {
  private readonly ring: Array<{ amount: number; at: number }> = [];
  private count = 0;
  private current = 0;

  /** One displayed line ("\r..." without newline) for a point. */
  line(p: MeterPoint): string {
    const us = Math.max(0, Math.round(p.at * 1000));
    const dlspeed = trspeed(p.downloaded, us);
    const ulspeed = trspeed(p.uploaded, us);
    // the "current speed" over the last five seconds
    const idx = this.count % 6;
    this.ring[idx] = { amount: p.downloaded + p.uploaded, at: p.at };
    this.count++;
    const countindex = Math.min(this.count, 6) - 1;
    if (countindex) {
      const check = this.count >= 6 ? this.count % 6 : 0;
      const old = this.ring[check] as { amount: number; at: number };
      let span = Math.floor(p.at) - Math.floor(old.at);
      if (span === 0) span = 1;
      const amount = p.downloaded + p.uploaded - old.amount;
      this.current = Math.floor((amount * 1000) / span);
    } else this.current = ulspeed + dlspeed;
    const spent = Math.floor(us / 1000000);
    let ulEst = 0;
    let dlEst = 0;
    let ulPct = 0;
    let dlPct = 0;
    if (p.ulSize !== undefined && ulspeed > 0) {
      ulEst = Math.floor(p.ulSize / ulspeed);
      ulPct = percent(p.uploaded, p.ulSize);
    }
    if (p.dlSize !== undefined && dlspeed > 0) {
      dlEst = Math.floor(p.dlSize / dlspeed);
      dlPct = percent(p.downloaded, p.dlSize);
    }
    const est = Math.max(ulEst, dlEst);
    const total = (p.ulSize ?? p.uploaded) + (p.dlSize ?? p.downloaded);
    const totalPct = percent(p.downloaded + p.uploaded, total);
    return (
      `\r${String(totalPct).padStart(3)} ${max5(total)}  ${String(dlPct).padStart(3)} ${max5(p.downloaded)}  ` +
      `${String(ulPct).padStart(3)} ${max5(p.uploaded)}  ${max5(dlspeed)}  ${max5(ulspeed)} ` +
      `${time2str(est)} ${time2str(spent)} ${time2str(est > 0 ? est - spent : 0)} ${max5(this.current)}`
    );
  }
}

/**
 * The times (ms since the meter started) at which curl redraws while a
 * transfer runs for `totalMs`: the start, every whole second, the end.
 */
export function meterTimes(totalMs: number): number[] {
  const out = [0];
  for (let t = 1000; t < totalMs; t += 1000) out.push(t);
  out.push(totalMs);
  return out;
}

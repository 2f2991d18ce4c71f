/**
 * What curl writes while a transfer runs, kept in time order: the -v trace,
 * warnings, and the progress meter's lines (which start with "\r" and end
 * without a newline, so trace lines continue them). Rendered once the
 * transfer is over, from the virtual clock.
 */
import { CurlMeter, METER_HEADER, type MeterPoint } from './curl-progress.js';

type Entry = { t: number; text: string } | { t: number; final: boolean };

export class CurlStderr {
  private readonly entries: Entry[] = [];
  private finalAt: number | null = null;
  /** The transfer ended while resolving: curl redraws once more before the first second. */
  resolving = false;

  constructor(
    /** Show the progress meter. */
    readonly meter: boolean,
    /** Show the -v trace. */
    readonly verbose: boolean,
    /** Show "[N bytes data]" lines (stdout is not a terminal, or goes to a file). */
    readonly dataLines: boolean,
  ) {}

  /** A -v line (a newline is added). */
  v(t: number, line: string): void {
    if (this.verbose) this.entries.push({ t, text: `${line}\n` });
  }

  /** Several -v lines at once. */
  vs(t: number, lines: readonly string[]): void {
    for (const l of lines) this.v(t, l);
  }

  /** A "{ [N bytes data]" / "} [N bytes data]" line. */
  data(t: number, dir: '{' | '}', n: number): void {
    if (this.verbose && this.dataLines) this.entries.push({ t, text: `${dir} [${n} bytes data]\n` });
  }

  /** Raw text (warnings) at time t. */
  raw(t: number, text: string): void {
    this.entries.push({ t, text });
  }

  /** Where the meter's final (forced) update goes. */
  final(t: number): void {
    this.finalAt = t;
    this.entries.push({ t, final: true });
  }

  /** The transfer ends without the forced update (a name that does not resolve): the last line keeps no newline. */
  end(t: number): void {
    this.finalAt = t;
    this.entries.push({ t, final: false });
  }

  /**
   * The whole stderr text; `point(t)` gives the transfer state at t.
   * `shown` is false when the meter never started (a name that did not resolve).
   */
  render(point: (t: number) => MeterPoint, shown = true): string {
    const m = new CurlMeter();
    const withMeter = this.meter && shown;
    let out = withMeter ? METER_HEADER : '';
    const end = this.finalAt ?? 0;
    // the first update at the start, then one a second while waiting (none in the last second)
    const lastPeriodic = (this.resolving ? Math.floor(end / 1000) - 1 : Math.ceil(end / 1000) - 2) * 1000;
    let started = false;
    let next = 1000;
    const tick = (upTo: number) => {
      if (!withMeter) return;
      if (!started) {
        out += m.line(point(0));
        if (this.resolving) out += m.line(point(0));
        started = true;
      }
      while (next <= lastPeriodic && next <= upTo) {
        out += m.line(point(next));
        next += 1000;
      }
    };
    const ordered = this.entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.t - b.e.t || a.i - b.i);
    for (const { e } of ordered) {
      if ('final' in e) {
        tick(e.t - 1e-9);
        if (withMeter && e.final) out += `${m.line(point(e.t))}\n`;
        continue;
      }
      tick(e.t);
      out += e.text;
    }
    return out;
  }
}

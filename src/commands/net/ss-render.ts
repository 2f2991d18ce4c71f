/**
 * ss's column layout (iproute2 misc/ss.c: the field buffer, render_calc_width
 * and render). Every field is buffered as a token; a column's width is the
 * longest token flushed into it, plus its left delimiter unless it is the
 * first column shown. The token being written when output is rendered -
 * the last line's Process field - was never flushed, so it does not count:
 * a lone long `users:(...)` on the last line leaves the Process header
 * unpadded. Left-aligned fields are padded on the right (the last column
 * too: lines end in spaces), right-aligned ones on the left.
 *
 * Without a terminal that is all. On a terminal the columns of each
 * screen line are widened to fill it: the spare width is spread evenly,
 * the remainder going one space each to the rightmost columns; columns
 * that do not fit start a new screen line (by wrapping: no newline is
 * printed).
 */

export type Align = 'left' | 'right';

export interface SsColumn {
  header: string;
  align: Align;
  ldelim: string;
  disabled: boolean;
}

/** The columns of ss.c in order: Netid, State, Recv-Q, Send-Q, local address and port, peer address and port, the extension column (users, details), and the trailing empty one. */
export function ssColumns(): SsColumn[] {
  const col = (header: string, align: Align, ldelim: string): SsColumn => ({
    header,
    align,
    ldelim,
    disabled: false,
  });
  return [
    col('Netid', 'left', ''),
    col('State', 'left', ' '),
    col('Recv-Q', 'left', ' '),
    col('Send-Q', 'left', ' '),
    col('Local Address:', 'right', ' '),
    col('Port', 'left', ''),
    col('Peer Address:', 'right', ' '),
    col('Port', 'left', ''),
    col('Process', 'left', ''),
    col('', 'left', ''),
  ];
}

/** Index of the extension column (where ` users:(...)` goes). */
export const COL_EXT = 8;

/**
 * Render lines of cells (one cell per column, disabled ones included and
 * ignored) as ss prints them. `header` is printed first when given.
 * `screen` is the terminal width, or null when stdout is not a terminal.
 */
export function renderSs(cols: SsColumn[], header: boolean, rows: string[][], screen: number | null): string {
  const lines: string[][] = [];
  if (header) lines.push(cols.map((c, i) => (i === cols.length - 1 ? '' : c.header)));
  lines.push(...rows);
  if (lines.length === 0) return '';
  const enabled = cols.map((c, i) => ({ c, i })).filter((x) => !x.c.disabled);
  // measure every flushed token: all but the last line's extension field
  const maxLen = cols.map(() => 0);
  lines.forEach((cells, li) => {
    for (const { i } of enabled) {
      if (rows.length > 0 && li === lines.length - 1 && i >= COL_EXT) continue;
      maxLen[i] = Math.max(maxLen[i] as number, (cells[i] ?? '').length);
    }
  });
  const width = calcWidths(cols, maxLen, screen);
  let out = '';
  for (const cells of lines) {
    let started = false;
    for (const { c, i } of enabled) {
      const text = cells[i] ?? '';
      const w = width[i] as number;
      let printed = 0;
      if (started) {
        out += c.ldelim;
        printed = c.ldelim.length;
      }
      started = true;
      if (w && c.align === 'right') {
        const s = w - text.length - printed;
        if (s > 0) {
          out += ' '.repeat(s);
          printed += s;
        }
      }
      out += text;
      printed += text.length;
      if (w && c.align === 'left') {
        const s = w - printed;
        if (s > 0) out += ' '.repeat(s);
      }
    }
    out += '\n';
  }
  return out;
}

function calcWidths(cols: SsColumn[], maxLen: number[], screen: number | null): number[] {
  const sw = screen ?? Number.MAX_SAFE_INTEGER;
  const width = cols.map(() => 0);
  let first = true;
  cols.forEach((c, i) => {
    if (c.disabled) return;
    const m = maxLen[i] as number;
    let w = !first && m ? m + c.ldelim.length : m;
    w = Math.min(w, sw);
    width[i] = w;
    if (w) first = false;
  });
  if (screen === null) return width;
  // spread the screen's spare width over the columns of each screen line
  let len = 0;
  let linecols = 0;
  let eol = -1;
  for (let c = 0; c < cols.length; c++) {
    if (!width[c]) continue;
    linecols++;
    len += width[c] as number;
    let last = true;
    for (let t = c + 1; t < cols.length; t++)
      if (width[t]) {
        last = false;
        break;
      }
    if (!last && len < sw) continue;
    if (len !== sw) {
      if (len > sw) {
        len -= width[c] as number;
        c--;
        linecols--;
      }
      const pad = sw - len;
      const spacing = Math.floor(pad / linecols);
      let rem = pad % linecols;
      for (let t = c; t > eol; t--) {
        if (!width[t]) continue;
        width[t] = (width[t] as number) + spacing;
        if (rem) {
          width[t] = (width[t] as number) + 1;
          rem--;
        }
      }
    }
    eol = c;
    len = 0;
    linecols = 0;
  }
  return width;
}

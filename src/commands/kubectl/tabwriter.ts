/**
 * Go's text/tabwriter (padding with spaces): cells are tab-terminated, a
 * column's width is decided per block of consecutive lines that have a cell
 * in that column, the last cell of a line is never padded. kubectl get uses
 * minwidth 6 / padding 3, describe minwidth 0 / padding 2.
 */

interface Cell {
  text: string;
  width: number;
}

function runeWidth(s: string): number {
  return [...s].length;
}

export function tabwrite(text: string, minwidth: number, padding: number): string {
  const rawLines = text.split('\n');
  const trailing = rawLines[rawLines.length - 1] === '';
  if (trailing) rawLines.pop();
  const lines: Cell[][] = rawLines.map((l) => l.split('\t').map((t) => ({ text: t, width: runeWidth(t) })));
  let out = '';
  formatGo(
    lines,
    minwidth,
    padding,
    (s) => {
      out += s;
    },
    trailing,
  );
  return out;
}

/** A faithful transcription of text/tabwriter's format/writeLines recursion. */
function formatGo(
  lines: Cell[][],
  minwidth: number,
  padding: number,
  write: (s: string) => void,
  trailing: boolean,
): void {
  const widths: number[] = [];
  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i] as Cell[];
      for (let j = 0; j < line.length; j++) {
        const c = line[j] as Cell;
        write(c.text);
        if (j < widths.length) write(' '.repeat(Math.max(0, (widths[j] as number) - c.width)));
      }
      if (i < lines.length - 1 || trailing) write('\n');
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let self = line0;
    while (self < line1) {
      let line = lines[self] as Cell[];
      if (column >= line.length - 1) {
        self++;
        continue;
      }
      writeLines(line0, self);
      line0 = self;
      let width = minwidth;
      for (; self < line1; self++) {
        line = lines[self] as Cell[];
        if (column >= line.length - 1) break;
        const w = (line[column] as Cell).width + padding;
        if (w > width) width = w;
      }
      widths.push(width);
      format(line0, self);
      widths.pop();
      line0 = self;
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
}

/** kubectl get's table writer. */
export function getTable(text: string): string {
  return tabwrite(text, 6, 3);
}

/** kubectl describe's writer. */
export function describeTable(text: string): string {
  return tabwrite(text, 0, 2);
}

/**
 * mitchellh/go-wordwrap's WrapString, which kubectl's help templates run
 * every screen through when stdout is a terminal: breaks only at
 * whitespace, drops the spaces at a break, never splits a word.
 */

function isSpace(c: string): boolean {
  return (
    c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === '\u0085' || c === '\u2028'
  );
}

export function wrapString(s: string, lim: number): string {
  let buf = '';
  let current = 0;
  let word = '';
  let space = '';
  let wordLen = 0;
  let spaceLen = 0;
  for (const ch of s) {
    if (ch === '\n') {
      if (wordLen === 0) {
        if (current + spaceLen > lim) current = 0;
        else {
          current += spaceLen;
          buf += space;
        }
      } else {
        current += spaceLen + wordLen;
        buf += space + word;
        word = '';
        wordLen = 0;
      }
      space = '';
      spaceLen = 0;
      buf += ch;
      current = 0;
    } else if (isSpace(ch)) {
      if (spaceLen === 0 || wordLen > 0) {
        current += spaceLen + wordLen;
        buf += space + word;
        space = '';
        spaceLen = 0;
        word = '';
        wordLen = 0;
      }
      space += ch;
      spaceLen++;
    } else {
      word += ch;
      wordLen++;
      if (current + spaceLen + wordLen > lim && wordLen < lim) {
        buf += '\n';
        current = 0;
        space = '';
        spaceLen = 0;
      }
    }
  }
  if (wordLen === 0) {
    if (current + spaceLen <= lim) buf += space;
  } else buf += space + word;
  return buf;
}

/** kubectl's responsive writer: 120, 100 or 80 columns, no wrapping below 80 or off a terminal. */
export function wrapLimit(tty: { cols: number } | null): number {
  if (!tty) return 0;
  if (tty.cols >= 120) return 120;
  if (tty.cols >= 100) return 100;
  if (tty.cols >= 80) return 80;
  return 0;
}

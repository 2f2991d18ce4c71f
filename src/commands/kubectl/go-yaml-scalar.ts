/**
 * How go-yaml v2 (behind sigs.k8s.io/yaml) writes a string scalar: the
 * style it picks (plain, 'single', "double", |literal) and where it folds
 * long lines (at the first space past column 80), and its map key order.
 */

const BOOL_NULL = new Set([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE'],
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE'],
  ...['', '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF'],
  ...['+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '<<'],
]);

function isGoFloat(s: string): boolean {
  if (/^[+-]?(inf|infinity|nan)$/i.test(s)) return true;
  if (/^[+-]?0[xX]/.test(s))
    return /^[+-]?0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+$/.test(s);
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s);
}

function isGoInt(s: string): boolean {
  return /^[+-]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9]\d*|0)$/.test(s);
}

const TIMESTAMP =
  /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[+-]\d{1,2}(?::\d{2})?))?)?$/;

/** Would go-yaml v2 read this string back as something other than a string? */
export function resolvesToNonString(s: string): boolean {
  if (BOOL_NULL.has(s)) return true;
  const c = s[0] as string;
  if ((c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.') {
    const plain = s.replace(/_/g, '');
    if (c === '.') return isGoFloat(plain);
    if (isGoInt(plain) || isGoFloat(plain) || /^[+-]?0[bB][01]+$/.test(plain)) return true;
    if (c >= '0' && c <= '9' && TIMESTAMP.test(s)) return true;
  }
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}

function isPrintable(ch: string): boolean {
  const c = ch.codePointAt(0) as number;
  return (
    c === 0x0a ||
    (c >= 0x20 && c <= 0x7e) ||
    c === 0x85 ||
    (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

interface Analysis {
  multiline: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

/** yaml_emitter_analyze_scalar (block context). */
function analyze(value: string): Analysis {
  if (value === '') return { multiline: false, blockPlain: false, singleQuoted: true, block: false };
  let blockIndicators = value.startsWith('---') || value.startsWith('...');
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  let lineBreaks = false;
  let special = false;
  let precededByWs = true;
  const chars = [...value];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const next = chars[i + 1];
    const followedByWs =
      next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true;
      else if ((ch === '?' || ch === ':') && followedByWs) blockIndicators = true;
      else if (ch === '-' && followedByWs) blockIndicators = true;
    } else if (ch === ':' && followedByWs) blockIndicators = true;
    else if (ch === '#' && precededByWs) blockIndicators = true;
    if (!isPrintable(ch)) special = true;
    if (ch === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (ch === '\n' || ch === '\r' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029') {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWs = ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
  }
  const a: Analysis = { multiline: lineBreaks, blockPlain: true, singleQuoted: true, block: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.blockPlain = false;
  if (trailingSpace) a.block = false;
  if (breakSpace) {
    a.blockPlain = false;
    a.singleQuoted = false;
  }
  if (spaceBreak || special) {
    a.blockPlain = false;
    a.singleQuoted = false;
    a.block = false;
  }
  if (lineBreaks) a.blockPlain = false;
  if (blockIndicators) a.blockPlain = false;
  return a;
}

const BEST_WIDTH = 80;

/** Write words, breaking at a single space once the column passes 80 (yaml_emitter_write_plain/single_quoted). */
function foldWords(text: string, column: number, indent: string, allowBreaks: boolean): string {
  let out = '';
  let col = column;
  let spaces = false;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === ' ') {
      if (
        allowBreaks &&
        !spaces &&
        col > BEST_WIDTH &&
        i > 0 &&
        i < chars.length - 1 &&
        chars[i + 1] !== ' '
      ) {
        out += `\n${indent}`;
        col = indent.length;
      } else {
        out += ch;
        col++;
      }
      spaces = true;
    } else {
      out += ch;
      col++;
      spaces = false;
    }
  }
  return out;
}

const DQ_ESCAPES: Record<string, string> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '"': '\\"',
  '\\': '\\\\',
  '\u0085': '\\N',
  '\u00a0': '\\_',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

function doubleQuoted(value: string, column: number, indent: string, allowBreaks: boolean): string {
  let out = '"';
  let col = column + 1;
  let spaces = false;
  const chars = [...value];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const cp = ch.codePointAt(0) as number;
    if (
      !isPrintable(ch) ||
      ch === '"' ||
      ch === '\\' ||
      cp === 0xfeff ||
      ch === '\u0085' ||
      ch === '\u2028' ||
      ch === '\u2029'
    ) {
      const esc =
        DQ_ESCAPES[ch] ??
        (cp <= 0xff
          ? `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}`
          : cp <= 0xffff
            ? `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`
            : `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`);
      out += esc;
      col += esc.length;
      spaces = false;
    } else if (ch === ' ') {
      if (allowBreaks && !spaces && col > BEST_WIDTH && i > 0 && i < chars.length - 1) {
        out += `\n${indent}`;
        col = indent.length;
        if (chars[i + 1] === ' ') {
          out += '\\';
          col++;
        }
      } else {
        out += ch;
        col++;
      }
      spaces = true;
    } else {
      out += ch;
      col++;
      spaces = false;
    }
  }
  return `${out}"`;
}

function literal(value: string, indent: string): string {
  let chomp = '';
  if (!value.endsWith('\n')) chomp = '-';
  else if (value === '\n' || value.endsWith('\n\n')) chomp = '+';
  const hint = value.startsWith(' ') || value.startsWith('\n') ? String(2) : '';
  const body = chomp === '-' ? value : value.slice(0, -1);
  const lines = body.split('\n').map((l) => (l === '' ? '' : `${indent}${l}`));
  return `|${hint}${chomp}\n${lines.join('\n')}`;
}

export interface ScalarPlace {
  /** Column the scalar starts at. */
  column: number;
  /** Indentation of continuation lines. */
  indent: string;
  /** A mapping key (no folding, no block styles). */
  key: boolean;
}

/** The YAML text go-yaml v2 writes for a string. */
export function goYamlString(value: string, place: ScalarPlace): string {
  const canUsePlain = !resolvesToNonString(value);
  let style: 'plain' | 'single' | 'double' | 'literal' = value.includes('\n')
    ? 'literal'
    : canUsePlain
      ? 'plain'
      : 'double';
  const a = analyze(value);
  if (style === 'plain' && !a.blockPlain) style = 'single';
  if (style === 'single' && !a.singleQuoted) style = 'double';
  if (style === 'literal' && (!a.block || place.key)) style = 'double';
  const breaks = !place.key;
  switch (style) {
    case 'plain':
      return foldWords(value, place.column, place.indent, breaks);
    case 'single':
      return `'${foldWords(value.replace(/'/g, "''"), place.column + 1, place.indent, breaks)}'`;
    case 'double':
      return doubleQuoted(value, place.column, place.indent, breaks);
    default:
      return literal(value, place.indent);
  }
}

/** go-yaml v2's keyList.Less for string keys (digit runs compare as numbers, letters after other runes). */
export function goYamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  const isLetter = (c: string) => /\p{L}/u.test(c);
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const x = ar[i] as string;
    const y = br[i] as string;
    if (x === y) continue;
    const al = isLetter(x);
    const bl = isLetter(y);
    if (al && bl) return x < y;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (x === '0' || y === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return x < y;
  }
  return ar.length < br.length;
}

/**
 * Parser of kubectl's JSONPath dialect (client-go util/jsonpath): text with
 * `{...}` actions holding paths (`.a.b`, `['k']`, `[0]`, `[1:3]`, `[*]`,
 * `[a,b]`, `..x`, `[?(@.k=="v")]`), `{range ...}`/`{end}` and literals.
 */

export type PathStep =
  | { t: 'field'; names: string[] }
  | { t: 'wild' }
  | { t: 'recursive' }
  | { t: 'index'; items: IndexItem[] }
  | { t: 'filter'; left: PathExpr; op: string; right: PathExpr | null };

export interface IndexItem {
  start?: number;
  end?: number;
  step?: number;
  /** `[n]` rather than a slice. */
  single: boolean;
}

export type PathExpr =
  | { t: 'path'; steps: PathStep[] }
  | { t: 'literal'; value: string | number | boolean | null };

export type TplNode =
  | { t: 'text'; text: string }
  | { t: 'expr'; exprs: PathExpr[] }
  | { t: 'range'; expr: PathExpr; body: TplNode[] }
  /** `{end}` outside a range fails only when the template runs. */
  | { t: 'error'; message: string };

class Reader {
  pos = 0;
  constructor(readonly s: string) {}
  peek(o = 0): string {
    return this.s[this.pos + o] ?? '';
  }
  eof(): boolean {
    return this.pos >= this.s.length;
  }
}

function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}_/-]/u.test(c);
}

function parseQuoted(r: Reader): string {
  const q = r.peek();
  r.pos++;
  let out = '';
  while (!r.eof() && r.peek() !== q) {
    if (r.peek() === '\\') {
      r.pos++;
      const c = r.peek();
      out += c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c;
      r.pos++;
      continue;
    }
    out += r.peek();
    r.pos++;
  }
  if (r.eof()) throw new Error('unterminated quoted string');
  r.pos++;
  return out;
}

function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (!/^[+-]?\d+$/.test(t)) throw new Error(`unrecognized character in action: ${t}`);
  return Number(t);
}

function parseBracket(r: Reader): PathStep {
  r.pos++;
  if (r.peek() === '?') {
    r.pos++;
    if (r.peek() !== '(') throw new Error('unclosed array expect ]');
    r.pos++;
    let depth = 1;
    let body = '';
    while (!r.eof()) {
      const c = r.peek();
      if (c === '"' || c === "'") {
        const start = r.pos;
        parseQuoted(r);
        body += r.s.slice(start, r.pos);
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && --depth === 0) break;
      body += c;
      r.pos++;
    }
    r.pos++;
    if (r.peek() !== ']') throw new Error('unclosed array expect ]');
    r.pos++;
    return parseFilter(body);
  }
  let body = '';
  while (!r.eof() && r.peek() !== ']') {
    const c = r.peek();
    if (c === '"' || c === "'") {
      const start = r.pos;
      parseQuoted(r);
      body += r.s.slice(start, r.pos);
      continue;
    }
    body += c;
    r.pos++;
  }
  if (r.eof()) throw new Error('unclosed array expect ]');
  r.pos++;
  const trimmed = body.trim();
  if (trimmed === '*') return { t: 'wild' };
  if (/^['"]/.test(trimmed)) {
    const names: string[] = [];
    const rr = new Reader(trimmed);
    while (!rr.eof()) {
      if (rr.peek() === '"' || rr.peek() === "'") names.push(parseQuoted(rr));
      else rr.pos++;
    }
    return { t: 'field', names };
  }
  const items: IndexItem[] = trimmed.split(',').map((part) => {
    const nums = part.split(':');
    if (nums.length > 3) throw new Error(`invalid array index ${part}`);
    if (nums.length === 1) {
      const n = parseNumber(nums[0] as string);
      if (n === undefined) throw new Error(`invalid array index ${part}`);
      return { start: n, single: true };
    }
    const item: IndexItem = { single: false };
    const s = parseNumber(nums[0] as string);
    const e = parseNumber(nums[1] as string);
    const st = nums[2] !== undefined ? parseNumber(nums[2]) : undefined;
    if (s !== undefined) item.start = s;
    if (e !== undefined) item.end = e;
    if (st !== undefined) item.step = st;
    return item;
  });
  return { t: 'index', items };
}

function parseFilter(body: string): PathStep {
  const m = /^(.*?)\s*(==|!=|<=|>=|<|>|=~)\s*(.*)$/.exec(body.trim());
  if (!m) return { t: 'filter', left: parseOperand(body.trim()), op: 'exists', right: null };
  return {
    t: 'filter',
    left: parseOperand(m[1] as string),
    op: m[2] as string,
    right: parseOperand(m[3] as string),
  };
}

function parseOperand(text: string): PathExpr {
  const t = text.trim();
  if (/^["']/.test(t)) return { t: 'literal', value: parseQuoted(new Reader(t)) };
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return { t: 'literal', value: Number(t) };
  if (t === 'true' || t === 'false') return { t: 'literal', value: t === 'true' };
  if (t === 'nil' || t === 'null') return { t: 'literal', value: null };
  return parsePath(new Reader(t));
}

/** A path such as `.items[*].metadata.name` (leading `@`/`$` allowed). */
function parsePath(r: Reader): PathExpr {
  const steps: PathStep[] = [];
  while (!r.eof()) {
    const c = r.peek();
    if (c === '@' || c === '$') {
      r.pos++;
    } else if (c === '.') {
      r.pos++;
      if (r.peek() === '.') {
        steps.push({ t: 'recursive' });
        continue;
      }
      let name = '';
      while (!r.eof() && (isWordChar(r.peek()) || r.peek() === '\\' || r.peek() === '*')) {
        if (r.peek() === '\\') {
          name += r.peek(1);
          r.pos += 2;
          continue;
        }
        name += r.peek();
        r.pos++;
      }
      if (name === '*') steps.push({ t: 'wild' });
      else if (name !== '') steps.push({ t: 'field', names: [name] });
    } else if (c === '[') {
      steps.push(parseBracket(r));
    } else if (c === ' ' || c === '}' || c === ',') {
      break;
    } else if (isWordChar(c)) {
      let name = '';
      while (!r.eof() && isWordChar(r.peek())) {
        name += r.peek();
        r.pos++;
      }
      steps.push({ t: 'field', names: [name] });
    } else {
      throw new Error(
        `unrecognized character in action: U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} '${c}'`,
      );
    }
  }
  return { t: 'path', steps };
}

function parseAction(body: string): PathExpr[] {
  const r = new Reader(body);
  const exprs: PathExpr[] = [];
  while (!r.eof()) {
    const c = r.peek();
    if (c === ' ' || c === ',') {
      r.pos++;
      continue;
    }
    if (c === '"' || c === "'") {
      exprs.push({ t: 'literal', value: parseQuoted(r) });
      continue;
    }
    exprs.push(parsePath(r));
  }
  return exprs;
}

/** Split the template into text and actions, nesting range/end. Throws with client-go's messages. */
export function parseTemplate(tpl: string): TplNode[] {
  const root: TplNode[] = [];
  const stack: TplNode[][] = [root];
  const ranges: Array<Extract<TplNode, { t: 'range' }>> = [];
  let i = 0;
  while (i < tpl.length) {
    const open = tpl.indexOf('{', i);
    if (open < 0) {
      (stack[stack.length - 1] as TplNode[]).push({ t: 'text', text: tpl.slice(i) });
      break;
    }
    if (open > i) (stack[stack.length - 1] as TplNode[]).push({ t: 'text', text: tpl.slice(i, open) });
    let j = open + 1;
    let quote = '';
    while (j < tpl.length) {
      const c = tpl[j] as string;
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '}') break;
      j++;
    }
    if (j >= tpl.length) throw new Error('unclosed action');
    const body = tpl.slice(open + 1, j).trim();
    i = j + 1;
    const cur = stack[stack.length - 1] as TplNode[];
    if (body === 'end') {
      if (ranges.length === 0) {
        cur.push({ t: 'error', message: 'not in range, nothing to end' });
        continue;
      }
      ranges.pop();
      stack.pop();
      continue;
    }
    const rm = /^range\s+(.*)$/.exec(body);
    if (rm) {
      const node: Extract<TplNode, { t: 'range' }> = {
        t: 'range',
        expr: parsePath(new Reader(rm[1] as string)),
        body: [],
      };
      cur.push(node);
      ranges.push(node);
      stack.push(node.body);
      continue;
    }
    cur.push({ t: 'expr', exprs: parseAction(body) });
  }
  return root;
}

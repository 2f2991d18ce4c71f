/**
 * The part of Go's text/template that `kubectl -o go-template` users write:
 * field chains, variables, pipelines, range/if/with/else/end, trim markers,
 * and the functions index, len, printf, print, println, eq, ne, lt, le, gt,
 * ge, and, or, not, base64decode. Missing map keys print `<no value>`.
 */
import { b64decode } from './base64.js';
import { goPrint } from './go-values.js';

type Val = unknown;

type Node =
  | { t: 'text'; text: string }
  | { t: 'action'; pipe: string }
  | { t: 'block'; kind: 'range' | 'if' | 'with'; pipe: string; body: Node[]; elseBody: Node[] | null };

class TplError extends Error {}

function tokenizeActions(tpl: string): Array<{ text?: string; action?: string }> {
  const out: Array<{ text?: string; action?: string }> = [];
  let i = 0;
  while (i < tpl.length) {
    const open = tpl.indexOf('{{', i);
    if (open < 0) {
      out.push({ text: tpl.slice(i) });
      break;
    }
    let text = tpl.slice(i, open);
    let j = open + 2;
    if (tpl[j] === '-' && tpl[j + 1] === ' ') {
      text = text.replace(/\s+$/, '');
      j += 2;
    }
    if (text) out.push({ text });
    let k = j;
    let quote = '';
    while (k < tpl.length) {
      const c = tpl[k] as string;
      if (quote) {
        if (c === '\\') k++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === '`') quote = c;
      else if (tpl.startsWith('}}', k)) break;
      k++;
    }
    if (k >= tpl.length) throw new TplError('unclosed action');
    let body = tpl.slice(j, k);
    i = k + 2;
    if (body.endsWith(' -')) {
      body = body.slice(0, -2);
      const m = /^\s*/.exec(tpl.slice(i));
      i += m ? m[0].length : 0;
    }
    out.push({ action: body.trim() });
  }
  return out;
}

function build(tokens: Array<{ text?: string; action?: string }>): Node[] {
  let pos = 0;
  const parseList = (stopAt: string[]): { nodes: Node[]; stop: string } => {
    const nodes: Node[] = [];
    while (pos < tokens.length) {
      const tk = tokens[pos++] as { text?: string; action?: string };
      if (tk.text !== undefined) {
        nodes.push({ t: 'text', text: tk.text });
        continue;
      }
      const a = tk.action as string;
      const word = a.split(/\s+/)[0] as string;
      if (stopAt.includes(word) || (word === 'else' && stopAt.includes('else'))) return { nodes, stop: a };
      if (word === 'range' || word === 'if' || word === 'with') {
        const body = parseList(['end', 'else']);
        let elseBody: Node[] | null = null;
        if (body.stop.startsWith('else')) {
          const rest = body.stop.slice(4).trim();
          if (rest.startsWith('if ')) {
            pos--;
            tokens[pos] = { action: rest };
            const inner = parseList(['end']);
            elseBody = inner.nodes;
          } else elseBody = parseList(['end']).nodes;
        }
        nodes.push({ t: 'block', kind: word, pipe: a.slice(word.length).trim(), body: body.nodes, elseBody });
        continue;
      }
      if (word === 'end' || word === 'else') throw new TplError(`unexpected {{${word}}}`);
      if (a.startsWith('/*')) continue;
      nodes.push({ t: 'action', pipe: a });
    }
    if (stopAt.length) throw new TplError('unexpected EOF');
    return { nodes, stop: '' };
  };
  return parseList([]).nodes;
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '"' || c === '`') {
      let j = i + 1;
      while (j < s.length && s[j] !== c) j += s[j] === '\\' && c === '"' ? 2 : 1;
      out.push(s.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < s.length; j++) {
        if (s[j] === '(') depth++;
        if (s[j] === ')' && --depth === 0) break;
      }
      out.push(s.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < s.length && s[j] !== ' ' && s[j] !== '\t') j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

interface Scope {
  dot: Val;
  vars: Map<string, Val>;
}

const MISSING = Symbol('missing');

function field(v: Val, chain: string): Val {
  let cur: Val = v;
  for (const name of chain.split('.').filter(Boolean)) {
    if (cur === null || cur === undefined || cur === MISSING) return MISSING;
    if (typeof cur !== 'object' || Array.isArray(cur))
      throw new TplError(`can't evaluate field ${name} in type ${typeof cur}`);
    const o = cur as Record<string, Val>;
    cur = Object.hasOwn(o, name) ? o[name] : MISSING;
  }
  return cur;
}

function truthy(v: Val): boolean {
  if (v === null || v === undefined || v === MISSING || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v as object).length > 0;
  return true;
}

function sprintf(fmt: string, args: Val[]): string {
  let i = 0;
  return fmt.replace(/%([-+ 0#]*\d*(?:\.\d+)?)([vsdqftx%])/g, (_m, flags: string, verb: string) => {
    if (verb === '%') return '%';
    const a = args[i++];
    let s: string;
    if (verb === 'q') s = JSON.stringify(goPrint(a));
    else if (verb === 'x')
      s =
        typeof a === 'number'
          ? a.toString(16)
          : [...new TextEncoder().encode(goPrint(a))].map((b) => b.toString(16).padStart(2, '0')).join('');
    else if (verb === 'f')
      s = Number(a).toFixed(/\.(\d+)/.exec(flags)?.[1] ? Number(/\.(\d+)/.exec(flags)?.[1]) : 6);
    else s = goPrint(a);
    const w = /(\d+)/.exec(flags.replace(/\.\d+/, ''));
    if (w) s = flags.includes('-') ? s.padEnd(Number(w[1])) : s.padStart(Number(w[1]));
    return s;
  });
}

const FUNCS: Record<string, (...a: Val[]) => Val> = {
  len: (x) =>
    Array.isArray(x)
      ? x.length
      : typeof x === 'string'
        ? x.length
        : x && typeof x === 'object'
          ? Object.keys(x).length
          : 0,
  index: (x, ...keys) => {
    let cur = x;
    for (const k of keys) {
      if (cur === null || cur === undefined || cur === MISSING) return MISSING;
      if (Array.isArray(cur)) cur = cur[Number(k)];
      else cur = Object.hasOwn(cur as object, String(k)) ? (cur as Record<string, Val>)[String(k)] : MISSING;
    }
    return cur;
  },
  printf: (fmt, ...a) => sprintf(String(fmt), a),
  print: (...a) => a.map(goPrint).join(''),
  println: (...a) => `${a.map(goPrint).join(' ')}\n`,
  eq: (a, ...b) => b.some((x) => x === a),
  ne: (a, b) => a !== b,
  lt: (a, b) => (a as number) < (b as number),
  le: (a, b) => (a as number) <= (b as number),
  gt: (a, b) => (a as number) > (b as number),
  ge: (a, b) => (a as number) >= (b as number),
  not: (a) => !truthy(a),
  and: (...a) => a.find((x) => !truthy(x)) ?? a[a.length - 1],
  or: (...a) => a.find((x) => truthy(x)) ?? a[a.length - 1],
  base64decode: (s) => b64decode(String(s)) ?? '',
};

function evalArg(tok: string, sc: Scope): Val {
  if (tok.startsWith('"')) return JSON.parse(tok);
  if (tok.startsWith('`')) return tok.slice(1, -1);
  if (tok.startsWith('(')) return evalPipe(tok.slice(1, -1), sc);
  if (/^-?\d+(\.\d+)?$/.test(tok)) return Number(tok);
  if (tok === 'true' || tok === 'false') return tok === 'true';
  if (tok === 'nil') return null;
  if (tok === '.') return sc.dot;
  if (tok.startsWith('.')) return field(sc.dot, tok);
  if (tok.startsWith('$')) {
    const dot = tok.indexOf('.');
    const name = dot < 0 ? tok : tok.slice(0, dot);
    if (!sc.vars.has(name)) throw new TplError(`undefined variable "${name}"`);
    const base = sc.vars.get(name);
    return dot < 0 ? base : field(base, tok.slice(dot));
  }
  throw new TplError(`function "${tok}" not defined`);
}

function evalCommand(cmd: string, sc: Scope, piped: Val[] | null): Val {
  const args = splitArgs(cmd.trim());
  const head = args[0] ?? '';
  const fn = FUNCS[head];
  if (fn) return fn(...args.slice(1).map((a) => evalArg(a, sc)), ...(piped ?? []));
  if (args.length > 1 || piped) throw new TplError(`can't give argument to non-function ${head}`);
  return evalArg(head, sc);
}

function evalPipe(pipe: string, sc: Scope): Val {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const c of pipe) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  let v: Val = MISSING;
  parts.forEach((p, i) => {
    v = evalCommand(p, sc, i === 0 ? null : [v]);
  });
  return v;
}

function assign(pipe: string, sc: Scope): { name: string | null; expr: string; key: string | null } {
  const m = /^(\$\w*)\s*(?:,\s*(\$\w*))?\s*:?=\s*(.*)$/.exec(pipe);
  if (!m) return { name: null, expr: pipe, key: null };
  void sc;
  return m[2]
    ? { key: m[1] as string, name: m[2], expr: m[3] as string }
    : { name: m[1] as string, expr: m[3] as string, key: null };
}

function show(v: Val): string {
  if (v === MISSING || v === undefined) return '<no value>';
  return goPrint(v);
}

function exec(nodes: Node[], sc: Scope): string {
  let s = '';
  for (const n of nodes) {
    if (n.t === 'text') s += n.text;
    else if (n.t === 'action') {
      const a = assign(n.pipe, sc);
      const v = evalPipe(a.expr, sc);
      if (a.name) sc.vars.set(a.name, v);
      else s += show(v);
    } else {
      const a = assign(n.pipe, sc);
      const v = evalPipe(a.expr, sc);
      if (n.kind === 'range') {
        const entries: Array<[Val, Val]> = Array.isArray(v)
          ? v.map((x, i) => [i, x])
          : v && typeof v === 'object'
            ? Object.keys(v as object)
                .sort()
                .map((k) => [k, (v as Record<string, Val>)[k]])
            : [];
        if (entries.length === 0 && n.elseBody) s += exec(n.elseBody, sc);
        for (const [k, x] of entries) {
          const vars = new Map(sc.vars);
          if (a.key) vars.set(a.key, k);
          if (a.name) vars.set(a.name, x);
          s += exec(n.body, { dot: x, vars });
        }
      } else if (truthy(v)) {
        if (a.name) sc.vars.set(a.name, v);
        s += exec(n.body, n.kind === 'with' ? { dot: v, vars: sc.vars } : sc);
      } else if (n.elseBody) s += exec(n.elseBody, sc);
    }
  }
  return s;
}

export function parseGoTemplate(tpl: string): Node[] | string {
  try {
    return build(tokenizeActions(tpl));
  } catch (e) {
    return (e as Error).message;
  }
}

export function executeGoTemplate(tpl: string, obj: Val): { text: string; error?: string } {
  const nodes = parseGoTemplate(tpl);
  if (typeof nodes === 'string') return { text: '', error: nodes };
  try {
    return { text: exec(nodes, { dot: obj, vars: new Map([['$', obj]]) }) };
  } catch (e) {
    if (!(e instanceof TplError)) throw e;
    return {
      text: '',
      error: `error executing template ${JSON.stringify(tpl)}: template: output:1: ${e.message}`,
    };
  }
}

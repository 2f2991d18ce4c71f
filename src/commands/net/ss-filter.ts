/**
 * ss's filter expressions (iproute2 misc/ssfilter.y and parse_hostcond /
 * run_ssfilter in ss.c): `dst`/`src` host conditions, `dport`/`sport`
 * comparisons, `autobound`, `dev`, `fwmark`, combined with and/or/not and
 * parentheses. Each argument is split on blanks, so `'( dport = :443 or
 * sport = :443 )'` and the same words as separate arguments are one
 * filter. `exprlist` is left-recursive over single expressions: `a or b and
 * c` is `(a or b) and c`; juxtaposition is `and`.
 * An IPv4 condition also matches an IPv6 socket's IPv4-mapped address.
 */
import { strtoul0 } from '../../model/inet.js';
import {
  Fail,
  type HostCond,
  type HostEnv,
  type Prefix,
  parseHostCond,
  parseUint,
  type Words,
} from './ss-hostcond.js';

/** The socket as the filter sees it (run_ssfilter's sockstat). */
export interface FilterSock {
  v6: boolean;
  local: Words;
  remote: Words;
  lport: number;
  rport: number;
  /** The local port is in ip_local_port_range (autobound). */
  ephemeral: boolean;
}

export type SsExpr =
  | { k: 'and' | 'or'; a: SsExpr; b: SsExpr }
  | { k: 'not'; a: SsExpr }
  | { k: 'dst' | 'src'; cond: HostCond }
  | { k: 'dge' | 'dle' | 'sge' | 'sle'; port: number }
  | { k: 'auto' }
  | { k: 'dev'; ifindex: number }
  | { k: 'mark'; mark: number; mask: number };

export type FilterResult = { ok: true; expr: SsExpr | null } | { ok: false; err: string; exit: number };

const SYNTAX = new Fail('ss: bison bellows (while parsing filter): "syntax error!" Sorry.\n', 255);

type Tok =
  | { t: '!' | '&' | '|' | '(' | ')' | '=' | '>' | '<' | 'GEQ' | 'LEQ' | 'NEQ' | 'END' }
  | { t: 'DCOND' | 'SCOND' | 'DPORT' | 'SPORT' | 'DEVNAME' | 'FWMARK' | 'CGROUP' | 'AUTO' }
  | { t: 'HOST'; cond: HostCond }
  | { t: 'DEV'; ifindex: number }
  | { t: 'MARK'; mark: number; mask: number };

const KEYWORDS: Record<string, Tok['t']> = {
  '!': '!',
  not: '!',
  '&': '&',
  '&&': '&',
  and: '&',
  '|': '|',
  '||': '|',
  or: '|',
  '(': '(',
  ')': ')',
  dst: 'DCOND',
  src: 'SCOND',
  dport: 'DPORT',
  sport: 'SPORT',
  dev: 'DEVNAME',
  fwmark: 'FWMARK',
  cgroup: 'CGROUP',
  '>=': 'GEQ',
  ge: 'GEQ',
  geq: 'GEQ',
  '<=': 'LEQ',
  le: 'LEQ',
  leq: 'LEQ',
  '!=': 'NEQ',
  ne: 'NEQ',
  neq: 'NEQ',
  '=': '=',
  '==': '=',
  eq: '=',
  '>': '>',
  gt: '>',
  '<': '<',
  lt: '<',
  autobound: 'AUTO',
};

/** get_token_from_line: blank-separated words, a backslash escaping the next character. */
function words(arg: string): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  for (let i = 0; i < arg.length; i++) {
    const ch = arg[i] as string;
    if (ch === ' ' || ch === '\t') {
      if (cur !== null) out.push(cur);
      cur = null;
      continue;
    }
    if (ch === '\\') {
      i++;
      if (i >= arg.length) break;
      cur = (cur ?? '') + arg[i];
      continue;
    }
    cur = (cur ?? '') + ch;
  }
  if (cur !== null) out.push(cur);
  return out;
}

class Lexer {
  private readonly toks: string[];
  private pos = 0;
  private type: Tok['t'] | null = null;

  constructor(
    args: string[],
    private readonly env: HostEnv,
  ) {
    this.toks = args.flatMap(words);
  }

  next(): Tok {
    const w = this.toks[this.pos++];
    if (w === undefined) return { t: 'END' };
    const k = KEYWORDS[w];
    if (k) {
      if (['DCOND', 'SCOND', 'DPORT', 'SPORT', 'DEVNAME', 'FWMARK', 'CGROUP', 'AUTO'].includes(k))
        this.type = k;
      return { t: k } as Tok;
    }
    if (this.type === 'DEVNAME') {
      const ifindex = this.env.ifindex(w) ?? parseUint(w);
      if (ifindex === null) throw new Fail('Cannot parse device.\n', 1);
      return { t: 'DEV', ifindex };
    }
    if (this.type === 'FWMARK') {
      const m = parseMark(w);
      if (!m) throw new Fail(`Cannot parse mark ${w}.\n`, 1);
      return { t: 'MARK', ...m };
    }
    if (this.type === 'CGROUP') throw new Fail(`Cannot parse cgroup ${w}.\n`, 1);
    const cond = parseHostCond(w, this.type === 'SPORT' || this.type === 'DPORT', this.env);
    return { t: 'HOST', cond };
  }
}

/** sscanf("%i") / "%i/%i": C integer syntax, leading part only. */
function parseMark(s: string): { mark: number; mask: number } | null {
  const one = (t: string): number | null => {
    const [v, used] = strtoul0(t);
    return used > 0 ? v >>> 0 : null;
  };
  if (s.includes('/')) {
    const [a, b] = s.split('/', 2) as [string, string];
    const mark = one(a);
    const mask = one(b);
    return mark === null || mask === null ? null : { mark, mask };
  }
  const mark = one(s);
  return mark === null ? null : { mark, mask: 0xffffffff };
}

class Parser {
  private tok: Tok;

  constructor(private readonly lex: Lexer) {
    this.tok = lex.next();
  }

  private advance(): Tok {
    const t = this.tok;
    this.tok = this.lex.next();
    return t;
  }

  /** applet: exprlist | (nothing) */
  parse(): SsExpr | null {
    if (this.tok.t === 'END') return null;
    const e = this.exprlist();
    if ((this.tok as Tok).t !== 'END') throw SYNTAX;
    return e;
  }

  private startsExpr(t: Tok['t']): boolean {
    return ['(', '!', 'DCOND', 'SCOND', 'DPORT', 'SPORT', 'DEVNAME', 'FWMARK', 'CGROUP', 'AUTO'].includes(t);
  }

  private exprlist(): SsExpr {
    let e = this.expr();
    for (;;) {
      const t = this.tok.t;
      if (t === '|' || t === '&') {
        this.advance();
        e = { k: t === '|' ? 'or' : 'and', a: e, b: this.expr() };
      } else if (this.startsExpr(t)) {
        e = { k: 'and', a: e, b: this.expr() };
      } else return e;
    }
  }

  private host(): HostCond {
    const t = this.advance();
    if (t.t !== 'HOST') throw SYNTAX;
    return t.cond;
  }

  /** the optional `eq` before a condition */
  private eq(): void {
    if (this.tok.t === '=') this.advance();
  }

  private expr(): SsExpr {
    const t = this.advance();
    switch (t.t) {
      case '(': {
        const e = this.exprlist();
        if (this.advance().t !== ')') throw SYNTAX;
        return e;
      }
      case '!':
        return { k: 'not', a: this.expr() };
      case 'DCOND':
      case 'SCOND':
        this.eq();
        return { k: t.t === 'DCOND' ? 'dst' : 'src', cond: this.host() };
      case 'DPORT':
      case 'SPORT':
        return this.portExpr(t.t === 'DPORT' ? 'd' : 's');
      case 'DEVNAME':
      case 'FWMARK':
      case 'CGROUP': {
        const neg = this.tok.t === 'NEQ';
        if (neg) this.advance();
        else this.eq();
        const v = this.advance();
        let e: SsExpr;
        if (t.t === 'DEVNAME' && v.t === 'DEV') e = { k: 'dev', ifindex: v.ifindex };
        else if (t.t === 'FWMARK' && v.t === 'MARK') e = { k: 'mark', mark: v.mark, mask: v.mask };
        else throw SYNTAX;
        return neg ? { k: 'not', a: e } : e;
      }
      case 'AUTO':
        return { k: 'auto' };
      default:
        throw SYNTAX;
    }
  }

  private portExpr(side: 'd' | 's'): SsExpr {
    const op = this.tok.t;
    if (op === 'GEQ' || op === 'LEQ' || op === '>' || op === '<' || op === 'NEQ') this.advance();
    else this.eq();
    const cond = this.host();
    const ge = { k: side === 'd' ? 'dge' : 'sge', port: cond.port } as SsExpr;
    const le = { k: side === 'd' ? 'dle' : 'sle', port: cond.port } as SsExpr;
    const eq: SsExpr = { k: side === 'd' ? 'dst' : 'src', cond };
    switch (op) {
      case 'GEQ':
        return ge;
      case 'LEQ':
        return le;
      case '>':
        return { k: 'not', a: le };
      case '<':
        return { k: 'not', a: ge };
      case 'NEQ':
        return { k: 'not', a: eq };
      default:
        return eq;
    }
  }
}

/** ssfilter_parse over the arguments left after the state words. */
export function parseFilter(args: string[], env: HostEnv): FilterResult {
  try {
    return { ok: true, expr: new Parser(new Lexer(args, env)).parse() };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, err: e.err, exit: e.exit };
    throw e;
  }
}

/** inet_addr_match: do the first `bits` bits agree? */
function prefixMatch(a: Words, p: Words, bits: number): boolean {
  const words = bits >>> 5;
  for (let i = 0; i < words; i++) if (a[i] !== p[i]) return false;
  const rest = bits & 31;
  if (rest) {
    const mask = (0xffffffff << (32 - rest)) >>> 0;
    if ((((a[words] as number) ^ (p[words] as number)) & mask) !== 0) return false;
  }
  return true;
}

/** inet2_addr_match, cursed v4-mapped addresses included. */
function addrMatch(a: Words, v6: boolean, p: Prefix): boolean {
  if (prefixMatch(a, p.words, p.bits)) return true;
  if (p.family === 4 && v6 && a[0] === 0 && a[1] === 0 && a[2] === 0xffff)
    return prefixMatch([a[3], 0, 0, 0], p.words, p.bits);
  return false;
}

function hostMatch(cond: HostCond, addr: Words, port: number, v6: boolean): boolean {
  if (cond.port !== -1 && cond.port !== port) return false;
  if (cond.addrs.length === 0) return true;
  return cond.addrs.some((p) => addrMatch(addr, v6, p));
}

/** run_ssfilter */
export function runFilter(e: SsExpr, s: FilterSock): boolean {
  switch (e.k) {
    case 'and':
      return runFilter(e.a, s) && runFilter(e.b, s);
    case 'or':
      return runFilter(e.a, s) || runFilter(e.b, s);
    case 'not':
      return !runFilter(e.a, s);
    case 'dst':
      return hostMatch(e.cond, s.remote, s.rport, s.v6);
    case 'src':
      return hostMatch(e.cond, s.local, s.lport, s.v6);
    case 'dge':
      return s.rport >= e.port;
    case 'dle':
      return s.rport <= e.port;
    case 'sge':
      return s.lport >= e.port;
    case 'sle':
      return s.lport <= e.port;
    case 'auto':
      return s.ephemeral;
    case 'dev':
      // sockets here are not bound to a device
      return e.ifindex === 0;
    case 'mark':
      return (0 & e.mask) === e.mark;
  }
}

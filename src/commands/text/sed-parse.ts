/** The sed script compiler: addresses, commands and GNU sed's error messages and positions. */
import { type PosixRegex, translate } from './regex.js';
import {
  type Addr,
  bracketEnd,
  type Cmd,
  compileRegex,
  type ReplPart,
  SedError,
  type SubstSpec,
  unescapeY,
} from './sed-types.js';

export type { Addr, Cmd, ReplPart, SubstSpec };
export { SedError };

export interface CompileState {
  cmds: Cmd[];
  blocks: number[];
  extended: boolean;
  /** Where errors are reported: `-e expression #1` or `file F line`. */
  where: string;
}

/** Compile one script chunk (an -e expression or a file) into st.cmds. */
export function compileScript(src: string, st: CompileState): void {
  let i = 0;
  const fail = (msg: string, at = i): never => {
    throw new SedError(`sed: ${st.where}, char ${at}: ${msg}`);
  };
  const peek = () => src[i];
  const skipWs = () => {
    while (i < src.length && (src[i] === ' ' || src[i] === '\t')) i++;
  };
  const readNum = (): number => {
    let d = '';
    while (i < src.length && /[0-9]/.test(src[i] as string)) d += src[i++];
    return Number(d);
  };
  /** Read up to an unescaped delimiter; \delim becomes delim (kept escaped for regexes when special). */
  const readDelimited = (delim: string, isRegex: boolean, what: string): string => {
    let out = '';
    for (;;) {
      if (i >= src.length) return fail(`unterminated \`${what}' command`, src.length);
      const c = src[i] as string;
      if (c === '\\' && i + 1 < src.length) {
        const d = src[i + 1] as string;
        i += 2;
        if (d === delim)
          out += isRegex && (st.extended ? /[.*[\]^$+?(){}|]/ : /[.*[\]^$]/).test(d) ? `\\${d}` : d;
        else if (d === '\n') out += isRegex ? '\\n' : '\n';
        else out += `\\${d}`;
        continue;
      }
      if (c === '\n') return fail(`unterminated \`${what}' command`);
      if (c === '[' && isRegex) {
        // a bracket expression may contain the delimiter
        const close = bracketEnd(src, i);
        if (close > 0) {
          out += src.slice(i, close + 1);
          i = close + 1;
          continue;
        }
      }
      i++;
      if (c === delim) return out;
      out += c;
    }
  };
  const regexOf = (s: string, icase: boolean, multiline: boolean, at: number): PosixRegex | null => {
    if (s === '') return null;
    const r = compileRegex(s, st.extended, icase, multiline);
    if (typeof r === 'string') return fail(r, at);
    return r;
  };
  const readAddr = (): Addr | null => {
    const c = peek();
    if (c !== undefined && /[0-9]/.test(c)) {
      const n = readNum();
      if (peek() === '~') {
        i++;
        return { k: 'step', first: n, step: readNum() };
      }
      return { k: 'line', n };
    }
    if (c === '$') {
      i++;
      return { k: 'last' };
    }
    if (c === '/' || c === '\\') {
      i++;
      let delim = '/';
      if (c === '\\') delim = src[i++] ?? '';
      const body = readDelimited(delim, true, 'address regex');
      let icase = false;
      let multi = false;
      while (peek() === 'I' || peek() === 'M') {
        if (src[i++] === 'I') icase = true;
        else multi = true;
      }
      return { k: 're', re: regexOf(body, icase, multi, i) };
    }
    return null;
  };
  /** End of a command: spaces, then ; newline } # or end. */
  const endCmd = () => {
    skipWs();
    const c = peek();
    if (c === undefined || c === '\n' || c === ';') {
      if (c !== undefined) i++;
      return;
    }
    if (c === '}' || c === '#') return;
    i++;
    fail('extra characters after command');
  };
  const readText = (): string => {
    // GNU one-liner: a text; classic: a\<newline>text; a\text keeps leading blanks
    skipWs();
    if (i >= src.length) fail("expected \\ after `a', `c' or `i'");
    if (peek() === '\\') {
      i++;
      if (peek() === '\n') i++;
    }
    let out = '';
    while (i < src.length && src[i] !== '\n') {
      const c = src[i] as string;
      if (c === '\\' && i + 1 < src.length) {
        out += src[i + 1];
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
    if (i < src.length) i++;
    return out;
  };
  const readLabel = (): string => {
    skipWs();
    let out = '';
    while (i < src.length && src[i] !== '\n' && src[i] !== ';') out += src[i++];
    if (i < src.length) i++;
    return out.trimEnd();
  };
  const readFileName = (): string => {
    skipWs();
    let out = '';
    while (i < src.length && src[i] !== '\n') out += src[i++];
    if (i < src.length) i++;
    return out;
  };

  for (;;) {
    while (i < src.length && /[ \t\n;]/.test(src[i] as string)) i++;
    if (i >= src.length) break;
    if (peek() === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const cmd: Cmd = { a1: null, a2: null, neg: false, name: '' };
    cmd.a1 = readAddr();
    if (cmd.a1) {
      skipWs();
      if (peek() === ',') {
        i++;
        skipWs();
        if (peek() === '+' || peek() === '~') {
          const k = src[i++] === '+' ? 'plus' : 'mult';
          cmd.a2 = { k, n: readNum() };
        } else {
          cmd.a2 = readAddr();
          if (!cmd.a2) fail("unexpected `,'");
        }
      }
      if (cmd.a1.k === 'line' && cmd.a1.n === 0 && (cmd.a2?.k !== 're' || !cmd.a2)) {
        i++;
        fail('invalid usage of line address 0');
      }
    }
    skipWs();
    while (peek() === '!') {
      cmd.neg = true;
      i++;
      skipWs();
    }
    if (i >= src.length) fail('missing command');
    const name = src[i++] as string;
    cmd.name = name;
    const one = () => {
      if (cmd.a2) fail('command only uses one address');
    };
    switch (name) {
      case '{':
        st.blocks.push(st.cmds.length);
        st.cmds.push(cmd);
        continue;
      case '}': {
        if (cmd.a1) fail("} doesn't want any addresses");
        const open = st.blocks.pop();
        if (open === undefined) fail("unexpected `}'");
        (st.cmds[open as number] as Cmd).end = st.cmds.length;
        st.cmds.push(cmd);
        endCmd();
        continue;
      }
      case '=':
      case 'd':
      case 'D':
      case 'g':
      case 'G':
      case 'h':
      case 'H':
      case 'n':
      case 'N':
      case 'p':
      case 'P':
      case 'x':
      case 'z':
      case 'F':
        st.cmds.push(cmd);
        endCmd();
        continue;
      case 'a':
      case 'i':
      case 'c':
        if (name !== 'c') one();
        cmd.text = readText();
        st.cmds.push(cmd);
        continue;
      case ':':
        if (cmd.a1) fail(": doesn't want any addresses");
        cmd.label = readLabel();
        if (!cmd.label) fail('":" lacks a label');
        st.cmds.push(cmd);
        continue;
      case 'b':
      case 't':
      case 'T':
        cmd.label = readLabel();
        st.cmds.push(cmd);
        continue;
      case 'q':
      case 'Q':
      case 'l':
      case 'L':
        if (name === 'q' || name === 'Q') one();
        skipWs();
        if (/[0-9]/.test(peek() ?? '')) cmd.num = readNum();
        st.cmds.push(cmd);
        endCmd();
        continue;
      case 'r':
      case 'R':
      case 'w':
      case 'W':
        cmd.file = readFileName();
        st.cmds.push(cmd);
        continue;
      case 's':
        cmd.subst = parseSubst();
        st.cmds.push(cmd);
        continue;
      case 'y': {
        const delim = src[i++] ?? '';
        const a = unescapeY(readDelimited(delim, false, 'y'));
        const b = unescapeY(readDelimited(delim, false, 'y'));
        if ([...a].length !== [...b].length) fail("strings for `y' command are different lengths");
        const bs = [...b];
        cmd.ymap = new Map([...a].map((ch, k) => [ch, bs[k] as string]));
        st.cmds.push(cmd);
        endCmd();
        continue;
      }
      default:
        fail(`unknown command: \`${name}'`);
    }
  }

  function parseSubst(): SubstSpec {
    const delim = src[i++];
    if (delim === undefined || delim === '\n' || delim === '\\') return fail("unterminated `s' command");
    const reSrc = readDelimited(delim, true, 's');
    const replSrc = readDelimited(delim, false, 's');
    const spec: SubstSpec = { re: null, repl: [], global: false, nth: 1, print: 0, wfile: null };
    let icase = false;
    let multi = false;
    let nthSeen = false;
    for (;;) {
      const c = peek();
      if (c === 'g') {
        if (spec.global) fail("multiple `g' options to `s' command", i + 1);
        spec.global = true;
        i++;
      } else if (c === 'p') {
        if (spec.print) fail("multiple `p' options to `s' command", i + 1);
        spec.print = 1;
        i++;
      } else if (c === 'i' || c === 'I') {
        icase = true;
        i++;
      } else if (c === 'm' || c === 'M') {
        multi = true;
        i++;
      } else if (c !== undefined && /[0-9]/.test(c)) {
        if (nthSeen) fail("multiple number options to `s' command", i + 1);
        const n = readNum();
        if (n === 0) fail("number option to `s' command may not be zero");
        spec.nth = n;
        nthSeen = true;
      } else if (c === 'w') {
        i++;
        spec.wfile = readFileName();
        break;
      } else if (c === 'e') {
        i++;
      } else {
        endCmdOrFail();
        break;
      }
    }
    const t = reSrc === '' ? null : translate(reSrc, { extended: st.extended, icase, dialect: 'sed' });
    if (t && !t.ok) fail(t.error);
    spec.re = reSrc === '' ? null : regexOf(reSrc, icase, multi, i);
    spec.repl = parseRepl(replSrc, t?.ok ? t.groups : 9);
    return spec;
  }

  function endCmdOrFail(): void {
    skipWs();
    const c = peek();
    if (c === undefined || c === '\n' || c === ';' || c === '}' || c === '#') {
      if (c === '\n' || c === ';') i++;
      return;
    }
    i++;
    fail("unknown option to `s'");
  }

  function parseRepl(r: string, groups: number): ReplPart[] {
    const parts: ReplPart[] = [];
    let lit = '';
    const flush = () => {
      if (lit) parts.push({ k: 'lit', s: lit });
      lit = '';
    };
    for (let k = 0; k < r.length; k++) {
      const c = r[k] as string;
      if (c === '&') {
        flush();
        parts.push({ k: 'group', n: 0 });
      } else if (c === '\\' && k + 1 < r.length) {
        const d = r[++k] as string;
        if (/[0-9]/.test(d)) {
          if (Number(d) > groups) fail(`invalid reference \\${d} on \`s' command's RHS`);
          flush();
          parts.push({ k: 'group', n: Number(d) });
        } else if ('LUluE'.includes(d)) {
          flush();
          parts.push({ k: 'case', c: d as 'L' });
        } else
          lit +=
            ({ n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07' } as Record<string, string>)[d] ?? d;
      } else lit += c;
    }
    flush();
    return parts;
  }
}

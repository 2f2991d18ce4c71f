/**
 * The iptables command line (xshared.c do_parse): commands and options in
 * getopt order, `!` inversions, matches loaded by -m or implicitly from -p,
 * target options after -j, then the checks iptables makes after the loop,
 * in its order. The result is the command and the rule(s) it names, one per
 * source/destination address pair.
 */
import {
  CMD,
  checkChainName,
  checkOptions,
  cmdChar,
  INVERTIBLE,
  mergePortMatches,
  OPT,
  OPT_CHARS,
  type ParsedCommand,
  type ParseEnv,
  parseAddrs,
  parseCounter,
  parseIface,
  protoMatchName,
  ruleNumber,
  STANDARD_TARGETS,
} from './cmdline-defs.js';
import {
  findMatch,
  findTarget,
  type MatchModule,
  type ParseCtx,
  paramError,
  type TargetModule,
  XtError,
} from './ext.js';
import { type LongOpt, XtGetopt } from './getopt-xt.js';
import { parseProtocol, protoToName } from './names.js';
import type { Rule, RuleTarget, TableName } from './types.js';

export { CMD, OPT, type ParsedCommand, type ParseEnv, STANDARD_TARGETS };

/** Extensions still on the old getopt-style parser, with their own repeat checks. */
const OLD_STYLE = new Set(['tcp', 'sctp', 'multiport', 'MARK', 'CONNMARK']);

interface Ext {
  /** Option ids already given (the x6 once-only rule). */
  seen: Set<string>;
  id: string;
  name: string;
  match?: MatchModule<unknown>;
  target?: TargetModule<unknown>;
  data: unknown;
}

/** Parse an iptables argument vector (without the program name). Throws XtError. */
export function parseIptables(argv: string[], env: ParseEnv): ParsedCommand {
  const g = new XtGetopt(argv);
  const p: ParsedCommand = {
    command: 0,
    rulenum: 0,
    table: 'filter',
    options: 0,
    verbose: 0,
    rules: [],
    version: false,
    help: false,
  };
  const exts: Ext[] = [];
  let target: Ext | undefined;
  let jumpto: string | undefined;
  let isGoto = false;
  let invert = false;
  let proto = 0;
  let protoInv = false;
  let protoName: string | undefined;
  let protoUsed = false;
  let tableSet = false;
  let srcSpec: string | undefined;
  let dstSpec: string | undefined;
  const base: Rule = {
    proto: 0,
    protoInv: false,
    frag: false,
    fragInv: false,
    matches: [],
    target: { kind: 'none' },
    counters: { pkts: 0, bytes: 0 },
  };
  let nextId = 0;

  const ctx = (): ParseCtx => ({
    family: env.family ?? 4,
    proto,
    protoInv,
    table: p.table as TableName,
    names: env.names,
    take: () => (g.hasArg() ? g.takeArg() : undefined),
  });
  const addCommand = (cmd: number, others: number) => {
    if (invert) paramError("unexpected '!' flag");
    if (p.command & ~others) paramError(`Cannot use -${cmdChar(cmd)} with -${cmdChar(p.command & ~others)}`);
    p.command |= cmd;
  };
  const setOption = (opt: number) => {
    if (p.options & opt) paramError(`multiple -${OPT_CHARS[Math.log2(opt)]} flags not allowed`);
    p.options |= opt;
    if (invert && !(INVERTIBLE & opt)) paramError(`cannot have ! before -${OPT_CHARS[Math.log2(opt)]}`);
  };
  const loadExt = (e: Ext, opts: ReadonlyArray<{ name: string; arg: boolean }>) => {
    const longs: LongOpt[] = opts.map((o) => ({
      name: o.name,
      hasArg: o.arg ? 1 : 0,
      owner: e.id,
      val: o.name,
    }));
    g.longs = [...longs, ...g.longs];
  };
  const loadMatch = (name: string): boolean => {
    const m = findMatch(name, env.family ?? 4);
    if (!m) return false;
    const e: Ext = { id: `m${nextId++}`, name, match: m, data: m.init(), seen: new Set<string>() };
    exts.push(e);
    loadExt(e, m.opts);
    return true;
  };
  const optArg = (ev: { arg?: string }): string | undefined => {
    if (ev.arg !== undefined) return ev.arg;
    return g.hasArg() ? g.takeArg() : undefined;
  };

  for (;;) {
    const ev = g.next();
    if (ev.kind === 'end') break;
    if (ev.kind === 'missing') paramError(`option "${ev.name}" requires an argument`);
    if (ev.kind === 'nonopt') {
      if (ev.arg === '!') {
        if (invert) paramError('multiple consecutive ! not allowed');
        invert = true;
        continue;
      }
      throw new XtError(`Bad argument \`${ev.arg}'`, 2, 'raw-try');
    }
    if (ev.kind === 'unknown') {
      const pname = protoName !== undefined ? protoMatchName(protoToName(env.names, proto)) : null;
      if (pname && findMatch(pname, env.family ?? 4) && !protoUsed) {
        protoUsed = true;
        loadMatch(pname);
        g.rewind();
        continue;
      }
      paramError(`unknown option "${ev.name}"`);
    }
    const { opt } = ev;
    if (opt.owner !== 'base') {
      const e = exts.find((x) => x.id === opt.owner) ?? (target?.id === opt.owner ? target : undefined);
      if (!e) paramError(`unknown option "${ev.name}"`);
      const mod = e.match ?? e.target;
      const spec = mod?.opts.find((o) => o.name === opt.val);
      if (!spec?.inv && invert) paramError(`${e.name}: option "--${opt.val}" cannot be inverted.\n`);
      if (!OLD_STYLE.has(e.name) && mod) {
        // libxtables' x6 parser: each option (aliases share an id) once
        const id = spec?.id ?? opt.val;
        if (e.seen.has(id)) {
          const first = mod.opts.find((o) => (o.id ?? o.name) === id)?.name ?? opt.val;
          paramError(`${e.name}: option "--${first}" can only be used once.\n`);
        }
        e.seen.add(id);
      }
      mod?.parse(e.data, opt.val, ev.arg ?? '', invert, ctx());
      invert = false;
      continue;
    }
    const arg = ev.arg;
    switch (opt.val) {
      case 'A':
        addCommand(CMD.APPEND, 0);
        p.chain = arg;
        break;
      case 'C':
        addCommand(CMD.CHECK, 0);
        p.chain = arg;
        break;
      case 'D':
        addCommand(CMD.DELETE, 0);
        p.chain = arg;
        if (g.hasArg()) {
          p.rulenum = ruleNumber(g.takeArg());
          p.command = CMD.DELETE_NUM;
        }
        break;
      case 'R':
        addCommand(CMD.REPLACE, 0);
        p.chain = arg;
        if (!g.hasArg()) paramError('-R requires a rule number');
        p.rulenum = ruleNumber(g.takeArg());
        break;
      case 'I':
        addCommand(CMD.INSERT, 0);
        p.chain = arg;
        p.rulenum = g.hasArg() ? ruleNumber(g.takeArg()) : 1;
        break;
      case 'L':
      case 'S': {
        addCommand(opt.val === 'L' ? CMD.LIST : CMD.LIST_RULES, CMD.ZERO | CMD.ZERO_NUM);
        p.chain = optArg(ev) ?? p.chain;
        if (g.hasArg()) p.rulenum = ruleNumber(g.takeArg());
        break;
      }
      case 'F':
        addCommand(CMD.FLUSH, 0);
        p.chain = optArg(ev) ?? p.chain;
        break;
      case 'Z':
        addCommand(CMD.ZERO, CMD.LIST | CMD.LIST_RULES);
        p.chain = optArg(ev) ?? p.chain;
        if (g.hasArg()) {
          p.rulenum = ruleNumber(g.takeArg());
          p.command = (p.command & ~CMD.ZERO) | CMD.ZERO_NUM;
        }
        break;
      case 'N':
        checkChainName(arg ?? '');
        addCommand(CMD.NEW_CHAIN, 0);
        p.chain = arg;
        break;
      case 'X':
        addCommand(CMD.DELETE_CHAIN, 0);
        p.chain = optArg(ev) ?? p.chain;
        break;
      case 'E':
        addCommand(CMD.RENAME_CHAIN, 0);
        p.chain = arg;
        if (!g.hasArg()) paramError('-E requires old-chain-name and new-chain-name');
        p.newname = g.takeArg();
        break;
      case 'P':
        addCommand(CMD.SET_POLICY, 0);
        p.chain = arg;
        if (!g.hasArg()) paramError('-P requires a chain and a policy');
        p.policy = g.takeArg();
        break;
      case 'h':
        p.help = true;
        return p;
      case 'V':
        p.version = true;
        return p;
      case 'p': {
        setOption(OPT.PROTOCOL);
        protoInv = invert;
        protoName = (arg ?? '').toLowerCase();
        const n = parseProtocol(env.names, protoName);
        if (n === null) paramError(`unknown protocol "${protoName}" specified`);
        proto = n;
        if (proto === 0 && protoInv) paramError('rule would never match protocol');
        break;
      }
      case 's':
        setOption(OPT.SOURCE);
        srcSpec = arg;
        base.src = { addr: 0, mask: 0, inv: invert };
        break;
      case 'd':
        setOption(OPT.DESTINATION);
        dstSpec = arg;
        base.dst = { addr: 0, mask: 0, inv: invert };
        break;
      case 'i':
      case 'o': {
        if (arg === '') paramError('Empty interface is likely to be undesired');
        setOption(opt.val === 'i' ? OPT.VIANAMEIN : OPT.VIANAMEOUT);
        const ifm = { ...parseIface(arg ?? ''), inv: invert };
        if (opt.val === 'i') base.inIf = ifm;
        else base.outIf = ifm;
        break;
      }
      case 'f':
        setOption(OPT.FRAGMENT);
        base.frag = true;
        base.fragInv = invert;
        break;
      case 'j':
      case 'g': {
        setOption(OPT.JUMP);
        const name = arg ?? '';
        if (name.length < 1) paramError('Invalid target name (too short)');
        if (name.length >= 29) paramError(`Invalid target name \`${name}' (28 chars max)`);
        if (/\s/.test(name)) paramError(`Invalid target name \`${name}'`);
        jumpto = name;
        isGoto = opt.val === 'g';
        const t = opt.val === 'j' ? findTarget(name) : undefined;
        if (t) {
          target = { id: `t${nextId++}`, name, target: t, data: t.init(), seen: new Set<string>() };
          loadExt(target, t.opts);
        }
        break;
      }
      case 'v':
        if (!p.verbose) setOption(OPT.VERBOSE);
        p.verbose++;
        break;
      case 'm': {
        if (invert) paramError('unexpected ! flag before --match');
        const name = arg ?? '';
        if (!loadMatch(name)) paramError(`Couldn't load match \`${name}':No such file or directory\n`);
        break;
      }
      case 'n':
        setOption(OPT.NUMERIC);
        break;
      case 'w':
      case 'W':
        // --wait [seconds]: the lock is never contended here
        if (arg === undefined && g.hasArg() && /^\d+$/.test(g.argv[g.optind] ?? '')) g.takeArg();
        break;
      case 't':
        if (invert) paramError('unexpected ! flag before --table');
        if (env.restore) paramError(`The -t option cannot be used in iptables-restore.\n`);
        if (tableSet) paramError(`multiple -t flags not allowed`);
        p.table = arg ?? '';
        tableSet = true;
        break;
      case 'x':
        setOption(OPT.EXPANDED);
        break;
      case '0':
        setOption(OPT.LINENUMBERS);
        break;
      case 'c': {
        setOption(OPT.COUNTERS);
        const [pc, bc0] = (arg ?? '').split(',', 2);
        const bc = bc0 ?? (g.hasArg() ? g.takeArg() : undefined);
        if (bc === undefined) paramError('-c requires packet and byte counter');
        p.counters = { pkts: parseCounter(pc, 'packet'), bytes: parseCounter(bc, 'byte') };
        break;
      }
      default:
        break;
    }
    invert = false;
  }

  if (p.table === 'nat' && (p.policy === 'DROP' || jumpto === 'DROP'))
    paramError(
      '\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n',
    );
  for (const e of exts) e.match?.final?.(e.data, ctx());
  if (target) target.target?.final?.(target.data, ctx());
  if (!p.command) paramError('no command specified');
  if (invert) paramError('nothing appropriate following !');

  const ruleCmd = CMD.REPLACE | CMD.INSERT | CMD.DELETE | CMD.APPEND | CMD.CHECK;
  let srcs = [{ addr: 0, mask: 0 }];
  let dsts = [{ addr: 0, mask: 0 }];
  if (p.command & ruleCmd || srcSpec !== undefined) srcs = parseAddrs(srcSpec ?? '0.0.0.0/0', env);
  if (p.command & ruleCmd || dstSpec !== undefined) dsts = parseAddrs(dstSpec ?? '0.0.0.0/0', env);
  if ((srcs.length > 1 || dsts.length > 1) && (base.src?.inv || base.dst?.inv))
    paramError('! not allowed with multiple source or destination IP addresses');
  if (p.command === CMD.REPLACE && (srcs.length !== 1 || dsts.length !== 1))
    paramError('Replacement rule does not specify a unique address');
  checkOptions(p.command, p.options);
  if (p.chain !== undefined && p.chain.length >= 29)
    paramError(`chain name \`${p.chain}' too long (must be under 29 chars)`);
  if (p.command & ruleCmd && p.chain !== undefined) {
    if ((p.chain === 'PREROUTING' || p.chain === 'INPUT') && p.options & OPT.VIANAMEOUT)
      paramError(`Can't use -o with ${p.chain}\n`);
    if ((p.chain === 'POSTROUTING' || p.chain === 'OUTPUT') && p.options & OPT.VIANAMEIN)
      paramError(`Can't use -i with ${p.chain}\n`);
  }

  const matches = mergePortMatches(exts.map((e) => ({ mod: e.name, data: e.data })));
  let t: RuleTarget = { kind: 'none' };
  if (target) t = { kind: 'ext', mod: target.name, data: target.data };
  else if (jumpto !== undefined && STANDARD_TARGETS.includes(jumpto) && !isGoto)
    t = { kind: 'verdict', verdict: jumpto as 'ACCEPT' };
  else if (jumpto !== undefined) {
    t = { kind: 'jump', chain: jumpto, goto: isGoto };
    p.jumpChain = jumpto;
  }
  base.proto = proto;
  base.protoInv = protoInv;
  for (const s of srcs)
    for (const d of dsts) {
      const r: Rule = { ...base, matches, target: t, counters: { ...(p.counters ?? { pkts: 0, bytes: 0 }) } };
      if (base.src) r.src = { ...s, inv: base.src.inv };
      if (base.dst) r.dst = { ...d, inv: base.dst.inv };
      p.rules.push(r);
    }
  return p;
}

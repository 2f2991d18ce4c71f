/** `ip rule show | add | del | flush` over the namespace's policy routing rules. */
import { DEFAULT_RULES, type PolicyRule, rulesOf } from '../../engines/router/lookup.js';
import { formatIPv4 } from '../../model/inet.js';
import { PRINT_ANY, PRINT_JSON } from '../../render/ip-printer.js';
import { fail } from '../cli-error.js';
import { Args, type IpCtx, invarg, matches, parsePrefix } from './common.js';
import { IP_RULE_HELP } from './help-texts.js';
import { tableId, tableName } from './names.js';

function setRules(ctx: IpCtx, rules: PolicyRule[]): void {
  ctx.ns.ext.rules = [...rules].sort((a, b) => a.pref - b.pref);
}

function prefixText(p: { addr: number; prefix: number }): string {
  return p.prefix === 32 ? formatIPv4(p.addr) : `${formatIPv4(p.addr)}/${p.prefix}`;
}

function show(ctx: IpCtx): number {
  const out = ctx.out;
  out.begin();
  for (const r of rulesOf(ctx.ns)) {
    out.openObject(null);
    out.uint(PRINT_ANY, 'priority', '%u:\t', r.pref);
    if (r.not) out.bool(PRINT_ANY, 'not', 'not ', true);
    out.fp('from ');
    if (r.src) {
      out.string(
        PRINT_ANY,
        'src',
        '%s ',
        r.src.prefix === 32 ? formatIPv4(r.src.addr) : `${formatIPv4(r.src.addr)}/${r.src.prefix}`,
      );
      if (r.src.prefix !== 32 && out.isJson) out.uint(PRINT_JSON, 'srclen', '', r.src.prefix);
    } else out.string(PRINT_ANY, 'src', '%s ', 'all');
    if (r.dst) {
      out.fp('to ');
      if (out.isJson) {
        out.string(PRINT_JSON, 'dst', '', formatIPv4(r.dst.addr));
        if (r.dst.prefix !== 32) out.uint(PRINT_JSON, 'dstlen', '', r.dst.prefix);
      } else out.fp(`${prefixText(r.dst)} `);
    }
    if (r.fwmark !== undefined) out.string(PRINT_ANY, 'fwmark', 'fwmark %s ', `0x${r.fwmark.toString(16)}`);
    if (r.action && r.action !== 'lookup') out.string(PRINT_ANY, 'action', '%s', r.action);
    else {
      out.fp('lookup ');
      out.string(PRINT_ANY, 'table', '%s', tableName(ctx, r.table));
    }
    out.fp('\n');
    out.closeObject();
  }
  out.end();
  ctx.p.out(out.output());
  return 0;
}

function parseRule(
  ctx: IpCtx,
  args: Args,
): Partial<PolicyRule> & { tableGiven: boolean; prefGiven: boolean } {
  const r: Partial<PolicyRule> & { tableGiven: boolean; prefGiven: boolean } = {
    tableGiven: false,
    prefGiven: false,
  };
  while (args.more) {
    const a = args.cur as string;
    if (a === 'not') r.not = true;
    else if (a === 'from' || a === 'to') {
      const v = args.next();
      if (v !== 'all') {
        const p = parsePrefix(v, 4);
        if (p.family === 4) r[a === 'from' ? 'src' : 'dst'] = { addr: p.addr, prefix: p.prefix };
      }
    } else if (matches(a, 'table') || matches(a, 'lookup')) {
      const v = args.next();
      const t = tableId(ctx, v);
      if (t === null) invarg('invalid table ID\n', v);
      r.table = t as number;
      r.tableGiven = true;
    } else if (matches(a, 'preference') || matches(a, 'order') || matches(a, 'priority')) {
      const v = args.next();
      if (!/^\d+$/.test(v)) invarg('Invalid "preference" value\n', v);
      r.pref = Number(v);
      r.prefGiven = true;
    } else if (a === 'fwmark') {
      const v = args.next();
      const n = Number(v.split('/')[0]);
      if (Number.isNaN(n)) invarg('fwmark value is invalid\n', v);
      r.fwmark = n;
    } else if (a === 'blackhole' || a === 'unreachable' || a === 'prohibit') r.action = a;
    else if (
      a === 'iif' ||
      a === 'dev' ||
      a === 'oif' ||
      a === 'tos' ||
      a === 'dsfield' ||
      a === 'realms' ||
      a === 'goto' ||
      a === 'nat' ||
      a === 'protocol' ||
      a === 'uidrange' ||
      a === 'ipproto' ||
      a === 'sport' ||
      a === 'dport' ||
      a === 'suppress_prefixlength' ||
      a === 'suppress_ifgroup'
    ) {
      const v = args.next();
      if (a === 'iif' || a === 'dev') r.iif = v;
      else if (a === 'oif') r.oif = v;
    } else if (matches(a, 'help')) return fail(IP_RULE_HELP, 255);
    else invarg('Failed to parse rule type', a);
    args.advance();
  }
  return r;
}

function sameSel(a: PolicyRule, b: Partial<PolicyRule>): boolean {
  const eq = (x?: { addr: number; prefix: number }, y?: { addr: number; prefix: number }) =>
    (!x && !y) || (!!x && !!y && x.addr === y.addr && x.prefix === y.prefix);
  return eq(a.src, b.src) && eq(a.dst, b.dst) && a.fwmark === b.fwmark && !!a.not === !!b.not;
}

function add(ctx: IpCtx, args: Args): number {
  const r = parseRule(ctx, args);
  const rules = [...rulesOf(ctx.ns)];
  if (!r.tableGiven && (!r.action || r.action === 'lookup'))
    return fail('RTNETLINK answers: Invalid argument\n', 2);
  const firstNonZero = rules.filter((x) => x.pref > 0)[0]?.pref;
  const pref = r.prefGiven ? (r.pref as number) : firstNonZero !== undefined ? firstNonZero - 1 : 0;
  const rule: PolicyRule = { pref, table: r.table ?? 0, ...(r.action ? { action: r.action } : {}) };
  if (r.src) rule.src = r.src;
  if (r.dst) rule.dst = r.dst;
  if (r.fwmark !== undefined) rule.fwmark = r.fwmark;
  if (r.not) rule.not = true;
  if (r.iif !== undefined) rule.iif = r.iif;
  if (r.oif !== undefined) rule.oif = r.oif;
  rules.push(rule);
  setRules(ctx, rules);
  return 0;
}

function del(ctx: IpCtx, args: Args): number {
  const r = parseRule(ctx, args);
  const rules = [...rulesOf(ctx.ns)];
  const i = rules.findIndex(
    (x) =>
      (!r.prefGiven || x.pref === r.pref) &&
      (!r.tableGiven || x.table === r.table) &&
      (r.prefGiven && !r.src && !r.dst ? true : sameSel(x, r)),
  );
  if (i < 0) return fail('RTNETLINK answers: No such file or directory\n', 2);
  rules.splice(i, 1);
  setRules(ctx, rules);
  return 0;
}

export function doRule(ctx: IpCtx, argv: string[]): number {
  const args = new Args(argv);
  const verb = args.cur;
  if (verb === undefined) return show(ctx);
  args.advance();
  if (matches(verb, 'list') || matches(verb, 'show') || matches(verb, 'lst')) return show(ctx);
  if (matches(verb, 'add')) return add(ctx, args);
  if (matches(verb, 'delete')) return del(ctx, args);
  if (matches(verb, 'flush')) {
    setRules(
      ctx,
      DEFAULT_RULES.filter((r) => r.pref === 0 || r.pref >= 32766),
    );
    return 0;
  }
  if (matches(verb, 'help')) return fail(IP_RULE_HELP, 255);
  return fail(`Command "${verb}" is unknown, try "ip rule help".\n`, 255);
}

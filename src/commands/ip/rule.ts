/** `ip rule show | add | del` over the namespace's policy rules. */
import { DEFAULT_RULES, type PolicyRule, rulesOf } from '../../engines/router/lookup.js';
import { PRINT_ANY } from '../../render/ip-printer.js';
import { fail } from '../cli-error.js';
import { Args, type IpCtx, invarg, matches } from './common.js';
import { tableId, tableName } from './names.js';

function setRules(ctx: IpCtx, rules: PolicyRule[]): void {
  ctx.ns.ext.rules = rules.sort((a, b) => a.pref - b.pref);
}

function show(ctx: IpCtx): number {
  const out = ctx.out;
  out.begin();
  for (const r of rulesOf(ctx.ns)) {
    out.openObject(null);
    out.uint(PRINT_ANY, 'priority', '%u:\t', r.pref);
    out.fp('from ');
    out.string(PRINT_ANY, 'src', '%s ', 'all');
    out.fp('lookup ');
    out.string(PRINT_ANY, 'table', '%s', tableName(ctx, r.table));
    out.fp('\n');
    out.closeObject();
  }
  out.end();
  ctx.p.out(out.output());
  return 0;
}

function modify(ctx: IpCtx, args: Args, add: boolean): number {
  let table: number | undefined;
  let pref: number | undefined;
  while (args.more) {
    const a = args.cur as string;
    if (a === 'table' || a === 'lookup') {
      const v = args.next();
      const t = tableId(ctx, v);
      if (t === null) invarg('invalid table ID\n', v);
      table = t as number;
    } else if (a === 'priority' || a === 'preference' || a === 'order' || a === 'pref' || a === 'prio') {
      const v = args.next();
      if (!/^\d+$/.test(v)) invarg('Invalid "preference" value\n', v);
      pref = Number(v);
    } else if (
      a === 'from' ||
      a === 'to' ||
      a === 'fwmark' ||
      a === 'iif' ||
      a === 'oif' ||
      a === 'tos' ||
      a === 'dev'
    ) {
      args.next();
      return fail('knetlab: policy rules with selectors other than "all" are not modelled\n', 2);
    } else if (a === 'not' || a === 'all') {
      // accepted
    } else return invarg('Failed to parse rule type', a);
    args.advance();
  }
  const rules = [...rulesOf(ctx.ns)];
  if (add) {
    if (table === undefined) return fail('RTNETLINK answers: Invalid argument\n', 2);
    const p = pref ?? Math.max(0, (rules.filter((r) => r.pref > 0)[0]?.pref ?? 32766) - 1);
    rules.push({ pref: p, table });
    setRules(ctx, rules);
    return 0;
  }
  const i = rules.findIndex(
    (r) => (pref === undefined || r.pref === pref) && (table === undefined || r.table === table),
  );
  if (i < 0) return fail('RTNETLINK answers: No such file or directory\n', 2);
  rules.splice(i, 1);
  setRules(ctx, rules);
  return 0;
}

export function doRule(ctx: IpCtx, argv: string[]): number {
  const args = new Args(argv);
  const verb = args.cur;
  if (verb === undefined || matches(verb, 'list') || matches(verb, 'show') || matches(verb, 'lst'))
    return show(ctx);
  args.advance();
  if (matches(verb, 'add')) return modify(ctx, args, true);
  if (matches(verb, 'delete')) return modify(ctx, args, false);
  if (matches(verb, 'flush')) {
    setRules(
      ctx,
      DEFAULT_RULES.filter((r) => r.pref === 0),
    );
    return 0;
  }
  return fail(`Command "${verb}" is unknown, try "ip rule help".\n`, 255);
}

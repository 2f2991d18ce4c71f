/** `iptables` / `ip6tables` (and the -nft / -legacy names): parse, then list or change the tables. */
import { CMD, parseIptables } from '../../engines/netfilter/cmdline.js';
import { XtError } from '../../engines/netfilter/ext.js';
import { applyCommand, checkTable } from '../../engines/netfilter/ops.js';
import { ensureTable, viewTable } from '../../engines/netfilter/tables.js';
import type { Proc } from '../../shell/types.js';
import { errorText, legacyWarning, namesFor, stateNs, toolFor, type XtTool } from './common.js';
import { helpText } from './help.js';
import { listChains, listRules } from './list.js';

function missingChain(t: XtTool, chain: string, table: string): never {
  if (t.backend === 'legacy') throw new XtError('No chain/target/match by that name.', 1, 'bare');
  throw new XtError(`chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.`, 1, 'version');
}

export function runIptables(p: Proc): number {
  const tool = toolFor(p, p.argv[0] ?? 'iptables');
  const names = namesFor(p);
  try {
    const parsed = parseIptables(p.argv.slice(1), { names, family: tool.family });
    if (parsed.help) {
      p.out(helpText(tool.prog, tool.version, tool.backend === 'legacy' ? 'legacy' : 'nf_tables'));
      return 0;
    }
    if (parsed.version) {
      p.out(`${tool.prog} v${tool.version} (${tool.backend === 'legacy' ? 'legacy' : 'nf_tables'})\n`);
      return 0;
    }
    const table = checkTable(parsed.table);
    const ns = stateNs(p.ctx.ns, tool, p.ctx.world.profile.iptablesBackend);
    // legacy tables exist as soon as anything touches them
    if (tool.backend === 'legacy') ensureTable(ns, table);
    const say = (line: string) => p.out(`${line}\n`);
    if (parsed.command & (CMD.LIST | CMD.LIST_RULES)) {
      const t = viewTable(ns, table);
      if (parsed.chain !== undefined && !t.chains.has(parsed.chain)) missingChain(tool, parsed.chain, table);
      const o = parsed.options;
      if (parsed.command & CMD.LIST) {
        p.out(
          listChains(t, parsed.chain, parsed.rulenum, {
            numeric: (o & 1) !== 0,
            verbose: parsed.verbose > 0,
            exact: (o & 64) !== 0,
            lineNumbers: (o & 512) !== 0,
            names,
            family: tool.family,
            numericProto: tool.version === '1.8.9',
          }),
        );
      } else p.out(listRules(t, parsed.chain, parsed.rulenum, parsed.verbose > 0, names));
      legacyWarning(p, tool, '');
      if (parsed.command & (CMD.ZERO | CMD.ZERO_NUM)) {
        const zero = parsed.command & CMD.ZERO ? CMD.ZERO : CMD.ZERO_NUM;
        applyCommand(ns, { ...parsed, command: zero }, { backend: tool.backend, say });
      }
      return 0;
    }
    applyCommand(ns, parsed, { backend: tool.backend, say });
    return 0;
  } catch (e) {
    if (e instanceof XtError) {
      p.err(errorText(tool, e));
      return e.exit;
    }
    throw e;
  }
}

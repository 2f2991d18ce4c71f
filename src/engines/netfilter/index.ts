/**
 * The netfilter engine's public face for other engines (kube-proxy,
 * docker, the grader): load rules as iptables-restore text, read tables
 * and connections, evaluate a hook. The data plane reaches the engine
 * through hook.ts.
 */
export { parseIptables } from './cmdline.js';
export { liveEntries } from './conntrack.js';
export { XtError } from './ext.js';
export { ruleSpecText, ruleText } from './format.js';
export { applyCommand } from './ops.js';
export { type RestoreOptions, type RestoreResult, restoreRules } from './restore.js';
export { getTable, orderedChains, viewTable } from './tables.js';
export { netfilterHook } from './traverse.js';
export type { Chain, CtEntry, Rule, Table, TableName } from './types.js';

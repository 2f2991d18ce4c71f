/** `kubectl config view|current-context|get-contexts|get-clusters|get-users|use-context|set-context|...` */
import { fail } from '../cli-error.js';
import { docFor } from './docs/index.js';
import { toGoYaml } from './go-yaml.js';
import { renderHelp } from './help.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { configPath, currentContext, type KubeConfig, loadConfig } from './kubeconfig.js';
import { outputSpec, printObject } from './output.js';
import { getTable } from './tabwriter.js';

const SECRET_DATA = ['certificate-authority-data', 'client-certificate-data', 'client-key-data'];
const SECRET_TEXT = ['token', 'password'];

function redact(c: KubeConfig, raw: boolean): Record<string, unknown> {
  const out = structuredClone(c) as unknown as Record<string, unknown>;
  out.apiVersion ??= 'v1';
  out.kind ??= 'Config';
  if (raw) return out;
  for (const cl of (out.clusters as Array<{ cluster: Record<string, unknown> }> | null) ?? [])
    for (const f of SECRET_DATA) if (cl.cluster[f]) cl.cluster[f] = 'DATA+OMITTED';
  for (const u of (out.users as Array<{ user: Record<string, unknown> }> | null) ?? []) {
    for (const f of SECRET_DATA) if (u.user[f]) u.user[f] = 'DATA+OMITTED';
    for (const f of SECRET_TEXT) if (u.user[f]) u.user[f] = 'REDACTED';
  }
  return out;
}

function save(k: Kctx, c: KubeConfig): void {
  const path = configPath(k);
  const dir = path.slice(0, path.lastIndexOf('/'));
  if (dir) k.p.ctx.fs.mkdir(dir, k.p.ctx.cwd, true);
  k.p.ctx.fs.writeFile(path, toGoYaml({ apiVersion: 'v1', kind: 'Config', ...c }), k.p.ctx.cwd);
}

function runView(k: Kctx): number {
  const { config } = loadConfig(k);
  let c = config;
  if (k.f.bool('minify')) {
    const ctx = currentContext(c);
    if (!ctx) return fail('error: current-context must exist in order to minify\n', 1);
    c = {
      ...c,
      contexts: [ctx],
      clusters: (c.clusters ?? []).filter((x) => x.name === ctx.context.cluster),
      users: (c.users ?? []).filter((x) => x.name === ctx.context.user),
    };
  }
  const doc = redact(c, k.f.bool('raw'));
  const spec = outputSpec(k);
  if (spec.kind === '' || spec.kind === 'yaml') k.out(toGoYaml(doc));
  else printObject(k, doc, spec, { typed: false, index: 0 });
  return 0;
}

function runCurrent(k: Kctx): number {
  const { config } = loadConfig(k);
  if (!config['current-context']) return fail('error: current-context is not set\n', 1);
  k.out(`${config['current-context']}\n`);
  return 0;
}

function runGetContexts(k: Kctx): number {
  const { config } = loadConfig(k);
  const names = k.args;
  const rows = [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']];
  for (const n of names)
    if (!(config.contexts ?? []).some((c) => c.name === n)) return fail(`error: context ${n} not found\n`, 1);
  for (const c of [...(config.contexts ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (names.length && !names.includes(c.name)) continue;
    rows.push([
      c.name === config['current-context'] ? '*' : '',
      c.name,
      c.context.cluster ?? '',
      c.context.user ?? '',
      c.context.namespace ?? '',
    ]);
  }
  if (k.f.str('output') === 'name') {
    for (const r of rows.slice(1)) k.out(`${r[1]}\n`);
    return 0;
  }
  if (k.f.bool('no-headers')) rows.shift();
  k.out(getTable(rows.map((r) => `${r.join('\t')}\n`).join('')));
  return 0;
}

function listNames(k: Kctx, field: 'clusters' | 'users'): number {
  const { config } = loadConfig(k);
  k.out(`NAME\n${(config[field] ?? []).map((x) => `${x.name}\n`).join('')}`);
  return 0;
}

function runUse(k: Kctx): number {
  const name = k.args[0];
  if (!name) {
    const doc = docFor('config use-context');
    if (doc) k.out(renderHelp(doc, { tty: k.p.ctx.tty, home: k.home }));
    return fail('error: Unexpected args: []\n', 1);
  }
  const { config } = loadConfig(k);
  if (!(config.contexts ?? []).some((c) => c.name === name))
    return fail(`error: no context exists with the name: ${JSON.stringify(name)}\n`, 1);
  config['current-context'] = name;
  save(k, config);
  k.out(`Switched to context ${JSON.stringify(name)}.\n`);
  return 0;
}

function runSetContext(k: Kctx): number {
  const { config } = loadConfig(k);
  const current = k.f.bool('current');
  const name = current ? config['current-context'] : k.args[0];
  if (current && k.args.length)
    return fail('error: you cannot specify context name and --current Flag at the same time\n', 1);
  if (!name)
    return fail(
      current
        ? 'error: no current context is set\n'
        : "error: Unexpected args: []\nSee 'kubectl config set-context -h' for help and examples\n",
      1,
    );
  config.contexts ??= [];
  let ctx = config.contexts.find((c) => c.name === name);
  const created = !ctx;
  if (!ctx) {
    ctx = { name, context: {} };
    config.contexts.push(ctx);
  }
  if (k.f.changed('namespace')) ctx.context.namespace = k.f.str('namespace');
  if (k.f.changed('cluster')) ctx.context.cluster = k.f.str('cluster');
  if (k.f.changed('user')) ctx.context.user = k.f.str('user');
  save(k, config);
  k.out(`Context ${JSON.stringify(name)} ${created ? 'created' : 'modified'}.\n`);
  return 0;
}

function runDeleteContext(k: Kctx): number {
  const name = k.args[0] ?? '';
  const { config, path } = loadConfig(k);
  if (!(config.contexts ?? []).some((c) => c.name === name))
    return fail(`error: cannot delete context ${name}, not in ${path}\n`, 1);
  config.contexts = (config.contexts ?? []).filter((c) => c.name !== name);
  if (config['current-context'] === name)
    k.err(
      'warning: this removed your active context, use "kubectl config use-context" to select a different one\n',
    );
  save(k, config);
  k.out(`deleted context ${name} from ${path}\n`);
  return 0;
}

function runRename(k: Kctx): number {
  const [from, to] = k.args;
  const { config, path } = loadConfig(k);
  const ctx = (config.contexts ?? []).find((c) => c.name === from);
  if (!ctx) return fail(`error: cannot rename the context ${JSON.stringify(from)}, it's not in ${path}\n`, 1);
  ctx.name = to ?? '';
  if (config['current-context'] === from) config['current-context'] = ctx.name;
  save(k, config);
  k.out(`Context ${JSON.stringify(from)} renamed to ${JSON.stringify(to)}.\n`);
  return 0;
}

export const CONFIG: Record<string, CommandImpl> = {
  'config view': { run: runView },
  'config current-context': { run: runCurrent },
  'config get-contexts': { run: runGetContexts },
  'config get-clusters': { run: (k) => listNames(k, 'clusters') },
  'config get-users': { run: (k) => listNames(k, 'users') },
  'config use-context': { run: runUse },
  'config set-context': { run: runSetContext },
  'config delete-context': { run: runDeleteContext },
  'config rename-context': { run: runRename },
};

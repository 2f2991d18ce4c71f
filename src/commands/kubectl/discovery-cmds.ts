/** `kubectl api-resources`, `kubectl api-versions` and `kubectl cluster-info`. */
import type { ResourceInfo } from '../../kube/resources.js';
import { fail } from '../cli-error.js';
import { discovery, memcacheLine, refused, refusedLine, requireStore, storeOf } from './api.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverUrl } from './kubeconfig.js';
import { getTable } from './tabwriter.js';

function gv(r: ResourceInfo): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

function runApiResources(k: Kctx): number {
  const out = k.f.str('output');
  if (out !== '' && out !== 'wide' && out !== 'name')
    return fail(`error: --output ${out} is not available\n`, 1);
  const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'];
  if (out === 'wide') header.push('VERBS', 'CATEGORIES');
  const list = storeOf(k) ? discovery(k) : null;
  if (!list) {
    if (out !== 'name' && !k.f.bool('no-headers')) k.out(`${getTable(`${header.join('\t')}\n`)}`);
    k.err(memcacheLine(k));
    return fail(refusedLine(k), 1);
  }
  let rs = [...list];
  if (k.f.changed('api-group')) rs = rs.filter((r) => r.group === k.f.str('api-group'));
  if (k.f.changed('namespaced')) rs = rs.filter((r) => r.namespaced === k.f.bool('namespaced'));
  const verbs = k.f.list('verbs');
  if (verbs.length) rs = rs.filter((r) => verbs.every((v) => r.verbs.includes(v)));
  const sort = k.f.str('sort-by');
  if (sort === 'name') rs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  else if (sort === 'kind') rs.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  if (out === 'name') {
    for (const r of rs) k.out(`${r.group ? `${r.name}.${r.group}` : r.name}\n`);
    return 0;
  }
  const rows = rs.map((r) => {
    const row = [r.name, r.shortNames.join(','), gv(r), String(r.namespaced), r.kind];
    if (out === 'wide') row.push([...r.verbs].join(','), (r.categories ?? []).join(','));
    return row;
  });
  if (!k.f.bool('no-headers')) rows.unshift(header);
  k.out(getTable(rows.map((r) => `${r.join('\t')}\n`).join('')));
  return 0;
}

function runApiVersions(k: Kctx): number {
  if (!storeOf(k)) {
    k.err(memcacheLine(k));
    return fail(
      `error: couldn't get available api versions from server: Get "${serverUrl(k)}/api?timeout=32s": dial tcp [::1]:8080: connect: connection refused\n`,
      1,
    );
  }
  const list = discovery(k) ?? [];
  const versions = [...new Set(list.map(gv))].sort();
  k.out(versions.map((v) => `${v}\n`).join(''));
  return 0;
}

function colored(k: Kctx, name: string, link: string): string {
  return k.p.ctx.tty
    ? `\x1b[0;32m${name}\x1b[0m is running at \x1b[0;33m${link}\x1b[0m\n`
    : `${name} is running at ${link}\n`;
}

function runClusterInfo(k: Kctx): number {
  const server = serverUrl(k).replace(/\/$/, '');
  if (!storeOf(k)) {
    k.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    return refused(k, 5);
  }
  const store = requireStore(k, 0);
  let text = colored(k, 'Kubernetes control plane', server);
  for (const svc of store.list('Service', 'kube-system')) {
    if (svc.metadata.labels?.['kubernetes.io/cluster-service'] !== 'true') continue;
    const name = svc.metadata.labels?.['kubernetes.io/name'] ?? svc.metadata.name;
    const port = svc.spec?.ports?.[0];
    const portPart = port?.name ? `${svc.metadata.name}:${port.name}` : svc.metadata.name;
    text += colored(k, name, `${server}/api/v1/namespaces/kube-system/services/${portPart}/proxy`);
  }
  k.out(`${text}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
  return 0;
}

export const DISCOVERY_CMDS: Record<string, CommandImpl> = {
  'api-resources': { run: runApiResources },
  'api-versions': { run: runApiVersions },
  'cluster-info': { run: runClusterInfo },
};

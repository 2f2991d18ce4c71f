/** `kubectl auth can-i` (RBAC evaluated over the store's roles and bindings) and `auth whoami`. */
import type { KObject, KubeStore } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { discovery, matchResource, requireStore } from './api.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { namespaceOf } from './kubeconfig.js';
import { getTable } from './tabwriter.js';

interface Subject {
  user: string;
  groups: string[];
}

function subjectOf(k: Kctx): Subject {
  const as = k.f.str('as');
  if (!as) return { user: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] };
  const groups = [...k.f.list('as-group'), 'system:authenticated'];
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(as);
  if (sa) groups.push('system:serviceaccounts', `system:serviceaccounts:${sa[1]}`);
  return { user: as, groups };
}

function bound(b: KObject, s: Subject): boolean {
  return (b.subjects ?? []).some((x: { kind: string; name: string; namespace?: string }) => {
    if (x.kind === 'User') return x.name === s.user;
    if (x.kind === 'Group') return s.groups.includes(x.name);
    if (x.kind === 'ServiceAccount') return s.user === `system:serviceaccount:${x.namespace}:${x.name}`;
    return false;
  });
}

function rulesFor(store: KubeStore, s: Subject, ns: string | undefined): Array<Record<string, string[]>> {
  const rules: Array<Record<string, string[]>> = [];
  const roleRules = (kind: string, name: string, roleNs?: string) => {
    const r = store.get(kind, roleNs, name);
    return (r?.rules ?? []) as Array<Record<string, string[]>>;
  };
  for (const b of store.list('ClusterRoleBinding'))
    if (bound(b, s)) rules.push(...roleRules('ClusterRole', b.roleRef?.name));
  if (ns)
    for (const b of store.list('RoleBinding', ns))
      if (bound(b, s))
        rules.push(
          ...roleRules(
            b.roleRef?.kind === 'ClusterRole' ? 'ClusterRole' : 'Role',
            b.roleRef?.name,
            b.roleRef?.kind === 'ClusterRole' ? undefined : ns,
          ),
        );
  return rules;
}

function has(list: string[] | undefined, v: string): boolean {
  return (list ?? []).includes('*') || (list ?? []).includes(v);
}

export function allowed(
  store: KubeStore,
  s: Subject,
  verb: string,
  group: string,
  resource: string,
  name: string,
  ns: string | undefined,
): boolean {
  if (s.groups.includes('system:masters') || s.user === 'kubernetes-admin') return true;
  return rulesFor(store, s, ns).some(
    (r) =>
      has(r.verbs, verb) &&
      has(r.apiGroups, group) &&
      has(r.resources, resource) &&
      (!r.resourceNames?.length || (name !== '' && r.resourceNames.includes(name))),
  );
}

function runCanI(k: Kctx): number {
  if (!k.f.bool('list') && k.args.length !== 2)
    return fail(
      "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n",
      1,
    );
  const store = requireStore(k, 2);
  const s = subjectOf(k);
  const ns = k.f.bool('all-namespaces') ? undefined : namespaceOf(k);
  if (k.f.bool('list')) {
    const rows = [['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']];
    const rules =
      s.user === 'kubernetes-admin' ? [{ resources: ['*.*'], verbs: ['*'] }] : rulesFor(store, s, ns);
    for (const r of rules as Array<Record<string, string[]>>) {
      const groups = r.apiGroups ?? [''];
      for (const res of r.resources ?? [])
        for (const g of groups)
          rows.push([
            g && !res.includes('.') ? `${res}.${g}` : res,
            '[]',
            `[${(r.resourceNames ?? []).join(' ')}]`,
            `[${(r.verbs ?? []).join(' ')}]`,
          ]);
      for (const u of r.nonResourceURLs ?? [])
        rows.push(['', `[${u}]`, '[]', `[${(r.verbs ?? []).join(' ')}]`]);
    }
    k.out(getTable(rows.map((r) => `${r.join('\t')}\n`).join('')));
    return 0;
  }
  const [verb, target] = k.args;
  if (!verb || !target || k.args.length > 2)
    return fail(
      "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n",
      1,
    );
  let resource = target;
  let name = '';
  if (target.includes('/') && !target.startsWith('/'))
    [resource, name] = target.split('/', 2) as [string, string];
  const list = discovery(k) ?? [];
  const info = matchResource(list, resource);
  let group = '';
  let plural = resource;
  if (info) {
    group = info.group;
    plural = info.name;
  } else if (resource !== '*') k.err(`Warning: the server doesn't have a resource type '${resource}'\n\n`);
  const sub = k.f.str('subresource');
  const ok = allowed(
    store,
    s,
    verb,
    group,
    sub ? `${plural}/${sub}` : plural,
    name,
    info?.namespaced === false ? undefined : ns,
  );
  k.out(ok ? 'yes\n' : 'no\n');
  return ok ? 0 : 1;
}

function runWhoami(k: Kctx): number {
  requireStore(k, 2);
  const s = subjectOf(k);
  k.out(getTable(`ATTRIBUTE\tVALUE\nUsername\t${s.user}\nGroups\t[${s.groups.join(' ')}]\n`));
  return 0;
}

export const AUTH: Record<string, CommandImpl> = {
  'auth can-i': { run: runCanI },
  'auth whoami': { run: runWhoami },
};

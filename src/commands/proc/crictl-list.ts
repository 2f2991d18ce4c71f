/** crictl ps, pods and images: tables as tabwriter(20, 1, 3) lays them out, newest first. */
import type { Proc } from '../../shell/types.js';
import { tabwrite } from '../kubectl/tabwriter.js';
import { CrictlError, type FlagDef, type ParsedFlags } from './crictl-cli.js';
import {
  type CriContainer,
  type CriSandbox,
  humanDuration,
  humanSize,
  imageOf,
  nodeContainers,
  nodeImages,
  nodeSandboxes,
} from './crictl-data.js';

export const PS_FLAGS: FlagDef[] = [
  { name: 'verbose', aliases: ['v'], type: 'bool', usage: 'Show verbose information for containers' },
  { name: 'id', type: 'string', usage: 'Filter by container id' },
  { name: 'name', type: 'string', usage: 'Filter by container name regular expression pattern' },
  { name: 'pod', aliases: ['p'], type: 'string', usage: 'Filter by pod id' },
  { name: 'image', type: 'string', usage: 'Filter by container image' },
  { name: 'state', aliases: ['s'], type: 'string', usage: 'Filter by container state' },
  { name: 'label', type: 'slice', usage: 'Filter by key=value label' },
  { name: 'quiet', aliases: ['q'], type: 'bool', usage: 'Only display container IDs' },
  { name: 'output', aliases: ['o'], type: 'string', usage: 'Output format, One of: json|yaml|table' },
  { name: 'all', aliases: ['a'], type: 'bool', usage: 'Show all containers' },
  {
    name: 'latest',
    aliases: ['l'],
    type: 'bool',
    usage: 'Show the most recently created container (includes all states)',
  },
  {
    name: 'last',
    aliases: ['n'],
    type: 'int',
    usage: 'Show last n recently created containers (includes all states). Set 0 for unlimited.',
  },
  { name: 'no-trunc', type: 'bool', usage: 'Show output without truncating the ID' },
  { name: 'resolve-image-path', aliases: ['r'], type: 'bool', usage: 'Show image path instead of image id' },
  { name: 'namespace', type: 'string', usage: 'Filter by pod namespace regular expression pattern' },
];

export const PODS_FLAGS: FlagDef[] = [
  { name: 'id', type: 'string', usage: 'filter by pod id' },
  { name: 'name', type: 'string', usage: 'Filter by pod name regular expression pattern' },
  { name: 'namespace', type: 'string', usage: 'Filter by pod namespace regular expression pattern' },
  { name: 'state', aliases: ['s'], type: 'string', usage: 'Filter by pod state' },
  { name: 'label', type: 'slice', usage: 'Filter by key=value label' },
  { name: 'verbose', aliases: ['v'], type: 'bool', usage: 'Show verbose info for pods' },
  { name: 'quiet', aliases: ['q'], type: 'bool', usage: 'List only pod IDs' },
  { name: 'output', aliases: ['o'], type: 'string', usage: 'Output format, One of: json|yaml|table' },
  { name: 'latest', aliases: ['l'], type: 'bool', usage: 'Show the most recently created pod' },
  {
    name: 'last',
    aliases: ['n'],
    type: 'int',
    usage: 'Show last n recently created pods. Set 0 for unlimited',
  },
  { name: 'no-trunc', type: 'bool', usage: 'Show output without truncating the ID' },
];

export const IMAGES_FLAGS: FlagDef[] = [
  { name: 'verbose', aliases: ['v'], type: 'bool', usage: 'Show verbose info for images' },
  { name: 'quiet', aliases: ['q'], type: 'bool', usage: 'Only show image IDs' },
  { name: 'filter', aliases: ['f'], type: 'slice', usage: 'Filter output based on provided conditions.' },
  { name: 'output', aliases: ['o'], type: 'string', usage: 'Output format, One of: json|yaml|table' },
  { name: 'digests', type: 'bool', usage: 'Show digests' },
  { name: 'no-trunc', type: 'bool', usage: 'Show output without truncating the ID' },
  { name: 'pinned', type: 'bool', usage: 'Show whether the image is pinned or not' },
];

const trunc = (id: string) => id.replace(/^sha256:/, '').slice(0, 13);

function regex(pattern: string | undefined): RegExp | null {
  if (!pattern) return null;
  try {
    return new RegExp(pattern);
  } catch {
    return /$^/;
  }
}

function str(f: ParsedFlags, k: string): string | undefined {
  const v = f.values.get(k);
  return typeof v === 'string' ? v : undefined;
}

function labelsOf(
  c: { pod?: { metadata: { labels?: Record<string, string> } } },
  extra: Record<string, string>,
) {
  return { ...(c.pod?.metadata.labels ?? {}), ...extra };
}

function matchLabels(labels: Record<string, string>, wanted: string[]): boolean {
  for (const w of wanted) {
    const [k, v] = w.split('=');
    if (v === undefined) throw new CrictlError(`incorrectly specified label: ${w}`);
    if (labels[k as string] !== v) return false;
  }
  return true;
}

function limit<T>(items: T[], f: ParsedFlags): T[] {
  const last = (f.values.get('last') as number | undefined) ?? 0;
  if (f.values.get('latest')) return items.slice(0, 1);
  if (last > 0) return items.slice(0, last);
  return items;
}

export function listContainers(p: Proc, f: ParsedFlags, node: string): CriContainer[] {
  const now = p.ctx.world.clock.now;
  void now;
  const state = str(f, 'state');
  if (state && !['created', 'running', 'exited', 'unknown'].includes(state.toLowerCase()))
    throw new CrictlError('listing containers: --state should be one of created, running, exited or unknown');
  const all = !!f.values.get('all');
  const nameRe = regex(str(f, 'name'));
  const nsRe = regex(str(f, 'namespace'));
  const podId = str(f, 'pod');
  const id = str(f, 'id');
  const image = str(f, 'image');
  const labels = (f.values.get('label') as string[] | undefined) ?? [];
  const lastOrLatest = !!f.values.get('latest') || ((f.values.get('last') as number | undefined) ?? 0) > 0;
  let cs = nodeContainers(p.ctx.world, node).filter((c) => {
    if (state) {
      if (!lastOrLatest && c.state !== `CONTAINER_${state.toUpperCase()}`) return false;
    } else if (!all && !lastOrLatest && c.state !== 'CONTAINER_RUNNING') return false;
    if (id && !c.id.startsWith(id)) return false;
    if (podId && !c.sandbox.id.startsWith(podId)) return false;
    if (nameRe && !nameRe.test(c.name)) return false;
    if (nsRe && !nsRe.test(c.sandbox.namespace)) return false;
    if (image && imageOf(image).id !== c.imageId && !c.imageId.replace('sha256:', '').startsWith(image))
      return false;
    if (
      labels.length &&
      !matchLabels(
        labelsOf(c, {
          'io.kubernetes.container.name': c.name,
          'io.kubernetes.pod.name': c.sandbox.name,
          'io.kubernetes.pod.namespace': c.sandbox.namespace,
          'io.kubernetes.pod.uid': c.sandbox.podUid,
        }),
        labels,
      )
    )
      return false;
    return true;
  });
  cs.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
  cs = limit(cs, f);
  return cs;
}

export function crictlPs(p: Proc, f: ParsedFlags, node: string): number {
  if (f.args.length) throw new CrictlError('', 'help');
  const output = str(f, 'output') ?? 'table';
  if (!['json', 'yaml', 'table'].includes(output))
    throw new CrictlError(`listing containers: unsupported output format "${output}"`);
  const cs = listContainers(p, f, node);
  const now = p.ctx.world.clock.now;
  if (f.values.get('quiet')) {
    p.out(cs.map((c) => `${c.id}\n`).join(''));
    return 0;
  }
  if (output !== 'table') {
    p.out(`${JSON.stringify({ containers: cs.map((c) => containerJson(c)) }, null, 2)}\n`);
    return 0;
  }
  const noTrunc = !!f.values.get('no-trunc');
  const rows = [['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD', 'NAMESPACE']];
  for (const c of cs) {
    const image = f.values.get('resolve-image-path') ? c.image : noTrunc ? c.imageId : trunc(c.imageId);
    rows.push([
      noTrunc ? c.id : trunc(c.id),
      image,
      `${humanDuration(now - c.createdAt)} ago`,
      c.state === 'CONTAINER_RUNNING' ? 'Running' : c.state === 'CONTAINER_CREATED' ? 'Created' : 'Exited',
      c.name,
      String(c.attempt),
      noTrunc ? c.sandbox.id : trunc(c.sandbox.id),
      c.sandbox.name,
      c.sandbox.namespace,
    ]);
  }
  p.out(tabwrite(rows.map((r) => `${r.join('\t')}\n`).join(''), 20, 3));
  return 0;
}

function containerJson(c: CriContainer) {
  return {
    id: c.id,
    podSandboxId: c.sandbox.id,
    metadata: { name: c.name, attempt: c.attempt },
    image: { image: c.imageId, annotations: {}, userSpecifiedImage: '', runtimeHandler: '' },
    imageRef: c.imageId,
    state: c.state,
    createdAt: String(c.createdAt * 1_000_000),
    labels: {
      'io.kubernetes.container.name': c.name,
      'io.kubernetes.pod.name': c.sandbox.name,
      'io.kubernetes.pod.namespace': c.sandbox.namespace,
      'io.kubernetes.pod.uid': c.sandbox.podUid,
    },
    annotations: {},
    imageId: '',
  };
}

export function listSandboxes(p: Proc, f: ParsedFlags, node: string): CriSandbox[] {
  const state = str(f, 'state');
  if (state && !['ready', 'notready'].includes(state.toLowerCase()))
    throw new CrictlError('--state should be ready or notready');
  const nameRe = regex(str(f, 'name'));
  const nsRe = regex(str(f, 'namespace'));
  const id = str(f, 'id');
  const labels = (f.values.get('label') as string[] | undefined) ?? [];
  let sbs = nodeSandboxes(p.ctx.world, node).filter((s) => {
    if (state && state.toLowerCase() !== 'ready') return false;
    if (id && !s.id.startsWith(id)) return false;
    if (nameRe && !nameRe.test(s.sb.name)) return false;
    if (nsRe && !nsRe.test(s.sb.namespace)) return false;
    if (labels.length && !matchLabels(labelsOf(s, { 'io.kubernetes.pod.name': s.sb.name }), labels))
      return false;
    return true;
  });
  sbs.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
  sbs = limit(sbs, f);
  return sbs;
}

export function crictlPods(p: Proc, f: ParsedFlags, node: string): number {
  const output = str(f, 'output') ?? 'table';
  if (!['json', 'yaml', 'table'].includes(output))
    throw new CrictlError(`listing pod sandboxes: unsupported output format "${output}"`);
  const sbs = listSandboxes(p, f, node);
  const now = p.ctx.world.clock.now;
  if (f.values.get('quiet')) {
    p.out(sbs.map((s) => `${s.id}\n`).join(''));
    return 0;
  }
  const noTrunc = !!f.values.get('no-trunc');
  const rows = [['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME']];
  for (const s of sbs)
    rows.push([
      noTrunc ? s.id : trunc(s.id),
      `${humanDuration(now - s.createdAt)} ago`,
      'Ready',
      s.sb.name,
      s.sb.namespace,
      String(s.attempt),
      '(default)',
    ]);
  p.out(tabwrite(rows.map((r) => `${r.join('\t')}\n`).join(''), 20, 3));
  return 0;
}

export function crictlImages(p: Proc, f: ParsedFlags, node: string): number {
  if (f.args.length > 1) throw new CrictlError('', 'help');
  const filter = f.args[0];
  let images = nodeImages(p.ctx.world, node);
  if (filter) {
    const want = imageOf(filter);
    images = images.filter((i) => i.ref === want.ref || (!filter.includes(':') && i.repo === want.repo));
  }
  if (f.values.get('quiet')) {
    p.out(images.map((i) => `${i.id}\n`).join(''));
    return 0;
  }
  const digests = !!f.values.get('digests');
  const pinned = !!f.values.get('pinned');
  const noTrunc = !!f.values.get('no-trunc');
  const head = [
    'IMAGE',
    'TAG',
    ...(digests ? ['DIGEST'] : []),
    'IMAGE ID',
    'SIZE',
    ...(pinned ? ['PINNED'] : []),
  ];
  const rows = [head];
  for (const i of images)
    rows.push([
      i.repo,
      i.tag,
      ...(digests ? [noTrunc ? i.digest : trunc(i.digest)] : []),
      noTrunc ? i.id : trunc(i.id),
      humanSize(i.size),
      ...(pinned ? [String(i.pinned)] : []),
    ]);
  p.out(tabwrite(rows.map((r) => `${r.join('\t')}\n`).join(''), 20, 3));
  return 0;
}

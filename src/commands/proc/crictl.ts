/**
 * crictl v1.32.0 against the node's containerd: ps, pods, images, inspect,
 * inspectp, inspecti, logs, exec, version, info. Global flags go before the
 * subcommand; /etc/crictl.yaml names the endpoint (without it crictl warns
 * and tries its default endpoints). Errors end as logrus fatal lines.
 */
import { clusterOf } from '../../kube/cluster.js';
import { readCniConfig } from '../../kube/cni/plugins.js';
import { podExecContext } from '../../kube/runtime.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import {
  CrictlError,
  commandHelp,
  connect,
  type FlagDef,
  logrus,
  type ParsedFlags,
  parseFlags,
  readConfig,
} from './crictl-cli.js';
import { derivedId, nodeContainers } from './crictl-data.js';
import {
  crictlInspect,
  crictlInspecti,
  crictlInspectp,
  goJson,
  INSPECT_FLAGS,
  type InspectRequest,
} from './crictl-inspect.js';
import {
  crictlImages,
  crictlPods,
  crictlPs,
  IMAGES_FLAGS,
  listContainers,
  listSandboxes,
  PODS_FLAGS,
  PS_FLAGS,
} from './crictl-list.js';

const GLOBAL_FLAGS: FlagDef[] = [
  { name: 'config', aliases: ['c'], type: 'string', usage: 'Location of the client config file.' },
  { name: 'debug', aliases: ['D'], type: 'bool', usage: 'Enable debug mode' },
  { name: 'image-endpoint', aliases: ['i'], type: 'string', usage: 'Endpoint of CRI image manager service' },
  {
    name: 'runtime-endpoint',
    aliases: ['r'],
    type: 'string',
    usage: 'Endpoint of CRI container runtime service',
  },
  { name: 'timeout', aliases: ['t'], type: 'string', usage: 'Timeout of connecting to the server' },
  { name: 'help', aliases: ['h'], type: 'bool', usage: 'show help' },
  { name: 'version', aliases: ['v'], type: 'bool', usage: 'print the version' },
];

const LOGS_FLAGS: FlagDef[] = [
  { name: 'follow', aliases: ['f'], type: 'bool', usage: 'Follow log output' },
  {
    name: 'previous',
    aliases: ['p'],
    type: 'bool',
    usage: 'Print the logs for the previous instance of the container in a pod if it exists',
  },
  {
    name: 'since',
    type: 'string',
    usage: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)',
  },
  { name: 'tail', type: 'int', usage: 'Number of lines to show from the end of the logs. Defaults to all' },
  { name: 'timestamps', aliases: ['t'], type: 'bool', usage: 'Show timestamps' },
  { name: 'limit-bytes', type: 'int', usage: 'Maximum bytes of logs to return. Defaults to no limit' },
];

const EXEC_FLAGS: FlagDef[] = [
  { name: 'sync', aliases: ['s'], type: 'bool', usage: 'Run the command synchronously' },
  { name: 'timeout', type: 'int', usage: 'Timeout in seconds' },
  { name: 'tty', aliases: ['t'], type: 'bool', usage: 'Allocate a pseudo-TTY' },
  { name: 'interactive', aliases: ['i'], type: 'bool', usage: 'Keep STDIN open' },
  { name: 'name', type: 'string', usage: 'Filter by container name regular expression pattern' },
  { name: 'pod', aliases: ['p'], type: 'string', usage: 'Filter by pod id' },
  { name: 'last', aliases: ['n'], type: 'int', usage: 'Exec on the last n containers' },
  { name: 'latest', aliases: ['l'], type: 'bool', usage: 'Exec on the latest container' },
  { name: 'namespace', type: 'string', usage: 'Filter by pod namespace regular expression pattern' },
];

interface Sub {
  usage: string;
  args: string;
  flags: FlagDef[];
  needs: Array<'runtime' | 'image'>;
  run: (p: Proc, f: ParsedFlags, node: string) => number;
}

function outputOf(f: ParsedFlags): string {
  return (f.values.get('output') as string | undefined) || 'json';
}

function runtimeVersion(p: Proc): string {
  const rt = clusterOf(p.ctx.world)?.config.containerRuntime ?? 'containerd://1.7.24';
  return `v${rt.replace(/^containerd:\/\//, '')}`;
}

function logs(p: Proc, f: ParsedFlags, node: string): number {
  const id = f.args[0];
  if (!id) throw new CrictlError('ID cannot be empty');
  const c = nodeContainers(p.ctx.world, node).find((x) => x.id.startsWith(id));
  if (!c)
    throw new CrictlError(
      `rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found`,
    );
  let lines = f.values.get('previous')
    ? (nodeContainers(p.ctx.world, node).find((x) => x.previous && x.c === c.c)?.logs ?? [])
    : c.logs;
  const tail = f.values.get('tail') as number | undefined;
  if (tail !== undefined && tail >= 0) lines = lines.slice(Math.max(0, lines.length - tail));
  const ts = new Date(c.startedAt).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
  p.out(lines.map((l) => (f.values.get('timestamps') ? `${ts} ${l}\n` : `${l}\n`)).join(''));
  return 0;
}

function exec(p: Proc, f: ParsedFlags, node: string): number {
  if (f.args.length < 2) throw new CrictlError('', 'help');
  const [id, ...cmd] = f.args as [string, ...string[]];
  const c = nodeContainers(p.ctx.world, node).find((x) => !x.previous && x.id.startsWith(id));
  if (!c)
    throw new CrictlError(
      `execing command in container: rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found`,
    );
  if (c.state !== 'CONTAINER_RUNNING' || !c.pod)
    throw new CrictlError(
      `execing command in container: rpc error: code = Unknown desc = container is in ${c.state} state`,
    );
  const target = podExecContext(p.ctx.world, c.pod, c.name);
  if (!target.ok) throw new CrictlError(`execing command in container: ${target.error}`);
  const over = { ...target.over, tty: f.values.get('tty') ? p.ctx.tty : null };
  const prog = cmd[0] as string;
  if (!prog.includes('/') && !p.which(prog, over))
    throw new CrictlError(
      `execing command in container: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${derivedId(`exec:${c.id}:${p.ctx.world.clock.now}`)}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${prog}": executable file not found in $PATH: unknown`,
    );
  const rc = p.spawn(cmd, over, f.values.get('interactive') ? p.stdin : '');
  if (rc !== 0) {
    logrus(p, 'fatal', `execing command in container: command terminated with exit code ${rc}`);
    return 1;
  }
  return 0;
}

function info(p: Proc, node: string): number {
  const host = p.ctx.world.hosts.get(node);
  const cni = host ? readCniConfig(host) : null;
  const net = cni
    ? { message: '', reason: '', status: true, type: 'NetworkReady' }
    : {
        message: 'Network plugin returns error: cni plugin not initialized',
        reason: 'NetworkPluginNotReady',
        status: false,
        type: 'NetworkReady',
      };
  const doc = {
    cniconfig: {
      Networks: [
        {
          Config: { CNIVersion: '0.3.1', Name: 'cni-loopback', Plugins: [{ Network: { type: 'loopback' } }] },
          IFName: 'lo',
        },
      ],
      PluginConfDir: '/etc/cni/net.d',
      PluginDirs: ['/opt/cni/bin'],
      PluginMaxConfNum: 1,
      Prefix: 'eth',
    },
    config: {
      cni: { binDir: '/opt/cni/bin', confDir: '/etc/cni/net.d', maxConfNum: 1 },
      containerd: { defaultRuntimeName: 'runc', snapshotter: 'overlayfs' },
      enableSelinux: false,
      sandboxImage: 'registry.k8s.io/pause:3.10',
      systemdCgroup: true,
    },
    golang: 'go1.22.10',
    lastCNILoadStatus: cni
      ? 'OK'
      : 'cni config load failed: no network config found in /etc/cni/net.d: cni plugin not initialized: failed to load cni config',
    'lastCNILoadStatus.default': cni
      ? 'OK'
      : 'cni config load failed: no network config found in /etc/cni/net.d: cni plugin not initialized: failed to load cni config',
    status: {
      conditions: [
        { message: '', reason: '', status: true, type: 'RuntimeReady' },
        net,
        { message: '', reason: '', status: true, type: 'ContainerdHasNoDeprecationWarnings' },
      ],
    },
  };
  p.out(`${goJson(doc)}\n`);
  return 0;
}

function inspectIds(p: Proc, f: ParsedFlags, node: string, pods: boolean): string[] {
  if (f.args.length) return f.args;
  const items = pods ? listSandboxes(p, f, node) : listContainers(p, f, node);
  if (!items.length) {
    logrus(p, 'error', 'No IDs provided or nothing found per filter');
    throw new CrictlError('', 'help');
  }
  return items.map((x) => x.id);
}

function inspectRequest(f: ParsedFlags, ids: string[], node: string): InspectRequest {
  return {
    ids,
    output: outputOf(f),
    quiet: !!f.values.get('quiet'),
    template: f.values.get('template') as string | undefined,
    node,
  };
}

const SUBS: Record<string, Sub> = {
  ps: { usage: 'List containers', args: '', flags: PS_FLAGS, needs: ['runtime', 'image'], run: crictlPs },
  pods: { usage: 'List pods', args: '', flags: PODS_FLAGS, needs: ['runtime'], run: crictlPods },
  images: {
    usage: 'List images',
    args: '[REPOSITORY[:TAG]]',
    flags: IMAGES_FLAGS,
    needs: ['image'],
    run: crictlImages,
  },
  inspect: {
    usage: 'Display the status of one or more containers',
    args: 'CONTAINER-ID [CONTAINER-ID...]',
    flags: INSPECT_FLAGS,
    needs: ['runtime', 'image'],
    run: (p, f, node) => crictlInspect(p, inspectRequest(f, inspectIds(p, f, node, false), node)),
  },
  inspectp: {
    usage: 'Display the status of one or more pods',
    args: 'POD-ID [POD-ID...]',
    flags: INSPECT_FLAGS.filter((x) => !['pod', 'all'].includes(x.name)),
    needs: ['runtime'],
    run: (p, f, node) => crictlInspectp(p, inspectRequest(f, inspectIds(p, f, node, true), node)),
  },
  inspecti: {
    usage: 'Return the status of one or more images',
    args: 'IMAGE-ID [IMAGE-ID...]',
    flags: INSPECT_FLAGS.filter((x) => ['output', 'quiet', 'template'].includes(x.name)),
    needs: ['image'],
    run: (p, f, node) => crictlInspecti(p, inspectRequest(f, f.args, node)),
  },
  logs: {
    usage: 'Fetch the logs of a container',
    args: 'CONTAINER-ID',
    flags: LOGS_FLAGS,
    needs: ['runtime'],
    run: logs,
  },
  exec: {
    usage: 'Run a command in a running container',
    args: 'CONTAINER-ID COMMAND [ARG...]',
    flags: EXEC_FLAGS,
    needs: ['runtime'],
    run: exec,
  },
  version: {
    usage: 'Display runtime version information',
    args: '',
    flags: [],
    needs: ['runtime'],
    run: (p) => {
      p.out(
        `Version:  0.1.0\nRuntimeName:  containerd\nRuntimeVersion:  ${runtimeVersion(p)}\nRuntimeApiVersion:  v1\n`,
      );
      return 0;
    },
  },
  info: {
    usage: 'Display information of the container runtime',
    args: '',
    flags: [
      {
        name: 'output',
        aliases: ['o'],
        type: 'string',
        usage: 'Output format, One of: json|yaml|go-template',
      },
      { name: 'quiet', aliases: ['q'], type: 'bool', usage: 'Do not show verbose information' },
    ],
    needs: ['runtime'],
    run: (p, _f, node) => info(p, node),
  },
};

const ALIASES: Record<string, string> = { image: 'images', img: 'images', po: 'pods' };

const APP_HELP = `NAME:
   crictl - client for CRI

USAGE:
   crictl [global options] command [command options]

VERSION:
   v1.32.0

COMMANDS:
${Object.entries(SUBS)
  .map(([k, s]) => `   ${k.padEnd(12, ' ')}${s.usage}`)
  .join('\n')}
   help, h     Shows a list of commands or help for one command

GLOBAL OPTIONS:
   --config value, -c value            Location of the client config file. If not specified and the default does not exist, the program's directory is searched as well (default: "/etc/crictl.yaml") [$CRI_CONFIG_FILE]
   --debug, -D                         Enable debug mode (default: false)
   --image-endpoint value, -i value    Endpoint of CRI image manager service (default: uses 'runtime-endpoint' setting) [$IMAGE_SERVICE_ENDPOINT]
   --runtime-endpoint value, -r value  Endpoint of CRI container runtime service (default: uses in order the first successful one of [unix:///run/containerd/containerd.sock unix:///run/crio/crio.sock unix:///var/run/cri-dockerd.sock]). Default is now deprecated and the endpoint should be set instead. [$CONTAINER_RUNTIME_ENDPOINT]
   --timeout value, -t value           Timeout of connecting to the server in seconds (e.g. 2s, 20s.). 0 or less is set to default (default: 2s)
   --help, -h                          show help
   --version, -v                       print the version
`;

export function runCrictl(p: Proc): number {
  try {
    return crictl(p);
  } catch (e) {
    if (e instanceof CrictlError) {
      if (e.message) logrus(p, 'fatal', e.message);
      return 1;
    }
    throw e;
  }
}

function crictl(p: Proc): number {
  const g = parseFlags(p.argv.slice(1), GLOBAL_FLAGS, false);
  if (g.values.get('version')) {
    p.out('crictl version v1.32.0\n');
    return 0;
  }
  const name = g.args[0];
  if (name === undefined || g.values.get('help') || name === 'help' || name === 'h') {
    const topic = name === 'help' || name === 'h' ? g.args[1] : undefined;
    if (topic && !SUBS[ALIASES[topic] ?? topic]) {
      p.err(`No help topic for '${topic}'\n`);
      return 3;
    }
    const s = topic ? SUBS[ALIASES[topic] ?? topic] : undefined;
    p.out(s && topic ? commandHelp(topic, s.usage, s.args, s.flags) : APP_HELP);
    return 0;
  }
  const key = ALIASES[name] ?? name;
  const sub = SUBS[key];
  if (!sub) {
    p.err(`No help topic for '${name}'\n`);
    return 3;
  }
  let f: ParsedFlags;
  try {
    f = parseFlags(g.args.slice(1), [
      ...sub.flags,
      { name: 'help', aliases: ['h'], type: 'bool', usage: 'show help' },
    ]);
  } catch (e) {
    if (e instanceof CrictlError) {
      p.out(`Incorrect Usage: ${e.message}\n\n${commandHelp(name, sub.usage, sub.args, sub.flags)}`);
    }
    throw e;
  }
  if (f.values.get('help')) {
    p.out(commandHelp(name, sub.usage, sub.args, sub.flags));
    return 0;
  }
  const cfg = readConfig(p, g.values.get('config') as string | undefined);
  const runtimeEp =
    (g.values.get('runtime-endpoint') as string | undefined) ??
    p.ctx.env.get('CONTAINER_RUNTIME_ENDPOINT') ??
    cfg?.runtimeEndpoint;
  const imageEp =
    (g.values.get('image-endpoint') as string | undefined) ??
    p.ctx.env.get('IMAGE_SERVICE_ENDPOINT') ??
    cfg?.imageEndpoint ??
    runtimeEp;
  for (const need of sub.needs) connect(p, need, need === 'runtime' ? runtimeEp : imageEp);
  try {
    return sub.run(p, f, p.ctx.host.name);
  } catch (e) {
    if (e instanceof CrictlError && e.usage === 'help') {
      p.out(commandHelp(name, sub.usage, sub.args, sub.flags));
      return e.message ? 1 : 0;
    }
    throw e;
  }
}

export const CRICTL_COMMAND: CommandDef = { name: 'crictl', path: '/usr/bin/crictl', run: runCrictl };

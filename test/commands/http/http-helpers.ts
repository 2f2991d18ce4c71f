/** Worlds for the HTTP client tests: namespaces on a bridge, servers as listening sockets. */
import { parseIPv4 } from '../../../src/model/inet.js';
import type { Socket } from '../../../src/model/types.js';
import { getNetns, netnsByName } from '../../../src/model/world.js';
import type { Session } from '../../../src/session.js';
import type { Proc, Userland } from '../../../src/shell/types.js';
import { caseSession, type Ran, run, runProc, setup } from '../../helpers.js';

export { type Ran, run };

/** Namespaces web (172.31.5.10) and db (172.31.5.20) on bridge br-lab (172.31.5.1), as the golden nf cases build them. */
export function lab(): Session {
  const s = caseSession([]);
  setup(s, [
    'ip link add br-lab type bridge',
    'ip link set br-lab up',
    'ip addr add 172.31.5.1/24 dev br-lab',
    'ip netns add web',
    'ip netns add db',
    'ip link add veth-web netns web type veth peer name web-br',
    'ip link add veth-db netns db type veth peer name db-br',
    'ip link set web-br master br-lab up',
    'ip link set db-br master br-lab up',
    'ip -n web addr add 172.31.5.10/24 dev veth-web',
    'ip -n db addr add 172.31.5.20/24 dev veth-db',
    'ip -n web link set veth-web up',
    'ip -n db link set veth-db up',
    'ip -n db link set lo up',
    'ip -n web link set lo up',
  ]);
  return s;
}

/** Put a listening socket into a named namespace (or the root one). */
export function serve(
  s: Session,
  ns: string | null,
  sock: Partial<Socket> & { port: number; app: string },
): void {
  const host = s.frame.ctx.host;
  const target = ns === null ? getNetns(s.world, host.rootNetns) : netnsByName(s.world, host, ns);
  if (!target) throw new Error(`no netns ${ns}`);
  target.sockets.push({
    proto: 'tcp',
    addr: sock.addr ?? 0,
    pid: sock.pid ?? 4321,
    process: sock.process ?? 'server',
    listen: true,
    ...sock,
  } as Socket);
}

export const ip = (s: string): number => parseIPv4(s) as number;

/** An nginx 1.27.3 like the image's, in namespace db on port 80 (a pod would get its files from the container). */
export function nginxIn(s: Session, ns: string | null, port = 80): void {
  serve(s, ns, {
    port,
    app: 'http',
    process: 'nginx',
    config: { server: 'nginx/1.27.3', accessLog: 'nginx', body: NGINX_BODY },
  });
}

export const NGINX_BODY =
  '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\nworking. Further configuration is required.</p>\n\n<p>For online documentation and support please refer to\n<a href="http://nginx.org/">nginx.org</a>.<br/>\nCommercial support is available at\n<a href="http://nginx.com/">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n';

/**
 * The progress meter's speeds and the Date header depend on timing; the
 * tests compare them as the golden normaliser compares query times.
 */
export function norm(s: string): string {
  return s
    .replace(
      /(\r\s*\d+\s+\S+\s+\d+\s+\S+\s+\d+\s+\S+)\s+\S+\s+\S+(\s+\S+\s+\S+\s+\S+)\s+\S+/g,
      '$1  <dl>  <ul>$2  <cur>',
    )
    .replace(/^([<>] )?(Date|date): .*?\r$/gm, '$1$2: <date>\r')
    .replace(/easy handle 0x[0-9a-f]+/g, 'easy handle <ptr>');
}

const BUSYBOX: Userland = { flavour: 'busybox' };

/** Run a command function as a process of a BusyBox image in namespace `ns` of the lab host. */
export function busybox(s: Session, ns: string, argv: string[], fn: (p: Proc) => number, stdin = ''): Ran {
  const target = netnsByName(s.world, s.frame.ctx.host, ns);
  if (!target) throw new Error(`no netns ${ns}`);
  return runProc(s, { ns: target, userland: BUSYBOX, tty: null }, argv, fn, stdin);
}

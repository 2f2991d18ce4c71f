/**
 * A small lab for the netfilter engine tests: a capture-style world built
 * from `.case` header lines, set up with real command lines through a
 * Session, plus helpers to reach namespaces and make test servers.
 */
import { registerApp } from '../../../src/engines/dataplane/transport.js';
import { parseIPv4 } from '../../../src/model/inet.js';
import type { Netns, World } from '../../../src/model/types.js';
import { getHost, getNetns, netnsByName } from '../../../src/model/world.js';
import { programPaths } from '../../../src/runner.js';
import { parseCase } from '../../../src/scenario/case-file.js';
import { buildCaseWorld } from '../../../src/scenario/case-world.js';
import { type ExecResult, Session } from '../../../src/session.js';

export interface Lab {
  world: World;
  session: Session;
  sh(cmd: string): ExecResult;
  ns(name?: string): Netns;
}

export function lab(header: string[] = [], setup: string[] = [], seed?: number): Lab {
  const text = `${['# name: lab', ...header].join('\n')}\n`;
  const world = buildCaseWorld(parseCase(text).header, {
    programPaths: programPaths(),
    ...(seed !== undefined ? { seed } : {}),
  });
  const session = new Session(world, { mode: 'case' });
  const host = getHost(world, 'controlplane');
  const l: Lab = {
    world,
    session,
    sh: (cmd) => session.exec(cmd),
    ns: (name) => {
      if (name === undefined) return getNetns(world, host.rootNetns);
      const n = netnsByName(world, host, name);
      if (!n) throw new Error(`no netns ${name}`);
      return n;
    },
  };
  for (const cmd of setup) {
    const r = l.sh(cmd);
    if (r.exitCode !== 0) throw new Error(`setup failed: ${cmd}\n${r.stderr}`);
  }
  return l;
}

/** Namespaces on one bridge: br-lab 172.31.5.1/24 on the host, then one netns per name (.10, .20 ...). */
export function bridgeLab(names: string[], extra: string[] = [], seed?: number): Lab {
  const setup = [
    'ip link add br-lab type bridge',
    'ip link set br-lab up',
    'ip addr add 172.31.5.1/24 dev br-lab',
  ];
  names.forEach((n, i) => {
    setup.push(
      `ip netns add ${n}`,
      `ip link add veth-${n} netns ${n} type veth peer name ${n}-br`,
      `ip link set ${n}-br master br-lab up`,
      `ip -n ${n} addr add 172.31.5.${(i + 1) * 10}/24 dev veth-${n}`,
      `ip -n ${n} link set veth-${n} up`,
      `ip -n ${n} link set lo up`,
      `ip -n ${n} route add default via 172.31.5.1`,
    );
  });
  return lab([], [...setup, ...extra], seed);
}

let appCount = 0;

/** A TCP server on `port` in `ns` that answers with its own name. */
export function serve(
  ns: Netns,
  port: number,
  proto: 'tcp' | 'udp' = 'tcp',
  answer = `hello from ${ns.name}`,
): void {
  const app = `nf-test-${++appCount}`;
  registerApp(app, () => ({ payload: answer }));
  ns.sockets.push({ proto, addr: 0, port, pid: 1, process: 'server', app, listen: true });
}

export function ip(s: string): number {
  const v = parseIPv4(s);
  if (v === null) throw new Error(`bad ip ${s}`);
  return v;
}

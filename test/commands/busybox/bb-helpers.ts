/** Worlds for the BusyBox tests: pods as network namespaces on a node's bridge, run with a BusyBox userland. */
import { netnsByName } from '../../../src/model/world.js';
import type { Session } from '../../../src/session.js';
import { netnsExecContext } from '../../../src/shell/context.js';
import { caseSession, type Ran, run, setup } from '../../helpers.js';

export { type Ran, run };

/**
 * A node (the case world's host) with bridge cni0 (10.244.1.1/24) and pods
 * `pod` (10.244.1.2) and `pod2` (10.244.1.3) on veths. `pod` is made first,
 * so its eth0 and the node's end of its veth share ifindex 2.
 */
export function podWorld(extra: string[] = []): Session {
  const s = caseSession([], 'script');
  setup(s, [
    'ip netns add pod',
    'ip link add vethpod type veth peer name eth0 netns pod',
    'ip link add cni0 type bridge',
    'ip link set cni0 up',
    'ip addr add 10.244.1.1/24 dev cni0',
    'ip link set vethpod master cni0 up',
    'ip netns add pod2',
    'ip link add vethpod2 type veth peer name eth0 netns pod2',
    'ip link set vethpod2 master cni0 up',
    'ip -n pod link set lo up',
    'ip -n pod link set eth0 up',
    'ip -n pod addr add 10.244.1.2/24 dev eth0',
    'ip -n pod route add default via 10.244.1.1',
    'ip -n pod2 link set lo up',
    'ip -n pod2 link set eth0 up',
    'ip -n pod2 addr add 10.244.1.3/24 dev eth0',
    'ip -n pod2 route add default via 10.244.1.1',
    ...extra,
  ]);
  return s;
}

/** Switch the session into namespace `name` (as `ip netns exec` would) with a BusyBox userland. */
export function enterBusybox(s: Session, name: string, hostname?: string): void {
  const ctx = s.frame.ctx;
  const ns = netnsByName(s.world, ctx.host, name);
  if (!ns) throw new Error(`no netns ${name}`);
  const { over } = netnsExecContext(ctx, ns, name);
  s.frame.ctx = {
    ...ctx,
    ...over,
    userland: { flavour: 'busybox', image: 'busybox' },
    ...(hostname !== undefined ? { hostname } : {}),
  };
}

/** Mask MAC addresses (either case) and EUI-64 link-locals. */
export function maskMacs(s: string): string {
  return s
    .replace(/\b(?:[0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}\b/g, (m) =>
      /^(00:){5}00$|^(ff:){5}ff$/i.test(m) ? m : m === m.toUpperCase() && /[A-F]/.test(m) ? '<MAC>' : '<mac>',
    )
    .replace(/fe80::[0-9a-f:]+\/64/g, 'fe80::<ll>/64')
    .replace(/fe80::[0-9a-f:]+ dev/g, 'fe80::<ll> dev');
}

/**
 * The `loop` plugin's start-up probe: CoreDNS sends itself an HINFO query
 * for a random name in each zone it forwards; if the query comes back to it
 * (forward to an upstream that forwards to CoreDNS again), it stops with
 * the famous fatal line — the CrashLoopBackOff of CoreDNS pods whose node
 * resolv.conf points at a local stub. The cluster model calls this when a
 * CoreDNS pod starts and shows the line in `kubectl logs`.
 */
import { formatIPv4 } from '../../model/inet.js';
import type { Netns, Socket, World } from '../../model/types.js';
import { type CorednsConfig, corednsBuild } from './apps.js';
import { queryId, sendDnsQuery } from './client.js';
import { newQuery, QT } from './message.js';
import { loopSeen } from './plugins/forward.js';
import { serverKey } from './server-state.js';

function bigNumber(world: World): string {
  // 19 digits, as Go's rand.Int63 prints
  let s = String(1 + world.rng.int(0, 9));
  for (let i = 0; i < 18; i++) s += String(world.rng.int(0, 10));
  return s;
}

/** Run the probe for a CoreDNS socket; the fatal log line when a loop shows up, else null. */
export function corednsLoopCheck(world: World, ns: Netns, socket: Socket): string | null {
  const cfg = socket.config as unknown as CorednsConfig | undefined;
  if (!cfg || socket.app !== 'coredns') return null;
  const b = corednsBuild(cfg);
  if (!b.ok) return null;
  const key = serverKey(ns, socket);
  const loops = world.ext['dns.loops'] as Set<string> | undefined;
  loops?.delete(key);
  for (const block of b.blocks) {
    if (block.port !== socket.port || !block.chain.some((p) => p.name === 'loop')) continue;
    for (const zone of block.zones) {
      const name = `${bigNumber(world)}.${bigNumber(world)}.${zone === '.' ? '' : zone}`;
      const dst = socket.addr || 0x7f000001;
      const q = newQuery(name, QT.HINFO, { id: queryId(world), rd: true });
      sendDnsQuery(world, ns, { family: 4, addr: dst }, q, {
        proto: 'udp',
        timeoutMs: 2000,
        port: socket.port,
      });
      if (loopSeen(world, key))
        return `[FATAL] plugin/loop: Loop (${formatIPv4(dst)}:${40000 + world.rng.int(0, 25000)} -> :${socket.port}) detected for zone "${zone}", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO ${name}"`;
    }
  }
  return null;
}

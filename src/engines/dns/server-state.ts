/**
 * Mutable state of running DNS servers (round-robin order, caches, query
 * logs), kept in the world so that it lives and dies with it. A server is
 * identified by its namespace and process id: the UDP and TCP sockets of one
 * daemon share it.
 */
import type { Netns, Socket, World } from '../../model/types.js';

const KEY = 'dns.servers';

export function serverKey(ns: Netns, socket: Pick<Socket, 'pid' | 'process'>): string {
  return `${ns.uid}/${socket.pid}/${socket.process}`;
}

function table(world: World): Map<string, unknown> {
  let t = world.ext[KEY] as Map<string, unknown> | undefined;
  if (!t) {
    t = new Map();
    world.ext[KEY] = t;
  }
  return t;
}

/** The state of one server, created on first use. */
export function serverState<T>(world: World, key: string, init: () => T): T {
  const t = table(world);
  let s = t.get(key) as T | undefined;
  if (s === undefined) {
    s = init();
    t.set(key, s);
  }
  return s;
}

export function dropServerState(world: World, key: string): void {
  table(world).delete(key);
}

/** Query log lines a server wrote (CoreDNS `log`, dnsmasq --log-queries), for `kubectl logs`. */
export function serverLog(world: World, key: string): string[] {
  const s = table(world).get(key) as { log?: string[] } | undefined;
  return s?.log ?? [];
}

/**
 * Established TCP connections of a namespace that live longer than one
 * command (a component's watch on the API server, the API server's gRPC
 * channels to etcd): `ss` and `netstat` list them beside the listening
 * sockets. Kept in `ns.ext` per owner, so the daemon that made them can
 * replace them as a whole.
 */
import type { Netns } from './types.js';

export interface Connection {
  proto: 'tcp';
  laddr: number;
  lport: number;
  raddr: number;
  rport: number;
  state: 'ESTABLISHED';
  pid: number;
  process: string;
  fd: number;
  /** The local socket is an IPv6 one that accepted an IPv4 peer (`[::ffff:a.b.c.d]` in ss, tcp6 in netstat). */
  v6?: boolean;
}

type Table = Map<string, Connection[]>;

function table(ns: Netns): Table {
  let t = ns.ext.connections as Table | undefined;
  if (!t) {
    t = new Map();
    ns.ext.connections = t;
  }
  return t;
}

/** Every established connection of the namespace, in the order their owners made them. */
export function connectionsOf(ns: Netns): Connection[] {
  const t = ns.ext.connections as Table | undefined;
  return t ? [...t.values()].flat() : [];
}

/** Replace what one owner (a process, a pod) holds open in the namespace. */
export function setConnections(ns: Netns, owner: string, conns: Connection[]): void {
  const t = table(ns);
  if (conns.length) t.set(owner, conns);
  else t.delete(owner);
}

export function connectionsOfOwner(ns: Netns, owner: string): Connection[] {
  return (ns.ext.connections as Table | undefined)?.get(owner) ?? [];
}

/**
 * kube-proxy's chain names (fact sheet §3.1): the servicePortName string
 * `ns/svc[:port]`, the lower-case protocol and, for endpoints, `ip:port`,
 * hashed with SHA-256, base32-encoded, first 16 characters.
 */
import { base32, sha256 } from '../../model/hash.js';

const memo = new Map<string, string>();

function hash16(s: string): string {
  let h = memo.get(s);
  if (h === undefined) {
    h = base32(sha256(s)).slice(0, 16);
    if (memo.size > 200_000) memo.clear();
    memo.set(s, h);
  }
  return h;
}

/** `ns/svc:port` (the port name only when the port has one). */
export function servicePortName(ns: string, svc: string, portName: string | undefined): string {
  return portName ? `${ns}/${svc}:${portName}` : `${ns}/${svc}`;
}

export type ServiceChainKind = 'SVC' | 'SVL' | 'EXT' | 'FW';

export function serviceChain(kind: ServiceChainKind, spn: string, proto: string): string {
  return `KUBE-${kind}-${hash16(spn + proto.toLowerCase())}`;
}

export function endpointChain(spn: string, proto: string, endpoint: string): string {
  return `KUBE-SEP-${hash16(spn + proto.toLowerCase() + endpoint)}`;
}

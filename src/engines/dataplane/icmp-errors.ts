/**
 * What a socket makes of an ICMP destination-unreachable: the kernel's
 * icmp_err_convert table (net/ipv4/icmp.c). A "fatal" (hard) error ends a
 * connect() and is reported on any socket; a soft one (net/host
 * unreachable, fragmentation needed, ...) reaches a connected UDP socket
 * only when it asked for every error with IP_RECVERR (glibc's resolver
 * does, BIND's and Go's sockets do not) — otherwise the sender just waits
 * for its timeout. TCP in SYN-SENT takes every code as fatal.
 */

export type IcmpErrno =
  | 'ENETUNREACH'
  | 'EHOSTUNREACH'
  | 'ENOPROTOOPT'
  | 'ECONNREFUSED'
  | 'EMSGSIZE'
  | 'EOPNOTSUPP'
  | 'EHOSTDOWN'
  | 'ENONET';

const CONVERT: ReadonlyArray<{ errno: IcmpErrno; fatal: boolean }> = [
  { errno: 'ENETUNREACH', fatal: false }, // ICMP_NET_UNREACH
  { errno: 'EHOSTUNREACH', fatal: false }, // ICMP_HOST_UNREACH
  { errno: 'ENOPROTOOPT', fatal: true }, // ICMP_PROT_UNREACH
  { errno: 'ECONNREFUSED', fatal: true }, // ICMP_PORT_UNREACH
  { errno: 'EMSGSIZE', fatal: false }, // ICMP_FRAG_NEEDED
  { errno: 'EOPNOTSUPP', fatal: false }, // ICMP_SR_FAILED
  { errno: 'ENETUNREACH', fatal: true }, // ICMP_NET_UNKNOWN
  { errno: 'EHOSTDOWN', fatal: true }, // ICMP_HOST_UNKNOWN
  { errno: 'ENONET', fatal: true }, // ICMP_HOST_ISOLATED
  { errno: 'ENETUNREACH', fatal: true }, // ICMP_NET_ANO
  { errno: 'EHOSTUNREACH', fatal: true }, // ICMP_HOST_ANO
  { errno: 'ENETUNREACH', fatal: false }, // ICMP_NET_UNR_TOS
  { errno: 'EHOSTUNREACH', fatal: false }, // ICMP_HOST_UNR_TOS
  { errno: 'EHOSTUNREACH', fatal: true }, // ICMP_PKT_FILTERED
  { errno: 'EHOSTUNREACH', fatal: true }, // ICMP_PREC_VIOLATION
  { errno: 'EHOSTUNREACH', fatal: true }, // ICMP_PREC_CUTOFF
];

/** errno and hardness of a destination-unreachable code (unknown codes: EHOSTUNREACH, soft). */
export function icmpErrConvert(code: number): { errno: IcmpErrno; fatal: boolean } {
  return CONVERT[code] ?? { errno: 'EHOSTUNREACH', fatal: false };
}

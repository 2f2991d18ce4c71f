/** Every match extension, registered by importing this module. */
export { COMMENT_MATCH, ICMP_MATCH, MARK_MATCH, MULTIPORT_MATCH } from './basic.js';
export { CONNTRACK_MATCH, STATE_MATCH } from './ct.js';
export { ICMP6_MATCH } from './icmp6.js';
export { ADDRTYPE_MATCH, RECENT_MATCH, STATISTIC_MATCH } from './misc.js';
export { SCTP_MATCH, TCP_MATCH, UDP_MATCH } from './ports.js';
export { SET_MATCH } from './set.js';
export {
  IPRANGE_MATCH,
  LENGTH_MATCH,
  LIMIT_MATCH,
  MAC_MATCH,
  OWNER_MATCH,
  PHYSDEV_MATCH,
  PKTTYPE_MATCH,
  TTL_MATCH,
} from './simple.js';
export { DSCP_MATCH, DSCP_TARGET, TOS_MATCH, TOS_TARGET } from './tos.js';

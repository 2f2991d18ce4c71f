/** Every target extension, registered by importing this module. */
export {
  CONNMARK_TARGET,
  CT_TARGET,
  LOG_TARGET,
  MARK_TARGET,
  NOTRACK_TARGET,
  REJECT_TARGET,
} from './basic.js';
export { DNAT_TARGET, MASQUERADE_TARGET, REDIRECT_TARGET, SNAT_TARGET } from './nat.js';

/** Every program knetlab knows, for the registry. */
import type { CommandDef } from '../shell/types.js';
import { CNI_PLUGIN_COMMANDS } from './cni/index.js';
import { DNS_COMMANDS } from './dns/index.js';
import { DOCKER_COMMANDS } from './docker/index.js';
import { HTTP_COMMANDS } from './http/index.js';
import { IP_COMMAND } from './ip/index.js';
import { IPTABLES_COMMANDS } from './iptables/index.js';
import { IPVSADM_COMMAND } from './ipvsadm/index.js';
import { KUBECTL_COMMAND } from './kubectl/index.js';
import { BRIDGE_COMMAND } from './net/bridge.js';
import { LSOF_COMMAND } from './net/lsof.js';
import { NETTOOLS_COMMANDS } from './net/nettools.js';
import { PING_COMMAND } from './net/ping.js';
import { SS_COMMAND } from './net/ss.js';
import { SYSCTL_COMMAND } from './net/sysctl.js';
import { TRACEROUTE_COMMAND } from './net/traceroute.js';
import { PROC_COMMANDS } from './proc/index.js';
import { SYSTEM_COMMANDS } from './system/basic.js';
import { TEXT_COMMANDS } from './text/index.js';
import { TRACE_COMMANDS } from './trace/index.js';

export function allCommands(): CommandDef[] {
  return [
    IP_COMMAND,
    ...IPTABLES_COMMANDS,
    IPVSADM_COMMAND,
    BRIDGE_COMMAND,
    PING_COMMAND,
    TRACEROUTE_COMMAND,
    SYSCTL_COMMAND,
    SS_COMMAND,
    LSOF_COMMAND,
    ...NETTOOLS_COMMANDS,
    ...DNS_COMMANDS,
    ...HTTP_COMMANDS,
    ...DOCKER_COMMANDS,
    KUBECTL_COMMAND,
    ...SYSTEM_COMMANDS,
    ...PROC_COMMANDS,
    ...TEXT_COMMANDS,
    ...TRACE_COMMANDS,
    ...CNI_PLUGIN_COMMANDS,
  ];
}

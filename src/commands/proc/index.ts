/** Process and container-runtime tools: ps, pgrep/pkill, kill, pidof, crictl, systemctl, journalctl. */
import type { CommandDef } from '../../shell/types.js';
import { CRICTL_COMMAND } from './crictl.js';
import { JOURNALCTL_COMMAND } from './journalctl.js';
import { KILL_COMMAND } from './kill.js';
import { KUBE_BINARIES } from './kube-binaries.js';
import { PGREP_COMMAND, PIDOF_COMMAND, PKILL_COMMAND } from './pgrep.js';
import { PS_COMMAND } from './ps.js';
import { SYSTEMCTL_COMMAND } from './systemctl.js';
import { TOP_COMMAND } from './top.js';

export const PROC_COMMANDS: CommandDef[] = [
  PS_COMMAND,
  PGREP_COMMAND,
  PKILL_COMMAND,
  PIDOF_COMMAND,
  KILL_COMMAND,
  SYSTEMCTL_COMMAND,
  JOURNALCTL_COMMAND,
  CRICTL_COMMAND,
  TOP_COMMAND,
  ...KUBE_BINARIES,
];

/** The iptables family, conntrack and dmesg as registered programs. */
import type { CommandDef } from '../../shell/types.js';
import { runConntrack } from './conntrack.js';
import { runDmesg } from './dmesg.js';
import { IPSET_COMMAND } from './ipset.js';
import { runIptables } from './iptables.js';
import { runIptablesRestore } from './restore.js';
import { runIptablesSave } from './save.js';

function variants(base: string, run: CommandDef['run'], summary: string): CommandDef[] {
  return ['', '-nft', '-legacy'].flatMap((v) =>
    ['iptables', 'ip6tables'].map((fam) => {
      const name = `${fam}${v}${base}`;
      return { name, path: `/usr/sbin/${name}`, run, summary };
    }),
  );
}

export const IPTABLES_COMMANDS: CommandDef[] = [
  ...variants('', runIptables, 'administration tool for IPv4/IPv6 packet filtering and NAT'),
  ...variants('-save', runIptablesSave, 'dump iptables rules'),
  ...variants('-restore', runIptablesRestore, 'restore iptables rules'),
  {
    name: 'conntrack',
    path: '/usr/sbin/conntrack',
    run: runConntrack,
    summary: 'command line interface for netfilter connection tracking',
  },
  { name: 'dmesg', path: '/usr/bin/dmesg', run: runDmesg, summary: 'print the kernel ring buffer' },
  IPSET_COMMAND,
];

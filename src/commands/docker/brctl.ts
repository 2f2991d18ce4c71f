/**
 * `brctl` (bridge-utils 1.7.1) over the host's bridges: show, showmacs,
 * addbr/delbr, addif/delif, and its usage and error wording.
 */

import { deleteLink, setMaster } from '../../model/link-ops.js';
import { portsOf } from '../../model/link-state.js';
import type { Link } from '../../model/types.js';
import { linkByName, linksOf, newLink } from '../../model/world.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';

const USAGE = `Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge
\tdelbr     \t<bridge>\t\tdelete bridge
\taddif     \t<bridge> <device>\tadd interface to bridge
\tdelif     \t<bridge> <device>\tdelete interface from bridge
\thairpin   \t<bridge> <port> {on|off}\tturn hairpin on/off
\tsetageing \t<bridge> <time>\t\tset ageing time
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay
\tsethello  \t<bridge> <time>\t\tset hello time
\tsetmaxage \t<bridge> <time>\t\tset max message age
\tsetpathcost\t<bridge> <port> <cost>\tset path cost
\tsetportprio\t<bridge> <port> <prio>\tset port priority
\tshow      \t[ <bridge> ]\t\tshow a list of bridges
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs
\tshowstp   \t<bridge>\t\tshow bridge stp info
\tstp       \t<bridge> {on|off}\tturn stp on/off
`;

/** The STP bridge id: priority 8000 and the bridge address (zero until it has one). */
function bridgeId(br: Link, ports: Link[]): string {
  const known = br.bridge?.macFixed || ports.length > 0 || br.bridge?.carrierTouched;
  return `8000.${known ? br.mac.replace(/:/g, '') : '000000000000'}`;
}

function showLine(p: Proc, br: Link): void {
  const ports = portsOf(p.ctx.world, br).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const head = `${br.name}\t\t${bridgeId(br, ports)}\t${br.bridge?.stp ? 'yes' : 'no'}\t\t`;
  if (!ports.length) {
    p.out(`${head}\n`);
    return;
  }
  p.out(`${head}${ports[0]?.name}\n`);
  for (const port of ports.slice(1)) p.out(`\t\t\t\t\t\t\t${port.name}\n`);
}

function bridges(p: Proc): Link[] {
  return linksOf(p.ctx.world, p.ctx.ns)
    .filter((l) => l.kind === 'bridge')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function findBridge(p: Proc, name: string): Link | undefined {
  const l = linkByName(p.ctx.world, p.ctx.ns, name);
  return l?.kind === 'bridge' ? l : undefined;
}

function runBrctl(p: Proc): number {
  const [cmd, ...args] = p.argv.slice(1);
  const world = p.ctx.world;
  const need = (n: number) => {
    if (args.length < n) fail(`Incorrect number of arguments for command\n${USAGE}`, 1);
  };
  switch (cmd) {
    case 'show': {
      const head = 'bridge name\tbridge id\t\tSTP enabled\tinterfaces\n';
      if (args.length) {
        let code = 0;
        p.out(head);
        for (const name of args) {
          const br = findBridge(p, name);
          if (!br) {
            p.err(`bridge ${name} does not exist!\n`);
            code = 1;
          } else showLine(p, br);
        }
        if (code && args.length === 1) return code;
        return code;
      }
      p.out(head);
      for (const br of bridges(p)) showLine(p, br);
      return 0;
    }
    case 'showmacs': {
      need(1);
      const br = findBridge(p, args[0] as string);
      if (!br?.bridge) return fail(`read of forward table failed: No such device\n`, 1);
      p.out('port no\tmac addr\t\tis local?\tageing timer\n');
      const ports = portsOf(world, br);
      const rows = [...br.bridge.fdb.values()].sort((a, b) => (a.mac < b.mac ? -1 : 1));
      for (const r of rows) {
        const no = ports.findIndex((x) => x.uid === r.port) + 1;
        const age = r.local || r.static ? 0 : (world.clock.now - r.updated) / 1000;
        p.out(
          `${String(no).padStart(3)}\t${r.mac}\t${r.local ? 'yes' : 'no'}\t\t${age.toFixed(2).padStart(6)}\n`,
        );
      }
      return 0;
    }
    case 'addbr': {
      need(1);
      const name = args[0] as string;
      if (linkByName(world, p.ctx.ns, name))
        return fail(`device ${name} already exists; can't create bridge with the same name\n`, 1);
      newLink(world, p.ctx.ns, { kind: 'bridge', name });
      return 0;
    }
    case 'delbr': {
      need(1);
      const name = args[0] as string;
      const br = findBridge(p, name);
      if (!br) return fail(`bridge ${name} doesn't exist; can't delete it\n`, 1);
      if (br.adminUp) return fail(`bridge ${name} is still up; can't delete it\n`, 1);
      deleteLink(world, br);
      return 0;
    }
    case 'addif':
    case 'delif': {
      need(2);
      const [bn = '', ...devs] = args;
      const br = findBridge(p, bn);
      if (!br) return fail(`bridge ${bn} does not exist!\n`, 1);
      for (const dn of devs) {
        const dev = linkByName(world, p.ctx.ns, dn);
        if (!dev) return fail(`interface ${dn} does not exist!\n`, 1);
        if (cmd === 'addif') {
          if (dev.master !== undefined) {
            const m = world.links.get(dev.master);
            return fail(
              `device ${dn} is already a member of a bridge; can't add it to bridge ${m?.name === bn ? bn : bn}.\n`,
              1,
            );
          }
          setMaster(world, dev, br);
        } else {
          if (dev.master !== br.uid) return fail(`device ${dn} is not a slave of ${bn}\n`, 1);
          setMaster(world, dev, undefined);
        }
      }
      return 0;
    }
    default:
      if (cmd !== undefined) p.err(`never heard of command [${cmd}]\n`);
      p.out(USAGE);
      return 1;
  }
}

export const BRCTL_COMMAND: CommandDef = {
  name: 'brctl',
  path: '/usr/sbin/brctl',
  summary: 'ethernet bridge administration (bridge-utils)',
  run: runBrctl,
};

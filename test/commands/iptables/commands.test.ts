/**
 * Whole command lines through a case-mode Session: exact stdout, stderr
 * and exit status of iptables, iptables-save/-restore, ip6tables, the
 * legacy variant and conntrack (texts from the real tools).
 */
import { describe, expect, it } from 'vitest';
import { programPaths } from '../../../src/runner.js';
import { parseCase } from '../../../src/scenario/case-file.js';
import { buildCaseWorld } from '../../../src/scenario/case-world.js';
import { Session } from '../../../src/session.js';

interface Case {
  name: string;
  setup?: string[];
  cmd: string;
  stdout?: string;
  stderr?: string;
  exit?: number;
}

const TRY = "Try `iptables -h' or 'iptables --help' for more information.\n";
const EMPTY_FILTER =
  'Chain INPUT (policy ACCEPT)\ntarget     prot opt source               destination         \n\n' +
  'Chain FORWARD (policy ACCEPT)\ntarget     prot opt source               destination         \n\n' +
  'Chain OUTPUT (policy ACCEPT)\ntarget     prot opt source               destination         \n';

const CASES: Case[] = [
  { name: 'version', cmd: 'iptables -V', stdout: 'iptables v1.8.9 (nf_tables)\n' },
  { name: 'legacy version', cmd: 'iptables-legacy -V', stdout: 'iptables v1.8.9 (legacy)\n' },
  {
    name: 'help starts with the version',
    cmd: 'iptables -h | head -3',
    stdout: 'iptables v1.8.9 (nf_tables)\n\nUsage: iptables -[ACD] chain rule-specification [options]\n',
  },
  { name: 'empty listing', cmd: 'iptables -L', stdout: EMPTY_FILTER },
  {
    name: 'unknown table',
    cmd: 'iptables -t natt -L',
    stderr:
      "iptables v1.8.9 (nf_tables): table 'natt' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n",
    exit: 3,
  },
  {
    name: 'the course mistake: --dport without -p',
    cmd: 'iptables -t nat -A PREROUTING --dport 80 --to-destination 192.168.15.2:80 -j DNAT',
    stderr: `iptables v1.8.9 (nf_tables): unknown option "--dport"\n${TRY}`,
    exit: 2,
  },
  {
    name: 'DNAT in the filter table',
    cmd: 'iptables -A INPUT -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:80',
    stderr: 'iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT\n',
    exit: 4,
  },
  {
    name: 'deleting a referenced chain',
    setup: ['iptables -N MY', 'iptables -A INPUT -j MY'],
    cmd: 'iptables -X MY',
    stderr: 'iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain MY\n',
    exit: 4,
  },
  {
    name: 'legacy wording of the same mistake',
    setup: ['iptables-legacy -N MY', 'iptables-legacy -A INPUT -j MY'],
    cmd: 'iptables-legacy -X MY',
    stderr: 'iptables: Too many links.\n',
    exit: 1,
  },
  {
    name: 'DROP policy in nat',
    cmd: 'iptables -t nat -P OUTPUT DROP',
    stderr: `iptables v1.8.9 (nf_tables): \nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n\n${TRY}`,
    exit: 2,
  },
  {
    name: 'counters preset with -c, K and M columns',
    setup: ['iptables -A FORWARD -c 123456789 9876543210 -j DROP'],
    cmd: 'iptables -L FORWARD -v',
    stdout:
      'Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)\n pkts bytes target     prot opt in     out     source               destination         \n' +
      ' 123M 9877M DROP       all  --  any    any     anywhere             anywhere            \n',
  },
  {
    name: 'rule normal form',
    setup: [
      'iptables -A INPUT -m comment --comment "allow web" -p tcp --dport 80 -s 10.1.1.1 -i eth+ -j ACCEPT',
    ],
    cmd: 'iptables -S INPUT',
    stdout:
      '-P INPUT ACCEPT\n-A INPUT -s 10.1.1.1/32 -i eth+ -p tcp -m comment --comment "allow web" -m tcp --dport 80 -j ACCEPT\n',
  },
  { name: 'nothing to save', cmd: 'iptables-save', stdout: '' },
  {
    name: 'save a table by name',
    setup: ['iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE'],
    cmd: "iptables-save -t nat | grep -v '^#'",
    stdout:
      '*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n' +
      '-A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE\nCOMMIT\n',
  },
  {
    name: 'save an unknown table',
    cmd: 'iptables-save -t bogus',
    stderr: "Table `bogus' does not exist\n",
    exit: 1,
  },
  {
    name: 'restore from a missing file',
    cmd: 'iptables-restore /root/none',
    stderr: "Can't open /root/none: No such file or directory\n",
    exit: 1,
  },
  {
    name: 'restore from a file, then list',
    setup: [
      "printf '*filter\\n:INPUT DROP [0:0]\\n-A INPUT -i lo -j ACCEPT\\nCOMMIT\\n' > /root/r.v4",
      'iptables-restore /root/r.v4',
    ],
    cmd: 'iptables -S INPUT',
    stdout: '-P INPUT DROP\n-A INPUT -i lo -j ACCEPT\n',
  },
  {
    name: 'empty conntrack table',
    cmd: 'conntrack -L',
    stderr: 'conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n',
  },
  {
    name: 'conntrack flush',
    cmd: 'conntrack -F',
    stderr: 'conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.\n',
  },
  {
    name: 'conntrack with an unknown protocol',
    cmd: 'conntrack -L -p foo',
    stderr:
      "conntrack v1.4.7 (conntrack-tools): `foo' unsupported protocol\nTry `conntrack -h' or 'conntrack --help' for more information.\n",
    exit: 2,
  },
  {
    name: 'ip6tables addresses',
    setup: ['ip6tables -A INPUT -s fd00:10:20::/64 -p tcp --dport 22 -j ACCEPT'],
    cmd: 'ip6tables -S INPUT',
    stdout: '-P INPUT ACCEPT\n-A INPUT -s fd00:10:20::/64 -p tcp -m tcp --dport 22 -j ACCEPT\n',
  },
  {
    name: 'iptables-nft warns about legacy tables',
    setup: ['iptables-legacy -A INPUT -j ACCEPT'],
    cmd: 'iptables -S INPUT',
    stdout: '-P INPUT ACCEPT\n',
    stderr: '# Warning: iptables-legacy tables present, use iptables-legacy to see them\n',
  },
];

function session(): Session {
  const world = buildCaseWorld(parseCase('# name: t\n').header, { programPaths: programPaths() });
  return new Session(world, { mode: 'case' });
}

describe('iptables command lines', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const s = session();
      for (const line of c.setup ?? []) expect(s.exec(line).exitCode, line).toBe(0);
      const r = s.exec(c.cmd);
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exitCode }).toEqual({
        stdout: c.stdout ?? '',
        stderr: c.stderr ?? '',
        exit: c.exit ?? 0,
      });
    });
  }
});

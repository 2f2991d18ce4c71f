/** The BusyBox applets answer any argv with output or an error, never an internal failure. */
import { expect, it } from 'vitest';
import { enterBusybox, podWorld, run } from './bb-helpers.js';

const WORDS = [
  '-c',
  '1',
  '-s',
  '0',
  '-w',
  '-W',
  '-I',
  'eth0',
  'lo',
  '10.244.1.3',
  '::1',
  'default',
  'via',
  'dev',
  'add',
  'del',
  'show',
  'flush',
  'to',
  'table',
  'all',
  'local',
  'scope',
  'link',
  'up',
  'down',
  'mtu',
  '-',
  '--',
  '-x',
  '--x',
  '',
  '0',
  '99999999999',
  '1.2.3.4/33',
  'a:b',
  '[::1]:80',
  'x:y',
  'netmask',
  'gw',
  '-net',
  '-host',
  'metric',
  'nud',
  'lladdr',
  'from',
  'root',
  'match',
  'exact',
  'label',
  'broadcast',
  '+',
  'peer',
  '-a',
  '-n',
  '-e',
  '-A',
  'inet6',
  '-r',
  '-l',
  '-p',
  '-t',
  '-u',
  'hw',
  'ether',
  'promisc',
  '-promisc',
  'fe80::1/64',
  'type',
  'veth',
  'name',
  'master',
  'nomaster',
  'address',
  'aa:bb:cc:dd:ee:ff',
  'get',
  'route',
  'neigh',
  'rule',
  'addr',
  'a',
  'r',
  '-4',
  '-6',
  '-0',
  '-o',
  '-f',
  'inet',
];
const PROGRAMS = ['ping', 'ip', 'route', 'arp', 'netstat', 'ifconfig', 'traceroute', 'hostname'];

it('survives random argument lists', () => {
  const s = podWorld();
  enterBusybox(s, 'pod');
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < 2000; i++) {
    const argv = Array.from({ length: rnd(6) }, () => WORDS[rnd(WORDS.length)] as string);
    const line = [PROGRAMS[rnd(PROGRAMS.length)] as string, ...argv].map((a) => `'${a}'`).join(' ');
    expect(run(s, line).err, line).not.toContain('internal error');
  }
}, 60000);

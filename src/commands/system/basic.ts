/** Small system programs: sh/bash, hostname, whoami, id, uname, sleep, true, false, env, timeout, ssh. */
import {
  addrText,
  GAI_TEXT,
  getaddrinfo,
  gethostbyname2,
  getnameinfo,
} from '../../engines/resolver/getaddrinfo.js';
import { formatIPv4, formatIPv6 } from '../../model/inet.js';
import { linksOf, spawnProcess } from '../../model/world.js';
import { hostContext } from '../../shell/context.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { runBusyboxHostname } from '../busybox/hostname.js';
import type { OptDef } from '../getopt.js';
import { lq, parseOpts, usageError } from '../text/common.js';

function shell(name: string): CommandDef {
  return {
    name,
    path: `/usr/bin/${name}`,
    run: (p) => {
      const args = p.argv.slice(1);
      const shellName = name === 'sh' && p.ctx.userland.flavour === 'gnu' ? 'sh' : name;
      if (args[0] === '-c') {
        if (args[1] === undefined) {
          p.err(`${shellName}: -c: option requires an argument\n`);
          return 2;
        }
        return p.shell(args[1]);
      }
      if (args[0] === '--version' && name === 'bash') {
        p.out('GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\n');
        return 0;
      }
      if (args[0] !== undefined && !args[0].startsWith('-')) {
        let text: string;
        try {
          text = p.ctx.fs.readFile(args[0], p.ctx.cwd);
        } catch {
          p.err(`${shellName}: ${args[0]}: No such file or directory\n`);
          return 127;
        }
        return p.shell(text);
      }
      if (p.stdin) return p.shell(p.stdin);
      return 0;
    },
  };
}

/** Addresses of the namespace's interfaces as getifaddrs lists them: IPv4 first, then global IPv6. */
function interfaceAddrs(p: Proc): Array<{ family: 4 | 6; text: string; v4?: number }> {
  const v4: Array<{ family: 4 | 6; text: string; v4?: number }> = [];
  const v6: Array<{ family: 4 | 6; text: string; v4?: number }> = [];
  for (const l of linksOf(p.ctx.world, p.ctx.ns)) {
    if (l.kind === 'loopback' || !l.adminUp) continue;
    for (const x of l.addrs4) if (x.scope === 0) v4.push({ family: 4, text: formatIPv4(x.addr), v4: x.addr });
    for (const x of l.addrs6) if (x.scope === 0) v6.push({ family: 6, text: formatIPv6(x.addr) });
  }
  return [...v4, ...v6];
}

/** hostname 3.23 (Debian): -f/-d/-i/-a resolve the UTS name with getaddrinfo (nsswitch, /etc/hosts, DNS). */
function runGnuHostname(p: Proc): number {
  const a = p.argv[1];
  const name = p.ctx.hostname ?? p.ctx.host.name;
  const env = { world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs, env: p.ctx.env };
  const lookup = () => {
    const r = getaddrinfo(env, name, 0);
    if (!r.ok) {
      p.err(`hostname: ${GAI_TEXT[r.error]}\n`);
      return null;
    }
    return r;
  };
  if (a === undefined) {
    p.out(`${name}\n`);
    return 0;
  }
  if (a === '-s' || a === '--short') {
    p.out(`${name.split('.')[0]}\n`);
    return 0;
  }
  if (a === '-f' || a === '--fqdn' || a === '--long' || a === '-d' || a === '--domain') {
    const r = lookup();
    if (!r) return 1;
    if (a === '-d' || a === '--domain') {
      const dot = r.canonical.indexOf('.');
      p.out(dot >= 0 ? `${r.canonical.slice(dot + 1)}\n` : '\n');
    } else p.out(`${r.canonical}\n`);
    return 0;
  }
  if (a === '-i' || a === '--ip-address') {
    const r = lookup();
    if (!r) return 1;
    const seen: string[] = [];
    for (const x of r.addrs) if (!seen.includes(addrText(x))) seen.push(addrText(x));
    p.out(`${seen.join(' ')}\n`);
    return 0;
  }
  if (a === '-a' || a === '--alias') {
    const h = gethostbyname2(env, name, 4);
    if (!h.ok) {
      const r = lookup();
      if (!r) return 1;
    }
    p.out(`${h.ok ? h.host.aliases.join(' ') : ''}\n`);
    return 0;
  }
  if (a === '-I' || a === '--all-ip-addresses') {
    const addrs = interfaceAddrs(p).map((x) => x.text);
    p.out(addrs.length ? `${addrs.join(' ')} \n` : '\n');
    return 0;
  }
  if (a === '-A' || a === '--all-fqdns') {
    const names: string[] = [];
    for (const x of interfaceAddrs(p)) {
      const n = x.v4 !== undefined ? getnameinfo(env, x.v4) : null;
      if (n && !names.includes(n)) names.push(n);
    }
    p.out(names.length ? `${names.join(' ')} \n` : '\n');
    return 0;
  }
  if (a.startsWith('-')) {
    p.err(
      `hostname: invalid option -- '${a.replace(/^-+/, '')[0]}'\nUsage: hostname [-b] {hostname|-F file}         set host name (from file)\n`,
    );
    return 1;
  }
  p.err('hostname: changing the host name is not supported here\n');
  return 1;
}

const hostname: CommandDef = {
  name: 'hostname',
  path: '/usr/bin/hostname',
  run: (p) => (p.ctx.userland.flavour === 'busybox' ? runBusyboxHostname(p) : runGnuHostname(p)),
};

const whoami: CommandDef = {
  name: 'whoami',
  path: '/usr/bin/whoami',
  run: (p) => {
    p.out(`${p.ctx.host.user}\n`);
    return 0;
  },
};

const id: CommandDef = {
  name: 'id',
  path: '/usr/bin/id',
  run: (p) => {
    p.out(
      p.ctx.host.user === 'root'
        ? 'uid=0(root) gid=0(root) groups=0(root)\n'
        : `uid=1000(${p.ctx.host.user}) gid=1000(${p.ctx.host.user}) groups=1000(${p.ctx.host.user})\n`,
    );
    return 0;
  },
};

/** uname's fields in -a order; -p and -i are left out of -a when unknown. */
const UNAME_OPTS: OptDef[] = [
  { key: 'a', short: 'a', long: 'all' },
  { key: 's', short: 's', long: 'kernel-name' },
  { key: 'n', short: 'n', long: 'nodename' },
  { key: 'r', short: 'r', long: 'kernel-release' },
  { key: 'v', short: 'v', long: 'kernel-version' },
  { key: 'm', short: 'm', long: 'machine' },
  { key: 'p', short: 'p', long: 'processor' },
  { key: 'i', short: 'i', long: 'hardware-platform' },
  { key: 'o', short: 'o', long: 'operating-system' },
];

const uname: CommandDef = {
  name: 'uname',
  path: '/usr/bin/uname',
  run: (p) => {
    const r = parseOpts(p, 'uname', UNAME_OPTS, 1);
    if (typeof r === 'number') return r;
    if (r.operands.length > 0)
      return usageError(p, 'uname', `uname: extra operand ${lq(r.operands[0] as string)}`, 1);
    const prof = p.ctx.world.profile;
    const platform = prof.unamePlatform ?? 'unknown';
    const fields: Record<string, string> = {
      s: 'Linux',
      n: p.ctx.hostname ?? p.ctx.host.name,
      r: prof.kernel,
      v: prof.kernelBuild,
      m: 'x86_64',
      p: platform,
      i: platform,
      o: 'GNU/Linux',
    };
    const want = new Set(r.opts.map((o) => o.key));
    if (want.has('a')) {
      for (const k of ['s', 'n', 'r', 'v', 'm', 'o']) want.add(k);
      if (prof.unamePlatform) want.add('p').add('i');
    }
    if (want.size === 0) want.add('s');
    const order = ['s', 'n', 'r', 'v', 'm', 'p', 'i', 'o'].filter((k) => want.has(k));
    p.out(`${order.map((k) => fields[k]).join(' ')}\n`);
    return 0;
  },
};

export function parseDuration(s: string): number | null {
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(s);
  if (!m) return null;
  const mult = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * mult * 1000;
}

const sleep: CommandDef = {
  name: 'sleep',
  path: '/usr/bin/sleep',
  run: (p) => {
    const args = p.argv.slice(1);
    if (args.length === 0) {
      p.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
      return 1;
    }
    let total = 0;
    for (const a of args) {
      const ms = parseDuration(a);
      if (ms === null) {
        p.err(`sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.\n`);
        return 1;
      }
      total += ms;
    }
    spawnProcess(p.ctx.world, p.ctx.host, p.ctx.ns.uid, `sleep ${args.join(' ')}`, total);
    p.elapse(total);
    return 0;
  },
};

const trueCmd: CommandDef = { name: 'true', path: '/usr/bin/true', run: () => 0 };
const falseCmd: CommandDef = { name: 'false', path: '/usr/bin/false', run: () => 1 };

function printEnv(p: Proc): number {
  const names = p.argv.slice(1).filter((a) => !a.startsWith('-'));
  if (p.argv[0] === 'printenv' && names.length) {
    let status = 0;
    for (const n of names) {
      const v = p.ctx.env.get(n);
      if (v === undefined) status = 1;
      else p.out(`${v}\n`);
    }
    return status;
  }
  if (p.argv[0] === 'env' && names.length) {
    // env VAR=x cmd ...
    const env = new Map(p.ctx.env);
    let i = 0;
    while (i < names.length && (names[i] as string).includes('=')) {
      const a = names[i] as string;
      env.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
      i++;
    }
    if (i < names.length) return p.spawn(names.slice(i), { env });
    for (const [k, v] of env) p.out(`${k}=${v}\n`);
    return 0;
  }
  for (const [k, v] of p.ctx.env) p.out(`${k}=${v}\n`);
  return 0;
}

const env: CommandDef = { name: 'env', path: '/usr/bin/env', run: printEnv };
const printenv: CommandDef = { name: 'printenv', path: '/usr/bin/printenv', run: printEnv };

const timeout: CommandDef = {
  name: 'timeout',
  path: '/usr/bin/timeout',
  run: (p) => {
    const args = p.argv.slice(1).filter((a, i) => !(i === 0 && a.startsWith('-')));
    if (args.length < 2 || parseDuration(args[0] as string) === null) {
      p.err(
        args.length < 2
          ? "timeout: missing operand\nTry 'timeout --help' for more information.\n"
          : `timeout: invalid time interval '${args[0]}'\nTry 'timeout --help' for more information.\n`,
      );
      return 125;
    }
    return p.spawn(args.slice(1));
  },
};

const ssh: CommandDef = {
  name: 'ssh',
  path: '/usr/bin/ssh',
  run: (p) => {
    // OpenSSH's getopt: options until the destination, everything after it is the remote command
    const usage =
      'usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]\n           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]\n           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]\n           [-i identity_file] [-J [user@]host[:port]] [-L address]\n           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]\n           [-Q query_option] [-R address] [-S ctl_path] [-W host:port]\n           [-w local_tun[:remote_tun]] destination [command [argument ...]]\n';
    const withArg = 'BbcDEeFIiJLlmOopQRSWw';
    const flags = '46AaCfGgKkMNnqsTtVvXxYy';
    const argv = p.argv.slice(1);
    let i = 0;
    for (; i < argv.length; i++) {
      const a = argv[i] as string;
      if (a === '--') {
        i++;
        break;
      }
      if (!a.startsWith('-') || a === '-') break;
      for (let j = 1; j < a.length; j++) {
        const ch = a[j] as string;
        if (withArg.includes(ch)) {
          if (j === a.length - 1) {
            if (i + 1 >= argv.length) {
              p.err(`option requires an argument -- ${ch}\n${usage}`);
              return 255;
            }
            i++;
          }
          break;
        }
        if (!flags.includes(ch)) {
          p.err(`unknown option -- ${ch}\n${usage}`);
          return 255;
        }
      }
    }
    const args = argv.slice(i);
    const target = args[0];
    if (target === undefined) {
      p.err(usage);
      return 255;
    }
    const hostName = target.includes('@') ? target.slice(target.indexOf('@') + 1) : target;
    const host = p.ctx.world.hosts.get(hostName);
    if (!host || host.hidden) {
      p.err(`ssh: Could not resolve hostname ${hostName}: Name or service not known\n`);
      return 255;
    }
    if (args.length > 1) {
      const ctx = hostContext(p.ctx.world, host.name, null);
      return p.shell(args.slice(1).join(' '), ctx);
    }
    if (!p.interactive && p.ctx.tty === null)
      p.err('Pseudo-terminal will not be allocated because stdin is not a terminal.\n');
    p.shellState.loginRequest = host.name;
    return 0;
  },
};

export const SYSTEM_COMMANDS: CommandDef[] = [
  shell('sh'),
  shell('bash'),
  hostname,
  whoami,
  id,
  uname,
  sleep,
  trueCmd,
  falseCmd,
  env,
  printenv,
  timeout,
  ssh,
];

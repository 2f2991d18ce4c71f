/**
 * Virtual filesystems computed from the world: /proc (sysctls, /proc/net/*)
 * and /sys/class/net for one network namespace, /run/netns for one host.
 */
import { carrierOf, operstateOf } from './link-state.js';
import { refreshNeigh } from './neigh.js';
import { RT_TABLE } from './routes.js';
import { sysctlGet, sysctlKeys, sysctlSet } from './sysctl.js';
import type { Host, Link, Netns, World } from './types.js';
import type { MountProvider, Stat } from './vfs.js';
import { linkByName, linksOf } from './world.js';

const DIR: Stat = { kind: 'dir', size: 0, mode: 0o555, mtime: 0 };

function file(mode = 0o444): Stat {
  return { kind: 'file', size: 0, mode, mtime: 0 };
}

function hex32le(v: number): string {
  const b = [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
  return b
    .reverse()
    .map((x) => x.toString(16).toUpperCase().padStart(2, '0'))
    .join('');
}

/** /proc/net/route, as fib_route_seq_show prints the main table. */
export function procNetRoute(world: World, ns: Netns): string {
  const pad = (s: string) => `${s.padEnd(127)}\n`;
  let out = pad('Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT');
  for (const r of ns.routes) {
    if (r.table !== RT_TABLE.main) continue;
    if (
      r.type !== 'unicast' &&
      r.type !== 'unreachable' &&
      r.type !== 'prohibit' &&
      r.type !== 'blackhole' &&
      r.type !== 'throw'
    )
      continue;
    const nh = r.nexthops[0];
    const dev = nh?.dev !== undefined ? world.links.get(nh.dev) : undefined;
    const mask = r.prefix === 0 ? 0 : (0xffffffff << (32 - r.prefix)) >>> 0;
    let flags = r.type === 'unreachable' || r.type === 'prohibit' ? 0x200 : 0;
    if (nh?.gateway !== undefined) flags |= 2;
    if (r.prefix === 32) flags |= 4;
    flags |= 1;
    out += pad(
      `${dev?.name ?? '*'}\t${hex32le(r.dst)}\t${hex32le(nh?.gateway ?? 0)}\t${flags.toString(16).toUpperCase().padStart(4, '0')}\t0\t0\t${r.metric}\t${hex32le(mask)}\t${r.mtu ?? 0}\t0\t0`,
    );
  }
  return out;
}

/** /proc/net/arp. */
export function procNetArp(world: World, ns: Netns): string {
  let out = 'IP address       HW type     Flags       HW address            Mask     Device\n';
  for (const n of refreshNeigh(world, ns)) {
    const dev = world.links.get(n.dev);
    if (!dev || dev.kind === 'loopback' || n.state === 'NOARP') continue;
    const valid = n.mac !== undefined && n.state !== 'INCOMPLETE' && n.state !== 'FAILED';
    const flags = (valid ? 2 : 0) | (n.state === 'PERMANENT' ? 4 : 0);
    const ip = `${(n.ip >>> 24) & 255}.${(n.ip >>> 16) & 255}.${(n.ip >>> 8) & 255}.${n.ip & 255}`;
    const mac = valid ? (n.mac as string) : '00:00:00:00:00:00';
    out += `${ip.padEnd(16)} 0x${'1'.padEnd(10)}0x${flags.toString(16).padEnd(10)}${mac.padEnd(17)}     *        ${dev.name}\n`;
  }
  return out;
}

/** /proc/net/dev. */
export function procNetDev(world: World, ns: Netns): string {
  let out =
    'Inter-|   Receive                                                |  Transmit\n' +
    ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n';
  const n = (v: number, w: number) => String(v).padStart(w);
  for (const l of linksOf(world, ns)) {
    const s = l.stats;
    out += `${l.name.padStart(6)}:${n(s.rxBytes, 8)} ${n(s.rxPackets, 7)} ${n(0, 4)} ${n(s.rxDropped, 4)} ${n(0, 4)} ${n(0, 5)} ${n(0, 10)} ${n(0, 9)} ${n(s.txBytes, 8)} ${n(s.txPackets, 7)} ${n(0, 4)} ${n(s.txDropped, 4)} ${n(0, 4)} ${n(0, 5)} ${n(0, 7)} ${n(0, 10)}\n`;
  }
  return out;
}

export function procfs(world: World, ns: Netns, host: Host): MountProvider {
  const netFiles: Record<string, () => string> = {
    route: () => procNetRoute(world, ns),
    arp: () => procNetArp(world, ns),
    dev: () => procNetDev(world, ns),
  };
  const staticFiles: Record<string, () => string> = {
    version: () =>
      `Linux version ${world.profile.kernel} ${world.profile.kernelBuilder} ${world.profile.kernelBuild}\n`,
    hostname: () => `${host.name}\n`,
  };
  const sysDirs = (): Set<string> => {
    const dirs = new Set<string>();
    for (const k of sysctlKeys(world, ns)) {
      const parts = k.split('.');
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
    }
    return dirs;
  };
  const keyOf = (rel: readonly string[]): string => rel.slice(1).join('.');
  return {
    stat(rel) {
      if (rel.length === 0) return DIR;
      const [top] = rel;
      if (top === 'sys') {
        if (rel.length === 1) return DIR;
        if (sysctlGet(world, ns, keyOf(rel)) !== undefined) return file(0o644);
        return sysDirs().has(rel.slice(1).join('/')) ? DIR : null;
      }
      if (top === 'net') {
        if (rel.length === 1) return DIR;
        return rel.length === 2 && netFiles[rel[1] as string] ? file() : null;
      }
      if (rel.length === 1 && top !== undefined && staticFiles[top]) return file();
      return null;
    },
    list(rel) {
      if (rel.length === 0) return ['net', 'sys', ...Object.keys(staticFiles)];
      if (rel[0] === 'net' && rel.length === 1) return Object.keys(netFiles);
      if (rel[0] === 'sys') {
        const prefix = rel.slice(1).join('.');
        const names = new Set<string>();
        for (const k of sysctlKeys(world, ns)) {
          if (prefix && !k.startsWith(`${prefix}.`)) continue;
          const rest = prefix ? k.slice(prefix.length + 1) : k;
          names.add(rest.split('.')[0] as string);
        }
        return [...names];
      }
      return [];
    },
    read(rel) {
      const [top] = rel;
      if (top === 'sys') {
        const v = sysctlGet(world, ns, keyOf(rel));
        return v === undefined ? null : `${v}\n`;
      }
      if (top === 'net' && rel.length === 2) return netFiles[rel[1] as string]?.() ?? null;
      if (rel.length === 1 && top !== undefined) return staticFiles[top]?.() ?? null;
      return null;
    },
    write(rel, data) {
      if (rel[0] !== 'sys') return 'EACCES';
      const key = keyOf(rel);
      const value = data.replace(/\n$/, '');
      const err = sysctlSet(world, ns, key, value);
      return err;
    },
  };
}

/** /sys/class/net for one namespace. */
export function sysfsNet(world: World, ns: Netns): MountProvider {
  const attrs: Record<string, (l: Link) => string> = {
    address: (l) => l.mac,
    broadcast: (l) => l.brd,
    mtu: (l) => String(l.mtu),
    operstate: (l) => operstateOf(world, l).toLowerCase(),
    carrier: (l) => (carrierOf(world, l) ? '1' : '0'),
    ifindex: (l) => String(l.ifindex),
    iflink: (l) => String(l.peer !== undefined ? (world.links.get(l.peer)?.ifindex ?? l.ifindex) : l.ifindex),
    ifalias: (l) => l.alias ?? '',
    tx_queue_len: (l) => String(l.txqlen),
    type: (l) => (l.kind === 'loopback' ? '772' : '1'),
  };
  return {
    stat(rel) {
      if (rel.length === 0) return DIR;
      const l = linkByName(world, ns, rel[0] as string);
      if (!l) return null;
      if (rel.length === 1) return DIR;
      if (rel.length === 2 && attrs[rel[1] as string]) return file();
      return null;
    },
    list(rel) {
      if (rel.length === 0) return linksOf(world, ns).map((l) => l.name);
      if (rel.length === 1) return Object.keys(attrs);
      return [];
    },
    read(rel) {
      const l = linkByName(world, ns, rel[0] as string);
      const f = attrs[rel[1] as string];
      // the kernel refuses carrier (and speed, duplex) of a device that is not up
      if (l && rel[1] === 'carrier' && !l.adminUp) return { error: 'EINVAL' };
      return l && f ? `${f(l)}\n` : null;
    },
  };
}

/** /run/netns of a host: one empty file per named namespace, newest first (tmpfs readdir order). */
export function runNetns(host: Host): MountProvider {
  return {
    stat(rel) {
      if (rel.length === 0) return { ...DIR, mode: 0o755 };
      return rel.length === 1 && host.netnsNames.includes(rel[0] as string) ? file(0o444) : null;
    },
    list(rel) {
      return rel.length === 0 ? [...host.netnsNames].reverse() : [];
    },
    read(rel) {
      return rel.length === 1 && host.netnsNames.includes(rel[0] as string) ? '' : null;
    },
  };
}

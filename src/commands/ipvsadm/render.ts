/**
 * ipvsadm's listings (ipvsadm.c print_title / print_service_entry /
 * print_largenum / list_conn; the formats were read from the source, the
 * sandbox kernel has no IPVS to capture from): the table with its three
 * header lines, `--stats`, `--rate`, `--exact`, `-S` rules and `-c`
 * connections. Services are listed by protocol, address and port, real
 * servers by address and port.
 */
import type { IpvsConn, IpvsDest, IpvsService, IpvsStats } from '../../engines/dataplane/ipvs.js';
import type { NameDb } from '../../engines/netfilter/names.js';
import { formatIPv4 } from '../../model/inet.js';

export interface ListFormat {
  numeric: boolean;
  stats: boolean;
  rate: boolean;
  exact: boolean;
  rule: boolean;
  thresholds: boolean;
  persistentConn: boolean;
}

export interface DestCounts {
  active: number;
  inactive: number;
  persist: number;
}

export function cmpServices(a: IpvsService, b: IpvsService): number {
  const pa = a.fwmark !== undefined ? 2 : a.proto === 'tcp' ? 0 : 1;
  const pb = b.fwmark !== undefined ? 2 : b.proto === 'tcp' ? 0 : 1;
  return pa - pb || (a.fwmark ?? 0) - (b.fwmark ?? 0) || a.addr - b.addr || a.port - b.port;
}

function cmpDests(a: IpvsDest, b: IpvsDest): number {
  return a.addr - b.addr || a.port - b.port;
}

export function addrPort(addr: number, port: number, proto: string, f: ListFormat, names: NameDb): string {
  if (f.numeric) return `${formatIPv4(addr)}:${port}`;
  const host = names.hostName(addr) ?? formatIPv4(addr);
  const svc = names.service(port, proto) ?? String(port);
  return `${host}:${svc}`;
}

function largenum(n: number, f: ListFormat): string {
  if (f.exact) {
    const s = String(n);
    return s.padStart(s.length <= 8 ? 9 : s.length + 1);
  }
  if (n < 100000000) return String(n).padStart(9);
  if (n < 1000000000) return `${String(Math.floor(n / 1000)).padStart(8)}K`;
  if (n < 100000000000) return `${String(Math.floor(n / 1000000)).padStart(8)}M`;
  return `${String(Math.floor(n / 1000000000)).padStart(8)}G`;
}

function statsCols(s: IpvsStats, f: ListFormat): string {
  return [s.conns, s.inpkts, s.outpkts, s.inbytes, s.outbytes].map((n) => largenum(n, f)).join('');
}

export function title(f: ListFormat): string {
  const pad = (s: string, w: number) => s.padEnd(w);
  const right = (s: string) => s.padStart(8);
  if (f.stats)
    return `${pad('Prot LocalAddress:Port', 33)} ${['Conns', 'InPkts', 'OutPkts', 'InBytes', 'OutBytes'].map(right).join(' ')}\n  -> RemoteAddress:Port\n`;
  if (f.rate)
    return `${pad('Prot LocalAddress:Port', 33)} ${['CPS', 'InPPS', 'OutPPS', 'InBPS', 'OutBPS'].map(right).join(' ')}\n  -> RemoteAddress:Port\n`;
  if (f.thresholds)
    return `${pad('Prot LocalAddress:Port', 33)} ${['Uthreshold', 'Lthreshold', 'ActiveConn', 'InActConn'].map((s) => pad(s, 10)).join(' ')}\n  -> RemoteAddress:Port\n`;
  if (f.persistentConn)
    return `${pad('Prot LocalAddress:Port', 33)} ${pad('Weight', 9)} ${pad('PersistConn', 11)} ${pad('ActiveConn', 10)} ${pad('InActConn', 10)}\n  -> RemoteAddress:Port\n`;
  if (f.rule) return '';
  return 'Prot LocalAddress:Port Scheduler Flags\n  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n';
}

const FWD_SWITCH: Record<string, string> = { Masq: '-m', Tunnel: '-i', Route: '-g', Local: '-g' };

/** One service and its real servers. */
export function serviceEntry(
  s: IpvsService,
  f: ListFormat,
  names: NameDb,
  counts: (d: IpvsDest) => DestCounts,
): string {
  const proto = s.proto;
  let name: string;
  if (s.fwmark !== undefined) name = f.rule ? `-f ${s.fwmark}` : `FWM  ${s.fwmark}`;
  else {
    const v = addrPort(s.addr, s.port, proto, f, names);
    name = f.rule ? `${proto === 'tcp' ? '-t' : '-u'} ${v}` : `${proto.toUpperCase()}  ${v}`.slice(0, 33);
  }
  let out: string;
  if (f.rule) {
    out = `-A ${name} -s ${s.sched}`;
    if (s.persistent !== undefined) {
      out += ` -p ${s.persistent}`;
      if (s.netmask !== 0xffffffff) out += ` -M ${formatIPv4(s.netmask)}`;
    }
  } else if (f.stats || f.rate) {
    out = `${name.padEnd(33)}${f.stats ? statsCols(s.stats, f) : [0, 0, 0, 0, 0].map((n) => largenum(n, f)).join('')}`;
  } else {
    out = `${name} ${s.sched}`;
    if (s.persistent !== undefined) {
      out += ` persistent ${s.persistent}`;
      if (s.netmask !== 0xffffffff) out += ` mask ${formatIPv4(s.netmask)}`;
    }
  }
  out += '\n';
  for (const d of [...s.dests].sort(cmpDests)) {
    const dn = f.rule
      ? addrPort(d.addr, d.port, proto, f, names)
      : addrPort(d.addr, d.port, proto, f, names).slice(0, 28);
    const c = counts(d);
    if (f.rule) out += `-a ${name} -r ${dn} ${FWD_SWITCH[d.fwd]} -w ${d.weight}\n`;
    else if (f.stats) out += `  -> ${dn.padEnd(28)}${statsCols(d.stats, f)}\n`;
    else if (f.rate)
      out += `  -> ${dn.padEnd(28)} ${'0'.padStart(8)} ${'0'.padStart(8)} ${'0'.padStart(8)}${largenum(0, f)}${largenum(0, f)}\n`;
    else if (f.thresholds)
      out += `  -> ${dn.padEnd(28)} ${'0'.padEnd(10)} ${'0'.padEnd(10)} ${String(c.active).padEnd(10)} ${String(c.inactive).padEnd(10)}\n`;
    else if (f.persistentConn)
      out += `  -> ${dn.padEnd(28)} ${String(d.weight).padEnd(9)} ${String(c.persist).padEnd(11)} ${String(c.active).padEnd(10)} ${String(c.inactive).padEnd(10)}\n`;
    else
      out += `  -> ${dn.padEnd(28)} ${d.fwd.padEnd(7)} ${String(d.weight).padEnd(6)} ${String(c.active).padEnd(10)} ${String(c.inactive).padEnd(10)}\n`;
  }
  return out;
}

/** `ipvsadm -Lc`: the connection table (/proc/net/ip_vs_conn). */
export function connList(conns: IpvsConn[], now: number, f: ListFormat, names: NameDb): string {
  let out = 'IPVS connection entries\n';
  out += `pro expire ${'state'.padEnd(11)} ${'source'.padEnd(18)} ${'virtual'.padEnd(18)} destination\n`;
  for (const c of conns) {
    const left = Math.max(0, Math.ceil((c.expires - now) / 1000));
    const expire = `${String(Math.floor(left / 60)).padStart(2, '0')}:${String(left % 60).padStart(2, '0')}`;
    const a = (addr: number, port: number) => addrPort(addr, port, c.proto, f, names);
    out += `${c.proto.toUpperCase().padEnd(3)} ${expire.padEnd(6)} ${c.state.padEnd(11)} ${a(c.caddr, c.cport).padEnd(18)} ${a(c.vaddr, c.vport).padEnd(18)} ${a(c.daddr, c.dport)}\n`;
  }
  return out;
}

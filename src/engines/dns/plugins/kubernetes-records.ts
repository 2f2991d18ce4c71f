/**
 * Names of the cluster zone and what they answer (kubernetes/dns
 * specification 1.1.0 as CoreDNS implements it; spec §4.2): services,
 * headless endpoints, SRV per named port, pod A records, reverse names.
 */
import { parseIPv4, parseIPv6 } from '../../../model/inet.js';
import type { KubeDnsSource, KubeEndpoint, KubeService, KubeServicePort } from '../kube-source.js';
import { absolute, QT, type RData, type RR, rr } from '../message.js';

export type PodMode = 'disabled' | 'insecure' | 'verified';

export interface KubeView {
  src: KubeDnsSource;
  zone: string;
  ttl: number;
  podMode: PodMode;
  namespaces: string[] | null;
  endpointPodNames: boolean;
}

export type KubeResult =
  | { kind: 'answer'; answer: RR[]; additional: RR[]; chase?: { name: string; qtype: number } }
  | { kind: 'nodata' }
  | { kind: 'nxdomain' };

const NX: KubeResult = { kind: 'nxdomain' };
const NODATA: KubeResult = { kind: 'nodata' };

function nsVisible(v: KubeView, ns: string): boolean {
  return (v.namespaces === null || v.namespaces.includes(ns)) && v.src.namespaces().includes(ns);
}

function findService(v: KubeView, ns: string, name: string): KubeService | undefined {
  if (!nsVisible(v, ns)) return undefined;
  return v.src.services().find((s) => s.namespace === ns && s.name === name);
}

function isHeadless(s: KubeService): boolean {
  return s.type !== 'ExternalName' && (s.clusterIPs.length === 0 || s.clusterIPs[0] === 'None');
}

function addrData(ip: string): RData | null {
  const v4 = parseIPv4(ip);
  if (v4 !== null) return { type: 'A', addr: v4 };
  const v6 = parseIPv6(ip);
  return v6 ? { type: 'AAAA', addr: v6 } : null;
}

/** The endpoint's DNS label: its hostname, or its address with dashes. */
export function endpointLabel(ep: KubeEndpoint, addr: string): string {
  return ep.hostname ?? addr.replace(/[.:]/g, '-');
}

function readyEndpoints(
  v: KubeView,
  s: KubeService,
): Array<{ ep: KubeEndpoint; addr: string; ports: KubeServicePort[] }> {
  const out: Array<{ ep: KubeEndpoint; addr: string; ports: KubeServicePort[] }> = [];
  for (const slice of v.src.endpointSlices()) {
    if (slice.namespace !== s.namespace || slice.service !== s.name) continue;
    for (const ep of slice.endpoints)
      if (ep.ready) for (const a of ep.addresses) out.push({ ep, addr: a, ports: slice.ports });
  }
  return out;
}

function svcFqdn(v: KubeView, s: KubeService): string {
  return `${s.name}.${s.namespace}.svc.${v.zone}`;
}

function addressRecords(owner: string, ttl: number, ips: readonly string[], qtype: number): RR[] {
  const out: RR[] = [];
  for (const ip of ips) {
    const d = addrData(ip);
    if (!d) continue;
    if (
      (d.type === 'A' && (qtype === QT.A || qtype === QT.ANY)) ||
      (d.type === 'AAAA' && (qtype === QT.AAAA || qtype === QT.ANY))
    )
      out.push(rr(owner, ttl, d));
  }
  return out;
}

function serviceRecords(v: KubeView, s: KubeService, owner: string, qtype: number): KubeResult {
  if (s.type === 'ExternalName') {
    if (!s.externalName) return NX;
    const cname = rr(owner, v.ttl, { type: 'CNAME', target: absolute(s.externalName) });
    if (qtype === QT.A || qtype === QT.AAAA)
      return {
        kind: 'answer',
        answer: [cname],
        additional: [],
        chase: { name: absolute(s.externalName), qtype },
      };
    if (qtype === QT.CNAME || qtype === QT.ANY) return { kind: 'answer', answer: [cname], additional: [] };
    return NODATA;
  }
  if (qtype === QT.SRV) return srvRecords(v, s, owner, null, null);
  if (isHeadless(s)) {
    const eps = readyEndpoints(v, s);
    if (eps.length === 0) return NX;
    const recs = addressRecords(
      owner,
      v.ttl,
      eps.map((e) => e.addr),
      qtype,
    );
    return recs.length ? { kind: 'answer', answer: recs, additional: [] } : NODATA;
  }
  const recs = addressRecords(owner, v.ttl, s.clusterIPs, qtype);
  return recs.length ? { kind: 'answer', answer: recs, additional: [] } : NODATA;
}

function stripUnderscore(l: string): string {
  return l.startsWith('_') ? l.slice(1) : l;
}

function srvRecords(
  v: KubeView,
  s: KubeService,
  owner: string,
  port: string | null,
  proto: string | null,
): KubeResult {
  // an empty label matches every port (unnamed ones too); a named label only a port of that name
  const wantPort = (p: KubeServicePort) =>
    (port === null || p.name?.toLowerCase() === port) &&
    (proto === null || p.protocol.toLowerCase() === proto);
  const targets: Array<{ target: string; port: number; addrs: string[] }> = [];
  if (isHeadless(s)) {
    for (const e of readyEndpoints(v, s))
      for (const p of e.ports.filter(wantPort))
        targets.push({
          target: `${endpointLabel(e.ep, e.addr)}.${svcFqdn(v, s)}`,
          port: p.port,
          addrs: [e.addr],
        });
  } else {
    for (const p of s.ports.filter(wantPort))
      targets.push({ target: svcFqdn(v, s), port: p.port, addrs: s.clusterIPs });
  }
  if (targets.length === 0) return NX;
  const weight = Math.floor(100 / targets.length);
  const answer = targets.map((t) =>
    rr(owner, v.ttl, { type: 'SRV', priority: 0, weight, port: t.port, target: t.target }),
  );
  const additional: RR[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.target)) continue;
    seen.add(t.target);
    additional.push(...addressRecords(t.target, v.ttl, t.addrs, QT.ANY));
  }
  return { kind: 'answer', answer, additional };
}

function endpointRecords(
  v: KubeView,
  s: KubeService,
  label: string,
  owner: string,
  qtype: number,
): KubeResult {
  const hits = readyEndpoints(v, s).filter((e) => endpointLabel(e.ep, e.addr).toLowerCase() === label);
  if (hits.length === 0) return NX;
  const recs = addressRecords(
    owner,
    v.ttl,
    hits.map((h) => h.addr),
    qtype,
  );
  return recs.length ? { kind: 'answer', answer: recs, additional: [] } : NODATA;
}

function podRecords(v: KubeView, label: string, ns: string, owner: string, qtype: number): KubeResult {
  if (v.podMode === 'disabled') return NX;
  const text = label.includes('--') ? label.replace(/-/g, ':') : label.replace(/-/g, '.');
  const d = addrData(text);
  if (!d || !nsVisible(v, ns)) return NX;
  if (v.podMode === 'verified' && !v.src.pods().some((p) => p.namespace === ns && p.ips.includes(text)))
    return NX;
  const recs = addressRecords(owner, v.ttl, [text], qtype);
  return recs.length ? { kind: 'answer', answer: recs, additional: [] } : NODATA;
}

/** Records for `qname` (lower case, absolute, inside v.zone). */
export function kubeRecords(v: KubeView, qname: string, owner: string, qtype: number): KubeResult {
  const rel = qname === v.zone ? [] : qname.slice(0, -(v.zone.length + 1)).split('.');
  if (rel.length === 0) return NODATA;
  if (rel.length === 1 && rel[0] === 'dns-version') {
    if (qtype !== QT.TXT) return NODATA;
    return {
      kind: 'answer',
      answer: [rr(owner, 28800, { type: 'TXT', strings: ['1.1.0'] })],
      additional: [],
    };
  }
  const kind = rel[rel.length - 1];
  const parts = rel.slice(0, -1);
  if (kind === 'pod') {
    if (parts.length === 0) return NODATA;
    if (parts.length === 1) return nsVisible(v, parts[0] as string) ? NODATA : NX;
    if (parts.length === 2) return podRecords(v, parts[0] as string, parts[1] as string, owner, qtype);
    return NX;
  }
  if (kind !== 'svc') return NX;
  if (parts.length === 0) return NODATA;
  const ns = parts[parts.length - 1] as string;
  if (parts.length === 1) return nsVisible(v, ns) ? NODATA : NX;
  const svc = findService(v, ns, parts[parts.length - 2] as string);
  if (!svc) return NX;
  if (parts.length === 2) return serviceRecords(v, svc, owner, qtype);
  const first = parts[0] as string;
  if (parts.length === 3) {
    if (qtype === QT.SRV && first.startsWith('_'))
      return srvRecords(v, svc, owner, null, stripUnderscore(first));
    return endpointRecords(v, svc, first, owner, qtype);
  }
  if (parts.length === 4) {
    const port = stripUnderscore(first);
    const proto = stripUnderscore(parts[1] as string);
    if (qtype === QT.SRV) return srvRecords(v, svc, owner, port, proto);
    const r = srvRecords(v, svc, owner, port, proto);
    if (r.kind !== 'answer') return r;
    return serviceRecords(v, svc, owner, qtype);
  }
  return NX;
}

/** PTR targets for an address: a service's cluster IP, or the endpoints that carry it. */
export function kubeReverse(v: KubeView, ip: string): string[] {
  const out: string[] = [];
  for (const s of v.src.services()) {
    if (v.namespaces !== null && !v.namespaces.includes(s.namespace)) continue;
    if (!isHeadless(s) && s.type !== 'ExternalName' && s.clusterIPs.includes(ip)) out.push(svcFqdn(v, s));
  }
  if (out.length) return out;
  for (const slice of v.src.endpointSlices()) {
    if (v.namespaces !== null && !v.namespaces.includes(slice.namespace)) continue;
    for (const ep of slice.endpoints)
      if (ep.addresses.includes(ip))
        out.push(`${endpointLabel(ep, ip)}.${slice.service}.${slice.namespace}.svc.${v.zone}`);
  }
  return out;
}

export function kubeSoa(v: KubeView, zone: string): RR {
  return rr(zone, v.ttl, {
    type: 'SOA',
    mname: `ns.dns.${zone}`,
    rname: `hostmaster.${zone}`,
    serial: v.src.serial(),
    refresh: 7200,
    retry: 1800,
    expire: 86400,
    minimum: v.ttl,
  });
}

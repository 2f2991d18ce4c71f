/**
 * The `kubernetes` plugin: authoritative answers for the cluster zone from
 * the cluster's Services, EndpointSlices and Pods (through KubeDnsSource),
 * PTR answers in the reverse zones, SOA in negative answers, `fallthrough`.
 */
import { formatIPv4, formatIPv6 } from '../../../model/inet.js';
import { type KubeDnsSource, kubeDnsSource } from '../kube-source.js';
import { type DnsMessage, type DnsQuery, nameKey, newQuery, QT, replyTo, rr } from '../message.js';
import {
  argErr,
  type Fall,
  fallThrough,
  matchZone,
  type Plugin,
  plainError,
  type SetupInput,
  setupErr,
  zonesFrom,
} from '../plugin.js';
import { arpaToAddr, isReverseName } from '../reverse.js';
import { type KubeView, kubeRecords, kubeReverse, kubeSoa, type PodMode } from './kubernetes-records.js';

interface KubeOptions {
  zones: string[];
  ttl: number;
  podMode: PodMode;
  fall: Fall;
  namespaces: string[] | null;
  endpointPodNames: boolean;
}

const EMPTY_SOURCE: KubeDnsSource = {
  namespaces: () => [],
  services: () => [],
  endpointSlices: () => [],
  pods: () => [],
  serial: () => 0,
};

const ACCEPTED = new Set([
  'endpoint',
  'tls',
  'kubeconfig',
  'labels',
  'namespace_labels',
  'noendpoints',
  'ignore',
  'startup_timeout',
  'apiserver_qps',
  'apiserver_burst',
  'apiserver_max_inflight',
  'multicluster',
]);

export function setupKubernetes(input: SetupInput): Plugin {
  const d = input.directive;
  const o: KubeOptions = {
    zones: zonesFrom(d.args, input.blockZones),
    ttl: 5,
    podMode: 'disabled',
    fall: { enabled: false, zones: [] },
    namespaces: null,
    endpointPodNames: false,
  };
  for (const sub of d.block ?? []) {
    const args = sub.args.map((a) => a.text);
    switch (sub.name) {
      case 'pods':
        if (args.length !== 1)
          throw argErr(
            input,
            sub.args[sub.args.length - 1] ?? { text: sub.name, line: sub.line, quoted: false },
          );
        if (!['disabled', 'insecure', 'verified'].includes(args[0] as string))
          throw plainError(
            input,
            `wrong value for pods: ${args[0]},  must be one of: disabled, verified, insecure`,
          );
        o.podMode = args[0] as PodMode;
        break;
      case 'ttl': {
        if (args.length !== 1) throw argErr(input, { text: sub.name, line: sub.line, quoted: false });
        const t = Number.parseInt(args[0] as string, 10);
        if (!/^-?\d+$/.test(args[0] as string))
          throw plainError(input, `strconv.Atoi: parsing "${args[0]}": invalid syntax`);
        if (t < 0 || t > 3600) throw setupErr(input, `ttl must be in range [0, 3600]: ${t}`, sub.line);
        o.ttl = t;
        break;
      }
      case 'fallthrough':
        o.fall = { enabled: true, zones: zonesFrom(sub.args, []) };
        break;
      case 'namespaces':
        if (args.length === 0) throw argErr(input, { text: sub.name, line: sub.line, quoted: false });
        o.namespaces = args;
        break;
      case 'endpoint_pod_names':
        o.endpointPodNames = true;
        break;
      default:
        if (!ACCEPTED.has(sub.name)) throw setupErr(input, `unknown property '${sub.name}'`, sub.line);
    }
  }
  return {
    name: 'kubernetes',
    serve(ctx, q, next) {
      const question = q.question[0];
      if (!question) return next(ctx, q);
      const qname = nameKey(question.name);
      const zone = matchZone(o.zones, qname);
      if (!zone) return next(ctx, q);
      const src = kubeDnsSource(ctx.world) ?? EMPTY_SOURCE;
      const forward = o.zones.find((z) => !isReverseName(z)) ?? 'cluster.local.';
      const v: KubeView = {
        src,
        zone: forward,
        ttl: o.ttl,
        podMode: o.podMode,
        namespaces: o.namespaces,
        endpointPodNames: o.endpointPodNames,
      };
      const res = replyTo(q);
      res.aa = true;
      if (isReverseName(zone)) return reverse(ctx, q, next, v, zone, res, o.fall);
      if (qname === zone && (question.qtype === QT.SOA || question.qtype === QT.NS)) {
        if (question.qtype === QT.SOA) res.answer = [kubeSoa({ ...v, zone }, zone)];
        else {
          res.answer = [rr(question.name, v.ttl, { type: 'NS', target: `ns.dns.${zone}` })];
          const dnsSvc = src.services().find((s) => s.namespace === 'kube-system' && s.name === 'kube-dns');
          for (const ip of dnsSvc?.clusterIPs ?? [])
            if (/^\d+\.\d+\.\d+\.\d+$/.test(ip))
              res.additional.push(rr(`ns.dns.${zone}`, v.ttl, { type: 'A', addr: ipNum(ip) }));
        }
        return res;
      }
      const r = kubeRecords({ ...v, zone }, qname, question.name, question.qtype);
      if (r.kind === 'nxdomain') {
        if (fallThrough(o.fall, qname)) return next(ctx, q);
        res.rcode = 'NXDOMAIN';
        res.authority = [kubeSoa({ ...v, zone }, zone)];
        return res;
      }
      if (r.kind === 'nodata') {
        res.authority = [kubeSoa({ ...v, zone }, zone)];
        return res;
      }
      res.answer = r.answer;
      res.additional = r.additional;
      if (r.chase && ctx.depth < 8) {
        const up = ctx.lookup(newQuery(r.chase.name, r.chase.qtype, { rd: true }));
        res.answer.push(...up.answer);
      }
      return res;
    },
  };
}

function ipNum(ip: string): number {
  const [a, b, c, d] = ip.split('.').map(Number);
  return (((a as number) << 24) | ((b as number) << 16) | ((c as number) << 8) | (d as number)) >>> 0;
}

function reverse(
  ctx: Parameters<Plugin['serve']>[0],
  q: DnsQuery,
  next: Parameters<Plugin['serve']>[2],
  v: KubeView,
  zone: string,
  res: DnsMessage,
  fall: Fall,
): DnsMessage {
  const question = q.question[0] as DnsQuery['question'][number];
  const a = arpaToAddr(question.name);
  const names =
    a && (question.qtype === QT.PTR || question.qtype === QT.ANY)
      ? kubeReverse(v, a.family === 4 ? formatIPv4(a.addr) : formatIPv6(a.addr))
      : [];
  if (names.length) {
    res.answer = names.map((n) => rr(question.name, v.ttl, { type: 'PTR', target: n }));
    return res;
  }
  if (fallThrough(fall, question.name)) return next(ctx, q);
  res.rcode = 'NXDOMAIN';
  res.authority = [kubeSoa(v, zone)];
  return res;
}

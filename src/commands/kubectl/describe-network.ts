/** kubectl describe for services, endpoints, endpoint slices, ingresses, ingress classes and network policies. */
import type { KObject, KubeStore } from '../../kube/store.js';
import {
  annotationsMultiline,
  DescribeWriter,
  describeEvents,
  describeMeta,
  eventsFor,
  labelsMultiline,
} from './describe-writer.js';
import { goTimeString } from './human-duration.js';
import { formatLabelSelector, formatMap } from './table-types.js';

// biome-ignore lint/suspicious/noExplicitAny: open JSON
type Any = any;

function slicesFor(store: KubeStore, ns: string, svc: string): KObject[] {
  return store
    .list('EndpointSlice', ns)
    .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc);
}

/** formatEndpointSlices: ready endpoints of the named port, at most three. */
export function formatEndpointSlices(slices: KObject[], portName: string | null): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const s of slices) {
    const eps: Any[] = s.endpoints ?? [];
    const ready = (e: Any) =>
      e.conditions?.ready === undefined || e.conditions?.ready === null || e.conditions.ready === true;
    if (!s.ports?.length) {
      for (const e of eps) {
        if (list.length === 3) more = true;
        if (!ready(e)) continue;
        if (!more) list.push(e.addresses[0]);
        count++;
      }
      continue;
    }
    for (const p of s.ports) {
      if (portName !== null && (p.name ?? '') !== portName) continue;
      for (const e of eps) {
        if (list.length === 3) more = true;
        if (!ready(e)) continue;
        const a: string = e.addresses[0];
        if (!more) list.push(`${a.includes(':') ? `[${a}]` : a}:${p.port}`);
        count++;
      }
    }
  }
  const r = list.join(',');
  return more ? `${r} + ${count - 3} more...` : r;
}

export function describeService(store: KubeStore, svc: KObject, now: number): string {
  const w = new DescribeWriter();
  const spec = svc.spec ?? {};
  describeMeta(w, svc);
  w.write(0, `Selector:\t${formatMap(spec.selector)}\n`);
  w.write(0, `Type:\t${spec.type ?? 'ClusterIP'}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}\n`);
  if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
  if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  const ing: Any[] = svc.status?.loadBalancer?.ingress ?? [];
  if (ing.length)
    w.write(
      0,
      `LoadBalancer Ingress:\t${ing.map((i) => (i.ip ? `${i.ip}${i.ipMode ? ` (${i.ipMode})` : ''}` : i.hostname)).join(', ')}\n`,
    );
  const slices = slicesFor(store, svc.metadata.namespace ?? 'default', svc.metadata.name);
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>';
    const proto = p.protocol ?? 'TCP';
    w.write(0, `Port:\t${name}\t${p.port}/${proto}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${proto}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${proto}\n`);
    w.write(0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? '')}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? 'None'}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if (spec.loadBalancerSourceRanges?.length)
    w.write(0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(',')}\n`);
  if (spec.trafficDistribution) w.write(0, `Traffic Distribution:\t${spec.trafficDistribution}\n`);
  describeEvents(w, eventsFor(store, svc), now);
  return w.toString();
}

export function describeEndpoints(store: KubeStore, ep: KObject, now: number): string {
  const w = new DescribeWriter();
  describeMeta(w, ep);
  w.write(0, 'Subsets:\n');
  for (const s of ep.subsets ?? []) {
    w.write(1, `Addresses:\t${(s.addresses ?? []).map((a: Any) => a.ip).join(',') || '<none>'}\n`);
    w.write(
      1,
      `NotReadyAddresses:\t${(s.notReadyAddresses ?? []).map((a: Any) => a.ip).join(',') || '<none>'}\n`,
    );
    if (s.ports?.length) {
      w.write(1, 'Ports:\n');
      w.write(2, 'Name\tPort\tProtocol\n');
      w.write(2, '----\t----\t--------\n');
      for (const p of s.ports) w.write(2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
    }
    w.write(0, '\n');
  }
  describeEvents(w, eventsFor(store, ep), now);
  return w.toString();
}

export function describeEndpointSlice(store: KubeStore, s: KObject, now: number): string {
  const w = new DescribeWriter();
  describeMeta(w, s);
  w.write(0, `AddressType:\t${s.addressType ?? ''}\n`);
  if (!s.ports?.length) w.write(0, 'Ports: <unset>\n');
  else {
    w.write(0, 'Ports:\n');
    w.write(1, 'Name\tPort\tProtocol\n');
    w.write(1, '----\t----\t--------\n');
    for (const p of s.ports)
      w.write(1, `${p.name || '<unset>'}\t${p.port ?? '<unset>'}\t${p.protocol ?? 'TCP'}\n`);
  }
  if (!s.endpoints?.length) w.write(0, 'Endpoints: <none>\n');
  else {
    w.write(0, 'Endpoints:\n');
    for (const e of s.endpoints) {
      w.write(1, `- Addresses:\t${(e.addresses ?? []).join(', ') || '<none>'}\n`);
      w.write(2, 'Conditions:\n');
      w.write(3, `Ready:\t${e.conditions?.ready === undefined ? '<unset>' : String(e.conditions.ready)}\n`);
      w.write(2, `Hostname:\t${e.hostname ?? '<unset>'}\n`);
      if (e.targetRef) w.write(2, `TargetRef:\t${e.targetRef.kind}/${e.targetRef.name}\n`);
      w.write(2, `NodeName:\t${e.nodeName ?? '<unset>'}\n`);
      w.write(2, `Zone:\t${e.zone ?? '<unset>'}\n`);
    }
  }
  describeEvents(w, eventsFor(store, s), now);
  return w.toString();
}

function backendText(store: KubeStore, ns: string, b: Any): string {
  if (b?.service) {
    const port = b.service.port?.number ? String(b.service.port.number) : (b.service.port?.name ?? '');
    const sb = `${b.service.name}:${port}`;
    const svc = store.get('Service', ns, b.service.name);
    if (!svc) return `${sb} (<error: services "${b.service.name}" not found>)`;
    let spName = '';
    for (const sp of svc.spec?.ports ?? []) {
      if (b.service.port?.number && b.service.port.number === sp.port) spName = sp.name ?? '';
      else if (b.service.port?.name && b.service.port.name === sp.name) spName = sp.name ?? '';
    }
    return `${sb} (${formatEndpointSlices(slicesFor(store, ns, b.service.name), spName)})`;
  }
  if (b?.resource)
    return `APIGroup: ${b.resource.apiGroup ?? '<none>'}, Kind: ${b.resource.kind}, Name: ${b.resource.name}`;
  return '';
}

export function describeIngress(store: KubeStore, ing: KObject, now: number): string {
  const w = new DescribeWriter();
  const ns = ing.metadata.namespace ?? 'default';
  const spec = ing.spec ?? {};
  w.write(0, `Name:\t${ing.metadata.name}\n`);
  labelsMultiline(w, 'Labels', ing.metadata.labels);
  w.write(0, `Namespace:\t${ns}\n`);
  const addrs = [
    ...new Set(
      ((ing.status?.loadBalancer?.ingress ?? []) as Any[]).map((i) => i.ip || i.hostname).filter(Boolean),
    ),
  ].sort();
  w.write(0, `Address:\t${addrs.join(',')}\n`);
  w.write(0, `Ingress Class:\t${spec.ingressClassName ?? '<none>'}\n`);
  const def = spec.defaultBackend ? backendText(store, ns, spec.defaultBackend) : '<default>';
  w.write(0, `Default backend:\t${def}\n`);
  if (spec.tls?.length) {
    w.write(0, 'TLS:\n');
    for (const t of spec.tls)
      w.write(
        1,
        t.secretName
          ? `${t.secretName} terminates ${(t.hosts ?? []).join(',')}\n`
          : `SNI routes ${(t.hosts ?? []).join(',')}\n`,
      );
  }
  w.write(0, 'Rules:\n  Host\tPath\tBackends\n');
  w.write(1, '----\t----\t--------\n');
  let count = 0;
  for (const r of spec.rules ?? []) {
    if (!r.http) continue;
    count++;
    w.write(1, `${r.host || '*'}\t\n`);
    for (const p of r.http.paths ?? [])
      w.write(2, `\t${p.path ?? ''} \t${backendText(store, ns, p.backend)}\n`);
  }
  if (count === 0) w.write(1, `*\t*\t${def}\n`);
  annotationsMultiline(w, 'Annotations', ing.metadata.annotations);
  describeEvents(w, eventsFor(store, ing), now);
  return w.toString();
}

export function describeIngressClass(store: KubeStore, ic: KObject, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ic.metadata.name}\n`);
  labelsMultiline(w, 'Labels', ic.metadata.labels);
  annotationsMultiline(w, 'Annotations', ic.metadata.annotations);
  w.write(0, `Controller:\t${ic.spec?.controller ?? ''}\n`);
  const p = ic.spec?.parameters;
  if (p) {
    w.write(0, 'Parameters:\n');
    if (p.apiGroup) w.write(1, `APIGroup:\t${p.apiGroup}\n`);
    w.write(1, `Kind:\t${p.kind}\n`);
    w.write(1, `Name:\t${p.name}\n`);
  }
  describeEvents(w, eventsFor(store, ic), now);
  return w.toString();
}

function peers(w: DescribeWriter, list: Any[], word: 'From' | 'To', indent: string): void {
  for (const peer of list) {
    w.write(0, `${indent}${word}:\n`);
    if (peer.podSelector && peer.namespaceSelector) {
      w.write(1, `${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
      w.write(1, `${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
    } else if (peer.podSelector)
      w.write(1, `${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
    else if (peer.namespaceSelector)
      w.write(1, `${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
    else if (peer.ipBlock) {
      w.write(1, `${indent}IPBlock:\n`);
      w.write(2, `${indent}CIDR: ${peer.ipBlock.cidr}\n`);
      w.write(2, `${indent}Except: ${(peer.ipBlock.except ?? []).join(', ')}\n`);
    }
  }
}

function policyRules(w: DescribeWriter, rules: Any[] | undefined, dir: 'ingress' | 'egress'): void {
  const indent = '    ';
  if (!rules?.length) {
    w.write(0, `${indent}<none> (Selected pods are isolated for ${dir} connectivity)\n`);
    return;
  }
  rules.forEach((r, i) => {
    if (!r.ports?.length) w.write(0, `${indent}To Port: <any> (traffic allowed to all ports)\n`);
    for (const p of r.ports ?? []) {
      const proto = p.protocol ?? 'TCP';
      w.write(
        0,
        p.endPort === undefined
          ? `${indent}To Port: ${p.port ?? ''}/${proto}\n`
          : `${indent}To Port Range: ${p.port}-${p.endPort}/${proto}\n`,
      );
    }
    const list = dir === 'ingress' ? r.from : r.to;
    if (!list?.length)
      w.write(
        0,
        dir === 'ingress'
          ? `${indent}From: <any> (traffic not restricted by source)\n`
          : `${indent}To: <any> (traffic not restricted by destination)\n`,
      );
    else peers(w, list, dir === 'ingress' ? 'From' : 'To', indent);
    if (i !== rules.length - 1) w.write(0, `${indent}----------\n`);
  });
}

export function describeNetworkPolicy(np: KObject): string {
  const w = new DescribeWriter();
  const spec = np.spec ?? {};
  w.write(0, `Name:\t${np.metadata.name}\n`);
  w.write(0, `Namespace:\t${np.metadata.namespace}\n`);
  w.write(0, `Created on:\t${goTimeString(np.metadata.creationTimestamp)}\n`);
  labelsMultiline(w, 'Labels', np.metadata.labels);
  annotationsMultiline(w, 'Annotations', np.metadata.annotations);
  w.write(0, 'Spec:\n');
  w.write(1, 'PodSelector: ');
  const ps = spec.podSelector ?? {};
  if (!Object.keys(ps.matchLabels ?? {}).length && !(ps.matchExpressions ?? []).length)
    w.write(2, '<none> (Allowing the specific traffic to all pods in this namespace)\n');
  else w.write(2, `${formatLabelSelector(ps)}\n`);
  const types: string[] = spec.policyTypes ?? [];
  if (types.includes('Ingress')) {
    w.write(1, 'Allowing ingress traffic:\n');
    policyRules(w, spec.ingress, 'ingress');
  } else w.write(1, 'Not affecting ingress traffic\n');
  if (types.includes('Egress')) {
    w.write(1, 'Allowing egress traffic:\n');
    policyRules(w, spec.egress, 'egress');
  } else w.write(1, 'Not affecting egress traffic\n');
  w.write(1, `Policy Types: ${types.length ? types.join(', ') : '<none>'}\n`);
  return w.toString();
}

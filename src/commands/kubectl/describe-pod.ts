/** kubectl describe for pods, and the container/volume/template sections other describers share. */
import type { KObject, KubeStore } from '../../kube/store.js';
import {
  annotationsMultiline,
  controllerOf,
  DescribeWriter,
  describeEvents,
  eventsFor,
  labelsMultiline,
  stringOrNone,
  tolerationsMultiline,
} from './describe-writer.js';
import { ageOf, rfc1123z } from './human-duration.js';
import { podQos } from './quantity.js';
import { formatLabelSelector } from './table-types.js';

// biome-ignore lint/suspicious/noExplicitAny: pod specs are open JSON
type Any = any;

function ports(ps: Any[] | undefined, host: boolean): string {
  return (ps ?? [])
    .map((p) => `${host ? (p.hostPort ?? 0) : p.containerPort}/${p.protocol ?? 'TCP'}`)
    .join(', ');
}

function describeState(w: DescribeWriter, name: string, st: Any): void {
  if (st?.running) {
    w.write(2, `${name}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(st.running.startedAt)}\n`);
  } else if (st?.waiting) {
    w.write(2, `${name}:\tWaiting\n`);
    if (st.waiting.reason) w.write(3, `Reason:\t${st.waiting.reason}\n`);
  } else if (st?.terminated) {
    const t = st.terminated;
    w.write(2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if (t.signal > 0) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else w.write(2, `${name}:\tWaiting\n`);
}

function describeResources(w: DescribeWriter, r: Any, level: number): void {
  for (const field of ['limits', 'requests']) {
    const m = r?.[field] ?? {};
    const keys = Object.keys(m).sort();
    if (keys.length) w.write(level, `${field === 'limits' ? 'Limits' : 'Requests'}:\n`);
    for (const k of keys) w.write(level + 1, `${k}:\t${m[k]}\n`);
  }
}

function probeText(p: Any): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const h = p.httpGet;
    const scheme = String(h.scheme ?? 'HTTP').toLowerCase();
    return `http-get ${scheme}://${h.host ?? ''}:${h.port}${h.path ?? ''} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function fieldValue(pod: Any, path: string): string {
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (m) return pod?.metadata?.[m[1] as string]?.[m[2] as string] ?? '';
  const table: Record<string, unknown> = {
    'metadata.name': pod?.metadata?.name,
    'metadata.namespace': pod?.metadata?.namespace,
    'metadata.uid': pod?.metadata?.uid,
    'spec.nodeName': pod?.spec?.nodeName,
    'spec.serviceAccountName': pod?.spec?.serviceAccountName,
    'status.podIP': pod?.status?.podIP,
    'status.hostIP': pod?.status?.hostIP,
  };
  return pod ? String(table[path] ?? '') : '';
}

function resourceValue(c: Any, resource: string): string {
  const [kind, name] = resource.split('.') as [string, string];
  const v = c.resources?.[kind]?.[name];
  if (v === undefined) return kind === 'limits' ? 'node allocatable' : '0';
  return String(v);
}

function describeEnv(w: DescribeWriter, c: Any, pod: Any): void {
  if (c.envFrom?.length) {
    w.write(2, 'Environment Variables from:\n');
    for (const e of c.envFrom) {
      const [from, ref] = e.configMapRef ? ['ConfigMap', e.configMapRef] : ['Secret', e.secretRef ?? {}];
      const opt = ref.optional === true;
      w.write(
        3,
        e.prefix
          ? `${ref.name}\t${from} with prefix '${e.prefix}'\tOptional: ${opt}\n`
          : `${ref.name}\t${from}\tOptional: ${opt}\n`,
      );
    }
  }
  w.write(2, `Environment:${c.env?.length ? '' : '\t<none>'}\n`);
  for (const e of c.env ?? []) {
    const vf = e.valueFrom;
    if (!vf) {
      String(e.value ?? '')
        .split('\n')
        .forEach((s, i) => {
          w.write(3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`);
        });
    } else if (vf.fieldRef)
      w.write(
        3,
        `${e.name}:\t${fieldValue(pod, vf.fieldRef.fieldPath)} (${vf.fieldRef.apiVersion ?? 'v1'}:${vf.fieldRef.fieldPath})\n`,
      );
    else if (vf.resourceFieldRef)
      w.write(
        3,
        `${e.name}:\t${resourceValue(c, vf.resourceFieldRef.resource)} (${vf.resourceFieldRef.resource})\n`,
      );
    else if (vf.secretKeyRef)
      w.write(
        3,
        `${e.name}:\t<set to the key '${vf.secretKeyRef.key}' in secret '${vf.secretKeyRef.name}'>\tOptional: ${vf.secretKeyRef.optional === true}\n`,
      );
    else if (vf.configMapKeyRef)
      w.write(
        3,
        `${e.name}:\t<set to the key '${vf.configMapKeyRef.key}' of config map '${vf.configMapKeyRef.name}'>\tOptional: ${vf.configMapKeyRef.optional === true}\n`,
      );
  }
}

/** describeContainers (statuses undefined for templates). */
export function describeContainers(
  w: DescribeWriter,
  label: string,
  containers: Any[],
  statuses: Any[] | undefined,
  space: string,
  pod?: Any,
): void {
  w.write(0, `${space}${label}:${containers.length ? '' : ' <none>'}\n`);
  const nameIndent = space ? ' ' : '';
  for (const c of containers) {
    const st = statuses?.find((s) => s.name === c.name);
    w.write(1, `${nameIndent}${c.name}:\n`);
    if (st) w.write(2, `Container ID:\t${st.containerID ?? ''}\n`);
    w.write(2, `Image:\t${c.image ?? ''}\n`);
    if (st) w.write(2, `Image ID:\t${st.imageID ?? ''}\n`);
    const p = ports(c.ports, false);
    w.write(2, p.includes(',') ? `Ports:\t${p}\n` : `Port:\t${stringOrNone(p)}\n`);
    const hp = ports(c.ports, true);
    w.write(2, hp.includes(',') ? `Host Ports:\t${hp}\n` : `Host Port:\t${stringOrNone(hp)}\n`);
    for (const [field, title] of [
      ['command', 'Command'],
      ['args', 'Args'],
    ] as const) {
      if (!c[field]?.length) continue;
      w.write(2, `${title}:\n`);
      for (const a of c[field]) for (const s of String(a).split('\n')) w.write(3, `${s}\n`);
    }
    if (st) {
      describeState(w, 'State', st.state);
      if (st.lastState?.terminated) describeState(w, 'Last State', st.lastState);
      w.write(2, `Ready:\t${st.ready ? 'True' : 'False'}\n`);
      w.write(2, `Restart Count:\t${st.restartCount ?? 0}\n`);
    }
    describeResources(w, c.resources, 2);
    if (c.livenessProbe) w.write(2, `Liveness:\t${probeText(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(2, `Readiness:\t${probeText(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(2, `Startup:\t${probeText(c.startupProbe)}\n`);
    describeEnv(w, c, pod);
    const mounts = [...(c.volumeMounts ?? [])].sort((a, b) =>
      a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0,
    );
    w.write(2, `Mounts:${mounts.length ? '' : '\t<none>'}\n`);
    for (const m of mounts) {
      const flags = [m.readOnly ? 'ro' : 'rw'];
      if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
      w.write(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
    }
  }
}

function volumeSource(w: DescribeWriter, v: Any): void {
  if (v.hostPath)
    w.write(
      2,
      `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type ?? ''}\n`,
    );
  else if (v.emptyDir)
    w.write(
      2,
      `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`,
    );
  else if (v.secret)
    w.write(
      2,
      `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName}\n    Optional:\t${v.secret.optional === true}\n`,
    );
  else if (v.configMap)
    w.write(
      2,
      `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name}\n    Optional:\t${v.configMap.optional === true}\n`,
    );
  else if (v.persistentVolumeClaim)
    w.write(
      2,
      `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`,
    );
  else if (v.nfs)
    w.write(
      2,
      `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${v.nfs.server}\n    Path:\t${v.nfs.path}\n    ReadOnly:\t${v.nfs.readOnly === true}\n`,
    );
  else if (v.downwardAPI) {
    w.write(2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
    for (const it of v.downwardAPI.items ?? []) {
      if (it.fieldRef) w.write(3, `${it.fieldRef.fieldPath} -> ${it.path}\n`);
      if (it.resourceFieldRef) w.write(3, `${it.resourceFieldRef.resource} -> ${it.path}\n`);
    }
  } else if (v.projected) {
    w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
    for (const s of v.projected.sources ?? []) {
      if (s.secret)
        w.write(
          2,
          `SecretName:\t${s.secret.name}\n    SecretOptionalName:\t${s.secret.optional ?? '<nil>'}\n`,
        );
      else if (s.downwardAPI) w.write(2, 'DownwardAPI:\ttrue\n');
      else if (s.configMap)
        w.write(
          2,
          `ConfigMapName:\t${s.configMap.name}\n    ConfigMapOptional:\t${s.configMap.optional ?? '<nil>'}\n`,
        );
      else if (s.serviceAccountToken)
        w.write(2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3607}\n`);
    }
  } else w.write(1, '<unknown>\n');
}

export function describeVolumes(w: DescribeWriter, volumes: Any[] | undefined, space: string): void {
  if (!volumes?.length) {
    w.write(0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(1, `${space ? ' ' : ''}${v.name}:\n`);
    volumeSource(w, v);
  }
}

/** DescribePodTemplate */
export function describePodTemplate(w: DescribeWriter, t: Any): void {
  w.write(0, 'Pod Template:\n');
  if (!t) {
    w.write(1, '<unset>');
    return;
  }
  labelsMultiline(w, '  Labels', t.metadata?.labels);
  if (t.metadata?.annotations && Object.keys(t.metadata.annotations).length)
    annotationsMultiline(w, '  Annotations', t.metadata.annotations);
  const spec = t.spec ?? {};
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers?.length)
    describeContainers(w, 'Init Containers', spec.initContainers, undefined, '  ');
  describeContainers(w, 'Containers', spec.containers ?? [], undefined, '  ');
  describeVolumes(w, spec.volumes, '  ');
  if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  labelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  tolerationsMultiline(w, '  Tolerations', spec.tolerations);
}

export function describePod(store: KubeStore, pod: KObject, now: number): string {
  const w = new DescribeWriter();
  const spec = pod.spec ?? {};
  const st = pod.status ?? {};
  w.write(0, `Name:\t${pod.metadata.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace}\n`);
  if (spec.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${st.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  labelsMultiline(w, 'Labels', pod.metadata.labels);
  annotationsMultiline(w, 'Annotations', pod.metadata.annotations);
  if (pod.metadata.deletionTimestamp && st.phase !== 'Failed' && st.phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${ageOf(pod.metadata.deletionTimestamp, now)})\n`);
    w.write(
      0,
      `Termination Grace Period:\t${(pod.metadata as { deletionGracePeriodSeconds?: number }).deletionGracePeriodSeconds ?? 30}s\n`,
    );
  } else w.write(0, `Status:\t${st.phase ?? ''}\n`);
  if (st.reason) w.write(0, `Reason:\t${st.reason}\n`);
  if (st.message) w.write(0, `Message:\t${st.message}\n`);
  if (spec.securityContext?.seccompProfile)
    w.write(0, `SeccompProfile:\t${spec.securityContext.seccompProfile.type}\n`);
  w.write(0, `IP:\t${st.podIP ?? ''}\n`);
  if (st.podIPs?.length) {
    w.write(0, 'IPs:\n');
    for (const ip of st.podIPs) w.write(1, `IP:\t${ip.ip}\n`);
  } else w.write(0, 'IPs:\t<none>\n');
  const ctl = controllerOf(pod);
  if (ctl) w.write(0, `Controlled By:\t${ctl}\n`);
  if (st.nominatedNodeName) w.write(0, `NominatedNodeName:\t${st.nominatedNodeName}\n`);
  if (spec.initContainers?.length)
    describeContainers(w, 'Init Containers', spec.initContainers, st.initContainerStatuses ?? [], '', pod);
  describeContainers(w, 'Containers', spec.containers ?? [], st.containerStatuses ?? [], '', pod);
  if (spec.readinessGates?.length) {
    w.write(0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of spec.readinessGates) {
      const c = (st.conditions ?? []).find((x: Any) => x.type === g.conditionType);
      w.write(1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`);
    }
  }
  if (st.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of st.conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(w, spec.volumes, '');
  w.write(0, `QoS Class:\t${podQos(pod)}\n`);
  labelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  tolerationsMultiline(w, 'Tolerations', spec.tolerations);
  if (spec.topologySpreadConstraints?.length) {
    const t = [...spec.topologySpreadConstraints].sort((a: Any, b: Any) =>
      a.topologyKey < b.topologyKey ? -1 : 1,
    );
    w.write(0, 'Topology Spread Constraints:\t');
    t.forEach((c: Any, i: number) => {
      if (i) w.write(0, '\t');
      w.write(
        0,
        `${c.topologyKey}:${c.whenUnsatisfiable} when max skew ${c.maxSkew} is exceeded${c.labelSelector ? ` for selector ${formatLabelSelector(c.labelSelector)}` : ''}\n`,
      );
    });
  }
  const mirror = pod.metadata.annotations?.['kubernetes.io/config.mirror'];
  describeEvents(w, eventsFor(store, pod, { anyKind: true, ...(mirror ? { uidAlso: mirror } : {}) }), now);
  return w.toString();
}

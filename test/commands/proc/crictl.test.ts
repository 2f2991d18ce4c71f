/**
 * crictl v1.32.0 on the cluster's nodes. The tables are cri-tools'
 * tabwriter(minwidth 20, tabwidth 1, padding 3) layouts (cmd/crictl
 * display.go) with the columns of container.go/sandbox.go/image.go in
 * v1.32 (NAMESPACE added to `ps` in v1.32); ids are cut to 13 characters,
 * CREATED is go-units' HumanDuration + " ago"; errors are logrus lines.
 */
import { describe, expect, it } from 'vitest';
import { imageOf } from '../../../src/commands/proc/crictl-data.js';
import { caseSession } from '../../helpers.js';
import { cluster, container, l, ok, run, sandbox } from './proc-helpers.js';

const t13 = (id: string) => id.replace(/^sha256:/, '').slice(0, 13);

describe('crictl on node01', () => {
  it('ps: running containers, newest first; -q prints full ids; --name filters by regex', () => {
    const s = cluster();
    ok(s, 'ssh node01');
    const flannel = sandbox(s, 'kube-flannel-ds', 'node01');
    const proxy = sandbox(s, 'kube-proxy', 'node01');
    const fc = container(s, 'kube-flannel-ds', undefined, 'node01');
    const pc = container(s, 'kube-proxy', undefined, 'node01');
    const pod = Math.max(20, flannel.name.length + 3, proxy.name.length + 3);
    const row = (c: typeof fc, sb: typeof flannel, name: string, ns: string) =>
      `${l(t13(c.id), 20)}${l(t13(imageOf(c.image).id), 20)}${l('14 minutes ago', 20)}${l('Running', 20)}${l(name, 20)}${l('0', 20)}${l(t13(sb.id), 20)}${l(sb.name, pod)}${ns}\n`;
    expect(run(s, 'crictl ps')).toEqual({
      out: `${l('CONTAINER', 20)}${l('IMAGE', 20)}${l('CREATED', 20)}${l('STATE', 20)}${l('NAME', 20)}${l('ATTEMPT', 20)}${l('POD ID', 20)}${l('POD', pod)}NAMESPACE\n${[
        [fc, flannel, 'kube-flannel', 'kube-flannel'] as const,
        [pc, proxy, 'kube-proxy', 'kube-system'] as const,
      ]
        .sort((a, b) => (a[0].id < b[0].id ? -1 : 1))
        .map(([c, sb, name, ns]) => row(c, sb, name, ns))
        .join('')}`,
      err: '',
      exit: 0,
    });
    expect(ok(s, 'crictl ps -q --name proxy')).toBe(`${pc.id}\n`);
    expect(ok(s, 'crictl ps -aq --name "^kube-f"')).toBe(`${fc.id}\n`);
    expect(run(s, 'crictl ps --state foo')).toEqual({
      out: '',
      err: 'time="2026-11-21T09:00:00Z" level=fatal msg="listing containers: --state should be one of created, running, exited or unknown"\n',
      exit: 1,
    });
  });

  it('pods: sandboxes with Ready state, namespace, attempt and runtime', () => {
    const s = cluster();
    ok(s, 'ssh node01');
    const sbs = [sandbox(s, 'kube-flannel-ds', 'node01'), sandbox(s, 'kube-proxy', 'node01')];
    const w = Math.max(20, ...sbs.map((x) => x.name.length + 3));
    const lines = ok(s, 'crictl pods').split('\n');
    expect(lines[0]).toBe(
      `${l('POD ID', 20)}${l('CREATED', 20)}${l('STATE', 20)}${l('NAME', w)}${l('NAMESPACE', 20)}${l('ATTEMPT', 20)}RUNTIME`,
    );
    expect(lines).toContain(
      `${l(t13(sbs[1]?.id ?? ''), 20)}${l('14 minutes ago', 20)}${l('Ready', 20)}${l(sbs[1]?.name ?? '', w)}${l('kube-system', 20)}${l('0', 20)}(default)`,
    );
    expect(ok(s, 'crictl pods --namespace kube-flannel -q')).toBe(`${sbs[0]?.id}\n`);
  });

  it('images: kube-proxy, flannel and its CNI plugin image, pause; sizes as HumanSize with 3 digits', () => {
    const s = cluster();
    ok(s, 'ssh node01');
    const refs = [
      'ghcr.io/flannel-io/flannel-cni-plugin:v1.6.2-flannel1',
      'ghcr.io/flannel-io/flannel:v0.26.4',
      'registry.k8s.io/kube-proxy:v1.32.0',
      'registry.k8s.io/pause:3.10',
    ];
    const sizes = ['4.86MB', '32.1MB', '30.9MB', '320kB'];
    const w = 'ghcr.io/flannel-io/flannel-cni-plugin'.length + 3;
    expect(ok(s, 'crictl images')).toBe(
      `${l('IMAGE', w)}${l('TAG', 20)}${l('IMAGE ID', 20)}SIZE\n${refs
        .map((ref, i) => {
          const img = imageOf(ref);
          return `${l(img.repo, w)}${l(img.tag, 20)}${l(t13(img.id), 20)}${sizes[i]}\n`;
        })
        .join('')}`,
    );
  });

  it('inspect: sorted JSON with info.pid (the host pid), the config and the runtime spec', () => {
    const s = cluster();
    ok(s, 'kubectl run bb --image=busybox -- sh -c "echo hello; sleep 3600"');
    ok(s, 'ssh node01');
    const c = container(s, 'bb');
    const doc = JSON.parse(ok(s, `crictl inspect ${c.id.slice(0, 6)}`));
    expect(Object.keys(doc)).toEqual(['info', 'status']);
    expect(doc.info.pid).toBe(c.pid);
    expect(doc.info.sandboxID).toBe(sandbox(s, 'bb').id);
    expect(doc.info.config.args).toEqual(['sh', '-c', 'echo hello; sleep 3600']);
    expect(doc.info.runtimeSpec.linux.namespaces).toContainEqual({
      path: `/proc/${sandbox(s, 'bb').pausePid}/ns/net`,
      type: 'network',
    });
    expect(doc.status.state).toBe('CONTAINER_RUNNING');
    expect(doc.status.metadata).toEqual({ attempt: 0, name: 'bb' });
    expect(doc.status.logPath).toBe(`/var/log/pods/default_bb_${sandbox(s, 'bb').podUid}/bb/0.log`);
    expect(ok(s, `crictl inspect -o go-template --template '{{.info.pid}}' ${c.id}`)).toBe(`${c.pid}\n`);
    const text = ok(s, `crictl inspect ${c.id}`);
    expect(text.startsWith('{\n  "info": {\n    "config": {\n      "annotations": {\n')).toBe(true);
  });

  it('inspectp: the network namespace under /var/run/netns and the pod IP', () => {
    const s = cluster();
    ok(s, 'kubectl run bb --image=busybox -- sleep 3600');
    ok(s, 'ssh node01');
    const sb = sandbox(s, 'bb');
    const doc = JSON.parse(ok(s, `crictl inspectp ${sb.id.slice(0, 13)}`));
    expect(doc.status.network).toEqual({ additionalIps: [], ip: sb.ip });
    expect(doc.info.runtimeSpec.linux.namespaces).toContainEqual({
      path: `/var/run/netns/${sb.netnsName}`,
      type: 'network',
    });
    expect(sb.netnsName).toMatch(/^cni-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ok(s, `ip netns list | grep -c ${sb.netnsName}`)).toBe('1\n');
  });

  it('logs and exec run against the container', () => {
    const s = cluster();
    ok(s, 'kubectl run bb --image=busybox -- sh -c "echo hello; sleep 3600"');
    ok(s, 'ssh node01');
    const id = container(s, 'bb').id;
    expect(ok(s, `crictl logs ${id}`)).toBe('hello\n');
    expect(ok(s, `crictl exec -it ${id} hostname`)).toBe('bb\n');
    expect(ok(s, `crictl exec ${id} cat /etc/hostname`)).toBe('bb\n');
    expect(run(s, 'crictl logs nosuch')).toEqual({
      out: '',
      err: 'time="2026-11-21T09:00:00Z" level=fatal msg="rpc error: code = NotFound desc = an error occurred when try to find container \\"nosuch\\": not found"\n',
      exit: 1,
    });
  });

  it('info: runtime and network conditions as sorted JSON', () => {
    const s = cluster();
    const doc = JSON.parse(ok(s, 'crictl info'));
    expect(Object.keys(doc)).toEqual([
      'cniconfig',
      'config',
      'golang',
      'lastCNILoadStatus',
      'lastCNILoadStatus.default',
      'status',
    ]);
    expect(
      doc.status.conditions.map((c: { type: string; status: boolean }) => `${c.type}=${c.status}`),
    ).toEqual(['RuntimeReady=true', 'NetworkReady=true', 'ContainerdHasNoDeprecationWarnings=true']);
    expect(doc.config.sandboxImage).toBe('registry.k8s.io/pause:3.10');
  });

  it('version, unknown commands and flags', () => {
    const s = cluster();
    expect(ok(s, 'crictl version')).toBe(
      'Version:  0.1.0\nRuntimeName:  containerd\nRuntimeVersion:  v1.7.24\nRuntimeApiVersion:  v1\n',
    );
    expect(ok(s, 'crictl --version')).toBe('crictl version v1.32.0\n');
    expect(run(s, 'crictl foo')).toEqual({ out: '', err: "No help topic for 'foo'\n", exit: 3 });
    const bad = run(s, 'crictl ps --foo');
    expect(
      bad.out.startsWith(
        'Incorrect Usage: flag provided but not defined: -foo\n\nNAME:\n   crictl ps - List containers\n',
      ),
    ).toBe(true);
    expect(bad.err).toBe(
      'time="2026-11-21T09:00:00Z" level=fatal msg="flag provided but not defined: -foo"\n',
    );
    expect(bad.exit).toBe(1);
  });
});

describe('crictl without a runtime', () => {
  const refused = (ep: string) =>
    `validate service connection: validate CRI v1 runtime API for endpoint \\"${ep}\\": rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix ${ep.replace('unix://', '')}: connect: no such file or directory\\"`;

  it('a stopped containerd: the configured endpoint does not answer, and the node goes NotReady', () => {
    const s = cluster();
    ok(s, 'ssh node01');
    ok(s, 'systemctl stop containerd');
    expect(run(s, 'crictl ps')).toEqual({
      out: '',
      err: `time="2026-11-21T09:00:00Z" level=fatal msg="${refused('unix:///var/run/containerd/containerd.sock')}"\n`,
      exit: 1,
    });
    run(s, 'exit');
    expect(
      ok(s, 'kubectl get node node01 -o jsonpath=\'{.status.conditions[?(@.type=="Ready")].message}\''),
    ).toBe('container runtime is down');
  });

  it('a host without containerd or /etc/crictl.yaml: warnings, each default endpoint fails', () => {
    const s = caseSession(['eth0: 192.168.1.10/24']);
    const res = run(s, 'crictl ps');
    const t = 'time="2026-11-21T09:00:00Z"';
    const eps = [
      'unix:///run/containerd/containerd.sock',
      'unix:///run/crio/crio.sock',
      'unix:///var/run/cri-dockerd.sock',
    ];
    expect(res.exit).toBe(1);
    expect(res.err.split('\n')[0]).toMatch(
      /^time="[^"]+" level=warning msg="Config \\"\/etc\/crictl.yaml\\" does not exist, trying next: \\"\/usr\/bin\/crictl.yaml\\""$/,
    );
    expect(res.err.replace(/time="[^"]+"/g, t)).toBe(
      `${t} level=warning msg="Config \\"/etc/crictl.yaml\\" does not exist, trying next: \\"/usr/bin/crictl.yaml\\""\n${t} level=warning msg="runtime connect using default endpoints: [${eps.join(' ')}]. As the default settings are now deprecated, you should set the endpoint instead."\n${eps.map((ep) => `${t} level=error msg="${refused(ep)}"\n`).join('')}${t} level=fatal msg="${refused(eps[2] as string)}"\n`,
    );
  });

  it('on a terminal logrus prints coloured short levels', () => {
    const s = cluster({ tty: 80 });
    ok(s, 'ssh node01');
    ok(s, 'systemctl stop containerd');
    const msg = refused('unix:///var/run/containerd/containerd.sock').replace(/\\"/g, '"');
    expect(run(s, 'crictl pods').err).toBe(`\x1b[31mFATA\x1b[0m[0000] ${msg} \n`);
  });
});

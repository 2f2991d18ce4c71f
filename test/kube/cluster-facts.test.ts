/**
 * The facts a CKA practice test asks about, read from the default world
 * and the weave world with the commands a candidate types.
 */
import { describe, expect, it } from 'vitest';
import { buildClusterWorld } from '../../src/kube/build/cluster-world.js';
import { DEFAULT_CLUSTER } from '../../src/kube/cluster.js';
import { Session } from '../../src/session.js';

function session(cni: 'flannel' | 'weave' | 'none' = 'flannel'): Session {
  return new Session(buildClusterWorld({ ...DEFAULT_CLUSTER, cni }), { mode: 'script' });
}

function out(s: Session, line: string): string {
  const r = s.exec(line);
  if (r.exitCode !== 0) throw new Error(`${line} failed (${r.exitCode}): ${r.stderr}`);
  return r.stdout;
}

describe('the default world (flannel)', () => {
  const s = session();

  it('nodes are Ready with their InternalIPs, and each node has that address and MAC on eth0', () => {
    expect(out(s, "kubectl get nodes -o wide | awk 'NR>1 {print $1, $2, $6}'")).toBe(
      'controlplane Ready 192.168.121.10\nnode01 Ready 192.168.121.11\n',
    );
    expect(out(s, 'ip -br link show eth0')).toBe(
      'eth0             UP             02:42:c0:a8:79:0a <BROADCAST,MULTICAST,UP,LOWER_UP> \n',
    );
    expect(out(s, "ip -4 -o addr show eth0 | awk '{print $4}'")).toBe('192.168.121.10/24\n');
    out(s, 'ssh node01');
    expect(out(s, "ip -4 -o addr show eth0 | awk '{print $4}'")).toBe('192.168.121.11/24\n');
    expect(out(s, "ip link show eth0 | awk '/ether/ {print $2}'")).toBe('02:42:c0:a8:79:0b\n');
    expect(out(s, 'hostname')).toBe('node01\n');
    out(s, 'exit');
    expect(out(s, 'hostname')).toBe('controlplane\n');
  });

  it('the bridge is cni0 with the first address of the node subnet, flannel.1 is a VXLAN with VNI 1', () => {
    expect(out(s, 'ip -br addr show cni0')).toMatch(/^cni0 +UP +10\.244\.0\.1\/24 /);
    expect(out(s, 'ip -d link show flannel.1')).toContain(
      'vxlan id 1 local 192.168.121.10 dev eth0 srcport 0 0 dstport 8472 nolearning',
    );
    expect(out(s, 'ip route show 10.244.1.0/24')).toBe(
      '10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink \n',
    );
    expect(out(s, 'cat /run/flannel/subnet.env')).toBe(
      'FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.0.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n',
    );
    expect(out(s, 'ls /etc/cni/net.d')).toBe('10-flannel.conflist\n');
  });

  it('pod and service ranges come from the manifests and the kube-proxy ConfigMap', () => {
    expect(out(s, 'grep service-cluster-ip-range /etc/kubernetes/manifests/kube-apiserver.yaml')).toBe(
      '    - --service-cluster-ip-range=10.96.0.0/12\n',
    );
    expect(out(s, 'grep cluster-cidr /etc/kubernetes/manifests/kube-controller-manager.yaml')).toBe(
      '    - --cluster-cidr=10.244.0.0/16\n',
    );
    expect(out(s, 'kubectl -n kube-system get cm kube-proxy -o yaml | grep clusterCIDR')).toBe(
      '    clusterCIDR: 10.244.0.0/16\n',
    );
    expect(out(s, "kubectl get svc -n kube-system kube-dns | awk 'NR>1 {print $3}'")).toBe('10.96.0.10\n');
  });

  it('kube-proxy runs as a DaemonSet with one pod per node', () => {
    expect(out(s, "kubectl get ds -n kube-system | awk '{print $1, $2, $4}'")).toBe(
      'NAME DESIRED READY\nkube-proxy 2 2\n',
    );
  });

  it("a pod on node01 gets an address from node01's subnet and cni0 as its default gateway", () => {
    out(s, 'kubectl run test --image=busybox -- sleep 3600');
    expect(out(s, "kubectl get pod test -o wide | awk 'NR>1 {print $6, $7}'")).toBe('10.244.1.2 node01\n');
    expect(out(s, 'kubectl exec test -- ip route')).toBe(
      // BusyBox ip: no proto, two spaces before src
      'default via 10.244.1.1 dev eth0 \n10.244.0.0/16 via 10.244.1.1 dev eth0 \n10.244.1.0/24 dev eth0 scope link  src 10.244.1.2 \n',
    );
    expect(out(s, 'kubectl exec test -- cat /etc/resolv.conf')).toBe(
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    );
    // the pod reaches CoreDNS on the other node over flannel's VXLAN, through kube-proxy's DNAT
    expect(out(s, 'kubectl exec test -- ping -c 1 10.244.0.2')).toContain(
      '1 packets transmitted, 1 packets received, 0% packet loss',
    );
  });

  it('nslookup mysql.payroll from a dnsutils pod prints what the real BIND nslookup prints', () => {
    out(s, 'kubectl create namespace payroll');
    out(s, 'kubectl -n payroll create service clusterip mysql --tcp=3306:3306');
    const ip = out(s, 'kubectl -n payroll get svc mysql -o jsonpath={.spec.clusterIP}');
    out(s, 'kubectl run dns --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 -- sleep 3600');
    const r = s.exec('kubectl exec dns -- nslookup mysql.payroll');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tmysql.payroll.svc.cluster.local\nAddress: ${ip}\n\n`,
    );
  });

  it('curl reaches a Service by its short and qualified names; .pod and a truncated domain do not resolve', () => {
    out(s, 'kubectl run web --image=nginx');
    out(s, 'kubectl expose pod web --port 80 --name web-service');
    out(s, 'kubectl run client --image=curlimages/curl -- sleep 3600');
    for (const name of [
      'web-service',
      'web-service.default',
      'web-service.default.svc',
      'web-service.default.svc.cluster.local',
    ]) {
      expect(out(s, `kubectl exec client -- curl -s ${name} | grep title`)).toBe(
        '<title>Welcome to nginx!</title>\n',
      );
    }
    for (const name of ['web-service.default.pod', 'web-service.default.svc.cluster']) {
      const r = s.exec(`kubectl exec client -- curl -sS ${name}`);
      expect(r.exitCode).toBe(6);
      expect(r.stderr).toContain(`curl: (6) Could not resolve host: ${name}`);
    }
    // every request went through kube-proxy's DNAT to the pod, which logged it
    const ip = out(s, 'kubectl get pod client -o jsonpath={.status.podIP}');
    expect(
      out(s, 'kubectl logs web')
        .split('\n')
        .filter((l) => l.startsWith(`${ip} - - [`)).length,
    ).toBe(4);
  });

  it("an app's response comes from its pod spec (http-echo -text, webapp-color APP_COLOR)", () => {
    out(s, "kubectl run hr --image=hashicorp/http-echo -- -text='This is the HR server!'");
    out(s, 'kubectl expose pod hr --port 80 --target-port 5678');
    expect(out(s, 'curl -s $(kubectl get svc hr -o jsonpath={.spec.clusterIP})')).toBe(
      'This is the HR server!\n',
    );
    out(s, 'kubectl run blue --image=kodekloud/webapp-color --env=APP_COLOR=blue');
    expect(
      out(
        s,
        "curl -s $(kubectl get pod blue -o jsonpath={.status.podIP}):8080 | grep -o 'background: [a-z]*'",
      ),
    ).toBe('background: blue\n');
  });

  it('the CoreDNS Corefile comes from its ConfigMap and CoreDNS logs its start', () => {
    expect(out(s, 'kubectl -n kube-system get cm coredns -o yaml | grep -c kubernetes')).toBe('1\n');
    const logs = out(s, 'kubectl -n kube-system logs deploy/coredns');
    expect(logs.split('\n').slice(0, 2)).toEqual([
      '.:53',
      expect.stringMatching(/^\[INFO\] plugin\/reload: Running configuration SHA512 = [0-9a-f]{128}$/),
    ]);
  });
});

describe('the weave world', () => {
  const s = session('weave');

  it('weave-net runs 2/2 on every node and its log names the IP range', () => {
    expect(
      out(
        s,
        "kubectl get pods -n kube-system -l name=weave-net -o wide | awk 'NR>1 {print $2, $3, $7}' | sort -k3",
      ),
    ).toBe('2/2 Running controlplane\n2/2 Running node01\n');
    expect(out(s, 'kubectl -n kube-system logs ds/weave-net -c weave | grep -o "ipalloc-range:[^ ]*"')).toBe(
      'ipalloc-range:10.32.0.0/12\n',
    );
    expect(out(s, 'ls /etc/cni/net.d')).toBe('10-weave.conflist\n');
  });

  it('the bridge is weave; a pod on node01 gets 10.44.0.1 with the bridge as its gateway', () => {
    expect(out(s, 'ip -br addr show weave')).toMatch(/^weave +UP +10\.32\.0\.1\/12 /);
    out(s, 'kubectl run test --image=busybox -- sleep 3600');
    expect(out(s, "kubectl get pod test -o wide | awk 'NR>1 {print $6, $7}'")).toBe('10.44.0.1 node01\n');
    expect(out(s, 'kubectl exec test -- ip route')).toBe(
      'default via 10.44.0.0 dev eth0 \n10.32.0.0/12 dev eth0 scope link  src 10.44.0.1 \n',
    );
    expect(out(s, 'kubectl exec test -- nslookup kubernetes.default.svc.cluster.local')).toContain(
      'Address: 10.96.0.1',
    );
  });
});

describe('a cluster without a network add-on', () => {
  const s = session('none');

  it('nodes are NotReady with the runtime network message and CoreDNS stays Pending', () => {
    expect(out(s, "kubectl get nodes | awk 'NR>1 {print $1, $2}'")).toBe(
      'controlplane NotReady\nnode01 NotReady\n',
    );
    expect(out(s, 'kubectl describe node node01 | grep NetworkPluginNotReady')).toContain(
      'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
    );
    expect(out(s, "kubectl get pods -n kube-system -l k8s-app=kube-dns | awk 'NR>1 {print $3}'")).toBe(
      'Pending\nPending\n',
    );
  });
});

describe('determinism', () => {
  it('the same world and commands give the same bytes', () => {
    const script = [
      'kubectl run web --image=nginx',
      'kubectl expose pod web --port 80',
      'kubectl get pods -A -o wide',
      'iptables-save',
      'ip addr',
      'ip neigh',
      'kubectl get events -A',
    ];
    const runOnce = () => {
      const s = session();
      return script.map((l) => s.exec(l)).map((r) => `${r.exitCode}\n${r.stdout}\n${r.stderr}`);
    };
    expect(runOnce()).toEqual(runOnce());
  });
});

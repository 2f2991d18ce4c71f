/**
 * Calico v3.29.1 (manifest install, IPIP) as the cluster's CNI: the
 * cluster-calico preset and the no-CNI world finished with `kubectl apply
 * -f` of the calico.yaml URL.
 *
 * Where the facts come from:
 * - captured on this machine (iproute2 6.1, kernel 6.18 in `unshare -n`):
 *   `ip route add … proto bird onlink` and `blackhole … proto bird`
 *   listings; proxy ARP (a veth with proxy_arp=1 and forwarding on answers
 *   the pod's ARP for 169.254.1.1 with its own MAC; off, or forwarding
 *   off: no answer); `ip link add … type ipip` argument errors and help.
 * - the ipip module cannot load in the sandbox, so the tunl0 format is
 *   iproute2's link_iptnl.c / tunnel.c (`ipip any remote any local any ttl
 *   inherit nopmtudisc`, `@NONE`, minmtu/maxmtu 0) checked against
 *   published listings of Calico nodes.
 * - projectcalico/calico source: the conflist (calico-config), the
 *   kubeconfig template (cni-plugin token_watch.go), VethNameForWorkload
 *   (sha1), configureIPPools (env, then kubeadm-config podSubnet, then
 *   192.168.0.0/16), felix's rule hashes (Chain.RuleHashes, checked
 *   against ids captured from real nodes).
 */
import { describe, expect, it } from 'vitest';
import { buildClusterWorld } from '../../src/kube/build/cluster-world.js';
import { DEFAULT_CLUSTER } from '../../src/kube/cluster.js';
import { caliVethName, felixRuleHashes } from '../../src/kube/cni/calico-hash.js';
import { calicoAllocate, calicoRelease, ensureCalicoPool } from '../../src/kube/cni/calico-ipam.js';
import { sha1 } from '../../src/model/hash.js';
import { createWorld } from '../../src/model/world.js';
import { programPaths } from '../../src/runner.js';
import { findPreset } from '../../src/scenario/worlds.js';
import { Session } from '../../src/session.js';

function session(name: string): Session {
  const preset = findPreset(name);
  if (!preset) throw new Error(`no ${name} preset`);
  return new Session(preset.build(programPaths()), { mode: 'script' });
}

function out(s: Session, line: string): string {
  const r = s.exec(line);
  if (r.exitCode !== 0) throw new Error(`${line} failed (${r.exitCode}): ${r.stderr}`);
  return r.stdout;
}

const pinned = (name: string, node: string) =>
  `kubectl run ${name} --image=nicolaka/netshoot --overrides='{"spec":{"nodeName":"${node}"}}' -- sleep 3600`;

const CONFLIST = (node: string) => `{
  "name": "k8s-pod-network",
  "cniVersion": "0.3.1",
  "plugins": [
    {
      "type": "calico",
      "log_level": "info",
      "log_file_path": "/var/log/calico/cni/cni.log",
      "datastore_type": "kubernetes",
      "nodename": "${node}",
      "mtu": 0,
      "ipam": {
          "type": "calico-ipam"
      },
      "policy": {
          "type": "k8s"
      },
      "kubernetes": {
          "kubeconfig": "/etc/cni/net.d/calico-kubeconfig"
      }
    },
    {
      "type": "portmap",
      "snat": true,
      "capabilities": {"portMappings": true}
    },
    {
      "type": "bandwidth",
      "capabilities": {"bandwidth": true}
    }
  ]
}`;

describe('Calico names and hashes', () => {
  it('sha1 and the cali veth name (sha1sum of "default.a" starts acd53aa4120)', () => {
    const hex = [...sha1('abc')].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(caliVethName('default', 'a')).toBe('caliacd53aa4120');
  });

  it("felix's rule ids reproduce ids captured from real nodes", () => {
    expect(felixRuleHashes('INPUT', ['--jump cali-INPUT'])).toEqual(['Cz_u1IQiXIMmKD4c']);
    expect(
      felixRuleHashes('cali-POSTROUTING', [
        '--jump cali-fip-snat',
        '--jump cali-nat-outgoing',
        '--out-interface vxlan.calico -m addrtype ! --src-type LOCAL --limit-iface-out -m addrtype --src-type LOCAL --jump MASQUERADE --random-fully',
      ]),
    ).toEqual(['Z-c7XtVd2Bq7s_hA', 'nYKhEzDlr11Jccal', 'e9dnSgSVNmIcpVhP']);
  });

  it('IPAM: blocks in pool order, .0 first, a released address goes to the end of the free list', () => {
    const w = createWorld();
    const ipam = ensureCalicoPool(w, {
      cidr: '10.244.0.0/16',
      blockSize: 26,
      natOutgoing: true,
      ipipMode: 'Always',
    });
    if (!ipam) throw new Error('no pool');
    expect(calicoAllocate(ipam, 'n1', 'tunnel-n1')).toBe(0x0af40000);
    expect(calicoAllocate(ipam, 'n2', 'tunnel-n2')).toBe(0x0af40040);
    expect(calicoAllocate(ipam, 'n1', 'p1')).toBe(0x0af40001);
    calicoRelease(ipam, 'p1');
    expect(calicoAllocate(ipam, 'n1', 'p2')).toBe(0x0af40002);
  });
});

describe('cluster-calico', () => {
  const s = session('cluster-calico');

  it('calico-node runs on every node (1/1), calico-kube-controllers is a pod network pod', () => {
    expect(out(s, "kubectl get nodes --no-headers | awk '{print $1, $2}'")).toBe(
      'controlplane Ready\nnode01 Ready\n',
    );
    expect(
      out(s, "kubectl get pods -n kube-system -l k8s-app=calico-node -o wide | awk '{print $2, $3, $6, $7}'"),
    ).toBe(
      'READY STATUS IP NODE\n1/1 Running 192.168.121.10 controlplane\n1/1 Running 192.168.121.11 node01\n',
    );
    expect(
      out(s, "kubectl get pods -n kube-system -l k8s-app=calico-node --no-headers | awk '{print $1}'"),
    ).toMatch(/^calico-node-[a-z0-9]{5}\ncalico-node-[a-z0-9]{5}\n$/);
    expect(
      out(
        s,
        "kubectl get pods -n kube-system -l k8s-app=calico-kube-controllers -o wide --no-headers | awk '{print $2, $6}'",
      ),
    ).toBe('1/1 10.244.0.1\n');
    expect(out(s, 'kubectl -n kube-system get cm calico-config -o jsonpath={.data.calico_backend}')).toBe(
      'bird',
    );
    expect(out(s, 'kubectl -n kube-system get cm calico-config -o jsonpath={.data.veth_mtu}')).toBe('0');
  });

  it('install-cni wrote the conflist with the node name, the kubeconfig and the plugins', () => {
    expect(out(s, 'ls /etc/cni/net.d')).toBe('10-calico.conflist\ncalico-kubeconfig\n');
    expect(out(s, 'cat /etc/cni/net.d/10-calico.conflist')).toBe(CONFLIST('controlplane'));
    expect(out(s, 'ssh node01 cat /etc/cni/net.d/10-calico.conflist')).toBe(CONFLIST('node01'));
    expect(out(s, 'head -7 /etc/cni/net.d/calico-kubeconfig')).toBe(
      '# Kubeconfig file for Calico CNI plugin. Installed by calico/node.\napiVersion: v1\nkind: Config\nclusters:\n- name: local\n  cluster:\n    server: https://10.96.0.1:443\n',
    );
    expect(out(s, 'ls /opt/cni/bin | grep calico')).toBe('calico\ncalico-ipam\n');
  });

  it('tunl0 is the ipip fallback device, up, with the first address of the node block', () => {
    expect(out(s, 'ip -d link show tunl0')).toBe(
      '3: tunl0@NONE: <NOARP,UP,LOWER_UP> mtu 1480 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\n' +
        '    link/ipip 0.0.0.0 brd 0.0.0.0 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 \n' +
        '    ipip any remote any local any ttl inherit nopmtudisc addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 \n',
    );
    expect(out(s, 'ip addr show tunl0')).toBe(
      '3: tunl0@NONE: <NOARP,UP,LOWER_UP> mtu 1480 qdisc noqueue state UNKNOWN group default qlen 1000\n' +
        '    link/ipip 0.0.0.0 brd 0.0.0.0\n' +
        '    inet 10.244.0.0/32 scope global tunl0\n' +
        '       valid_lft forever preferred_lft forever\n',
    );
    expect(out(s, 'kubectl get node node01 -o jsonpath={.metadata.annotations}')).toContain(
      '"projectcalico.org/IPv4Address":"192.168.121.11/24","projectcalico.org/IPv4IPIPTunnelAddr":"10.244.0.64"',
    );
    expect(out(s, "kubectl get node node01 -o jsonpath='{.status.conditions[0].reason}'")).toBe('CalicoIsUp');
  });

  it('BIRD routes: the other node block via its address on tunl0, a blackhole for its own', () => {
    expect(out(s, 'ip route')).toBe(
      'default via 192.168.121.1 dev eth0 proto dhcp src 192.168.121.10 metric 100 \n' +
        'blackhole 10.244.0.0/26 proto bird \n' +
        '10.244.0.1 dev cali4a09e247bd8 scope link \n' +
        '10.244.0.2 dev calid2751ca29fc scope link \n' +
        '10.244.0.3 dev cali7c7eefa3782 scope link \n' +
        '10.244.0.64/26 via 192.168.121.11 dev tunl0 proto bird onlink \n' +
        '192.168.121.0/24 dev eth0 proto kernel scope link src 192.168.121.10 \n',
    );
    expect(out(s, 'ssh node01 ip route show proto bird')).toBe(
      '10.244.0.0/26 via 192.168.121.10 dev tunl0 onlink \nblackhole 10.244.0.64/26 \n',
    );
    expect(out(s, "ss -tlnp | grep ':179 '")).toContain('0.0.0.0:179 ');
  });

  it('a pod: cali veth with ee:ee:ee:ee:ee:ee on the node, /32 and 169.254.1.1 in the pod', () => {
    out(s, pinned('a', 'node01'));
    out(s, pinned('b', 'controlplane'));
    expect(out(s, "kubectl get pods -o wide --no-headers | awk '{print $1, $6, $7}'")).toBe(
      'a 10.244.0.65 node01\nb 10.244.0.4 controlplane\n',
    );
    expect(out(s, 'kubectl exec a -- ip route')).toBe(
      'default via 169.254.1.1 dev eth0 \n169.254.1.1 dev eth0 scope link \n',
    );
    expect(out(s, 'kubectl exec a -- ip -4 -o addr show eth0')).toMatch(
      /^4: eth0 +inet 10\.244\.0\.65\/32 scope global eth0\\/,
    );
    expect(out(s, 'ssh node01 ip route show 10.244.0.65')).toBe(
      '10.244.0.65 dev caliacd53aa4120 scope link \n',
    );
    expect(out(s, 'ssh node01 ip link show caliacd53aa4120')).toMatch(
      /^4: caliacd53aa4120@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1480 qdisc noqueue state UP mode DEFAULT group default qlen 1000\n {4}link\/ether ee:ee:ee:ee:ee:ee brd ff:ff:ff:ff:ff:ff link-netns cni-/,
    );
    expect(out(s, 'ssh node01 sysctl net.ipv4.conf.caliacd53aa4120.proxy_arp')).toBe(
      'net.ipv4.conf.caliacd53aa4120.proxy_arp = 1\n',
    );
    // the pod namespace sees the module's tunl0 too (down)
    expect(out(s, 'kubectl exec a -- ip -br link show tunl0')).toBe(
      'tunl0@NONE       DOWN           0.0.0.0 <NOARP> \n',
    );
  });

  it('cross-node ping goes through IPIP; the pod resolves 169.254.1.1 by proxy ARP', () => {
    expect(out(s, 'kubectl exec a -- ping -c1 -W1 10.244.0.4')).toContain(
      '1 packets transmitted, 1 received',
    );
    expect(out(s, 'kubectl exec b -- ping -c1 -W1 10.244.0.65')).toContain(
      '1 packets transmitted, 1 received',
    );
    expect(out(s, 'kubectl exec a -- ip neigh')).toBe(
      '169.254.1.1 dev eth0 lladdr ee:ee:ee:ee:ee:ee REACHABLE \n',
    );
    // the TTL shows two routed hops (node01, then controlplane after decapsulation)
    expect(out(s, 'kubectl exec a -- ping -c1 -W1 10.244.0.4')).toContain('ttl=62');
    expect(out(s, "ssh node01 ip -s link show tunl0 | awk 'NR==4 {print ($2 > 0)}'")).toBe('1\n');
  });

  it('DNS from node01 reaches CoreDNS on the control plane through kube-dns', () => {
    expect(out(s, 'kubectl exec a -- nslookup kubernetes.default')).toBe(
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n',
    );
  });

  it("felix's nat rules masquerade pool traffic leaving the pool", () => {
    expect(out(s, 'iptables -t nat -S cali-nat-outgoing')).toBe(
      '-N cali-nat-outgoing\n-A cali-nat-outgoing -m comment --comment "cali:flqWnvo8yq4ULQLa" -m set --match-set cali40masq-ipam-pools src -m set ! --match-set cali40all-ipam-pools dst -j MASQUERADE --random-fully\n',
    );
    expect(out(s, 'iptables -t nat -S POSTROUTING | grep cali')).toBe(
      '-A POSTROUTING -m comment --comment "cali:O3lYWMrLQYEMJtB5" -j cali-POSTROUTING\n',
    );
    expect(out(s, 'iptables -S cali-INPUT 1')).toBe(
      '-A cali-INPUT -p ipencap -m comment --comment "cali:PajejrV4aFdkZojI" -m comment --comment "Allow IPIP packets from Calico hosts" -m set --match-set cali40all-hosts-net src -m addrtype --dst-type LOCAL -j ACCEPT\n',
    );
    // a pod reaches the LAN gateway as its node (MASQUERADE)
    expect(out(s, 'kubectl exec a -- ping -c1 -W1 192.168.121.1')).toContain('1 received');
  });

  it('a deleted pod gives its address back at the end of the free list', () => {
    out(s, 'kubectl delete pod a');
    out(s, pinned('c', 'node01'));
    expect(out(s, 'kubectl get pod c -o jsonpath={.status.podIP}')).toBe('10.244.0.66');
    expect(s.exec('ssh node01 ip link show caliacd53aa4120').exitCode).toBe(1);
  });
});

describe('ip link and ipip devices', () => {
  it('type ipip: the module brings tunl0 first; errors worded as iproute2 6.1 (captured)', () => {
    const s = session('cluster');
    expect(out(s, 'ip link add tun1 type ipip remote 192.168.121.11 local 192.168.121.10')).toBe('');
    expect(out(s, 'ip -d link show tun1 | tail -1')).toMatch(
      /^ {4}ipip any remote 192\.168\.121\.11 local 192\.168\.121\.10 ttl inherit pmtudisc addrgenmode/,
    );
    expect(out(s, 'ip link show tun1 | tail -1')).toBe('    link/ipip 192.168.121.10 peer 192.168.121.11\n');
    expect(out(s, 'ip link show tunl0')).toMatch(/^\d+: tunl0@NONE: <NOARP> mtu 1480 qdisc noop state DOWN/);
    const exists = s.exec('ip link add tunl0 type ipip');
    expect([exists.stderr, exists.exitCode]).toEqual(['RTNETLINK answers: File exists\n', 2]);
    const ttl = s.exec('ip link add tun2 type ipip ttl 300');
    expect([ttl.stderr, ttl.exitCode]).toEqual(['Error: argument "300" is wrong: invalid TTL\n\n', 255]);
    const bad = s.exec('ip link add tun2 type ipip remote bogus');
    expect([bad.stderr, bad.exitCode]).toEqual(['Error: inet address is expected rather than "bogus".\n', 1]);
    const pm = s.exec('ip link add tun2 type ipip ttl 64 nopmtudisc');
    expect([pm.stderr, pm.exitCode]).toEqual(['ttl != 0 and nopmtudisc are incompatible\n', 255]);
    // the fallback device cannot be deleted (ip_tunnel_dellink ignores it)
    expect(s.exec('ip link del tunl0').exitCode).toBe(0);
    expect(out(s, 'ip -br link show tunl0')).toMatch(/^tunl0@NONE /);
  });
});

describe('cluster-nocni: calico by URL', () => {
  it('kubectl apply -f the calico URL makes the nodes Ready; the pool comes from kubeadm-config', () => {
    const s = session('cluster-nocni');
    const applied = out(
      s,
      'kubectl apply -f https://raw.githubusercontent.com/projectcalico/calico/v3.29.1/manifests/calico.yaml',
    );
    expect(applied.split('\n').slice(0, 5).join('\n')).toBe(
      'poddisruptionbudget.policy/calico-kube-controllers created\nserviceaccount/calico-kube-controllers created\nserviceaccount/calico-node created\nserviceaccount/calico-cni-plugin created\nconfigmap/calico-config created',
    );
    expect(applied).toContain(
      'customresourcedefinition.apiextensions.k8s.io/ippools.crd.projectcalico.org created\n',
    );
    expect(
      applied.endsWith(
        'daemonset.apps/calico-node created\ndeployment.apps/calico-kube-controllers created\n',
      ),
    ).toBe(true);
    out(s, 'sleep 30');
    expect(out(s, "kubectl get nodes --no-headers | awk '{print $2}'")).toBe('Ready\nReady\n');
    expect(
      out(s, "kubectl -n kube-system get pods -l k8s-app=kube-dns --no-headers | awk '{print $3}'"),
    ).toBe('Running\nRunning\n');
    expect(out(s, 'ip route show proto bird')).toMatch(
      /^10\.244\.0\.0\/26 via 192\.168\.121\.11 dev tunl0 onlink \nblackhole 10\.244\.0\.64\/26 \n$/,
    );
    const old = s.exec('kubectl apply -f https://docs.projectcalico.org/manifests/calico.yaml');
    expect(old.exitCode).toBe(0);
  });

  it('CALICO_IPV4POOL_CIDR in the DaemonSet wins over kubeadm-config', () => {
    const w = buildClusterWorld({ ...DEFAULT_CLUSTER, cni: 'calico', podCidr: '172.16.0.0/16' });
    const s = new Session(w, { mode: 'script' });
    expect(out(s, 'kubectl -n kube-system get ds calico-node -o yaml | grep -A1 CALICO_IPV4POOL_CIDR')).toBe(
      '        - name: CALICO_IPV4POOL_CIDR\n          value: 172.16.0.0/16\n',
    );
    expect(out(s, "ip -4 -o addr show tunl0 | awk '{print $4}'")).toBe('172.16.0.0/32\n');
  });
});

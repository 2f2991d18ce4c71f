/**
 * The CNI reference plugins run by hand on a node. Expected texts are
 * captured from containernetworking/plugins 1.1.1 (Debian's build, run in
 * `ip netns` namespaces under `unshare -n -m`); MAC addresses differ per
 * run and are masked. The version banner names v1.1.1 where Debian's
 * build printed "version unknown".
 */
import { describe, expect, it } from 'vitest';
import { buildClusterWorld } from '../../../src/kube/build/cluster-world.js';
import { DEFAULT_CLUSTER } from '../../../src/kube/cluster.js';
import { programPaths } from '../../../src/runner.js';
import { Session } from '../../../src/session.js';
import { caseSession, run } from '../../helpers.js';

const CONF =
  '{"cniVersion":"1.0.0","name":"mynet","type":"bridge","bridge":"cni9","isGateway":true,"ipMasq":true,"ipam":{"type":"host-local","subnet":"10.22.0.0/16","routes":[{"dst":"0.0.0.0/0"}]}}';
const ENV = 'CNI_CONTAINERID=x CNI_NETNS=/var/run/netns/red CNI_IFNAME=eth0 CNI_PATH=/opt/cni/bin';

function node(): Session {
  const s = new Session(buildClusterWorld(DEFAULT_CLUSTER, { programPaths: programPaths() }), {
    mode: 'script',
  });
  for (const l of ['ip netns add red', `echo '${CONF}' > /tmp/10-bridge.conf`]) s.exec(l);
  return s;
}

const mask = (t: string) =>
  t.replace(/"mac": "[0-9a-f:]{17}"/g, '"mac": "M"').replace(/veth[0-9a-f]{8}/g, 'vethX');

describe('CNI plugins by hand', () => {
  it('bridge ADD prints the 1.0.0 result and sets up the namespace; DEL undoes it', () => {
    const s = node();
    const r = run(s, `CNI_COMMAND=ADD ${ENV} /opt/cni/bin/bridge < /tmp/10-bridge.conf`);
    expect(r.exit).toBe(0);
    expect(mask(r.out)).toBe(
      '{\n    "cniVersion": "1.0.0",\n    "interfaces": [\n        {\n            "name": "cni9",\n            "mac": "M"\n        },\n        {\n            "name": "vethX",\n            "mac": "M"\n        },\n        {\n            "name": "eth0",\n            "mac": "M",\n            "sandbox": "/var/run/netns/red"\n        }\n    ],\n    "ips": [\n        {\n            "interface": 2,\n            "address": "10.22.0.2/16",\n            "gateway": "10.22.0.1"\n        }\n    ],\n    "routes": [\n        {\n            "dst": "0.0.0.0/0"\n        }\n    ],\n    "dns": {}\n}',
    );
    expect(run(s, 'ip -n red route').out).toBe(
      'default via 10.22.0.1 dev eth0 \n10.22.0.0/16 dev eth0 proto kernel scope link src 10.22.0.2 \n',
    );
    expect(run(s, 'cat /var/lib/cni/networks/mynet/10.22.0.2').out).toBe('x\neth0');
    expect(run(s, `CNI_COMMAND=ADD ${ENV} /opt/cni/bin/bridge < /tmp/10-bridge.conf`)).toEqual({
      out: '{\n    "code": 999,\n    "msg": "container veth name provided (eth0) already exists"\n}',
      err: '',
      exit: 1,
    });
    expect(run(s, `CNI_COMMAND=DEL ${ENV} /opt/cni/bin/bridge < /tmp/10-bridge.conf`)).toEqual({
      out: '',
      err: '',
      exit: 0,
    });
    // the bridge plugin never touches lo (containerd runs the loopback plugin for that)
    expect(run(s, 'ip -n red -br link').out).toBe(
      'lo               DOWN           00:00:00:00:00:00 <LOOPBACK> \n',
    );
    expect(run(s, 'ls /var/lib/cni/networks/mynet').out).toBe('last_reserved_ip.0\nlock\n');
  });

  it('0.4.0 results carry the IP version; host-local alone returns only IPs', () => {
    const s = node();
    s.exec("sed 's/1.0.0/0.4.0/' /tmp/10-bridge.conf > /tmp/04.conf");
    expect(mask(run(s, `CNI_COMMAND=ADD ${ENV} /opt/cni/bin/bridge < /tmp/04.conf`).out)).toContain(
      '    "ips": [\n        {\n            "version": "4",\n            "interface": 2,\n            "address": "10.22.0.2/16",\n',
    );
    s.exec('ip netns add blue');
    expect(
      run(
        s,
        'CNI_COMMAND=ADD CNI_CONTAINERID=y CNI_NETNS=/var/run/netns/blue CNI_IFNAME=eth0 CNI_PATH=/opt/cni/bin /opt/cni/bin/host-local < /tmp/10-bridge.conf',
      ).out,
    ).toBe(
      '{\n    "cniVersion": "1.0.0",\n    "ips": [\n        {\n            "address": "10.22.0.3/16",\n            "gateway": "10.22.0.1"\n        }\n    ],\n    "routes": [\n        {\n            "dst": "0.0.0.0/0"\n        }\n    ],\n    "dns": {}\n}',
    );
  });

  it('errors: environment, config, version, netns, IPAM, exhaustion', () => {
    const s = node();
    const err = (code: number, msg: string, details?: string) =>
      `{\n    "code": ${code},\n    "msg": ${JSON.stringify(msg)}${details ? `,\n    "details": ${JSON.stringify(details)}` : ''}\n}`;
    expect(run(s, 'CNI_COMMAND=ADD /opt/cni/bin/bridge < /tmp/10-bridge.conf').out).toBe(
      err(4, 'required env variables [CNI_CONTAINERID,CNI_NETNS,CNI_IFNAME,CNI_PATH] missing'),
    );
    expect(run(s, `CNI_COMMAND=FOO ${ENV} /opt/cni/bin/bridge < /tmp/10-bridge.conf`).out).toBe(
      err(4, 'unknown CNI_COMMAND: FOO'),
    );
    expect(run(s, `echo '{' | CNI_COMMAND=ADD ${ENV} /opt/cni/bin/bridge`).out).toBe(
      err(6, 'error unmarshall network config: unexpected end of JSON input'),
    );
    expect(
      run(s, `echo '{"cniVersion":"9.9.9","name":"b"}' | CNI_COMMAND=ADD ${ENV} /opt/cni/bin/bridge`).out,
    ).toBe(
      err(
        1,
        'incompatible CNI versions',
        'config is "9.9.9", plugin supports ["0.1.0" "0.2.0" "0.3.0" "0.3.1" "0.4.0" "1.0.0"]',
      ),
    );
    expect(run(s, `echo '{"cniVersion":"1.0.0"}' | CNI_COMMAND=ADD ${ENV} /opt/cni/bin/bridge`).out).toBe(
      err(7, 'missing network name'),
    );
    expect(
      run(
        s,
        'CNI_COMMAND=ADD CNI_CONTAINERID=z CNI_NETNS=/var/run/netns/nope CNI_IFNAME=eth0 CNI_PATH=/opt/cni/bin /opt/cni/bin/bridge < /tmp/10-bridge.conf',
      ).out,
    ).toBe(
      err(
        999,
        'failed to open netns "/var/run/netns/nope": failed to Statfs "/var/run/netns/nope": no such file or directory',
      ),
    );
    expect(
      run(
        s,
        `echo '{"cniVersion":"1.0.0","name":"x","type":"bridge","ipam":{"type":"nothere"}}' | CNI_COMMAND=ADD ${ENV} /opt/cni/bin/bridge`,
      ).out,
    ).toBe(err(999, 'failed to find plugin "nothere" in path [/opt/cni/bin]'));
    expect(
      run(
        s,
        `echo '{"cniVersion":"1.0.0","name":"y","type":"bridge","ipam":{"type":"host-local","subnet":"10.300.0.0/16"}}' | CNI_COMMAND=ADD ${ENV} /opt/cni/bin/bridge`,
      ).out,
    ).toBe(err(999, 'invalid CIDR address: 10.300.0.0/16'));
    s.exec('ip netns add a; ip netns add b');
    const tiny = `echo '{"cniVersion":"1.0.0","name":"tiny","type":"bridge","bridge":"br9","ipam":{"type":"host-local","subnet":"10.9.0.0/30"}}'`;
    expect(
      run(
        s,
        `${tiny} | CNI_COMMAND=ADD CNI_CONTAINERID=a1 CNI_NETNS=/var/run/netns/a CNI_IFNAME=eth0 CNI_PATH=/opt/cni/bin /opt/cni/bin/bridge`,
      ).exit,
    ).toBe(0);
    expect(
      run(
        s,
        `${tiny} | CNI_COMMAND=ADD CNI_CONTAINERID=b1 CNI_NETNS=/var/run/netns/b CNI_IFNAME=eth0 CNI_PATH=/opt/cni/bin /opt/cni/bin/bridge`,
      ).out,
    ).toBe(
      err(999, 'failed to allocate for range 0: no IP addresses available in range set: 10.9.0.1-10.9.0.2'),
    );
    expect(run(s, 'CNI_COMMAND=VERSION /opt/cni/bin/bridge').out).toBe(
      '{"cniVersion":"1.0.0","supportedVersions":["0.1.0","0.2.0","0.3.0","0.3.1","0.4.0","1.0.0"]}\n',
    );
    expect(run(s, '/opt/cni/bin/host-local').out).toBe(
      'CNI host-local plugin v1.1.1\nCNI protocol versions supported: 0.1.0, 0.2.0, 0.3.0, 0.3.1, 0.4.0, 1.0.0\n',
    );
  });

  it('the plugins run by path only, and only where /opt/cni/bin has them', () => {
    expect(run(node(), 'host-local').exit).toBe(127);
    const bare = caseSession(['eth0: 10.20.30.5/24']);
    expect(run(bare, '/opt/cni/bin/bridge')).toEqual({
      out: '',
      err: 'bash: line 1: /opt/cni/bin/bridge: No such file or directory\n',
      exit: 127,
    });
  });
});

describe('lo in a sandbox', () => {
  it('stays down after bridge ADD by hand until the loopback plugin runs', () => {
    const s = node();
    run(s, `CNI_COMMAND=ADD ${ENV} /opt/cni/bin/bridge < /tmp/10-bridge.conf`);
    expect(run(s, 'ip -n red addr show lo').out).toBe(
      '1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n',
    );
    const lo = run(
      s,
      `echo '{"cniVersion":"1.0.0","name":"lo","type":"loopback"}' | CNI_COMMAND=ADD CNI_CONTAINERID=x CNI_NETNS=/var/run/netns/red CNI_IFNAME=lo CNI_PATH=/opt/cni/bin /opt/cni/bin/loopback`,
    );
    expect(lo.exit).toBe(0);
    expect(run(s, 'ip -n red -br addr show lo').out).toBe(
      'lo               UNKNOWN        127.0.0.1/8 ::1/128 \n',
    );
  });

  it("containerd brings a pod's lo up with the loopback plugin whatever the conflist has, and needs it", () => {
    const s = node();
    expect(run(s, 'grep -c loopback /etc/cni/net.d/10-flannel.conflist').out).toBe('0\n');
    run(s, 'kubectl run a --image=busybox:1.36 -- sleep 3600');
    run(s, 'sleep 5');
    expect(run(s, 'kubectl exec a -- ip addr show lo').out).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n',
    );
    for (const n of ['controlplane', 'node01']) run(s, `ssh ${n} rm /opt/cni/bin/loopback`);
    run(s, 'kubectl run b --image=busybox:1.36 -- sleep 3600');
    run(s, 'sleep 5');
    expect(run(s, "kubectl get pod b --no-headers | awk '{print $3}'").out).toBe('ContainerCreating\n');
    expect(run(s, "kubectl describe pod b | grep -o 'failed to find plugin.*' | head -1").out).toBe(
      'failed to find plugin "loopback" in path [/opt/cni/bin]\n',
    );
  });
});

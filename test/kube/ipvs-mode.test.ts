/**
 * kube-proxy in IPVS mode (the `cluster-ipvs` preset): kube-ipvs0, the
 * IPVS table as `ipvsadm -Ln` prints it, the ipset-based iptables rules
 * and the data plane through IPVS. Sources: the ipvsadm listing formats
 * from ipvsadm.c (the sandbox kernel has no IPVS; fact sheet §3.7), the
 * rules from kube-proxy's pkg/proxy/ipvs/proxier.go (1.29+), `-m set`
 * rendering captured from iptables 1.8.9 with ipset 7.17.
 */
import { describe, expect, it } from 'vitest';
import { programPaths } from '../../src/runner.js';
import { findPreset } from '../../src/scenario/worlds.js';
import { Session } from '../../src/session.js';

function session(): Session {
  const preset = findPreset('cluster-ipvs');
  if (!preset) throw new Error('no cluster-ipvs preset');
  return new Session(preset.build(programPaths()), { mode: 'script' });
}

function out(s: Session, line: string): string {
  const r = s.exec(line);
  if (r.exitCode !== 0) throw new Error(`${line} failed (${r.exitCode}): ${r.stderr}`);
  return r.stdout;
}

const RS = (addr: string, w = '0', i = '0') =>
  `  -> ${addr.padEnd(28)} Masq    1      ${w.padEnd(10)} ${i.padEnd(10)}\n`;

describe('kube-proxy IPVS mode', () => {
  it('binds the service addresses to the DOWN dummy kube-ipvs0 and lists the virtual servers', () => {
    const s = session();
    expect(out(s, 'ip addr show kube-ipvs0').replace(/link\/ether \S+/, 'link/ether X')).toBe(
      '3: kube-ipvs0: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN group default qlen 1000\n' +
        '    link/ether X brd ff:ff:ff:ff:ff:ff\n' +
        '    inet 10.96.0.1/32 scope global kube-ipvs0\n       valid_lft forever preferred_lft forever\n' +
        '    inet 10.96.0.10/32 scope global kube-ipvs0\n       valid_lft forever preferred_lft forever\n',
    );
    expect(out(s, 'ip route show table local dev kube-ipvs0')).toBe(
      'local 10.96.0.1 proto kernel scope host src 10.96.0.1 \nlocal 10.96.0.10 proto kernel scope host src 10.96.0.10 \n',
    );
    expect(out(s, 'ipvsadm -Ln')).toBe(
      'IP Virtual Server version 1.2.1 (size=4096)\n' +
        'Prot LocalAddress:Port Scheduler Flags\n' +
        '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n' +
        `TCP  10.96.0.1:443 rr\n${RS('192.168.121.10:6443')}` +
        `TCP  10.96.0.10:53 rr\n${RS('10.244.0.2:53')}${RS('10.244.0.3:53')}` +
        `TCP  10.96.0.10:9153 rr\n${RS('10.244.0.2:9153')}${RS('10.244.0.3:9153')}` +
        `UDP  10.96.0.10:53 rr\n${RS('10.244.0.2:53')}${RS('10.244.0.3:53')}`,
    );
    expect(out(s, 'kubectl -n kube-system get cm kube-proxy -o yaml | grep "mode:"')).toBe(
      '    mode: ipvs\n',
    );
  });

  it('writes the ipset-based rules and jumps (no KUBE-SVC chains)', () => {
    const s = session();
    const nat = out(s, 'iptables-save -t nat | grep -e KUBE-SERVICES -e KUBE-POSTROUTING -e KUBE-MARK-MASQ');
    expect(nat).toContain(
      '-A KUBE-SERVICES ! -s 10.244.0.0/16 -m comment --comment "Kubernetes service cluster ip + port for masquerade purpose" -m set --match-set KUBE-CLUSTER-IP dst,dst -j KUBE-MARK-MASQ\n' +
        '-A KUBE-SERVICES -m addrtype --dst-type LOCAL -j KUBE-NODE-PORT\n' +
        '-A KUBE-SERVICES -m set --match-set KUBE-CLUSTER-IP dst,dst -j ACCEPT\n',
    );
    expect(nat).toContain(
      '-A KUBE-POSTROUTING -m comment --comment "Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose" -m set --match-set KUBE-LOOP-BACK dst,dst,src -j MASQUERADE\n',
    );
    expect(out(s, 'iptables-save -t nat | grep -c KUBE-SVC- || true')).toBe('0\n');
    expect(out(s, 'iptables -S INPUT')).toBe(
      '-P INPUT ACCEPT\n' +
        '-A INPUT -m comment --comment "kubernetes ipvs access filter" -j KUBE-IPVS-FILTER\n' +
        '-A INPUT -m comment --comment "kube-proxy firewall rules" -j KUBE-PROXY-FIREWALL\n' +
        '-A INPUT -m comment --comment "kubernetes health check rules" -j KUBE-NODE-PORT\n' +
        '-A INPUT -j KUBE-FIREWALL\n',
    );
    expect(out(s, 'iptables -L KUBE-IPVS-FILTER -n')).toContain(
      'REJECT     all  --  0.0.0.0/0            0.0.0.0/0            ctstate NEW match-set KUBE-IPVS-IPS dst reject-with icmp-port-unreachable\n',
    );
  });

  it('NodePorts listen on every node address but kube-ipvs0 and lo; a connection goes through IPVS', () => {
    const s = session();
    out(s, 'kubectl create deployment web --image=nginx --replicas=2');
    out(s, 'kubectl expose deployment web --port=80 --type=NodePort');
    const ip = out(s, 'kubectl get svc web -o jsonpath={.spec.clusterIP}');
    const np = out(s, 'kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}');
    const listing = out(s, 'ipvsadm -Ln');
    for (const vip of [`${ip}:80`, `10.244.0.0:${np}`, `10.244.0.1:${np}`, `192.168.121.10:${np}`])
      expect(listing).toContain(`TCP  ${vip} rr\n${RS('10.244.1.2:80')}${RS('10.244.1.3:80')}`);
    expect(listing).not.toContain(`${ip}:${np}`);
    expect(out(s, `curl -s -o /dev/null -w '%{http_code}\\n' ${ip}`)).toBe('200\n');
    expect(out(s, `ipvsadm -Ln -t ${ip}:80`)).toBe(
      'Prot LocalAddress:Port Scheduler Flags\n' +
        '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n' +
        `TCP  ${ip}:80 rr\n${RS('10.244.1.2:80', '0', '1')}${RS('10.244.1.3:80')}`,
    );
    expect(out(s, `ipvsadm -Ln --stats -t ${ip}:80`)).toBe(
      'Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes\n' +
        '  -> RemoteAddress:Port\n' +
        `${`TCP  ${ip}:80`.padEnd(33)}        1        1        0       60        0\n` +
        '  -> 10.244.1.2:80                       1        1        0       60        0\n' +
        '  -> 10.244.1.3:80                       0        0        0        0        0\n',
    );
    // round robin: the next connection goes to the other pod
    expect(out(s, `curl -s -o /dev/null -w '%{http_code}\\n' 192.168.121.10:${np}`)).toBe('200\n');
    expect(out(s, 'ipvsadm -Lnc | tail -n +3 | wc -l')).toBe('2\n');
    out(s, 'ssh node01');
    expect(out(s, `kubectl exec deploy/web -- curl -s -o /dev/null -w '%{http_code}' ${ip}`)).toBe('200');
  });

  it('ClientIP affinity is a persistent service; a VIP port without a service is rejected', () => {
    const s = session();
    out(s, 'kubectl create deployment web --image=nginx');
    out(s, 'kubectl expose deployment web --port=80 --session-affinity=ClientIP');
    const ip = out(s, 'kubectl get svc web -o jsonpath={.spec.clusterIP}');
    expect(out(s, 'ipvsadm -Ln')).toContain(`TCP  ${ip}:80 rr persistent 10800\n`);
    const r = s.exec(`curl -s ${ip}:8080`);
    expect(r.exitCode).toBe(7);
  });

  it('kube-proxy switches modes only when it restarts', () => {
    const s = session();
    out(
      s,
      "kubectl -n kube-system get cm kube-proxy -o yaml | sed 's/mode: ipvs/mode: iptables/' | kubectl apply -f - 2>/dev/null",
    );
    out(s, 'kubectl create deployment web --image=nginx');
    out(s, 'kubectl expose deployment web --port=80');
    expect(out(s, 'ipvsadm -Ln | grep -c "^TCP"')).toBe('4\n');
    out(s, 'kubectl -n kube-system delete pod -l k8s-app=kube-proxy');
    expect(out(s, 'iptables-save -t nat | grep -c "KUBE-SVC-" ')).not.toBe('0\n');
  });
});

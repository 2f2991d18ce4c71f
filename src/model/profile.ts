/**
 * Version-specific behaviour of a machine, in one object: which kernel
 * features exist, which tool versions print, which defaults a distribution
 * sets. Scenario worlds pick a profile; golden .case worlds use the capture
 * machine's.
 */
export interface Profile {
  id: string;
  os: string;
  kernel: string;
  /** `uname -v`: the kernel's build string. */
  kernelBuild: string;
  /** The compiler part of /proc/version, `(builder) (gcc …, GNU ld …)`. */
  kernelBuilder: string;
  /** `uname -p`/`-i`: Debian's coreutils say unknown (left out of -a), Ubuntu's patch reports the machine. */
  unamePlatform?: string;
  iproute2: string;
  iptables: string;
  iptablesBackend: 'nf_tables' | 'legacy';
  /** Link types the kernel can create. */
  linkKinds: readonly string[];
  cpus: number;
  /** sysctl values a distribution sets at boot (on top of kernel defaults), for the root namespace. */
  bootSysctl: Readonly<Record<string, string>>;
  /** Default qdisc for physical NICs. */
  defaultQdisc: string;
}

export const CAPTURE_PROFILE: Profile = {
  id: 'debian12-capture',
  os: 'Debian GNU/Linux 12 (bookworm)',
  kernel: '6.18.44-fc-v657',
  kernelBuild: '#1 SMP PREEMPT_DYNAMIC @0',
  kernelBuilder: '(builder@sandboxing) (gcc (GCC) 15.3.0, GNU ld (GNU Binutils) 2.46)',
  iproute2: '6.1.0',
  iptables: '1.8.9',
  iptablesBackend: 'nf_tables',
  linkKinds: ['veth', 'bridge', 'vxlan', 'macvlan', 'ifb'],
  cpus: 2,
  bootSysctl: {},
  defaultQdisc: 'noqueue',
};

export const UBUNTU_NODE_PROFILE: Profile = {
  id: 'ubuntu-22.04-node',
  os: 'Ubuntu 22.04.5 LTS',
  kernel: '5.15.0-1083-gcp',
  kernelBuild: '#92-Ubuntu SMP Fri Apr 25 13:39:02 UTC 2025',
  kernelBuilder:
    '(buildd@lcy02-amd64-081) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38)',
  unamePlatform: 'x86_64',
  iproute2: '5.15.0',
  iptables: '1.8.7',
  iptablesBackend: 'nf_tables',
  linkKinds: [
    'veth',
    'bridge',
    'vxlan',
    'macvlan',
    'ifb',
    'dummy',
    'vlan',
    'ipvlan',
    'bond',
    'gre',
    'ipip',
    'vrf',
    'wireguard',
  ],
  cpus: 2,
  bootSysctl: {
    'net.ipv4.conf.all.promote_secondaries': '1',
    'net.ipv4.conf.default.promote_secondaries': '1',
    'net.ipv4.conf.all.rp_filter': '2',
    'net.ipv4.conf.default.rp_filter': '2',
    // systemd's 50-pid-max.conf (ps sizes its PID columns from this)
    'kernel.pid_max': '4194304',
  },
  defaultQdisc: 'fq_codel',
};

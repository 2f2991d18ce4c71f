/**
 * What the kernel would report about a program that the world does not
 * simulate: its average CPU use, memory and threads. The values are
 * deterministic and plausible for each program on a small (2 CPU, 4 GB)
 * kubeadm node; they are not measurements. ps, top and systemctl all read
 * them from here, so they agree with each other.
 *
 * | comm            | %CPU | VSZ KiB  | RSS KiB | threads | WCHAN  |
 * |-----------------|------|----------|---------|---------|--------|
 * | systemd         | 0.1  | 167744   | 13056   | 1       | ep_pol |
 * | systemd-resolve | 0.0  | 25260    | 12416   | 1       | ep_pol |
 * | sshd            | 0.0  | 15432    | 9088    | 1       | do_sel |
 * | containerd      | 1.2  | 1875036  | 49536   | 14      | futex_ |
 * | kubelet         | 2.4  | 2034120  | 98152   | 16      | futex_ |
 * | containerd-shim | 0.0  | 1238252  | 13568   | 11      | futex_ |
 * | pause           | 0.0  | 996      | 4       | 1       | do_sys |
 * | etcd            | 2.1  | 11742808 | 52644   | 12      | futex_ |
 * | kube-apiserver  | 6.1  | 1529536  | 312744  | 11      | futex_ |
 * | kube-controller | 1.7  | 1323908  | 104920  | 8       | futex_ |
 * | kube-scheduler  | 0.4  | 1286016  | 55812   | 10      | futex_ |
 * | kube-proxy      | 0.1  | 1289248  | 52176   | 9       | futex_ |
 * | flanneld        | 0.1  | 1332236  | 31856   | 11      | futex_ |
 * | coredns         | 0.2  | 1274620  | 51088   | 10      | futex_ |
 * | nginx           | 0.0  | 11420    | 7436    | 1       | sigsus |
 * | bash            | 0.0  | 8460     | 5236    | 1       | do_wai |
 * | sh              | 0.0  | 4360     | 3256    | 1       | do_wai |
 * | sleep           | 0.0  | 4364     | 580     | 1       | hrtime |
 * | ps              | 0.0  | 10072    | 3400    | 1       | -      |
 * | (anything else) | 0.0  | 7100     | 3000    | 1       | do_sel |
 */

export interface ProgramStats {
  /** Average share of one CPU, in percent. */
  cpuPercent: number;
  vszKb: number;
  rssKb: number;
  threads: number;
  wchan: string;
}

const TABLE: Record<string, ProgramStats> = {
  systemd: { cpuPercent: 0.1, vszKb: 167744, rssKb: 13056, threads: 1, wchan: 'ep_pol' },
  'systemd-resolve': { cpuPercent: 0, vszKb: 25260, rssKb: 12416, threads: 1, wchan: 'ep_pol' },
  sshd: { cpuPercent: 0, vszKb: 15432, rssKb: 9088, threads: 1, wchan: 'do_sel' },
  containerd: { cpuPercent: 1.2, vszKb: 1875036, rssKb: 49536, threads: 14, wchan: 'futex_' },
  kubelet: { cpuPercent: 2.4, vszKb: 2034120, rssKb: 98152, threads: 16, wchan: 'futex_' },
  'containerd-shim': { cpuPercent: 0, vszKb: 1238252, rssKb: 13568, threads: 11, wchan: 'futex_' },
  pause: { cpuPercent: 0, vszKb: 996, rssKb: 4, threads: 1, wchan: 'do_sys' },
  etcd: { cpuPercent: 2.1, vszKb: 11742808, rssKb: 52644, threads: 12, wchan: 'futex_' },
  'kube-apiserver': { cpuPercent: 6.1, vszKb: 1529536, rssKb: 312744, threads: 11, wchan: 'futex_' },
  'kube-controller': { cpuPercent: 1.7, vszKb: 1323908, rssKb: 104920, threads: 8, wchan: 'futex_' },
  'kube-scheduler': { cpuPercent: 0.4, vszKb: 1286016, rssKb: 55812, threads: 10, wchan: 'futex_' },
  'kube-proxy': { cpuPercent: 0.1, vszKb: 1289248, rssKb: 52176, threads: 9, wchan: 'futex_' },
  flanneld: { cpuPercent: 0.1, vszKb: 1332236, rssKb: 31856, threads: 11, wchan: 'futex_' },
  coredns: { cpuPercent: 0.2, vszKb: 1274620, rssKb: 51088, threads: 10, wchan: 'futex_' },
  nginx: { cpuPercent: 0, vszKb: 11420, rssKb: 7436, threads: 1, wchan: 'sigsus' },
  bash: { cpuPercent: 0, vszKb: 8460, rssKb: 5236, threads: 1, wchan: 'do_wai' },
  sh: { cpuPercent: 0, vszKb: 4360, rssKb: 3256, threads: 1, wchan: 'do_wai' },
  sleep: { cpuPercent: 0, vszKb: 4364, rssKb: 580, threads: 1, wchan: 'hrtime' },
  ps: { cpuPercent: 0, vszKb: 10072, rssKb: 3400, threads: 1, wchan: '-' },
  grep: { cpuPercent: 0, vszKb: 8160, rssKb: 2524, threads: 1, wchan: 'pipe_r' },
  top: { cpuPercent: 0, vszKb: 10464, rssKb: 4012, threads: 1, wchan: '-' },
};

const DEFAULT: ProgramStats = { cpuPercent: 0, vszKb: 7100, rssKb: 3000, threads: 1, wchan: 'do_sel' };

/** The table row for a command name (comm, 15 characters at most). */
export function programStats(comm: string): ProgramStats {
  return TABLE[comm] ?? DEFAULT;
}

/** BusyBox's own applets are small: one binary, a few pages resident. */
export function busyboxStats(): ProgramStats {
  return { cpuPercent: 0, vszKb: 1336, rssKb: 4, threads: 1, wchan: '-' };
}

/** Physical memory of a node (MemTotal in KiB, as the Node's capacity reports it). */
export const NODE_MEM_TOTAL_KB = 4010476;

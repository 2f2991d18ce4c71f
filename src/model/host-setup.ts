/** The files every Debian/Ubuntu host starts with. */
import { DEBIAN_FILES } from './distro-files.js';
import type { Host } from './types.js';

export const DEFAULT_RESOLV_CONF = 'nameserver 127.0.0.53\noptions edns0 trust-ad\n';

export function defaultHostsFile(hostname: string): string {
  return (
    '127.0.0.1\tlocalhost\n' +
    `127.0.1.1\t${hostname}\n` +
    '::1\tlocalhost ip6-localhost ip6-loopback\n' +
    'ff02::1\tip6-allnodes\n' +
    'ff02::2\tip6-allrouters\n'
  );
}

export interface BaseFilesOptions {
  hosts?: string;
  resolvConf?: string;
  osRelease?: string;
}

const DEBIAN_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

export function installBaseFiles(host: Host, opts: BaseFilesOptions = {}): void {
  const fs = host.fs;
  for (const d of [
    '/root',
    '/tmp',
    '/var/tmp',
    '/run',
    '/home',
    '/usr/bin',
    '/usr/sbin',
    '/usr/local/bin',
    '/opt',
    '/var/log',
    '/var/lib',
    '/etc/iproute2',
    '/etc/sysctl.d',
    // mount points of the kernel's filesystems (their contents come from the world: procfs.ts)
    '/proc',
    '/sys/class/net',
    '/run/netns',
  ]) {
    fs.putDir(d);
  }
  fs.putLink('/var/run', '/run');
  fs.putLink('/bin', 'usr/bin');
  fs.putLink('/sbin', 'usr/sbin');
  fs.putDev('/dev/null', 'null');
  fs.putDev('/dev/zero', 'zero');
  fs.putDev('/dev/tty', 'tty');
  for (const [path, content] of DEBIAN_FILES) fs.put(path, content);
  // procps ships /etc/sysctl.d/99-sysctl.conf as a link to the main file
  fs.putLink('/etc/sysctl.d/99-sysctl.conf', '../sysctl.conf');
  fs.put('/etc/hostname', `${host.name}\n`);
  fs.put('/etc/hosts', opts.hosts ?? defaultHostsFile(host.name));
  fs.put('/etc/resolv.conf', opts.resolvConf ?? DEFAULT_RESOLV_CONF);
  fs.put('/etc/os-release', opts.osRelease ?? DEBIAN_OS_RELEASE);
}

const XTABLES = [
  'iptables',
  'iptables-save',
  'iptables-restore',
  'ip6tables',
  'ip6tables-save',
  'ip6tables-restore',
];

/**
 * Put an executable file for each program path, so absolute invocations and
 * `ls /usr/sbin` work; the iptables family is laid out as Debian does it
 * (update-alternatives links to the nft flavour, multi-call binaries).
 */
export function installPrograms(host: Host, paths: Iterable<string>): void {
  const all = new Set(paths);
  for (const p of all) host.fs.put(p, '\x7fELF\x02\x01\x01\n', 0o755);
  if (!all.has('/usr/sbin/iptables')) return;
  host.fs.put('/usr/sbin/xtables-nft-multi', '\x7fELF\x02\x01\x01\n', 0o755);
  host.fs.put('/usr/sbin/xtables-legacy-multi', '\x7fELF\x02\x01\x01\n', 0o755);
  for (const name of XTABLES) {
    const [base, verb] = name.split(/-(?=save|restore)/) as [string, string | undefined];
    for (const flavour of ['nft', 'legacy']) {
      const p = `/usr/sbin/${base}-${flavour}${verb ? `-${verb}` : ''}`;
      host.fs.putLink(p, `xtables-${flavour}-multi`);
    }
    host.fs.putLink(`/etc/alternatives/${name}`, `/usr/sbin/${base}-nft${verb ? `-${verb}` : ''}`);
    host.fs.putLink(`/usr/sbin/${name}`, `/etc/alternatives/${name}`);
  }
}

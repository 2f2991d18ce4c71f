/** What every container's root filesystem starts with, whether Docker or kubelet builds it. */
import type { World } from './types.js';
import { Vfs } from './vfs.js';

/** /etc/os-release of the Debian-based images. */
export const DEBIAN_IMAGE_OS_RELEASE =
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';

/** An image's top-level directories and /dev/null, on the world's clock. */
export function containerRootFs(world: World): Vfs {
  const fs = new Vfs(() => world.clock.now);
  for (const d of [
    '/proc',
    '/sys/class/net',
    '/tmp',
    '/root',
    '/var/log',
    '/usr/bin',
    '/usr/sbin',
    '/bin',
    '/dev',
    '/home',
    '/etc',
  ])
    fs.putDir(d);
  fs.putDev('/dev/null', 'null');
  return fs;
}

/** Named starting worlds for `knetlab --world NAME`. */
import type { World } from '../model/types.js';
import { parseCase } from './case-file.js';
import { buildCaseWorld } from './case-world.js';

export interface WorldPreset {
  name: string;
  summary: string;
  build(programPaths: Iterable<string>): World;
}

const HOST_HEADER =
  '# eth0: 192.168.1.10/24\n# gateway: 192.168.1.1\n# lan-hosts: 192.168.1.1 192.168.1.2 192.168.1.3\n';

export const WORLD_PRESETS: readonly WorldPreset[] = [
  {
    name: 'host',
    summary:
      'one Debian host `controlplane` with eth0 192.168.1.10/24 on a LAN (192.168.1.1-3), default route via 192.168.1.1',
    build: (paths) => buildCaseWorld(parseCase(HOST_HEADER).header, { programPaths: paths }),
  },
  {
    name: 'bare',
    summary: 'one Debian host `controlplane` with only lo, as a golden .case starts',
    build: (paths) => buildCaseWorld(parseCase('').header, { programPaths: paths }),
  },
];

export const DEFAULT_WORLD = 'host';

export function findPreset(name: string): WorldPreset | undefined {
  return WORLD_PRESETS.find((p) => p.name === name);
}

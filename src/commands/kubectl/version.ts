/** `kubectl version`: client (and server) version as text, YAML or JSON. */
import { clusterOf } from '../../kube/cluster.js';
import { serverVersionInfo } from '../../kube/version.js';
import { fail } from '../cli-error.js';
import { refusedLine, storeOf } from './api.js';
import { goJson } from './go-json.js';
import { toGoYaml } from './go-yaml.js';
import type { CommandImpl, Kctx } from './kctx.js';

/** The capture machine's kubectl (golden .case worlds); a cluster node's comes from the cluster's release. */
const CAPTURE_CLIENT = {
  major: '1',
  minor: '32+',
  gitVersion: 'v1.32.4-dispatcher',
  gitCommit: '4cb5f0764b8d5f425645c6f433394fede34a8a26',
  gitTreeState: 'clean',
  buildDate: '2025-05-15T20:09:34Z',
  goVersion: 'go1.23.8',
  compiler: 'gc',
  platform: 'linux/amd64',
};
const KUSTOMIZE = 'v5.5.0';

function serverVersion(k: Kctx): Record<string, string> {
  return serverVersionInfo(k.world);
}

function clientVersion(k: Kctx): Record<string, string> {
  return clusterOf(k.world) ? serverVersionInfo(k.world) : CAPTURE_CLIENT;
}

function runVersion(k: Kctx): number {
  const info = clientVersion(k);
  const out = k.f.str('output');
  if (out !== '' && out !== 'yaml' && out !== 'json')
    return fail("error: --output must be 'yaml' or 'json'\n", 1);
  const client = k.f.bool('client');
  const online = !!storeOf(k);
  const doc: Record<string, unknown> = { clientVersion: info, kustomizeVersion: KUSTOMIZE };
  if (!client && online) doc.serverVersion = serverVersion(k);
  if (out === 'json') k.out(`${goJson(doc, false, '  ')}\n`);
  else if (out === 'yaml') k.out(`${toGoYaml(doc)}\n`);
  else {
    k.out(`Client Version: ${info.gitVersion}\nKustomize Version: ${KUSTOMIZE}\n`);
    if (!client && online)
      k.out(`Server Version: ${(doc.serverVersion as { gitVersion: string }).gitVersion}\n`);
  }
  if (!client && !online) return fail(refusedLine(k), 1);
  return 0;
}

export const VERSION: Record<string, CommandImpl> = { version: { run: runVersion } };

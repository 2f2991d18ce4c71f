/** The API server's version facts (`kubectl version`, `GET /version`): the v1.32.0 release build. */
import type { World } from '../model/types.js';
import { clusterOf } from './cluster.js';

export function serverVersionInfo(world: World): Record<string, string> {
  const v = clusterOf(world)?.config.kubernetesVersion ?? 'v1.32.0';
  const minor = /^v\d+\.(\d+)/.exec(v)?.[1] ?? '32';
  return {
    major: '1',
    minor,
    gitVersion: v,
    gitCommit: '70d3cc986aa8221cd1dfb1121852688902d3bf53',
    gitTreeState: 'clean',
    buildDate: '2024-12-11T17:59:15Z',
    goVersion: 'go1.23.3',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

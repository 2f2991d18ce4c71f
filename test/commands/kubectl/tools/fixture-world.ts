/**
 * Dev/test helper: a world whose API store holds the objects of the
 * kubectl-fakeapi fixture (exported as JSON), with the clock at the
 * fixture's NOW, so knetlab's kubectl output can be diffed against the real
 * kubectl talking to the fake API server.
 */
import { type KObject, KubeStore } from '../../../../src/kube/store.js';
import { installBaseFiles, installPrograms } from '../../../../src/model/host-setup.js';
import type { World } from '../../../../src/model/types.js';
import { addHost, createWorld } from '../../../../src/model/world.js';
import { programPaths } from '../../../../src/runner.js';

export interface FixtureData {
  now: number;
  objects: KObject[];
}

/** Put objects into the store as they are (uids, versions and timestamps kept). */
export function loadRaw(store: KubeStore, objects: readonly KObject[]): void {
  const raw = store as unknown as { table(kind: string): Map<string, KObject> };
  for (const o of objects) {
    const key = o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name;
    raw.table(o.kind).set(key, structuredClone(o));
  }
}

export function fixtureWorld(data: FixtureData): World {
  const world = createWorld({ seed: 7, epochMs: Math.round(data.now * 1000) });
  const host = addHost(world, 'controlplane');
  installBaseFiles(host, {});
  installPrograms(host, programPaths());
  const store = new KubeStore(world);
  world.ext.kube = store;
  loadRaw(store, data.objects);
  return world;
}

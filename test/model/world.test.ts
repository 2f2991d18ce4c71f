/** Kernel allocators: ifindexes per namespace, veth peers first, nsids lowest-free, moves keep indexes. */
import { describe, expect, it } from 'vitest';
import {
  addHost,
  allocIfindex,
  createNetns,
  createWorld,
  getNetns,
  linkByName,
  moveLinkTo,
  newLink,
  nsidOf,
} from '../../src/model/world.js';
import { caseSession, run, setup } from '../helpers.js';

describe('ifindex allocation', () => {
  it('is cyclic per namespace and never reuses a freed index', () => {
    const w = createWorld();
    const h = addHost(w, 'h');
    const ns = getNetns(w, h.rootNetns);
    const a = newLink(w, ns, { kind: 'bridge', name: 'a' });
    const b = newLink(w, ns, { kind: 'bridge', name: 'b' });
    expect([a.ifindex, b.ifindex]).toEqual([2, 3]);
    ns.byIndex.delete(b.ifindex);
    expect(allocIfindex(ns)).toBe(4);
  });

  it('gives the veth peer the lower index and keeps an index across a move when free', () => {
    const s = caseSession();
    setup(s, ['ip netns add red', 'ip link add v-a type veth peer name v-b', 'ip link set v-a netns red']);
    const w = s.world;
    const root = getNetns(w, w.hosts.get('controlplane')?.rootNetns as number);
    expect(linkByName(w, root, 'v-b')?.ifindex).toBe(2);
    const red = [...w.netns.values()].find((n) => n.name === 'red');
    expect(red && linkByName(w, red, 'v-a')?.ifindex).toBe(3);
    // a new device in red still starts from the namespace's own cursor
    setup(s, ['ip -n red link add br0 type bridge']);
    expect(red && linkByName(w, red, 'br0')?.ifindex).toBe(2);
  });
});

describe('nsid allocation', () => {
  it('allocates the lowest free id in the viewing namespace', () => {
    const w = createWorld();
    const h = addHost(w, 'h');
    const root = getNetns(w, h.rootNetns);
    const x = createNetns(w, 'h', 'x');
    const y = createNetns(w, 'h', 'y');
    root.nsids.set(x.uid, 7);
    expect(nsidOf(root, y.uid, true)).toBe(0);
    expect(nsidOf(root, y.uid, false)).toBe(0);
  });

  it('gives the target namespace an id when a device moves there', () => {
    const w = createWorld();
    const h = addHost(w, 'h');
    const root = getNetns(w, h.rootNetns);
    const x = createNetns(w, 'h', 'x');
    const l = newLink(w, root, { kind: 'bridge', name: 'b' });
    moveLinkTo(w, l, x);
    expect(root.nsids.get(x.uid)).toBe(0);
  });

  it('shows ids in ip netns list the way iproute2 does', () => {
    const s = caseSession();
    setup(s, [
      'ip netns add one',
      'ip netns add two',
      'ip link add v1 type veth peer name v2',
      'ip link set v1 netns two',
      'ip link set v2 netns one',
    ]);
    expect(run(s, 'ip netns list')).toEqual({ out: 'two (id: 0)\none (id: 1)\n', err: '', exit: 0 });
  });
});

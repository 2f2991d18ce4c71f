/**
 * A way to watch every packet the data plane walks without changing the
 * commands that send them: while an observer is installed on the world,
 * each sendPacket() call reports its start and its result. `trace` and the
 * grader use it to collect the explanation of everything a command sent.
 */
import type { Netns, World } from '../../model/types.js';
import type { Packet, Trace } from './packet.js';

export interface PacketObserver {
  /** A packet is about to be sent from `ns`; events from `trace.events.length` on belong to it. */
  begin(ns: Netns, packet: Packet, trace: Trace): number;
  /** The walk of the packet begun as `token` ended with `result`. */
  end(token: number, result: { kind: string }): void;
}

const KEY = 'packetObserver';

export function packetObserver(world: World): PacketObserver | undefined {
  return world.ext[KEY] as PacketObserver | undefined;
}

/** Install an observer; returns a function that restores the previous one. */
export function observePackets(world: World, o: PacketObserver): () => void {
  const before = world.ext[KEY];
  world.ext[KEY] = o;
  return () => {
    if (before === undefined) delete world.ext[KEY];
    else world.ext[KEY] = before;
  };
}

/**
 * The point where the data plane asks netfilter for a verdict. A namespace
 * without netfilter tables accepts everything, as the kernel does; the
 * engine that evaluates tables registers itself here.
 */
import type { Link, Netns, World } from '../../model/types.js';
import type { Packet, Trace } from '../dataplane/packet.js';
import { netfilterHook } from './traverse.js';

export type NfHook = 'PREROUTING' | 'INPUT' | 'FORWARD' | 'OUTPUT' | 'POSTROUTING';

export interface HookContext {
  world: World;
  ns: Netns;
  hook: NfHook;
  packet: Packet;
  inDev?: Link;
  outDev?: Link;
  /** Bridge ports, when the packet is being bridged (br_netfilter). */
  physIn?: Link;
  physOut?: Link;
  trace: Trace;
}

export type RejectWith = { type: number; code: number } | 'tcp-reset';

export interface HookResult {
  verdict: 'ACCEPT' | 'DROP' | 'REJECT';
  packet: Packet;
  reject?: RejectWith;
}

export type HookEngine = (ctx: HookContext) => HookResult;

let engine: HookEngine | null = netfilterHook;

export function registerNetfilterEngine(e: HookEngine): void {
  engine = e;
}

export function runHook(ctx: HookContext): HookResult {
  if (!engine || (ctx.ns.netfilter === undefined && !ctx.ns.ext.nfPending))
    return { verdict: 'ACCEPT', packet: ctx.packet };
  return engine(ctx);
}

/** iproute2 building blocks: error wording (utils.c), argument cursor, address and prefix parsing. */
import type { KernelError } from '../../model/errno.js';
import { STRERROR } from '../../model/errno.js';
import { type IPv6, parseIPv4Loose, parseIPv6, prefixOfMask } from '../../model/inet.js';
import type { Host, Link, Netns, World } from '../../model/types.js';
import { linkByName } from '../../model/world.js';
import type { IpPrinter } from '../../render/ip-printer.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';

export interface IpOptions {
  family: 0 | 4 | 6 | 'link' | 'mpls' | 'bridge';
  brief: boolean;
  oneline: boolean;
  json: boolean;
  pretty: boolean;
  color: boolean;
  stats: number;
  details: number;
  resolve: boolean;
  all: boolean;
  numeric: boolean;
}

export interface IpCtx {
  p: Proc;
  world: World;
  host: Host;
  ns: Netns;
  opts: IpOptions;
  out: IpPrinter;
}

/** `matches(arg, keyword)`: arg is a non-empty prefix of keyword. */
export function matches(arg: string | undefined, keyword: string): boolean {
  return arg !== undefined && arg.length > 0 && keyword.startsWith(arg);
}

export function invarg(msg: string, arg: string): never {
  return fail(`Error: argument "${arg}" is wrong: ${msg}\n`, 255);
}

export function duparg(key: string, arg: string): never {
  return fail(`Error: duplicate "${key}": "${arg}" is the second value.\n`, 255);
}

export function duparg2(key: string, arg: string): never {
  return fail(`Error: either "${key}" is duplicate, or "${arg}" is a garbage.\n`, 255);
}

export function incomplete(): never {
  return fail('Command line is not complete. Try option "help"\n', 255);
}

export function nodev(name: string): never {
  return fail(`Cannot find device "${name}"\n`, 1);
}

/** A kernel refusal as iproute2 reports it. */
export function rtnlError(e: KernelError, exit = 2): never {
  if (e.extack) return fail(`Error: ${e.extack}.\n`, exit);
  return fail(`RTNETLINK answers: ${STRERROR[e.errno]}\n`, exit);
}

/** Argument cursor with iproute2's NEXT_ARG semantics. */
export class Args {
  i = 0;
  constructor(readonly a: readonly string[]) {}
  get cur(): string | undefined {
    return this.a[this.i];
  }
  get more(): boolean {
    return this.i < this.a.length;
  }
  peek(n = 0): string | undefined {
    return this.a[this.i + n];
  }
  /** NEXT_ARG(): move to the value of the current keyword or fail "Command line is not complete". */
  next(): string {
    this.i++;
    if (this.i >= this.a.length) incomplete();
    return this.a[this.i] as string;
  }
  advance(): void {
    this.i++;
  }
  rest(): string[] {
    return this.a.slice(this.i);
  }
}

export function familyName(f: IpOptions['family'] | 4 | 6 | 0): string {
  return f === 4 ? 'inet' : f === 6 ? 'inet6' : 'any valid';
}

export type ParsedPrefix =
  | { family: 4; addr: number; prefix: number; explicitLen: boolean; isDefault: boolean }
  | { family: 6; addr6: IPv6; prefix: number; explicitLen: boolean; isDefault: boolean };

/** get_prefix(): "default"/"any"/"all", a.b.c.d[/len|/mask], IPv6[/len]. */
export function parsePrefix(arg: string, family: 0 | 4 | 6): ParsedPrefix {
  const bad = (): never => fail(`Error: ${familyName(family)} prefix is expected rather than "${arg}".\n`, 1);
  if (arg === 'default' || arg === 'any' || arg === 'all') {
    if (family === 6)
      return { family: 6, addr6: new Uint8Array(16), prefix: 0, explicitLen: true, isDefault: true };
    return { family: 4, addr: 0, prefix: 0, explicitLen: true, isDefault: true };
  }
  const slash = arg.indexOf('/');
  const a = slash < 0 ? arg : arg.slice(0, slash);
  const l = slash < 0 ? undefined : arg.slice(slash + 1);
  if (a.includes(':')) {
    if (family === 4) bad();
    const v6 = parseIPv6(a);
    if (!v6) bad();
    let plen = 128;
    if (l !== undefined) {
      if (!/^\d+$/.test(l) || Number(l) > 128) bad();
      plen = Number(l);
    }
    return { family: 6, addr6: v6 as IPv6, prefix: plen, explicitLen: l !== undefined, isDefault: false };
  }
  if (family === 6) bad();
  const v4 = parseIPv4Loose(a);
  if (v4 === null) bad();
  let plen = 32;
  if (l !== undefined) {
    if (/^\d+$/.test(l)) {
      if (Number(l) > 32) bad();
      plen = Number(l);
    } else {
      const mask = parseIPv4Loose(l);
      const p = mask === null ? -1 : prefixOfMask(mask);
      if (p < 0) bad();
      plen = p;
    }
  }
  return { family: 4, addr: v4 as number, prefix: plen, explicitLen: l !== undefined, isDefault: false };
}

/** get_addr(): a host address of the family. */
export function parseAddr4(arg: string, family: 0 | 4 | 6): number {
  const v = arg.includes('/') || arg.includes(':') ? null : parseIPv4Loose(arg);
  if (v === null)
    return fail(
      `Error: ${familyName(family === 0 ? 4 : family)} address is expected rather than "${arg}".\n`,
      1,
    );
  return v;
}

export function findDev(ctx: IpCtx, name: string): Link | undefined {
  return linkByName(ctx.world, ctx.ns, name);
}

/** Device lookup for a modifying command ("Cannot find device"). */
export function needDev(ctx: IpCtx, name: string): Link {
  const l = findDev(ctx, name);
  if (!l) nodev(name);
  return l as Link;
}

/**
 * ll_addr_a2n(): colon-separated parts, each read by sscanf("%x") into an
 * int (so 64-bit overflow is -1 and larger values keep their low 32 bits),
 * then refused unless 0..255.
 */
export function parseLladdr(arg: string): number[] {
  const out: number[] = [];
  for (const part of arg.split(':')) {
    const m = /^\s*[+]?(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)/.exec(part);
    if (!m) fail(`"${part}" is invalid lladdr.\n`, 1);
    const digits = ((m as RegExpExecArray)[1] as string).replace(/^0+(?=.)/, '');
    let v = digits.length > 16 ? -1 : Number(BigInt(`0x${digits}`) & 0xffffffffn) | 0;
    if (v < 0 || v > 255) v = -1;
    if (v < 0) fail(`"${part}" is invalid lladdr.\n`, 1);
    out.push(v);
  }
  return out;
}

export function macText(bytes: number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

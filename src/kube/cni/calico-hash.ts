/**
 * The two digests Calico names things with: SHA-1 (the host side of a
 * workload's veth is `cali` + the first 11 hex digits of
 * sha1("<namespace>.<pod>"), libcalico-go VethNameForWorkload) and SHA-224
 * (felix's iptables rule ids: `cali:` + 16 characters of unpadded URL-safe
 * base64 of a hash chained over the chain name and each rule, felix
 * Chain.RuleHashes), both from model/hash.
 */
import { sha1, sha224, utf8 } from '../../model/hash.js';

function concat(a: Uint8Array, b: readonly number[]): number[] {
  return [...a, ...b];
}

function hex(b: Uint8Array): string {
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64url(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = ((b[i] as number) << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    const chars = i + 2 < b.length ? 4 : i + 1 < b.length ? 3 : 2;
    for (let j = 0; j < chars; j++) out += B64URL[(n >>> (18 - 6 * j)) & 63];
  }
  return out;
}

/** The host side of a pod's veth: `cali` + 11 hex digits of sha1("<namespace>.<pod>"). */
export function caliVethName(namespace: string, pod: string): string {
  return `cali${hex(sha1(`${namespace}.${pod}`)).slice(0, 11)}`;
}

/**
 * felix's rule ids for a chain: each rule's hash chains in the previous one
 * (starting from sha224 of the chain name) over `-A <chain> HASH <rule>`,
 * where <rule> is felix's own rendering (`--jump X`, `--out-interface D`, …).
 */
export function felixRuleHashes(chain: string, rules: readonly string[]): string[] {
  let h = sha224(chain);
  return rules.map((r) => {
    h = sha224(concat(h, utf8(`-A ${chain} HASH${r ? ` ${r}` : ''}`)));
    return base64url(h).slice(0, 16);
  });
}

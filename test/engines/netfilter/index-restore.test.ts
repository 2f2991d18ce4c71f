/**
 * The chain index gives the same first match as a linear scan, and the
 * restore API (what kube-proxy and docker call) applies, flushes and
 * reports errors like iptables-restore.
 */
import { describe, expect, it } from 'vitest';
import type { Packet } from '../../../src/engines/dataplane/packet.js';
import { candidateRules, INDEX_MIN_RULES } from '../../../src/engines/netfilter/chain-index.js';
import { restoreRules } from '../../../src/engines/netfilter/restore.js';
import { getTable } from '../../../src/engines/netfilter/tables.js';
import { ruleMatches } from '../../../src/engines/netfilter/traverse.js';
import type { Chain, PacketCtx } from '../../../src/engines/netfilter/types.js';
import { Rng } from '../../../src/model/rng.js';
import { lab } from './lab.js';

function firstMatch(chain: Chain, ctx: PacketCtx, order: number[] | null): number {
  const list = order ?? chain.rules.map((_, i) => i);
  for (const i of list) if (ruleMatches(chain.rules[i] as (typeof chain.rules)[number], ctx)) return i;
  return -1;
}

describe('chain index', () => {
  it('keeps first-match semantics on a mixed chain', () => {
    const rng = new Rng(5);
    const lines = ['*nat', ':BIG - [0:0]'];
    for (let i = 0; i < 400; i++) {
      const a = `10.96.${i % 7}.${rng.int(1, 20)}`;
      const kind = rng.int(0, 5);
      if (kind === 0) lines.push(`-A BIG -d ${a}/32 -p tcp -m tcp --dport ${rng.int(79, 83)} -j RETURN`);
      else if (kind === 1) lines.push(`-A BIG -d ${a}/32 -j RETURN`);
      else if (kind === 2) lines.push(`-A BIG -p udp -m udp --dport ${rng.int(50, 56)} -j RETURN`);
      else if (kind === 3) lines.push(`-A BIG -s 10.244.${rng.int(0, 3)}.0/24 -j RETURN`);
      else lines.push(`-A BIG ! -d ${a}/32 -p tcp -m tcp --dport 81 -j RETURN`);
    }
    lines.push('COMMIT');
    const l = lab();
    expect(restoreRules(l.ns(), `${lines.join('\n')}\n`)).toEqual({ exit: 0, stderr: '' });
    const chain = getTable(l.ns(), 'nat')?.chains.get('BIG') as Chain;
    expect(chain.rules.length).toBeGreaterThan(INDEX_MIN_RULES);
    for (let k = 0; k < 500; k++) {
      const packet: Packet = {
        src: (0x0af40000 | rng.int(0, 1024)) >>> 0,
        dst: (0x0a600000 | (rng.int(0, 8) << 8) | rng.int(0, 22)) >>> 0,
        proto: rng.int(0, 2) ? 'tcp' : 'udp',
        ttl: 64,
        len: 60,
        mark: 0,
        sport: 40000,
        dport: rng.int(48, 85),
      };
      const ctx = { world: l.world, ns: l.ns(), hook: 'PREROUTING', packet } as unknown as PacketCtx;
      const fast = candidateRules(chain, packet);
      expect(fast).not.toBeNull();
      expect(firstMatch(chain, ctx, fast)).toBe(firstMatch(chain, ctx, null));
    }
  });
});

describe('restoreRules', () => {
  it('flushes the table unless noflush, and empties declared user chains', () => {
    const l = lab([], ['iptables -N KEEP', 'iptables -A KEEP -j ACCEPT', 'iptables -A INPUT -j KEEP']);
    restoreRules(l.ns(), '*filter\n:KEEP - [0:0]\n-A KEEP -s 10.0.0.1 -j DROP\nCOMMIT\n', { noflush: true });
    expect(l.sh('iptables -S').stdout).toBe(
      '-P INPUT ACCEPT\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n-N KEEP\n-A INPUT -j KEEP\n-A KEEP -s 10.0.0.1/32 -j DROP\n',
    );
    restoreRules(l.ns(), '*filter\n:INPUT DROP [0:0]\nCOMMIT\n');
    expect(l.sh('iptables -S').stdout).toBe('-P INPUT DROP\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n');
  });

  it('reports the failing line and applies nothing of that table', () => {
    const l = lab();
    const r = restoreRules(
      l.ns(),
      '*filter\n-A INPUT -j ACCEPT\n-A INPUT -p tcp --dport 99999 -j ACCEPT\nCOMMIT\n',
    );
    expect(r).toEqual({
      exit: 2,
      stderr:
        "iptables-restore v1.8.9 (nf_tables): invalid port/service `99999' specified\nError occurred at line: 3\nTry `iptables-restore -h' or 'iptables-restore --help' for more information.\n",
    });
    expect(getTable(l.ns(), 'filter')).toBeUndefined();
  });

  it('checks jumps at COMMIT and needs COMMIT at the end', () => {
    const l = lab();
    expect(restoreRules(l.ns(), '*filter\n-A INPUT -j NOPE\nCOMMIT\n').stderr).toContain(
      "Chain 'NOPE' does not exist\nError occurred at line: 3\n",
    );
    expect(restoreRules(l.ns(), '*filter\n-A INPUT -j ACCEPT\n')).toEqual({
      exit: 1,
      stderr: 'iptables-restore: COMMIT expected at line 3\n',
    });
  });

  it('takes counters only with counters: true', () => {
    const l = lab();
    const text = '*filter\n:INPUT ACCEPT [10:840]\n[5:420] -A INPUT -s 10.20.30.0/24 -j ACCEPT\nCOMMIT\n';
    restoreRules(l.ns(), text);
    expect(l.sh('iptables-save -c').stdout).toContain('[0:0] -A INPUT -s 10.20.30.0/24 -j ACCEPT');
    restoreRules(l.ns(), text, { counters: true });
    const saved = l.sh('iptables-save -c').stdout;
    expect(saved).toContain(':INPUT ACCEPT [10:840]\n');
    expect(saved).toContain('[5:420] -A INPUT -s 10.20.30.0/24 -j ACCEPT\n');
  });
});

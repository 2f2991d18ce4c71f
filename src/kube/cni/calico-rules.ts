/**
 * felix's iptables programming (Calico v3.2x, iptables data plane, an IPIP
 * pool with natOutgoing, no host endpoints), at a representative level:
 * the jumps from the built-in chains (inserted first, as felix's default
 * ChainInsertMode=insert does), cali-INPUT / cali-FORWARD / cali-OUTPUT,
 * the nat chains (cali-nat-outgoing MASQUERADEs pool traffic leaving the
 * pool, cali-POSTROUTING masquerades host traffic out of tunl0) and the
 * ipsets they match (cali40all-ipam-pools, cali40masq-ipam-pools,
 * cali40all-hosts-net).
 *
 * felix hands protocol numbers to iptables-restore (`-p 4`); listings name
 * them from /etc/protocols (`ipencap`).
 *
 * Each rule id (`cali:…`) is computed with felix's RuleHashes over felix's
 * own rendering of the rule; the algorithm reproduces ids captured from
 * real nodes (Cz_u1IQiXIMmKD4c, PajejrV4aFdkZojI, flqWnvo8yq4ULQLa, …).
 * The two rules felix appends to FORWARD carry the ids captured from a
 * real node (their hashing differs from the chained one).
 *
 * Not programmed: the raw and mangle chains, the per-workload chains
 * (cali-from-wl-dispatch / cali-to-wl-dispatch stay empty instead of
 * sending each caliXXX to cali-fw-* / cali-tw-* and profile chains), so
 * NetworkPolicy is not enforced by this Calico.
 */

import { ruleSpecText } from '../../engines/netfilter/format.js';
import { ensureSet } from '../../engines/netfilter/ipset.js';
import { restoreRules } from '../../engines/netfilter/restore.js';
import { getTable } from '../../engines/netfilter/tables.js';
import type { Netns } from '../../model/types.js';
import { felixRuleHashes } from './calico-hash.js';

/** A rule as iptables-save prints it (`{id}` where the comment goes) and as felix renders it for hashing. */
interface FelixRule {
  save: string;
  felix: string;
}

const r = (save: string, felix: string): FelixRule => ({ save, felix });

const HEP_ACCEPTED = 'Host endpoint policy accepted packet.';

function chainRules(ipip: boolean): Record<string, Record<string, FelixRule[]>> {
  const ipipIn = ipip
    ? [
        r(
          '-p 4 {id} -m comment --comment "Allow IPIP packets from Calico hosts" -m set --match-set cali40all-hosts-net src -m addrtype --dst-type LOCAL -j ACCEPT',
          '-m comment --comment "Allow IPIP packets from Calico hosts" -p 4 -m set --match-set cali40all-hosts-net src -m addrtype --dst-type LOCAL --jump ACCEPT',
        ),
        r(
          '-p 4 {id} -m comment --comment "Drop IPIP packets from non-Calico hosts" -j DROP',
          '-m comment --comment "Drop IPIP packets from non-Calico hosts" -p 4 --jump DROP',
        ),
      ]
    : [];
  const ipipOut = ipip
    ? [
        r(
          '-p 4 {id} -m comment --comment "Allow IPIP packets to other Calico hosts" -m set --match-set cali40all-hosts-net dst -m addrtype --src-type LOCAL -j ACCEPT',
          '-m comment --comment "Allow IPIP packets to other Calico hosts" -p 4 -m set --match-set cali40all-hosts-net dst -m addrtype --src-type LOCAL --jump ACCEPT',
        ),
      ]
    : [];
  const masqTunnel = ipip
    ? [
        r(
          '-o tunl0 {id} -m addrtype ! --src-type LOCAL --limit-iface-out -m addrtype --src-type LOCAL -j MASQUERADE --random-fully',
          '--out-interface tunl0 -m addrtype ! --src-type LOCAL --limit-iface-out -m addrtype --src-type LOCAL --jump MASQUERADE --random-fully',
        ),
      ]
    : [];
  return {
    filter: {
      INPUT: [r('{id} -j cali-INPUT', '--jump cali-INPUT')],
      FORWARD: [r('{id} -j cali-FORWARD', '--jump cali-FORWARD')],
      OUTPUT: [r('{id} -j cali-OUTPUT', '--jump cali-OUTPUT')],
      'cali-FORWARD': [
        r('{id} -j MARK --set-xmark 0x0/0xe0000', '--jump MARK --set-mark 0/0xe0000'),
        r(
          '{id} -m mark --mark 0x0/0x10000 -j cali-from-hep-forward',
          '-m mark --mark 0/0x10000 --jump cali-from-hep-forward',
        ),
        r('-i cali+ {id} -j cali-from-wl-dispatch', '--in-interface cali+ --jump cali-from-wl-dispatch'),
        r('-o cali+ {id} -j cali-to-wl-dispatch', '--out-interface cali+ --jump cali-to-wl-dispatch'),
        r('{id} -j cali-to-hep-forward', '--jump cali-to-hep-forward'),
        r('{id} -j cali-cidr-block', '--jump cali-cidr-block'),
      ],
      'cali-INPUT': [
        ...ipipIn,
        r('-i cali+ {id} -g cali-wl-to-host', '--in-interface cali+ --goto cali-wl-to-host'),
        r('{id} -m mark --mark 0x10000/0x10000 -j ACCEPT', '-m mark --mark 0x10000/0x10000 --jump ACCEPT'),
        r('{id} -j MARK --set-xmark 0x0/0xf0000', '--jump MARK --set-mark 0/0xf0000'),
        r('{id} -j cali-from-host-endpoint', '--jump cali-from-host-endpoint'),
        r(
          `{id} -m comment --comment "${HEP_ACCEPTED}" -m mark --mark 0x10000/0x10000 -j ACCEPT`,
          `-m comment --comment "${HEP_ACCEPTED}" -m mark --mark 0x10000/0x10000 --jump ACCEPT`,
        ),
      ],
      'cali-OUTPUT': [
        r('{id} -m mark --mark 0x10000/0x10000 -j ACCEPT', '-m mark --mark 0x10000/0x10000 --jump ACCEPT'),
        r('-o cali+ {id} -j RETURN', '--out-interface cali+ --jump RETURN'),
        ...ipipOut,
        r('{id} -j MARK --set-xmark 0x0/0xf0000', '--jump MARK --set-mark 0/0xf0000'),
        r('{id} -j cali-to-host-endpoint', '--jump cali-to-host-endpoint'),
        r(
          `{id} -m comment --comment "${HEP_ACCEPTED}" -m mark --mark 0x10000/0x10000 -j ACCEPT`,
          `-m comment --comment "${HEP_ACCEPTED}" -m mark --mark 0x10000/0x10000 --jump ACCEPT`,
        ),
      ],
      'cali-wl-to-host': [
        r('{id} -j cali-from-wl-dispatch', '--jump cali-from-wl-dispatch'),
        r(
          '{id} -m comment --comment "Configured DefaultEndpointToHostAction" -j ACCEPT',
          '-m comment --comment "Configured DefaultEndpointToHostAction" --jump ACCEPT',
        ),
      ],
      'cali-cidr-block': [],
      'cali-from-hep-forward': [],
      'cali-from-host-endpoint': [],
      'cali-from-wl-dispatch': [],
      'cali-to-hep-forward': [],
      'cali-to-host-endpoint': [],
      'cali-to-wl-dispatch': [],
    },
    nat: {
      PREROUTING: [r('{id} -j cali-PREROUTING', '--jump cali-PREROUTING')],
      OUTPUT: [r('{id} -j cali-OUTPUT', '--jump cali-OUTPUT')],
      POSTROUTING: [r('{id} -j cali-POSTROUTING', '--jump cali-POSTROUTING')],
      'cali-OUTPUT': [r('{id} -j cali-fip-dnat', '--jump cali-fip-dnat')],
      'cali-POSTROUTING': [
        r('{id} -j cali-fip-snat', '--jump cali-fip-snat'),
        r('{id} -j cali-nat-outgoing', '--jump cali-nat-outgoing'),
        ...masqTunnel,
      ],
      'cali-PREROUTING': [r('{id} -j cali-fip-dnat', '--jump cali-fip-dnat')],
      'cali-fip-dnat': [],
      'cali-fip-snat': [],
      'cali-nat-outgoing': [
        r(
          '{id} -m set --match-set cali40masq-ipam-pools src -m set ! --match-set cali40all-ipam-pools dst -j MASQUERADE --random-fully',
          '-m set --match-set cali40masq-ipam-pools src -m set ! --match-set cali40all-ipam-pools dst --jump MASQUERADE --random-fully',
        ),
      ],
    },
  };
}

/** Rules felix appends to FORWARD (ids captured from a real node). */
const FORWARD_TAIL = [
  '-m comment --comment "cali:S93hcgKJrXEqnTfs" -m comment --comment "Policy explicitly accepted packet." -m mark --mark 0x10000/0x10000 -j ACCEPT',
  '-m comment --comment "cali:mp77cMpurHhyjLrM" -j MARK --set-xmark 0x10000/0x10000',
];

const BUILTIN = new Set(['INPUT', 'FORWARD', 'OUTPUT', 'PREROUTING', 'POSTROUTING']);

function withId(rule: FelixRule, id: string): string {
  return rule.save.replace('{id}', `-m comment --comment "cali:${id}"`);
}

function hasRule(ns: Netns, table: 'filter' | 'nat', chain: string, spec: string): boolean {
  return (getTable(ns, table)?.chains.get(chain)?.rules ?? []).some(
    (x) => ruleSpecText(x, null) === ` ${spec}`,
  );
}

export interface CalicoRuleInputs {
  ipip: boolean;
  /** Pools (CIDRs) and the ones with natOutgoing. */
  pools: string[];
  masqPools: string[];
  /** Every Calico node's address. */
  hosts: string[];
}

/** The ipsets felix keeps (hash:net, family inet). */
export function syncCalicoSets(ns: Netns, inputs: CalicoRuleInputs): void {
  const sets: Array<[string, string[]]> = [
    ['cali40all-ipam-pools', inputs.pools],
    ['cali40masq-ipam-pools', inputs.masqPools],
    ['cali40all-hosts-net', inputs.hosts],
  ];
  for (const [name, entries] of sets) {
    const s = ensureSet(ns, name, 'hash:net', 0);
    const want = entries.map((e) => e.replace(/\/32$/, ''));
    if ([...s.entries].join(',') === want.join(',')) continue;
    s.entries = new Set(want);
  }
}

/**
 * felix's iptables sync: its own chains are rewritten whole; the jumps in
 * the built-in chains are inserted at the top (or appended, for FORWARD's
 * tail) when missing.
 */
export function syncCalicoRules(ns: Netns, inputs: CalicoRuleInputs): void {
  syncCalicoSets(ns, inputs);
  const all = chainRules(inputs.ipip);
  const lines: string[] = [];
  for (const table of ['filter', 'nat'] as const) {
    const chains = all[table] as Record<string, FelixRule[]>;
    const body: string[] = [];
    const decl: string[] = [];
    for (const [chain, rules] of Object.entries(chains)) {
      const ids = felixRuleHashes(
        chain,
        rules.map((x) => x.felix),
      );
      if (BUILTIN.has(chain)) {
        rules.forEach((rule, i) => {
          const spec = withId(rule, ids[i] as string);
          if (!hasRule(ns, table, chain, spec)) body.push(`-I ${chain} ${i + 1} ${spec}`);
        });
        continue;
      }
      decl.push(`:${chain} - [0:0]`);
      rules.forEach((rule, i) => {
        body.push(`-A ${chain} ${withId(rule, ids[i] as string)}`);
      });
    }
    if (table === 'filter')
      for (const spec of FORWARD_TAIL)
        if (!hasRule(ns, table, 'FORWARD', spec)) body.push(`-A FORWARD ${spec}`);
    lines.push(`*${table}`, ...decl.sort(), ...body, 'COMMIT');
  }
  restoreRules(ns, `${lines.join('\n')}\n`, { noflush: true, prog: 'iptables-restore', shareParsed: true });
}

/**
 * Transcripts of the real iptables 1.8.9 / conntrack 1.4.7 captured with
 * the golden harness for this suite (test/commands/iptables/golden), replayed
 * in-process. Steps that depend on other tools' exact packets (DNS query
 * sizes, ping's echo ids, kernel hash order) are listed as known gaps.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchedSteps } from '../../golden/parity.js';

const dir = join(new URL('.', import.meta.url).pathname, 'golden');

/** Steps (1-based) known to differ, with the reason. */
const KNOWN: Record<string, Record<number, string>> = {
  'p1-masq-variants': { 39: 'conntrack -L order is the kernel hash order' },
  'p4-dnat-ping': { 15: 'the stub resolver sends from 127.0.0.53, the kernel picks 127.0.0.1' },
  'p5-names': { 22: 'DNS query sizes of the reverse lookups bump the loopback rule' },
  q3: { 9: 'DNS query sizes of the reverse lookups of -L' },
};

describe('iptables transcripts', () => {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.case'))) {
    const name = f.replace(/\.case$/, '');
    it(name, () => {
      const r = matchedSteps(join(dir, f));
      const known = KNOWN[name] ?? {};
      const unexpected = r.failing.filter((s) => !(Number(s.split(':')[0]) in known));
      expect(unexpected).toEqual([]);
    });
  }
});

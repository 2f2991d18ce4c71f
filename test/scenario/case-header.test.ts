/**
 * `.case` headers are untrusted input: parseCase validates them against the
 * JSON Schema of src/scenario/case-schema.ts, compiled by ajv ahead of time
 * (no compiler or eval at run time). Every golden case passes; malformed or
 * oversized headers are refused with the line and what was expected.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseError, parseCase } from '../../src/scenario/case-file.js';
import { goldenCases } from '../golden/parity.js';
import { VALIDATOR_FILE, validatorSource } from '../tools/gen-validators.js';

function refused(text: string): string {
  try {
    parseCase(text, 'x.case');
  } catch (e) {
    if (e instanceof CaseError) return e.message;
    throw e;
  }
  throw new Error('accepted');
}

describe('case header validation', () => {
  it('accepts every golden case', () => {
    for (const f of goldenCases()) expect(() => parseCase(readFileSync(f, 'utf8'), f)).not.toThrow();
  });

  it('builds the header from the directives', () => {
    const c = parseCase(
      [
        '# name: t-1',
        '# eth0: 10.1.2.3/24',
        '# lan-hosts: 10.1.2.1  10.1.2.9',
        '# dns-server: 10.1.2.53',
        '# dns-record: A web.lab 10.1.2.80',
        '# dns-record: SRV _http._tcp.lab web.lab 80 1 1',
        '# dns-record: TXT web.lab "v=1"',
        '# dns-ttl: 60',
        '# tty: 80x24',
        '# kube-discovery-cache: yes',
        '# not-a-directive: ignored, a comment',
        'ip a',
      ].join('\n'),
    );
    expect(c.header).toEqual({
      name: 't-1',
      description: [],
      eth0: '10.1.2.3/24',
      lanHosts: ['10.1.2.1', '10.1.2.9'],
      dnsServer: '10.1.2.53',
      dnsRecords: ['A web.lab 10.1.2.80', 'SRV _http._tcp.lab web.lab 80 1 1', 'TXT web.lab "v=1"'],
      dnsTtl: 60,
      resolvConf: [],
      hosts: [],
      kubeDiscoveryCache: true,
      tty: { cols: 80, rows: 24 },
    });
    expect(c.commands).toEqual(['ip a']);
  });

  it('refuses malformed directives with their line and what was expected', () => {
    expect(refused('# eth0: 10.1.2.3\nip a\n')).toBe(
      'x.case:1: bad eth0 "10.1.2.3": expected ADDRESS/PREFIX, e.g. 192.168.1.10/24',
    );
    expect(refused('# eth0: 10.1.2.3/24\n# gateway: 10.1.2.256\n')).toBe(
      'x.case:2: bad gateway "10.1.2.256": expected an IPv4 address',
    );
    expect(refused('# dns-record: A a.lab 10.0.0.1\n# dns-record: A b.lab nowhere\n')).toMatch(
      /^x\.case:2: bad dns-record "A b\.lab nowhere": expected A\|AAAA NAME ADDRESS, /,
    );
    expect(refused('# tty: wide\n')).toBe('x.case:1: bad tty "wide": expected COLSxROWS, e.g. 80x24');
    expect(refused('# kube-discovery-cache: maybe\n')).toBe(
      'x.case:1: bad kube-discovery-cache "maybe": expected yes or no',
    );
    expect(refused('# lan-hosts: 10.0.0.1 10.0.0.x\n')).toBe(
      'x.case:1: bad lan-hosts "10.0.0.x": expected IPv4 addresses separated by spaces (at most 64)',
    );
    expect(refused('# gateway: 10.0.0.1\n# gateway: 10.0.0.2\n')).toBe('x.case:2: duplicate header gateway');
  });

  it('bounds the work a header can ask for', () => {
    const many = Array.from(
      { length: 10001 },
      (_, i) => `# dns-record: A h${i}.lab 10.0.${i >> 8}.${i & 255}`,
    );
    expect(refused(`${many.join('\n')}\n`)).toBe('x.case:1: dns-record: at most 10000 lines allowed');
    const hosts = Array.from({ length: 65 }, (_, i) => `10.0.0.${i + 1}`).join(' ');
    expect(refused(`# lan-hosts: ${hosts}\n`)).toBe('x.case:1: lan-hosts: at most 64 addresses allowed');
    expect(refused('# lan-hosts:\n')).toBe('x.case:1: lan-hosts: needs at least one address');
    expect(refused(`# name: ${'n'.repeat(201)}\n`)).toMatch(
      /^x\.case:1: bad name "n+": expected a case name$/,
    );
  });

  it('keeps keys like __proto__ out of the header object', () => {
    const c = parseCase('# __proto__: {"polluted": true}\n# constructor: x\nip a\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(c.commands).toEqual(['ip a']);
  });

  it('uses the validator generated from the current schema', () => {
    expect(readFileSync(VALIDATOR_FILE, 'utf8')).toBe(validatorSource());
  });
});

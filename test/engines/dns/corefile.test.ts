/** Corefile parsing and plugin setup: real Corefiles build, bad ones fail with CoreDNS's wording. */
import { describe, expect, it } from 'vitest';
import { lexCorefile, parseCorefile, splitKey } from '../../../src/engines/dns/corefile.js';
import { buildServer } from '../../../src/engines/dns/server.js';
import { KUBEADM_COREFILE } from './kube-fixture.js';

describe('Corefile parser', () => {
  it('lexes words, quotes, braces and comments with line numbers', () => {
    const t = lexCorefile('a "b c" # no\n{ }');
    expect(t.map((x) => [x.text, x.line])).toEqual([
      ['a', 1],
      ['b c', 1],
      ['{', 2],
      ['}', 2],
    ]);
  });

  it('parses the kubeadm default Corefile unchanged', () => {
    const blocks = parseCorefile(KUBEADM_COREFILE, 'Corefile', () => true);
    expect(blocks).toHaveLength(1);
    const b = blocks[0];
    expect(b?.keys.map((k) => k.text)).toEqual(['.:53']);
    expect(b?.directives.map((d) => d.name)).toEqual([
      'errors',
      'health',
      'ready',
      'kubernetes',
      'prometheus',
      'forward',
      'cache',
      'loop',
      'reload',
      'loadbalance',
    ]);
    const k = b?.directives[3];
    expect(k?.args.map((a) => a.text)).toEqual(['cluster.local', 'in-addr.arpa', 'ip6.arpa']);
    expect(k?.block?.map((d) => [d.name, ...d.args.map((a) => a.text)])).toEqual([
      ['pods', 'insecure'],
      ['fallthrough', 'in-addr.arpa', 'ip6.arpa'],
      ['ttl', '30'],
    ]);
    const built = buildServer(KUBEADM_COREFILE);
    expect(built.ok).toBe(true);
    if (built.ok) {
      expect(built.blocks[0]?.zones).toEqual(['.']);
      expect(built.blocks[0]?.port).toBe(53);
      // the chain runs in plugin.cfg order, not in the order of the file
      expect(built.blocks[0]?.chain.map((p) => p.name)).toEqual([
        'reload',
        'ready',
        'health',
        'prometheus',
        'errors',
        'loadbalance',
        'cache',
        'kubernetes',
        'loop',
        'forward',
      ]);
    }
  });

  it('splits server block keys', () => {
    expect(splitKey('.:53')).toEqual({ zone: '.', port: 53, scheme: 'dns' });
    expect(splitKey('cluster.local:1053')).toEqual({ zone: 'cluster.local.', port: 1053, scheme: 'dns' });
    expect(splitKey('dns://Example.ORG')).toEqual({ zone: 'example.org.', port: 53, scheme: 'dns' });
    expect(splitKey(':5353')).toEqual({ zone: '.', port: 5353, scheme: 'dns' });
  });

  it('several blocks, several keys, snippets and import', () => {
    const text = `(common) {
  errors
  log
}
example.org:1053 example.net:1053 {
  import common
  whoami
}
. {
  forward . 10.0.0.1
}
`;
    const r = buildServer(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.blocks.map((b) => [b.zones, b.port, b.chain.map((p) => p.name)])).toEqual([
      [['example.org.', 'example.net.'], 1053, ['errors', 'log', 'whoami']],
      [['.'], 53, ['forward']],
    ]);
  });

  const ERRORS: Array<[string, string, string]> = [
    [
      'unknown directive',
      '.:53 {\n  errors\n  foo bar\n}\n',
      "Corefile:3 - Error during parsing: Unknown directive 'foo'",
    ],
    [
      'missing closing brace',
      '.:53 {\n  errors\n',
      "Corefile:2 - Syntax error: Unexpected token 'errors', expecting '}'",
    ],
    [
      'unclosed plugin block',
      '.:53 {\n  health {\n   lameduck 5s\n',
      'Corefile:3 - Error during parsing: Unexpected EOF',
    ],
    [
      'forward without a destination',
      '.:53 {\n  forward .\n}\n',
      "plugin/forward: Corefile:2 - Error during parsing: Wrong argument count or unexpected line ending after '.'",
    ],
    [
      'forward to garbage',
      '.:53 {\n  forward . nowhere\n}\n',
      'plugin/forward: not an IP address or file: "nowhere"',
    ],
    [
      'kubernetes pods with a bad mode',
      '.:53 {\n  kubernetes cluster.local {\n    pods maybe\n  }\n}\n',
      'plugin/kubernetes: wrong value for pods: maybe,  must be one of: disabled, verified, insecure',
    ],
    [
      'kubernetes ttl out of range',
      '.:53 {\n  kubernetes cluster.local {\n    ttl 9999\n  }\n}\n',
      'plugin/kubernetes: Corefile:3 - Error during parsing: ttl must be in range [0, 3600]: 9999',
    ],
    [
      'kubernetes unknown property',
      '.:53 {\n  kubernetes {\n    colour blue\n  }\n}\n',
      "plugin/kubernetes: Corefile:3 - Error during parsing: unknown property 'colour'",
    ],
    [
      'a plugin twice',
      '.:53 {\n  cache\n  cache 10\n}\n',
      'plugin/cache: this plugin can only be used once per Server Block',
    ],
    [
      'the same zone twice',
      '.:53 {\n  whoami\n}\n.:53 {\n  whoami\n}\n',
      'cannot serve dns://.:53 - it is already defined',
    ],
  ];
  for (const [name, text, want] of ERRORS)
    it(`error: ${name}`, () => {
      const r = buildServer(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toBe(want);
    });
});

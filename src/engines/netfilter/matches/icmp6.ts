/** ip6tables' icmp6 match (`-p ipv6-icmp --icmpv6-type TYPE[/CODE]`). */
import { defineMatch, type MatchModule, paramError, strtoui } from '../ext.js';
import type { IcmpMatch } from './basic.js';

const ICMP6_CODES: ReadonlyArray<[string, number, number, number]> = [
  ['destination-unreachable', 1, 0, 0xff],
  ['no-route', 1, 0, 0],
  ['communication-prohibited', 1, 1, 1],
  ['beyond-scope', 1, 2, 2],
  ['address-unreachable', 1, 3, 3],
  ['port-unreachable', 1, 4, 4],
  ['failed-policy', 1, 5, 5],
  ['reject-route', 1, 6, 6],
  ['packet-too-big', 2, 0, 0xff],
  ['time-exceeded', 3, 0, 0xff],
  ['ttl-exceeded', 3, 0, 0xff],
  ['ttl-zero-during-transit', 3, 0, 0],
  ['ttl-zero-during-reassembly', 3, 1, 1],
  ['parameter-problem', 4, 0, 0xff],
  ['bad-header', 4, 0, 0],
  ['unknown-header-type', 4, 1, 1],
  ['unknown-option', 4, 2, 2],
  ['echo-request', 128, 0, 0xff],
  ['ping', 128, 0, 0xff],
  ['echo-reply', 129, 0, 0xff],
  ['pong', 129, 0, 0xff],
  ['router-solicitation', 133, 0, 0xff],
  ['router-advertisement', 134, 0, 0xff],
  ['neighbour-solicitation', 135, 0, 0xff],
  ['neighbor-solicitation', 135, 0, 0xff],
  ['neighbour-advertisement', 136, 0, 0xff],
  ['neighbor-advertisement', 136, 0, 0xff],
  ['redirect', 137, 0, 0xff],
];

function parseType(s: string): Omit<IcmpMatch, 'inv'> {
  let found: (typeof ICMP6_CODES)[number] | undefined;
  for (const e of ICMP6_CODES) {
    if (!e[0].toLowerCase().startsWith(s.toLowerCase())) continue;
    if (found && (found[1] !== e[1] || found[2] !== e[2] || found[3] !== e[3]))
      paramError(`Ambiguous ICMPv6 type \`${s}': \`${found[0]}' or \`${e[0]}'?`);
    found ??= e;
  }
  if (found && s !== '') return { type: found[1], codeMin: found[2], codeMax: found[3] };
  const [t, c] = s.split('/', 2);
  const type = strtoui(t ?? '', 0, 255);
  if (type === null) paramError(`Unknown ICMPv6 type \`${s}'`);
  if (c === undefined) return { type, codeMin: 0, codeMax: 0xff };
  const code = strtoui(c, 0, 255);
  if (code === null) paramError(`Unknown ICMPv6 code \`${s}'`);
  return { type, codeMin: code, codeMax: code };
}

export const ICMP6_MATCH: MatchModule<IcmpMatch> = defineMatch<IcmpMatch>({
  name: 'icmp6',
  family: 6,
  opts: [{ name: 'icmpv6-type', arg: true, inv: true }],
  init: () => ({ type: 0, codeMin: 0, codeMax: 0xff, inv: false }),
  parse(d, _opt, arg, inv) {
    Object.assign(d, parseType(arg), { inv });
  },
  print(d, numeric) {
    if (!numeric) {
      const e = ICMP6_CODES.find((c) => c[1] === d.type && c[2] === d.codeMin && c[3] === d.codeMax);
      if (e) return ` ipv6-icmp ${d.inv ? '!' : ''}${e[0]}`;
    }
    let s = ` ipv6-icmp${d.inv ? ' !' : ''}type ${d.type}`;
    if (d.codeMin === d.codeMax) s += ` code ${d.codeMin}`;
    else if (d.codeMin !== 0 || d.codeMax !== 0xff) s += ` codes ${d.codeMin}-${d.codeMax}`;
    return s;
  },
  save(d) {
    const code = d.codeMin !== 0 || d.codeMax !== 0xff ? `/${d.codeMin}` : '';
    return `${d.inv ? ' !' : ''} --icmpv6-type ${d.type}${code}`;
  },
  valid: (_d, c) => c.proto === 58,
  match: () => false,
});

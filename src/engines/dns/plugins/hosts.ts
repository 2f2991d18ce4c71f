/**
 * The `hosts` plugin: A/AAAA/PTR from a hosts file (read from the server's
 * filesystem on every query, which stands in for `reload`) and inline
 * entries. A name it does not know falls through when configured, else the
 * answer is SERVFAIL (CoreDNS has no SOA to make an NXDOMAIN with).
 */
import { ipv6Equal } from '../../../model/inet.js';
import { type HostsEntry, parseHosts } from '../../resolver/hosts-file.js';
import { nameKey, QT, replyTo, rr } from '../message.js';
import {
  argErr,
  type Fall,
  fallThrough,
  matchZone,
  type Plugin,
  type SetupInput,
  serverFailure,
  setupErr,
  zonesFrom,
} from '../plugin.js';
import { arpaToAddr } from '../reverse.js';

export function setupHosts(input: SetupInput): Plugin {
  const d = input.directive;
  const file = d.args[0]?.text ?? '/etc/hosts';
  const zones = zonesFrom(d.args.slice(1), input.blockZones);
  let ttl = 3600;
  let noReverse = false;
  let fall: Fall = { enabled: false, zones: [] };
  const inline: string[] = [];
  for (const sub of d.block ?? []) {
    const args = sub.args.map((a) => a.text);
    switch (sub.name) {
      case 'fallthrough':
        fall = { enabled: true, zones: zonesFrom(sub.args, []) };
        break;
      case 'ttl': {
        if (args.length !== 1) throw argErr(input, { text: 'ttl', line: sub.line, quoted: false });
        const t = Number(args[0]);
        if (!/^\d+$/.test(args[0] as string) || t < 0 || t > 4294967295)
          throw setupErr(input, `ttl provided is invalid`, sub.line);
        ttl = t;
        break;
      }
      case 'no_reverse':
        noReverse = true;
        break;
      case 'reload':
        break;
      default:
        if (parseHosts(`${sub.name} x`).length === 0)
          throw setupErr(input, `unknown property '${sub.name}'`, sub.line);
        inline.push([sub.name, ...args].join(' '));
    }
  }
  const inlineEntries = parseHosts(inline.join('\n'));
  return {
    name: 'hosts',
    serve(ctx, q, next) {
      const question = q.question[0];
      if (!question) return next(ctx, q);
      const qname = nameKey(question.name);
      const entries: HostsEntry[] = [...inlineEntries, ...parseHosts(ctx.readFile(file) ?? '')];
      const has = (e: HostsEntry) => e.names.some((n) => nameKey(n) === qname);
      if (matchZone(zones, qname) === null && question.qtype !== QT.PTR) return next(ctx, q);
      const res = replyTo(q);
      res.aa = true;
      if (question.qtype === QT.PTR) {
        const a = noReverse ? null : arpaToAddr(qname);
        const names: string[] = [];
        for (const e of entries) {
          if (!a || e.family !== a.family) continue;
          const same = a.family === 4 ? e.v4 === a.addr : ipv6Equal(e.v6 as Uint8Array, a.addr);
          if (same) for (const n of e.names) if (!names.includes(nameKey(n))) names.push(nameKey(n));
        }
        if (names.length === 0) return next(ctx, q);
        res.answer = names.map((n) => rr(qname, ttl, { type: 'PTR', target: n }));
        return res;
      }
      if (question.qtype === QT.A || question.qtype === QT.AAAA) {
        const fam = question.qtype === QT.A ? 4 : 6;
        for (const e of entries)
          if (e.family === fam && has(e))
            res.answer.push(
              rr(
                qname,
                ttl,
                fam === 4 ? { type: 'A', addr: e.v4 as number } : { type: 'AAAA', addr: e.v6 as Uint8Array },
              ),
            );
      }
      if (res.answer.length === 0 && !entries.some(has)) {
        if (fallThrough(fall, qname)) return next(ctx, q);
        return serverFailure(q);
      }
      return res;
    },
  };
}

/**
 * glibc's res_send: `attempts` rounds over the nameservers (rotated with
 * `options rotate`), each try waiting `timeout` seconds (shared out among the
 * servers after the first, as send_dg does). A refusal, a send error or a
 * SERVFAIL/REFUSED/NOTIMP answer moves on to the next server. Questions sent
 * together (A and AAAA) travel in parallel and share the wait.
 */
import type { Netns, World } from '../../model/types.js';
import { type Attempt, queryId, type ServerAddr, sendDnsQuery, socketPort } from '../dns/client.js';
import { type DnsMessage, type DnsQuery, newQuery } from '../dns/message.js';
import { isLocalAddress } from '../router/lookup.js';
import type { ResolvConf } from './resolv-conf.js';

export interface ResEnv {
  world: World;
  ns: Netns;
  conf: ResolvConf;
}

export type ResSendResult =
  | { kind: 'answer'; msgs: DnsMessage[] }
  /** errno ECONNREFUSED (nobody answered or listened) or ETIMEDOUT; the last SERVFAIL if one came. */
  | { kind: 'error'; errno: 'ECONNREFUSED' | 'ETIMEDOUT'; servfail: DnsMessage | null };

const BAD_RCODES = new Set(['SERVFAIL', 'NOTIMP', 'REFUSED']);

function rotateStart(world: World, ns: Netns, n: number): number {
  const key = `res.rotate.${ns.uid}`;
  const v = (world.ext[key] as number | undefined) ?? 0;
  world.ext[key] = v + 1;
  return v % n;
}

/** Send the questions (qtype codes) for `name` and collect the answers of the first server that gives them. */
export function resSend(env: ResEnv, name: string, qtypes: readonly number[]): ResSendResult {
  const { world, ns, conf } = env;
  const servers = conf.nameservers;
  const n = servers.length;
  const start = conf.rotate && n > 1 ? rotateStart(world, ns, n) : 0;
  let gotSomewhere = false;
  let servfail: DnsMessage | null = null;
  for (let attempt = 0; attempt < conf.attempts; attempt++) {
    for (let k = 0; k < n; k++) {
      const idx = (start + k) % n;
      const s = servers[idx] as ResolvConf['nameservers'][number];
      let secs = conf.timeout << idx;
      if (idx > 0) secs = Math.floor(secs / n);
      if (secs <= 0) secs = 1;
      const server: ServerAddr = s.family === 4 ? { family: 4, addr: s.addr } : { family: 6, addr: s.addr };
      const tries: Attempt[] = [];
      // one socket per server try: the A and AAAA questions share its port
      const sport = socketPort(world);
      for (const qtype of qtypes) {
        const q: DnsQuery = newQuery(name, qtype, {
          id: queryId(world),
          rd: true,
          ...(conf.edns0 ? { edns: { udp: 1200, version: 0, do: false } } : {}),
        });
        const t = sendDnsQuery(world, ns, server, q, {
          proto: conf.useVc ? 'tcp' : 'udp',
          timeoutMs: secs * 1000,
          keepClock: true,
          sport,
          recverr: true,
        });
        tries.push(t);
        // sendmmsg() stops at the first datagram the kernel refuses (a DROP, or a REJECT in our own OUTPUT)
        if (t.kind === 'send-error') break;
        if (t.kind === 'refused' && s.family === 4 && t.from !== s.addr && isLocalAddress(world, ns, t.from))
          break;
      }
      const waited = Math.max(0, ...tries.map((t) => (t.kind === 'send-error' ? 0 : t.ms)));
      world.clock.now += waited;
      if (tries.some((t) => t.kind === 'timeout')) gotSomewhere = true;
      const answers = tries.filter((t): t is Extract<Attempt, { kind: 'answer' }> => t.kind === 'answer');
      if (answers.length !== tries.length) continue;
      const bad = answers.find((a) => BAD_RCODES.has(a.msg.rcode));
      if (bad) {
        gotSomewhere = true;
        if (bad.msg.rcode === 'SERVFAIL') servfail = bad.msg;
        continue;
      }
      return { kind: 'answer', msgs: answers.map((a) => a.msg) };
    }
  }
  return { kind: 'error', errno: gotSomewhere ? 'ETIMEDOUT' : 'ECONNREFUSED', servfail };
}

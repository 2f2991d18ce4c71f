/**
 * glibc's res_nsearch/res_nquery: the search list and ndots decide which
 * names are tried and in which order; NXDOMAIN and NODATA move on to the
 * next candidate, a SERVFAIL too, a refusal or a timeout ends the search.
 */
import type { DnsMessage } from '../dns/message.js';
import { type ResEnv, resSend } from './res-send.js';

export type HErrno = 'HOST_NOT_FOUND' | 'NO_DATA' | 'TRY_AGAIN' | 'NO_RECOVERY';

export type SearchResult =
  | { ok: true; name: string; msgs: DnsMessage[]; tried: string[] }
  | { ok: false; herrno: HErrno; tried: string[] };

type QueryOutcome =
  | { ok: true; msgs: DnsMessage[] }
  | { ok: false; herrno: HErrno; refused: boolean; servfail: boolean };

const hasData = (m: DnsMessage) => m.rcode === 'NOERROR' && m.answer.length > 0;

/** res_nquery: one name, one round of questions. */
export function resQuery(env: ResEnv, name: string, qtypes: readonly number[]): QueryOutcome {
  const r = resSend(env, name, qtypes);
  if (r.kind === 'error')
    return { ok: false, herrno: 'TRY_AGAIN', refused: r.errno === 'ECONNREFUSED', servfail: !!r.servfail };
  if (r.msgs.some(hasData)) return { ok: true, msgs: r.msgs };
  const first = r.msgs[0] as DnsMessage;
  const rcode = first.rcode === 'NOERROR' ? (r.msgs[1]?.rcode ?? 'NOERROR') : first.rcode;
  const herrno: HErrno =
    rcode === 'NXDOMAIN'
      ? 'HOST_NOT_FOUND'
      : rcode === 'SERVFAIL'
        ? 'TRY_AGAIN'
        : rcode === 'NOERROR'
          ? 'NO_DATA'
          : 'NO_RECOVERY';
  return { ok: false, herrno, refused: false, servfail: rcode === 'SERVFAIL' };
}

function join(name: string, domain: string | null): string {
  if (domain === null) return name.endsWith('.') ? name : `${name}.`;
  return `${name}.${domain}.`;
}

/** res_nsearch over the search list of env.conf. */
export function resSearch(env: ResEnv, name: string, qtypes: readonly number[]): SearchResult {
  const tried: string[] = [];
  const trailing = name.endsWith('.');
  const dots = (trailing ? name.slice(0, -1) : name).split('.').length - 1;
  let saved: HErrno | null = null;
  let triedAsIs = false;
  let gotNodata = false;
  let gotServfail = false;
  let last: HErrno = 'HOST_NOT_FOUND';
  const attempt = (candidate: string) => {
    tried.push(candidate);
    return resQuery(env, candidate, qtypes);
  };
  if (dots >= env.conf.ndots || trailing) {
    const r = attempt(join(name, null));
    if (r.ok) return { ok: true, name: join(name, null), msgs: r.msgs, tried };
    if (trailing) return { ok: false, herrno: r.herrno, tried };
    saved = r.herrno;
    triedAsIs = true;
  }
  let searched = false;
  let rootOnList = false;
  if (!trailing) {
    for (const dom of env.conf.search) {
      searched = true;
      const d = dom.replace(/^\./, '');
      if (d === '') rootOnList = true;
      const candidate = d === '' ? join(name, null) : join(name, d);
      const r = attempt(candidate);
      if (r.ok) return { ok: true, name: candidate, msgs: r.msgs, tried };
      if (r.refused) return { ok: false, herrno: 'TRY_AGAIN', tried };
      last = r.herrno;
      if (r.herrno === 'NO_DATA') gotNodata = true;
      else if (r.herrno === 'HOST_NOT_FOUND') {
        // keep trying
      } else if (r.herrno === 'TRY_AGAIN' && r.servfail) gotServfail = true;
      else break;
    }
  }
  if ((dots > 0 || !searched || !env.conf.noTldQuery) && !(triedAsIs || rootOnList)) {
    const r = attempt(join(name, null));
    if (r.ok) return { ok: true, name: join(name, null), msgs: r.msgs, tried };
    last = r.herrno;
    if (r.refused) return { ok: false, herrno: 'TRY_AGAIN', tried };
  }
  const herrno: HErrno = saved ?? (gotNodata ? 'NO_DATA' : gotServfail ? 'TRY_AGAIN' : last);
  return { ok: false, herrno, tried };
}

/** `ip -s link`: the RX/TX counter table (print_stats64), columns sized by the widest number. */
import type { Link } from '../../model/types.js';
import { PRINT_JSON } from '../../render/ip-printer.js';
import type { IpCtx } from './common.js';

function width(v: number): number {
  return String(v).length;
}

export function printLinkStats(ctx: IpCtx, l: Link): void {
  const out = ctx.out;
  const s = l.stats;
  if (out.isJson) {
    out.openObject('stats64');
    out.openObject('rx');
    for (const [k, v] of [
      ['bytes', s.rxBytes],
      ['packets', s.rxPackets],
      ['errors', 0],
      ['dropped', s.rxDropped],
      ['over_errors', 0],
      ['multicast', 0],
    ] as const)
      out.uint(PRINT_JSON, k, '', v);
    out.closeObject();
    out.openObject('tx');
    for (const [k, v] of [
      ['bytes', s.txBytes],
      ['packets', s.txPackets],
      ['errors', 0],
      ['dropped', s.txDropped],
      ['carrier_errors', 0],
      ['collisions', 0],
    ] as const)
      out.uint(PRINT_JSON, k, '', v);
    out.closeObject();
    out.closeObject();
    return;
  }
  const rx = [s.rxBytes, s.rxPackets, 0, s.rxDropped, 0, 0];
  const tx = [s.txBytes, s.txPackets, 0, s.txDropped, 0, 0];
  const cols = [
    '*X errors:'.length,
    'packets'.length,
    'errors'.length,
    'dropped'.length,
    'heartbt'.length,
    'overrun'.length,
    'compressed'.length,
  ];
  for (const row of [rx, tx]) {
    row.forEach((v, i) => {
      cols[i] = Math.max(cols[i] as number, width(v));
    });
  }
  const c = (i: number) => cols[i] as number;
  const num = (i: number, v: number) => `${String(v).padStart(c(i))} `;
  const sl = ctx.opts.oneline ? '\\' : '\n';
  let t = `    RX: ${'bytes'.padStart(c(0) - 4)} ${'packets'.padStart(c(1))} ${'errors'.padStart(c(2))} ${'dropped'.padStart(c(3))} ${'missed'.padStart(c(4))} ${'mcast'.padStart(c(5))} ${''.padStart(c(6))}${sl}`;
  t += `    ${rx.map((v, i) => num(i, v)).join('')}`;
  if (ctx.opts.stats > 1) {
    t += `${sl}    RX errors: ${'length'.padStart(c(1))} ${'crc'.padStart(c(2))} ${'frame'.padStart(c(3))} ${'fifo'.padStart(c(4))} ${'overrun'.padStart(c(5))}${sl}`;
    t += `    ${''.padStart(c(0))} ${[1, 2, 3, 4, 5].map((i) => num(i, 0)).join('')}`;
  }
  t += `${sl}    TX: ${'bytes'.padStart(c(0) - 4)} ${'packets'.padStart(c(1))} ${'errors'.padStart(c(2))} ${'dropped'.padStart(c(3))} ${'carrier'.padStart(c(4))} ${'collsns'.padStart(c(5))} ${''.padStart(c(6))}${sl}`;
  t += `    ${tx.map((v, i) => num(i, v)).join('')}`;
  if (ctx.opts.stats > 1) {
    t += `${sl}    TX errors: ${'aborted'.padStart(c(1))} ${'fifo'.padStart(c(2))} ${'window'.padStart(c(3))} ${'heartbt'.padStart(c(4))} ${'transns'.padStart(c(5))}${sl}`;
    t += `    ${''.padStart(c(0))} ${[1, 2, 3, 4, 5].map((i) => num(i, 0)).join('')}`;
  }
  out.fp(t);
}

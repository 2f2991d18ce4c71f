/**
 * The `set` match (libxt_set, revision 4 as iptables 1.8 uses it):
 * `-m set [!] --match-set NAME src|dst[,src|dst...]`. Wording of the
 * option errors and the `-L`/`-S` forms are captured from iptables 1.8.9
 * with ipset 7.17. Whether the set exists is checked when a packet is
 * matched (a missing set never matches); iptables' own "Set X doesn't
 * exist." check at parse time needs the namespace and is not made here.
 */
import { defineMatch, type MatchModule, paramError } from '../ext.js';
import { findSet, setContains } from '../ipset.js';

export interface SetMatch {
  name: string;
  dirs: string[];
  inv: boolean;
}

export const SET_MATCH: MatchModule<SetMatch> = defineMatch<SetMatch>({
  name: 'set',
  opts: [
    { name: 'match-set', arg: true, inv: true },
    { name: 'set', arg: true, inv: true, id: 'match-set' },
    { name: 'return-nomatch', arg: false },
    { name: 'update-counters', arg: false },
    { name: 'update-subcounters', arg: false },
  ],
  init: () => ({ name: '', dirs: [], inv: false }),
  parse(d, opt, arg, inv, ctx) {
    if (opt !== 'match-set' && opt !== 'set') return;
    const flags = ctx.take?.();
    if (flags === undefined) paramError('--match-set requires two args.');
    const dirs = flags.split(',');
    if (dirs.some((x) => x !== 'src' && x !== 'dst'))
      paramError("You must spefify (the comma separated list of) 'src' or 'dst'.");
    if (dirs.length > 6) paramError("Can't be more src/dst options than 6.");
    d.name = arg;
    d.dirs = dirs;
    d.inv = inv;
  },
  final(d) {
    if (!d.name) paramError("You must specify `--match-set' with proper arguments");
  },
  print(d) {
    return ` ${d.inv ? '! ' : ''}match-set ${d.name} ${d.dirs.join(',')}`;
  },
  save(d) {
    return `${d.inv ? ' !' : ''} --match-set ${d.name} ${d.dirs.join(',')}`;
  },
  match(d, p) {
    const s = findSet(p.ns, d.name);
    const hit = !!s && setContains(s, p.packet, d.dirs);
    return hit !== d.inv;
  },
});

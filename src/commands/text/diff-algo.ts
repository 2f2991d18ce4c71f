/**
 * The line comparison behind diff, shaped as GNU diffutils 3.8 does it so
 * that ambiguous inputs get the same answer: identical leading and trailing
 * lines are set aside, lines with no match in the other file are marked
 * changed before the search ("confusing" lines), Myers' O(ND) search with
 * the middle snake splits what is left (forward search first, the furthest
 * reaching diagonal preferring a deletion on ties), and runs of changes are
 * then slid to merge with their neighbours and end at a matching point.
 *
 * Lines come in as equivalence class numbers (equal numbers, equal lines
 * under -i/-w/-b); the result is the list of changes.
 */

export interface Change {
  /** First line (0-based) of the change in each file; for a pure insertion/deletion, the line before which it happens. */
  line0: number;
  line1: number;
  deleted: number;
  inserted: number;
}

interface Partition {
  xmid: number;
  ymid: number;
  loMinimal: boolean;
  hiMinimal: boolean;
}

function floorLog2(n: number): number {
  let r = 0;
  let v = n;
  while (v > 1) {
    v = Math.floor(v / 2);
    r++;
  }
  return r;
}

/** Myers' search over the undiscarded lines, marking what changed. */
class Search {
  private readonly fd: Int32Array;
  private readonly bd: Int32Array;
  private readonly off: number;
  private readonly tooExpensive: number;

  constructor(
    private readonly xv: Int32Array,
    private readonly yv: Int32Array,
    private readonly xChanged: (i: number) => void,
    private readonly yChanged: (i: number) => void,
  ) {
    const diags = xv.length + yv.length + 3;
    this.fd = new Int32Array(diags);
    this.bd = new Int32Array(diags);
    this.off = yv.length + 1;
    this.tooExpensive = Math.max(4096, 2 ** ((floorLog2(diags) >> 1) + 1));
  }

  /** Find where the forward and backward searches meet (the middle snake). */
  private midpoint(xoff: number, xlim: number, yoff: number, ylim: number, minimal: boolean): Partition {
    const { fd, bd, off, xv, yv } = this;
    const dmin = xoff - ylim;
    const dmax = xlim - yoff;
    const fmid = xoff - yoff;
    const bmid = xlim - ylim;
    let fmin = fmid;
    let fmax = fmid;
    let bmin = bmid;
    let bmax = bmid;
    const odd = ((fmid - bmid) & 1) !== 0;
    const MAXV = 0x7fffffff;
    fd[off + fmid] = xoff;
    bd[off + bmid] = xlim;
    for (let c = 1; ; c++) {
      if (fmin > dmin) fd[off + --fmin - 1] = -1;
      else ++fmin;
      if (fmax < dmax) fd[off + ++fmax + 1] = -1;
      else --fmax;
      for (let d = fmax; d >= fmin; d -= 2) {
        const tlo = fd[off + d - 1] as number;
        const thi = fd[off + d + 1] as number;
        let x = tlo < thi ? thi : tlo + 1;
        let y = x - d;
        while (x < xlim && y < ylim && xv[x] === yv[y]) {
          x++;
          y++;
        }
        fd[off + d] = x;
        if (odd && bmin <= d && d <= bmax && (bd[off + d] as number) <= x) {
          return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
        }
      }
      if (bmin > dmin) bd[off + --bmin - 1] = MAXV;
      else ++bmin;
      if (bmax < dmax) bd[off + ++bmax + 1] = MAXV;
      else --bmax;
      for (let d = bmax; d >= bmin; d -= 2) {
        const tlo = bd[off + d - 1] as number;
        const thi = bd[off + d + 1] as number;
        let x = tlo < thi ? tlo : thi - 1;
        let y = x - d;
        while (xoff < x && yoff < y && xv[x - 1] === yv[y - 1]) {
          x--;
          y--;
        }
        bd[off + d] = x;
        if (!odd && fmin <= d && d <= fmax && x <= (fd[off + d] as number)) {
          return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
        }
      }
      if (minimal || c < this.tooExpensive) continue;
      // gone well beyond the call of duty: settle for the best diagonal so far
      let fxybest = -1;
      let fxbest = 0;
      for (let d = fmax; d >= fmin; d -= 2) {
        let x = Math.min(fd[off + d] as number, xlim);
        let y = x - d;
        if (ylim < y) {
          x = ylim + d;
          y = ylim;
        }
        if (fxybest < x + y) {
          fxybest = x + y;
          fxbest = x;
        }
      }
      let bxybest = MAXV;
      let bxbest = 0;
      for (let d = bmax; d >= bmin; d -= 2) {
        let x = Math.max(xoff, bd[off + d] as number);
        let y = x - d;
        if (y < yoff) {
          x = yoff + d;
          y = yoff;
        }
        if (x + y < bxybest) {
          bxybest = x + y;
          bxbest = x;
        }
      }
      if (xlim + ylim - bxybest < fxybest - (xoff + yoff)) {
        return { xmid: fxbest, ymid: fxybest - fxbest, loMinimal: true, hiMinimal: false };
      }
      return { xmid: bxbest, ymid: bxybest - bxbest, loMinimal: false, hiMinimal: true };
    }
  }

  compare(xoff0: number, xlim0: number, yoff0: number, ylim0: number, minimal: boolean): void {
    const { xv, yv } = this;
    // explicit stack instead of recursion: [xoff, xlim, yoff, ylim, minimal], low half first
    const stack: Array<[number, number, number, number, boolean]> = [[xoff0, xlim0, yoff0, ylim0, minimal]];
    while (stack.length > 0) {
      let [xoff, xlim, yoff, ylim, min] = stack.pop() as [number, number, number, number, boolean];
      while (xoff < xlim && yoff < ylim && xv[xoff] === yv[yoff]) {
        xoff++;
        yoff++;
      }
      while (xoff < xlim && yoff < ylim && xv[xlim - 1] === yv[ylim - 1]) {
        xlim--;
        ylim--;
      }
      if (xoff === xlim) {
        for (let y = yoff; y < ylim; y++) this.yChanged(y);
      } else if (yoff === ylim) {
        for (let x = xoff; x < xlim; x++) this.xChanged(x);
      } else {
        const part = this.midpoint(xoff, xlim, yoff, ylim, min);
        stack.push([part.xmid, xlim, part.ymid, ylim, part.hiMinimal]);
        stack.push([xoff, part.xmid, yoff, part.ymid, part.loMinimal]);
      }
    }
  }
}

/**
 * Set aside lines that match nothing in the other file (and, inside runs of
 * those, lines that match too many); they are changes without searching.
 * Returns, per file, the indexes of the lines that stay.
 */
function discardConfusing(
  eq: [Int32Array, Int32Array],
  changed: [Uint8Array, Uint8Array],
  minimal: boolean,
): [number[], number[]] {
  const counts: [Map<number, number>, Map<number, number>] = [new Map(), new Map()];
  for (let f = 0; f < 2; f++) {
    for (const e of eq[f] as Int32Array) counts[f]?.set(e, (counts[f]?.get(e) ?? 0) + 1);
  }
  const discards: [Uint8Array, Uint8Array] = [new Uint8Array(eq[0].length), new Uint8Array(eq[1].length)];
  for (let f = 0; f < 2; f++) {
    const end = (eq[f] as Int32Array).length;
    const other = counts[1 - f] as Map<number, number>;
    const many = end < 64 ? 5 : 5 * 2 ** ((floorLog2(end) >> 1) - 3);
    const ds = discards[f] as Uint8Array;
    for (let i = 0; i < end; i++) {
      const n = other.get((eq[f] as Int32Array)[i] as number) ?? 0;
      if (n === 0) ds[i] = 1;
      else if (n > many) ds[i] = 2;
    }
  }
  for (let f = 0; f < 2; f++) {
    const ds = discards[f] as Uint8Array;
    const end = ds.length;
    for (let i = 0; i < end; i++) {
      if (ds[i] === 2) {
        ds[i] = 0;
        continue;
      }
      if (ds[i] === 0) continue;
      let provisional = 0;
      let j = i;
      for (; j < end; j++) {
        if (ds[j] === 0) break;
        if (ds[j] === 2) provisional++;
      }
      while (j > i && ds[j - 1] === 2) {
        ds[--j] = 0;
        provisional--;
      }
      const length = j - i;
      if (length >> 2 < provisional) {
        while (j > i) if (ds[--j] === 2) ds[j] = 0;
      } else {
        const minimum = length < 4 ? 2 : 2 ** ((floorLog2(length) >> 1) - 1) + 1;
        let consec = 0;
        for (j = 0; j < length; j++) {
          if (ds[i + j] !== 2) consec = 0;
          else if (minimum === ++consec) j -= consec;
          else if (minimum < consec) ds[i + j] = 0;
        }
        consec = 0;
        for (j = 0; j < length; j++) {
          if (j >= 8 && ds[i + j] === 1) break;
          if (ds[i + j] === 2) {
            consec = 0;
            ds[i + j] = 0;
          } else if (ds[i + j] === 0) consec = 0;
          else consec++;
          if (consec === 3) break;
        }
        i += length - 1;
        consec = 0;
        for (j = 0; j < length; j++) {
          if (j >= 8 && ds[i - j] === 1) break;
          if (ds[i - j] === 2) {
            consec = 0;
            ds[i - j] = 0;
          } else if (ds[i - j] === 0) consec = 0;
          else consec++;
          if (consec === 3) break;
        }
      }
    }
  }
  const kept: [number[], number[]] = [[], []];
  for (let f = 0; f < 2; f++) {
    const ds = discards[f] as Uint8Array;
    for (let i = 0; i < ds.length; i++) {
      if (minimal || ds[i] === 0) kept[f]?.push(i);
      else (changed[f] as Uint8Array)[i + 1] = 1;
    }
  }
  return kept;
}

/**
 * Slide each run of changes over identical lines so that runs merge where
 * they can and otherwise sit as late as possible, or against a run in the
 * other file. `changed` arrays carry a false sentinel at both ends.
 */
function shiftBoundaries(eq: [Int32Array, Int32Array], changed: [Uint8Array, Uint8Array]): void {
  for (let f = 0; f < 2; f++) {
    const ch = changed[f] as Uint8Array;
    const other = changed[1 - f] as Uint8Array;
    const equivs = eq[f] as Int32Array;
    // index k in `ch` is line k-1
    const isChanged = (k: number) => ch[k + 1] === 1;
    const otherChanged = (k: number) => other[k + 1] === 1;
    const iEnd = equivs.length;
    let i = 0;
    let j = 0;
    for (;;) {
      while (i < iEnd && !isChanged(i)) {
        while (otherChanged(j++));
        i++;
      }
      if (i === iEnd) break;
      let start = i;
      while (isChanged(++i));
      while (otherChanged(j)) j++;
      let runlength: number;
      let corresponding: number;
      do {
        runlength = i - start;
        while (start && equivs[start - 1] === equivs[i - 1]) {
          ch[--start + 1] = 1;
          ch[--i + 1] = 0;
          while (isChanged(start - 1)) start--;
          while (otherChanged(--j));
        }
        corresponding = otherChanged(j - 1) ? i : iEnd;
        while (i !== iEnd && equivs[start] === equivs[i]) {
          ch[start++ + 1] = 0;
          ch[i++ + 1] = 1;
          while (isChanged(i)) i++;
          while (otherChanged(++j)) corresponding = i;
        }
      } while (runlength !== i - start);
      while (corresponding < i) {
        ch[--start + 1] = 1;
        ch[--i + 1] = 0;
        while (otherChanged(--j));
      }
    }
  }
}

/**
 * Compare two files given as line equivalence classes (an incomplete last
 * line already has a class of its own where it must not match); `exactA`
 * and `exactB` are the lines as bytes, for setting aside the identical ends.
 * `horizon` is how many identical lines next to the differences stay in.
 */
export function diffLines(
  a: readonly number[],
  b: readonly number[],
  minimal = false,
  horizon = 0,
  exactA: readonly (string | number)[] = a,
  exactB: readonly (string | number)[] = b,
): Change[] {
  // byte-identical leading and trailing lines are not part of the search,
  // except `horizon` lines next to the differences (diff keeps its context)
  let pre = 0;
  while (pre < a.length && pre < b.length && exactA[pre] === exactB[pre]) pre++;
  pre = Math.max(0, pre - horizon);
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    exactA[a.length - 1 - suf] === exactB[b.length - 1 - suf]
  )
    suf++;
  suf = Math.max(0, suf - horizon);
  const eq: [Int32Array, Int32Array] = [
    Int32Array.from(a.slice(pre, a.length - suf)),
    Int32Array.from(b.slice(pre, b.length - suf)),
  ];
  const changed: [Uint8Array, Uint8Array] = [
    new Uint8Array(eq[0].length + 2),
    new Uint8Array(eq[1].length + 2),
  ];
  const kept = discardConfusing(eq, changed, minimal);
  const xv = Int32Array.from(kept[0].map((i) => eq[0][i] as number));
  const yv = Int32Array.from(kept[1].map((i) => eq[1][i] as number));
  const search = new Search(
    xv,
    yv,
    (x) => {
      changed[0][(kept[0][x] as number) + 1] = 1;
    },
    (y) => {
      changed[1][(kept[1][y] as number) + 1] = 1;
    },
  );
  search.compare(0, xv.length, 0, yv.length, minimal);
  shiftBoundaries(eq, changed);
  // build the script, forward
  const out: Change[] = [];
  const c0 = changed[0];
  const c1 = changed[1];
  const len0 = eq[0].length;
  const len1 = eq[1].length;
  let i0 = 0;
  let i1 = 0;
  while (i0 < len0 || i1 < len1) {
    if (c0[i0 + 1] || c1[i1 + 1]) {
      const l0 = i0;
      const l1 = i1;
      while (c0[i0 + 1]) i0++;
      while (c1[i1 + 1]) i1++;
      out.push({ line0: l0 + pre, line1: l1 + pre, deleted: i0 - l0, inserted: i1 - l1 });
    }
    i0++;
    i1++;
  }
  return out;
}

/** Version ordering as GNU sort -V and ls -v use it (gnulib filevercmp). */

/** Debian-style comparison of a version fragment (as gnulib's verrevcmp). */
function verrevcmp(a: string, b: string): number {
  const order = (c: string | undefined): number => {
    if (c === undefined) return 0;
    if (/[0-9]/.test(c)) return 0;
    if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
    if (c === '~') return -1;
    return c.charCodeAt(0) + 256;
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while (
      (i < a.length && !/[0-9]/.test(a[i] as string)) ||
      (j < b.length && !/[0-9]/.test(b[j] as string))
    ) {
      const ac = order(a[i]);
      const bc = order(b[j]);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    while (i < a.length && j < b.length && /[0-9]/.test(a[i] as string) && /[0-9]/.test(b[j] as string)) {
      if (!firstDiff) firstDiff = (a.charCodeAt(i) as number) - (b.charCodeAt(j) as number);
      i++;
      j++;
    }
    if (i < a.length && /[0-9]/.test(a[i] as string)) return 1;
    if (j < b.length && /[0-9]/.test(b[j] as string)) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

/** The length of s without a trailing file suffix like .tar.gz (gnulib's file_prefixlen). */
function prefixLen(s: string): number {
  const m = /(?:\.[A-Za-z~][A-Za-z0-9~]*)*$/.exec(s);
  return m ? m.index : s.length;
}

/** gnulib filevercmp: what sort -V and ls -v use. */
export function versionCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return -1;
  if (b === '') return 1;
  for (const special of ['.', '..']) {
    if (a === special) return -1;
    if (b === special) return 1;
  }
  if (a.startsWith('.') !== b.startsWith('.')) return a.startsWith('.') ? -1 : 1;
  const pa = a.startsWith('.') ? a.slice(1) : a;
  const pb = b.startsWith('.') ? b.slice(1) : b;
  const la = prefixLen(pa);
  const lb = prefixLen(pb);
  const one = la === lb && pa.slice(0, la) === pb.slice(0, lb);
  const r = one ? verrevcmp(pa, pb) : verrevcmp(pa.slice(0, la), pb.slice(0, lb));
  return r === 0 ? (a < b ? -1 : a > b ? 1 : 0) : r < 0 ? -1 : 1;
}

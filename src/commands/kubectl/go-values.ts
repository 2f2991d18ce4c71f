/** How Go prints JSON-decoded values: fmt's %v (`map[k:v]`), %#v (`map[string]interface {}{...}`), scalars. */

function sortedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Go's 'g'-style float formatting as fmt %v prints a float64. */
export function goFloatText(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) >= 1e21 ? n.toExponential().replace(/e\+?/, 'e+') : String(n);
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 21) {
    return n
      .toExponential()
      .replace(/e([+-])(\d)$/, 'e$10$2')
      .replace(/e(\d)/, 'e+$1');
  }
  return String(n);
}

/** fmt.Sprint of a value decoded from JSON. */
export function goPrint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goFloatText(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  const o = v as Record<string, unknown>;
  return `map[${sortedKeys(o)
    .map((k) => `${k}:${goPrint(o[k])}`)
    .join(' ')}]`;
}

/** fmt.Sprintf("%#v") of a value decoded from JSON into interface{}. */
export function goSyntax(v: unknown, inInterface = false): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : goFloatText(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  void inInterface;
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSyntax(x, true)).join(', ')}}`;
  const o = v as Record<string, unknown>;
  return `map[string]interface {}{${sortedKeys(o)
    .map((k) => `${JSON.stringify(k)}:${goSyntax(o[k], true)}`)
    .join(', ')}}`;
}

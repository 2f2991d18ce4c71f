/** resource.Quantity as describe uses it: parse, add, and print canonically (cpu in millicores, memory in bytes). */

const BIN: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DEC: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

export interface Quantity {
  /** Value in base units (cores, bytes). */
  value: number;
  format: 'BinarySI' | 'DecimalSI';
}

export function parseQuantity(s: unknown): Quantity | null {
  if (typeof s === 'number') return { value: s, format: 'DecimalSI' };
  if (typeof s !== 'string') return null;
  const m = /^([+-]?\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/.exec(s.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const suf = m[2] ?? '';
  if (suf in BIN) return { value: n * (BIN[suf] as number), format: 'BinarySI' };
  return { value: n * (DEC[suf] as number), format: 'DecimalSI' };
}

/** Quantity.String(): the largest suffix that keeps the value an integer. */
export function formatQuantity(q: Quantity): string {
  const v = q.value;
  if (v === 0) return '0';
  if (q.format === 'BinarySI' && Number.isInteger(v)) {
    for (const suf of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
      const d = BIN[suf] as number;
      if (Math.abs(v) >= d && v % d === 0) return `${v / d}${suf}`;
    }
    return String(v);
  }
  const milli = Math.round(v * 1000);
  if (milli % 1000 !== 0) return `${milli}m`;
  const whole = milli / 1000;
  for (const suf of ['E', 'P', 'T', 'G', 'M', 'k']) {
    const d = DEC[suf] as number;
    if (Math.abs(whole) >= d && whole % d === 0) return `${whole / d}${suf}`;
  }
  return String(whole);
}

export function addQuantities(list: Array<Quantity | null>): Quantity {
  const first = list.find((q) => q) ?? null;
  return { value: list.reduce((s, q) => s + (q?.value ?? 0), 0), format: first?.format ?? 'DecimalSI' };
}

// biome-ignore lint/suspicious/noExplicitAny: pod specs are open JSON
type Any = any;

/** resourcehelper.PodRequestsAndLimits: containers summed, init containers as a maximum. */
export function podRequestsAndLimits(pod: Any): {
  req: Record<string, Quantity>;
  lim: Record<string, Quantity>;
} {
  const sum = (field: 'requests' | 'limits') => {
    const out: Record<string, Quantity> = {};
    for (const c of pod.spec?.containers ?? [])
      for (const [k, v] of Object.entries(c.resources?.[field] ?? {})) {
        const q = parseQuantity(v);
        if (!q) continue;
        out[k] = out[k] ? addQuantities([out[k] as Quantity, q]) : q;
      }
    for (const c of pod.spec?.initContainers ?? [])
      for (const [k, v] of Object.entries(c.resources?.[field] ?? {})) {
        const q = parseQuantity(v);
        if (q && (!out[k] || q.value > (out[k] as Quantity).value)) out[k] = q;
      }
    return out;
  };
  return { req: sum('requests'), lim: sum('limits') };
}

/** qos.GetPodQOS */
export function podQos(pod: Any): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const cs: Any[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of cs) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    for (const r of ['cpu', 'memory']) {
      if (req[r] !== undefined || lim[r] !== undefined) any = true;
      const l = parseQuantity(lim[r]);
      const q = parseQuantity(req[r] ?? lim[r]);
      if (!l || !q || l.value !== q.value) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/**
 * kubectl describe's output machinery: a PrefixWriter (two spaces per
 * level) over a tabwriter (minwidth 0, padding 2) that can be flushed so a
 * following section aligns on its own, and the shared printers for labels,
 * annotations, taints, tolerations and events.
 */
import type { KObject, KubeStore } from '../../kube/store.js';
import { ageOf, parseTime } from './human-duration.js';
import { describeTable } from './tabwriter.js';

// biome-ignore lint/suspicious/noExplicitAny: open JSON
type Any = any;

export class DescribeWriter {
  private readonly done: string[] = [];
  private buf = '';

  write(level: number, text: string): void {
    this.buf += '  '.repeat(level) + text;
  }

  /** WriteLine: the text and a newline, no indentation. */
  line(text: string): void {
    this.buf += `${text}\n`;
  }

  flush(): void {
    if (this.buf) this.done.push(describeTable(this.buf));
    this.buf = '';
  }

  toString(): string {
    this.flush();
    return this.done.join('');
  }
}

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function sortedKeys(m: Record<string, unknown>): string[] {
  return Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Name, Namespace, Labels and Annotations: how the describers of namespaced objects mostly begin. */
export function describeMeta(w: DescribeWriter, o: KObject): void {
  w.write(0, `Name:\t${o.metadata.name}\n`);
  w.write(0, `Namespace:\t${o.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', o.metadata.labels);
  annotationsMultiline(w, 'Annotations', o.metadata.annotations);
}

/** printLabelsMultilineWithIndent */
export function labelsMultiline(
  w: DescribeWriter,
  title: string,
  labels: Record<string, string> | undefined,
  indent = '',
): void {
  w.write(0, `${indent}${title}:\t`);
  const keys = sortedKeys(labels ?? {});
  if (keys.length === 0) {
    w.line('<none>');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, `${indent}\t`);
    w.write(0, `${k}=${(labels as Record<string, string>)[k]}\n`);
  });
}

/** printAnnotationsMultiline: long or multi-line values go on their own lines. */
export function annotationsMultiline(
  w: DescribeWriter,
  title: string,
  ann: Record<string, string> | undefined,
): void {
  w.write(0, `${title}:\t`);
  const keys = sortedKeys(ann ?? {}).filter((k) => k !== LAST_APPLIED);
  if (keys.length === 0) {
    w.line('<none>');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, '\t');
    const value = ((ann as Record<string, string>)[k] ?? '').replace(/\n$/, '');
    if (value.length + k.length + 2 > 140 || value.includes('\n')) {
      w.write(0, `${k}:\n`);
      for (const s of value.split('\n')) w.write(0, `\t  ${s.length > 138 ? `${s.slice(0, 138)}...` : s}\n`);
    } else w.write(0, `${k}: ${value}\n`);
  });
}

export function taintText(t: Any): string {
  return `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}

export function taintsMultiline(w: DescribeWriter, title: string, taints: Any[] | undefined): void {
  w.write(0, `${title}:\t`);
  if (!taints?.length) {
    w.line('<none>');
    return;
  }
  const sorted = [...taints].sort((a, b) => {
    const x = `${a.effect},${a.key}`;
    const y = `${b.effect},${b.key}`;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${taintText(t)}\n`);
  });
}

export function tolerationsMultiline(
  w: DescribeWriter,
  title: string,
  tols: Any[] | undefined,
  indent = '',
): void {
  w.write(0, `${indent}${title}:\t`);
  if (!tols?.length) {
    w.line('<none>');
    return;
  }
  const sorted = [...tols].sort((a, b) =>
    (a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0,
  );
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(0, `${indent}\t`);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null)
      s += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${s}\n`);
  });
}

/** Events about an object, as describe's searchEvents finds them. */
export function eventsFor(
  store: KubeStore,
  o: KObject,
  opts: { anyKind?: boolean; uidAlso?: string } = {},
): KObject[] {
  const ns = o.metadata.namespace ?? '';
  const list = ns ? store.list('Event', ns) : store.list('Event');
  return list.filter((e) => {
    const inv = e.involvedObject ?? {};
    if (inv.name !== o.metadata.name || (inv.namespace ?? '') !== ns) return false;
    if (!opts.anyKind && inv.kind !== o.kind) return false;
    return inv.uid === o.metadata.uid || (opts.uidAlso !== undefined && inv.uid === opts.uidAlso);
  });
}

/** DescribeEvents: `Events: <none>` or a table of its own (the writer is flushed first). */
export function describeEvents(w: DescribeWriter, events: KObject[], now: number): void {
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const sorted = [...events].sort(
    (a, b) => (parseTime(a.lastTimestamp) ?? 0) - (parseTime(b.lastTimestamp) ?? 0),
  );
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = e.eventTime ? ageOf(e.eventTime, now) : ageOf(e.firstTimestamp, now);
    let interval: string;
    if (e.series) interval = `${ageOf(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${ageOf(e.lastTimestamp, now)} (x${e.count} over ${first})`;
    else interval = first;
    const source = e.source?.component || e.reportingController || e.reportingComponent || '';
    w.write(
      1,
      `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${String(e.message ?? '').trim()}\n`,
    );
  }
}

/** `Kind/name` of the controlling owner, or ''. */
export function controllerOf(o: KObject): string {
  const ref = (o.metadata.ownerReferences ?? []).find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

export function stringOrNone(s: unknown): string {
  return typeof s === 'string' && s.length > 0 ? s : '<none>';
}

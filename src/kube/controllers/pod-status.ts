/** Reading a pod's state the way controllers and kubectl do. */
import type { KObject } from '../store.js';

export function isTerminating(p: KObject): boolean {
  return p.metadata.deletionTimestamp !== undefined;
}

export function isPodReady(p: KObject): boolean {
  return (p.status?.conditions ?? []).some(
    (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
  );
}

export function podPhase(p: KObject): string {
  return p.status?.phase ?? 'Pending';
}

/** Does the pod tolerate this taint? */
export function tolerates(pod: KObject, taint: { key: string; value?: string; effect: string }): boolean {
  for (const t of (pod.spec?.tolerations ?? []) as Array<{
    key?: string;
    operator?: string;
    value?: string;
    effect?: string;
  }>) {
    if (t.effect && t.effect !== taint.effect) continue;
    if (t.operator === 'Exists') {
      if (!t.key || t.key === taint.key) return true;
    } else if (t.key === taint.key && (t.value ?? '') === (taint.value ?? '')) return true;
  }
  return false;
}

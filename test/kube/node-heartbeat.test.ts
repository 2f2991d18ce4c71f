/**
 * Node status heartbeats: with node leases, kubelet posts an unchanged
 * status only every nodeStatusReportFrequency (5 min), renewing every
 * condition it owns; flannel's NetworkUnavailable keeps flannel's time; a
 * stopped kubelet renews nothing.
 */
import { describe, expect, it } from 'vitest';
import { clusterSession, run } from '../helpers.js';

const beats =
  "kubectl get node node01 -o jsonpath='{range .status.conditions[*]}{.type}={.lastHeartbeatTime} {end}'";

describe('node heartbeats', () => {
  it('advance in five-minute reports while kubelet runs', () => {
    const s = clusterSession();
    const at = (t: string) =>
      `NetworkUnavailable=2026-11-21T08:46:00Z MemoryPressure=${t} DiskPressure=${t} PIDPressure=${t} Ready=${t} `;
    expect(run(s, beats).out).toBe(at('2026-11-21T08:56:00Z'));
    // the session starts at 09:00:00
    expect(run(s, `sleep 59; ${beats}`).out).toBe(at('2026-11-21T08:56:00Z'));
    expect(run(s, `sleep 1; ${beats}`).out).toBe(at('2026-11-21T09:01:00Z'));
    expect(run(s, `sleep 299; ${beats}`).out).toBe(at('2026-11-21T09:01:00Z'));
    expect(run(s, `sleep 1; ${beats}`).out).toBe(at('2026-11-21T09:06:00Z'));
    expect(run(s, `sleep 900; ${beats}`).out).toBe(at('2026-11-21T09:21:00Z'));
  });

  it('stop when kubelet stops', () => {
    const s = clusterSession();
    run(s, 'ssh node01 systemctl stop kubelet');
    expect(run(s, `sleep 900; ${beats}`).out).toMatch(/Ready=2026-11-21T08:56:00Z $/);
  });
});

/**
 * A container's main shell runs its script over virtual time: sleeps
 * suspend it, loops keep writing the log, files grow, and the script's end
 * is the container's exit (with its status, at the time it got there).
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/session.js';
import { clusterSession, run } from '../helpers.js';

const cluster = clusterSession;

const state = (s: Session, pod: string) =>
  run(s, `kubectl get pod ${pod} --no-headers | awk '{print $2, $3, $4}'`).out.trim();

describe('container scripts over time', () => {
  it('a counting loop writes one line per sleep; --tail and logs follow the clock', () => {
    const s = cluster();
    run(
      s,
      `kubectl run counter --image=busybox -- sh -c 'i=0; while true; do echo "$i: $(date +%T)"; i=$((i+1)); sleep 2; done'`,
    );
    expect(run(s, 'kubectl logs counter').out).toBe('0: 09:00:00\n');
    run(s, 'sleep 5');
    expect(run(s, 'kubectl logs counter').out).toBe('0: 09:00:00\n1: 09:00:02\n2: 09:00:04\n');
    run(s, 'sleep 60');
    expect(run(s, 'kubectl logs counter --tail=1').out).toBe('32: 09:01:04\n');
    expect(state(s, 'counter')).toBe('1/1 Running 0');
  });

  it('for loops, if branches, break and continue; the exit status ends the container at its own time', () => {
    const s = cluster();
    run(
      s,
      `kubectl run w --image=busybox --restart=Never -- sh -c 'for i in 1 2 3 4 5; do if [ $i = 2 ]; then continue; fi; if [ $i = 4 ]; then break; fi; echo $i >> /data; sleep 3; done; cat /data; exit 3'`,
    );
    expect(run(s, 'kubectl exec w -- cat /data').out).toBe('1\n');
    run(s, 'sleep 10');
    expect(state(s, 'w')).toBe('0/1 Error 0');
    expect(run(s, 'kubectl logs w').out).toBe('1\n3\n');
    const finished = run(
      s,
      'kubectl get pod w -o jsonpath={.status.containerStatuses[0].state.terminated.finishedAt}',
    );
    expect(finished.out).toBe('2026-11-21T09:00:06Z');
    expect(
      run(s, 'kubectl get pod w -o jsonpath={.status.containerStatuses[0].state.terminated.exitCode}').out,
    ).toBe('3');
  });

  it('a background job and wait; sh -c NAME ARGS sets $0 and the positional parameters', () => {
    const s = cluster();
    run(
      s,
      `kubectl run bg --image=busybox --restart=Never -- sh -c 'echo start; sleep 4 & wait; echo "$0 $1 $#"' me one two`,
    );
    run(s, 'sleep 3');
    expect(run(s, 'kubectl logs bg').out).toBe('start\n');
    run(s, 'sleep 2');
    expect(run(s, 'kubectl logs bg').out).toBe('start\nme one 2\n');
    expect(state(s, 'bg')).toBe('0/1 Completed 0');
  });

  it('a server, tail -f or sleep infinity keeps it running; a loop without sleep stays busy instead of hanging', () => {
    const s = cluster();
    run(s, "kubectl run srv --image=busybox -- sh -c 'echo up; tail -f /dev/null; echo never'");
    run(s, "kubectl run spin --image=busybox -- sh -c 'while true; do :; done'");
    run(s, 'sleep 30');
    expect(run(s, 'kubectl logs srv').out).toBe('up\n');
    expect(state(s, 'srv')).toBe('1/1 Running 0');
    expect(state(s, 'spin')).toBe('1/1 Running 0');
  });

  it('restarts run the script again from the start, with back-off', () => {
    const s = cluster();
    run(s, "kubectl run flaky --image=busybox -- sh -c 'echo try; sleep 2; exit 1'");
    run(s, 'sleep 3');
    expect(state(s, 'flaky')).toBe('0/1 Error 0');
    run(s, 'sleep 10');
    expect(state(s, 'flaky')).toBe('1/1 Running 1');
    expect(run(s, 'kubectl logs flaky').out).toBe('try\n');
    expect(run(s, 'kubectl logs flaky --previous').out).toBe('try\n');
  });
});

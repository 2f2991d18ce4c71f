/**
 * The API server's namespace strategy: PrepareForCreate sets phase Active
 * and adds the `kubernetes` finalizer (after any the request named);
 * PrepareForUpdate keeps the stored finalizers and status; the
 * kubernetes.io/metadata.name label is defaulted on every write.
 */
import { describe, expect, it } from 'vitest';
import { clusterSession, run, setup } from '../helpers.js';

describe('a Namespace written through the API', () => {
  it('kubectl create ns gets the kubernetes finalizer and phase Active', () => {
    const s = clusterSession();
    expect(run(s, 'kubectl create ns team-a').out).toBe('namespace/team-a created\n');
    expect(run(s, 'kubectl get ns team-a -o yaml | sed -n "/^spec/,\\$p"').out).toBe(
      'spec:\n  finalizers:\n  - kubernetes\nstatus:\n  phase: Active\n',
    );
    expect(run(s, 'kubectl get ns team-a -o json | sed -n \'/"spec"/,$p\'').out).toBe(
      '    "spec": {\n        "finalizers": [\n            "kubernetes"\n        ]\n    },\n    "status": {\n        "phase": "Active"\n    }\n}\n',
    );
    expect(run(s, 'kubectl create ns team-b --dry-run=server -o yaml | sed -n "/^spec/,\\$p"').out).toBe(
      'spec:\n  finalizers:\n  - kubernetes\nstatus:\n  phase: Active\n',
    );
    // client-side dry run never reaches the server
    expect(run(s, 'kubectl create ns team-c --dry-run=client -o yaml | sed -n "/^spec/,\\$p"').out).toBe(
      'spec: {}\nstatus: {}\n',
    );
  });

  it('appends kubernetes to the finalizers a manifest names; updates keep finalizers and status', () => {
    const s = clusterSession();
    setup(s, [
      "printf 'apiVersion: v1\\nkind: Namespace\\nmetadata:\\n  name: q\\nspec:\\n  finalizers: [example.com/x]\\nstatus:\\n  phase: Terminating\\n' > ns.yaml",
      'kubectl apply -f ns.yaml',
    ]);
    expect(run(s, "kubectl get ns q -o jsonpath='{.spec}{.status}'").out).toBe(
      '{"finalizers":["example.com/x","kubernetes"]}{"phase":"Active"}',
    );
    setup(s, [
      "printf 'apiVersion: v1\\nkind: Namespace\\nmetadata:\\n  name: q\\n  labels:\\n    team: a\\nspec:\\n  finalizers: []\\n' > ns2.yaml",
      'kubectl replace -f ns2.yaml',
    ]);
    expect(run(s, "kubectl get ns q -o jsonpath='{.spec}{.status}{.metadata.labels}'").out).toBe(
      '{"finalizers":["example.com/x","kubernetes"]}{"phase":"Active"}{"kubernetes.io/metadata.name":"q","team":"a"}',
    );
    expect(run(s, 'kubectl get ns q --no-headers').out).toBe('q     Active   0s\n');
  });
});

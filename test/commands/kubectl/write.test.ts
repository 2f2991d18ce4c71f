/**
 * Writing verbs over the store (no controllers in this world). Messages are
 * those the real kubectl v1.32.4 printed against the fake API server
 * (`pod/p1 created`, AlreadyExists, the missing last-applied warning, the
 * last-applied annotation itself, delete/label wording seen with
 * --dry-run=client) and the apiserver's documented strict-decoding error.
 */
import { describe, expect, it } from 'vitest';
import { kubeWorld, session, writeFile } from './harness.js';

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p1\nspec:\n  containers:\n  - name: c\n    image: nginx\n';

describe('kubectl create -f / apply -f / delete', () => {
  it('creates, refuses duplicates, applies with last-applied-configuration', () => {
    const { world } = kubeWorld();
    writeFile(world, '/root/p1.yaml', POD);
    const run = session(world);
    expect(run('kubectl create -f /root/p1.yaml')).toEqual({
      stdout: 'pod/p1 created\n',
      stderr: '',
      exit: 0,
    });
    expect(run('kubectl create -f /root/p1.yaml')).toEqual({
      stdout: '',
      stderr:
        'Error from server (AlreadyExists): error when creating "/root/p1.yaml": pods "p1" already exists\n',
      exit: 1,
    });
    expect(run('kubectl apply -f /root/p1.yaml')).toEqual({
      stdout: 'pod/p1 configured\n',
      stderr:
        'Warning: resource pods/p1 is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
      exit: 0,
    });
    expect(run('kubectl apply -f /root/p1.yaml').stdout).toBe('pod/p1 unchanged\n');
    expect(
      run(
        "kubectl get pod p1 -o jsonpath='{.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}'",
      ).stdout,
    ).toBe(
      '{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"name":"p1","namespace":"default"},"spec":{"containers":[{"image":"nginx","name":"c"}]}}\n',
    );
    expect(run('kubectl delete -f /root/p1.yaml').stdout).toBe('pod "p1" deleted\n');
    expect(run('kubectl delete -f /root/p1.yaml')).toEqual({
      stdout: '',
      stderr: 'Error from server (NotFound): error when deleting "/root/p1.yaml": pods "p1" not found\n',
      exit: 1,
    });
  });

  it('prints the dry-run object with the annotation apply would add', () => {
    const { world } = kubeWorld();
    writeFile(world, '/root/p1.yaml', POD);
    const run = session(world);
    expect(run('kubectl apply -f /root/p1.yaml --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      {"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"name":"p1","namespace":"default"},"spec":{"containers":[{"image":"nginx","name":"c"}]}}\n  name: p1\n  namespace: default\nspec:\n  containers:\n  - image: nginx\n    name: c\n',
    );
    expect(run('kubectl create -f /root/p1.yaml --dry-run=client').stdout).toBe('pod/p1 created (dry run)\n');
  });

  it('reports manifest problems as kubectl does', () => {
    const { world } = kubeWorld();
    writeFile(world, '/root/foo.yaml', 'apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n');
    writeFile(world, '/root/nokind.yaml', 'apiVersion: v1\nmetadata:\n  name: x\n');
    writeFile(world, '/root/bad.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n name: x\n  spec: 1\n');
    writeFile(world, '/root/unk.yaml', POD.replace('image:', 'imagee:'));
    const run = session(world);
    expect(run('kubectl create -f /root/foo.yaml').stderr).toBe(
      'error: resource mapping not found for name: "x" namespace: "" from "/root/foo.yaml": no matches for kind "Foo" in version "v1"\nensure CRDs are installed first\n',
    );
    expect(run('kubectl create -f /root/nokind.yaml').stderr).toBe(
      'error: error validating "/root/nokind.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
    expect(run('kubectl apply -f /root/bad.yaml').stderr).toBe(
      'error: error parsing /root/bad.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context\n',
    );
    expect(run('kubectl create -f /root/nope.yaml').stderr).toBe(
      'error: the path "/root/nope.yaml" does not exist\n',
    );
    expect(run('kubectl apply -f /root/unk.yaml').stderr).toBe(
      'Error from server (BadRequest): error when creating "/root/unk.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"\n',
    );
  });
});

describe('kubectl label / annotate / delete by selector', () => {
  it('labels, refuses to overwrite, unlabels', () => {
    const { world } = kubeWorld();
    const run = session(world);
    run('kubectl run nginx --image=nginx');
    expect(run('kubectl label pod nginx tier=web').stdout).toBe('pod/nginx labeled\n');
    expect(run('kubectl label pod nginx run=x')).toEqual({
      stdout: '',
      stderr: "error: 'run' already has a value (nginx), and --overwrite is false\n",
      exit: 1,
    });
    expect(run('kubectl label pod nginx tier=web').stdout).toBe('pod/nginx not labeled\n');
    expect(run('kubectl label pod nginx tier-').stdout).toBe('pod/nginx unlabeled\n');
    expect(run('kubectl annotate pod nginx note=hi').stdout).toBe('pod/nginx annotated\n');
    expect(run('kubectl label pod nginx --list').stdout).toBe('run=nginx\n');
    expect(run('kubectl delete pods -l run=nginx').stdout).toBe('pod "nginx" deleted\n');
    expect(run('kubectl delete pods -l run=nginx').stdout).toBe('No resources found\n');
  });
});

describe('kubectl get componentstatuses', () => {
  it('probes the control plane and warns once (apiserver registry wording)', () => {
    const { world } = kubeWorld();
    const run = session(world);
    expect(run('kubectl get cs')).toEqual({
      stdout:
        'NAME                 STATUS    MESSAGE   ERROR\n' +
        'scheduler            Healthy   ok        \n' +
        'controller-manager   Healthy   ok        \n' +
        'etcd-0               Healthy   ok        \n',
      stderr: 'Warning: v1 ComponentStatus is deprecated in v1.19+\n',
      exit: 0,
    });
  });
});

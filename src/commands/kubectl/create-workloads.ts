/** `kubectl create deployment|job|cronjob`. */
import type { KObject } from '../../kube/store.js';
import { requireStore } from './api.js';
import { finishCreate, objectMeta, oneName } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { die } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';

/** Container name from an image reference, as create deployment derives it. */
export function containerNameFor(image: string, rand: () => string): string {
  let name = image.split('/').pop() ?? image;
  if (name.includes(':')) name = name.split(':')[0] as string;
  if (name.includes('@')) name = name.split('@')[0] as string;
  if (/[_.]/.test(name)) name = `${name.replace(/[_.]/g, '-')}-${rand()}`;
  return name;
}

function command(k: Kctx): string[] | undefined {
  return k.f.dashAt >= 0 ? k.args.slice(k.f.dashAt) : undefined;
}

function nameArgs(k: Kctx): Kctx {
  return k.f.dashAt >= 0 ? { ...k, args: k.args.slice(0, k.f.dashAt) } : k;
}

function createDeployment(k0: Kctx): number {
  const k = nameArgs(k0);
  const name = oneName(k);
  const labels = { app: name };
  const cmd = command(k0);
  const containers: Record<string, unknown>[] = k.f.list('image').map((image) => ({
    name: containerNameFor(image, () => k.world.rng.suffix(5)),
    image,
    ...(cmd ? { command: cmd } : {}),
    resources: {},
  }));
  const port = k.f.int('port');
  if (port >= 0 && containers[0]) {
    const c = containers[0];
    const { resources, ...rest } = c;
    containers[0] = { ...rest, ports: [{ containerPort: port }], resources };
  }
  const obj: KObject = {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: objectMeta(k, name, { labels }),
    spec: {
      replicas: k.f.int('replicas'),
      selector: { matchLabels: { ...labels } },
      template: { metadata: { creationTimestamp: null, labels: { ...labels } }, spec: { containers } },
      strategy: {},
    },
    status: {},
  };
  return finishCreate(k, obj, {
    apiPath: 'apis/apps/v1',
    resource: 'deployments',
    namespaced: true,
    what: 'deployment',
  });
}

function podTemplate(
  name: string,
  image: string,
  cmd: string[] | undefined,
  restart: string,
): Record<string, unknown> {
  return {
    metadata: { creationTimestamp: null },
    spec: {
      containers: [{ name, image, ...(cmd ? { command: cmd } : {}), resources: {} }],
      restartPolicy: restart,
    },
  };
}

function createJob(k0: Kctx): number {
  const k = nameArgs(k0);
  const name = oneName(k);
  const from = k.f.str('from');
  const image = k.f.str('image');
  if (from === '' && image === '') die('either --image or --from must be specified');
  if (from !== '' && image !== '') die('either --image or --from must be specified');
  if (from !== '') return createJobFrom(k, name, from);
  const obj: KObject = {
    kind: 'Job',
    apiVersion: 'batch/v1',
    metadata: objectMeta(k, name),
    spec: { template: podTemplate(name, image, command(k0), 'Never') },
    status: {},
  };
  return finishCreate(k, obj, { apiPath: 'apis/batch/v1', resource: 'jobs', namespaced: true, what: 'job' });
}

function createJobFrom(k: Kctx, name: string, from: string): number {
  const [kind, cj] = from.split('/');
  if (
    !cj ||
    !['cronjob', 'cronjobs', 'cj', 'cronjob.batch', 'cronjobs.batch'].includes((kind ?? '').toLowerCase())
  )
    die(`from must be an existing cronjob: unknown object type ${kind}`);
  const src = requireStore(k, 5).get('CronJob', namespaceOf(k), cj as string);
  if (!src) return die(`from must be an existing cronjob: cronjobs.batch "${cj}" not found`);
  const tpl = structuredClone(src.spec?.jobTemplate ?? {});
  const obj: KObject = {
    kind: 'Job',
    apiVersion: 'batch/v1',
    metadata: {
      ...objectMeta(k, name, {
        annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', ...(tpl.metadata?.annotations ?? {}) },
      }),
      ...(tpl.metadata?.labels ? { labels: tpl.metadata.labels } : {}),
      ownerReferences: [
        {
          apiVersion: 'batch/v1',
          kind: 'CronJob',
          name: cj as string,
          uid: src.metadata.uid as string,
          controller: true,
        },
      ],
    } as KObject['metadata'],
    spec: tpl.spec ?? {},
    status: {},
  };
  return finishCreate(k, obj, { apiPath: 'apis/batch/v1', resource: 'jobs', namespaced: true, what: 'job' });
}

function createCronJob(k0: Kctx): number {
  const k = nameArgs(k0);
  const name = oneName(k);
  const restart = k.f.str('restart') || 'OnFailure';
  const obj: KObject = {
    kind: 'CronJob',
    apiVersion: 'batch/v1',
    metadata: objectMeta(k, name),
    spec: {
      schedule: k.f.str('schedule'),
      jobTemplate: {
        metadata: { name, creationTimestamp: null },
        spec: { template: podTemplate(name, k.f.str('image'), command(k0), restart) },
      },
    },
    status: {},
  };
  return finishCreate(k, obj, {
    apiPath: 'apis/batch/v1',
    resource: 'cronjobs',
    namespaced: true,
    what: 'cronjob',
  });
}

export const CREATE_WORKLOADS: Record<string, CommandImpl> = {
  'create deployment': { run: createDeployment, required: ['image'] },
  'create job': { run: createJob },
  'create cronjob': { run: createCronJob, required: ['image', 'schedule'] },
};

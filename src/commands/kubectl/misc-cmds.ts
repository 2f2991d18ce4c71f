/** `kubectl create token`, `explain`, `completion`, `plugin list`: what they say without what they would need. */
import { fail } from '../cli-error.js';
import { dialError, requireStore, storeOf } from './api.js';
import { b64encode } from './base64.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { usageError } from './kube-error.js';
import { namespaceOf, serverUrl } from './kubeconfig.js';

function b64url(s: string): string {
  return b64encode(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function runCreateToken(k: Kctx): number {
  const name = k.args[0];
  if (k.args.length !== 1)
    return usageError('create token', `exactly one NAME is required, got ${k.args.length}`);
  const ns = namespaceOf(k);
  if (!storeOf(k) && !k.world.ext.kube)
    return fail(
      `error: failed to create token: Post "${serverUrl(k)}/api/v1/namespaces/${ns}/serviceaccounts/${name}/token": ${dialError(k)}\n`,
      1,
    );
  const store = requireStore(k, 0);
  const sa = store.get('ServiceAccount', ns, name as string);
  if (!sa)
    return fail(`error: failed to create token: serviceaccounts ${JSON.stringify(name)} not found\n`, 1);
  const now = Math.floor(k.world.clock.now / 1000);
  const header = b64url(JSON.stringify({ alg: 'RS256', kid: k.world.rng.hex(20) }));
  const payload = b64url(
    JSON.stringify({
      aud: ['https://kubernetes.default.svc.cluster.local'],
      exp: now + 3600,
      iat: now,
      iss: 'https://kubernetes.default.svc.cluster.local',
      jti: store.newUid(),
      'kubernetes.io': { namespace: ns, serviceaccount: { name, uid: sa.metadata.uid } },
      nbf: now,
      sub: `system:serviceaccount:${ns}:${name}`,
    }),
  );
  const sig = b64url(k.world.rng.hex(128));
  k.out(`${header}.${payload}.${sig}\n`);
  return 0;
}

function runExplain(k: Kctx): number {
  if (k.args.length === 0)
    return fail(
      'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
      1,
    );
  requireStore(k, 2);
  return fail(`knetlab: \`kubectl explain\` is not modelled in this world\n`, 1);
}

function runCompletion(k: Kctx): number {
  if (k.args.length === 0) return usageError('completion', 'Shell not specified.');
  const shell = k.args[0] as string;
  if (!['bash', 'zsh', 'fish', 'powershell'].includes(shell))
    return usageError('completion', `Unsupported shell type ${JSON.stringify(shell)}.`);
  return fail(
    'knetlab: `kubectl completion` scripts are not modelled (tab completion is built into the knetlab shell)\n',
    1,
  );
}

export const MISC_CMDS: Record<string, CommandImpl> = {
  'create token': { run: runCreateToken },
  explain: { run: runExplain },
  completion: { run: runCompletion },
  'plugin list': { run: () => fail('error: unable to find any kubectl plugins in your PATH\n', 1) },
};

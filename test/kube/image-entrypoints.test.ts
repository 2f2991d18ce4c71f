/**
 * Database images whose entrypoint refuses to start without a password
 * variable (docker-library's mysql and postgres): the container exits 1
 * with the entrypoint's message as its log and the pod crash-loops; with the
 * variable set, the daemon starts.
 */
import { describe, expect, it } from 'vitest';
import { clusterSession, run, setup } from '../helpers.js';

describe('database images without their password variable', () => {
  it('crash-loop with the entrypoint message, and run once it is set', () => {
    const s = clusterSession();
    setup(s, [
      'kubectl run db --image=mysql:8.0',
      'kubectl run ok --image=mysql:8.0 --env=MYSQL_ROOT_PASSWORD=secret',
      'kubectl run pg --image=postgres:16',
      'kubectl run pgok --image=postgres:16 --env=POSTGRES_HOST_AUTH_METHOD=trust',
      'sleep 20',
    ]);
    expect(run(s, "kubectl get pods --no-headers | awk '{print $1, $3}'").out).toBe(
      'db CrashLoopBackOff\nok Running\npg CrashLoopBackOff\npgok Running\n',
    );
    expect(run(s, 'kubectl logs db').out).toBe(
      [
        '2026-11-21 09:00:10+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.40-1.el9 started.',
        "2026-11-21 09:00:10+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
        '2026-11-21 09:00:10+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.40-1.el9 started.',
        '2026-11-21 09:00:10+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
        '    You need to specify one of the following as an environment variable:',
        '    - MYSQL_ROOT_PASSWORD',
        '    - MYSQL_ALLOW_EMPTY_PASSWORD',
        '    - MYSQL_RANDOM_ROOT_PASSWORD',
        '',
      ].join('\n'),
    );
    expect(run(s, 'kubectl logs pg | head -2').out).toBe(
      'Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD to a non-empty value for the\n',
    );
    expect(
      run(s, "kubectl get pod db -o jsonpath='{.status.containerStatuses[0].lastState.terminated.exitCode}'")
        .out,
    ).toBe('1');
  });
});

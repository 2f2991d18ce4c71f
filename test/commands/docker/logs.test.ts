/**
 * docker logs: nginx's entrypoint lines on stdout, its error-log notices on
 * stderr, then one access-log line per request; --tail/-n, -t, and the
 * CLI's and daemon's errors (docker 28.2.2 CLI wording, captured).
 */
import { describe, expect, it } from 'vitest';
import { run, setup } from '../../helpers.js';
import { dockerSession } from './docker-helpers.js';

describe('docker logs', () => {
  it('replays the access log after curls, split by stream', () => {
    const s = dockerSession();
    setup(s, [
      'docker run -d --name web -p 8080:80 nginx',
      'curl -s localhost:8080 >/dev/null',
      'curl -s localhost:8080/nope >/dev/null',
    ]);
    const all = run(s, 'docker logs web');
    expect(all.exit).toBe(0);
    expect(all.out.split('\n')[0]).toBe(
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    );
    expect(all.err).toMatch(
      /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: using the "epoll" event method\n/,
    );
    expect(run(s, 'docker logs --tail 2 web 2>/dev/null').out.replace(/\[[^\]]+\]/g, '[T]')).toBe(
      '172.17.0.1 - - [T] "GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"\n' +
        '172.17.0.1 - - [T] "GET /nope HTTP/1.1" 404 153 "-" "curl/7.88.1" "-"\n',
    );
    expect(run(s, 'docker logs -t -n 1 web').out).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z 172\.17\.0\.1 - - \[.*\] "GET \/nope HTTP\/1\.1" 404 153/,
    );
    expect(run(s, 'docker logs -n 0 web')).toEqual({ out: '', err: '', exit: 0 });
  });

  it('errors', () => {
    const s = dockerSession();
    expect(run(s, 'docker logs nosuch')).toEqual({
      out: '',
      err: 'Error response from daemon: No such container: nosuch\n',
      exit: 1,
    });
    expect(run(s, 'docker logs')).toEqual({
      out: '',
      err: "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n",
      exit: 1,
    });
    expect(run(s, 'docker logs --bogus x')).toEqual({
      out: '',
      err: "unknown flag: --bogus\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n",
      exit: 125,
    });
  });
});

/** A session on the `docker` world, and the normalisation of Docker's random ids and times. */
import { buildDockerWorld } from '../../../src/engines/docker/world.js';
import { programPaths } from '../../../src/runner.js';
import { Session } from '../../../src/session.js';

export function dockerSession(): Session {
  return new Session(buildDockerWorld({ programPaths: programPaths() }), { mode: 'case' });
}

/** Replace 64- and 12-hex ids, br-<id>, veth names, MACs and Go timestamps by placeholders. */
export function norm(s: string): string {
  return s
    .replace(/\b8000\.[0-9a-f]{12}\b/g, '8000.<mac>')
    .replace(/\bbr-[0-9a-f]{12}\b/g, 'br-<id>')
    .replace(/\b[0-9a-f]{64}\b/g, '<id64>')
    .replace(/\b[0-9a-f]{12}\b/g, '<id12>')
    .replace(/\bveth[0-9a-f]{7}\b/g, 'veth<x>')
    .replace(/\b(?!02:42:(?:ac|0a))[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b/g, (m) =>
      m === '00:00:00:00:00:00' || m === 'ff:ff:ff:ff:ff:ff' ? m : '<mac>',
    )
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
    .replace(/on \w{3} \w{3} \d+ \d\d:\d\d:\d\d \d{4}/g, 'on <date>')
    .replace(/\/var\/run\/docker\/netns\/<id12>/g, '/var/run/docker/netns/<id12>');
}

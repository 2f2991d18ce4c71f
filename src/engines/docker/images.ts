/**
 * Image references as the Docker CLI parses them (distribution/reference)
 * and the images the simulated registry has: their default entrypoint and
 * command, and what the kube image catalogue says they run.
 */
import { type ImageSpec, imageSpec } from '../../kube/images.js';

export interface ImageRef {
  /** repository as shown by docker ps for a short name ("nginx", "nicolaka/netshoot"). */
  repo: string;
  tag: string;
  /** Canonical repository path ("library/nginx"). */
  path: string;
}

export type RefResult = { ok: true; ref: ImageRef } | { ok: false; error: string };

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?)';
const REF_RE = new RegExp(`^(?:(${DOMAIN})/)?(${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?$`);

/** Parse an image reference; errors carry the CLI's words after "docker: ". */
export function parseImageRef(s: string): RefResult {
  const m = REF_RE.exec(s);
  if (!m) {
    const lower = REF_RE.exec(s.toLowerCase());
    if (lower && s.split(':')[0] !== s.split(':')[0]?.toLowerCase()) {
      const name = (s.split(':')[0] as string).includes('/') ? s.split(':')[0] : `library/${s.split(':')[0]}`;
      return { ok: false, error: `invalid reference format: repository name (${name}) must be lowercase` };
    }
    return { ok: false, error: 'invalid reference format' };
  }
  let domain = m[1];
  let repo = m[2] as string;
  // a first component without a dot, colon or "localhost" is part of the path, not a registry
  if (domain && !domain.includes('.') && !domain.includes(':') && domain !== 'localhost') {
    repo = `${domain}/${repo}`;
    domain = undefined;
  }
  const short = domain ? `${domain}/${repo}` : repo;
  const path = domain ? repo : repo.includes('/') ? repo : `library/${repo}`;
  return { ok: true, ref: { repo: short, tag: m[3] ?? 'latest', path } };
}

export interface DockerImage {
  entrypoint: string[] | null;
  cmd: string[];
  spec: ImageSpec;
}

/** What the registry holds, by repository: entrypoint and command of the image config. */
const REGISTRY: Record<string, { entrypoint: string[] | null; cmd: string[] }> = {
  'library/nginx': { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'] },
  'library/httpd': { entrypoint: null, cmd: ['httpd-foreground'] },
  'library/alpine': { entrypoint: null, cmd: ['/bin/sh'] },
  'library/busybox': { entrypoint: null, cmd: ['sh'] },
  'library/ubuntu': { entrypoint: null, cmd: ['/bin/bash'] },
  'library/debian': { entrypoint: null, cmd: ['bash'] },
  'library/redis': { entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'] },
  'library/mysql': { entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'] },
  'library/mariadb': { entrypoint: ['docker-entrypoint.sh'], cmd: ['mariadbd'] },
  'library/postgres': { entrypoint: ['docker-entrypoint.sh'], cmd: ['postgres'] },
  'curlimages/curl': { entrypoint: ['/entrypoint.sh'], cmd: ['curl'] },
  'nicolaka/netshoot': { entrypoint: null, cmd: ['zsh'] },
};

export function registryImage(ref: ImageRef): DockerImage | undefined {
  const r = REGISTRY[ref.path];
  if (!r) return undefined;
  return { ...r, spec: imageSpec(`${ref.repo}:${ref.tag}`) };
}

/** A stable 64-hex digest for a string (FNV-1a rounds), for image ids. */
export function digestOf(s: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < 64; round++) {
    for (const ch of `${round}:${s}`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

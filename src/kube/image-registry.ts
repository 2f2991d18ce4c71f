/**
 * The registries kubelet pulls from, as containerd 1.7 answers a pull: an
 * image reference is parsed as distribution/reference does; Docker Hub has
 * the official library images the catalogue knows (a single name outside
 * that set is a repository that does not exist), the namespaced ones the
 * catalogue and labs use, and takes any other namespaced repository for a
 * lab's own image; a repository has `latest`, version-like tags and the
 * usual variants (`alpine`, `1.27-alpine`, `bookworm`…), not other tags.
 * The other public registries (registry.k8s.io, ghcr.io, quay.io…) have
 * every repository asked for, with the same tags; an unknown host is not
 * modelled and pulls as it always did.
 */

/** Official (library/) images on Docker Hub. */
const OFFICIAL = new Set([
  'almalinux',
  'alpine',
  'amazoncorretto',
  'amazonlinux',
  'bash',
  'busybox',
  'caddy',
  'cassandra',
  'centos',
  'consul',
  'couchdb',
  'debian',
  'docker',
  'drupal',
  'eclipse-temurin',
  'elasticsearch',
  'fedora',
  'ghost',
  'golang',
  'haproxy',
  'hello-world',
  'httpd',
  'influxdb',
  'jenkins',
  'kibana',
  'kong',
  'logstash',
  'mariadb',
  'memcached',
  'mongo',
  'mysql',
  'nats',
  'neo4j',
  'nextcloud',
  'nginx',
  'node',
  'openjdk',
  'percona',
  'perl',
  'php',
  'postgres',
  'python',
  'rabbitmq',
  'redis',
  'registry',
  'rockylinux',
  'ruby',
  'solr',
  'sonarqube',
  'telegraf',
  'tomcat',
  'traefik',
  'ubuntu',
  'vault',
  'wordpress',
  'zookeeper',
]);

/** Registries whose repositories are taken to exist (only their tags are checked). */
const PUBLIC_REGISTRIES = new Set([
  'registry.k8s.io',
  'k8s.gcr.io',
  'gcr.io',
  'ghcr.io',
  'quay.io',
  'mcr.microsoft.com',
  'public.ecr.aws',
]);

/** Words image tags are made of besides version numbers (`1.27-alpine`, `bookworm`, `alpine3.20`). */
const VARIANTS =
  /^(latest|stable|mainline|edge|lts|alpine|slim|bookworm|bullseye|buster|stretch|trixie|jammy|focal|bionic|noble|perl|otel|musl|glibc|uclibc|oracle|oraclelinux|debian|ubuntu|jdk|jre|temurin|windowsservercore|nanoserver|fpm|apache|cli|management|unprivileged)(\d+(\.\d+)*)?$/;
const VERSION = /^v?\d+(\.\d+)*((rc|alpha|beta|a|b|p)\d*)?$/;
/** Tags a lab's own images are commonly pushed with besides versions. */
const CUSTOM = /^(dev|develop|prod|production|staging|test|main|master|canary|nightly|release|blue|green)$/;

export interface ParsedRef {
  /** docker.io, registry.k8s.io, … */
  domain: string;
  /** Repository path in the registry (`library/nginx`). */
  path: string;
  tag?: string;
  digest?: string;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const REF = new RegExp(
  `^(?:(${DOMAIN_PART}(?:\\.${DOMAIN_PART})*(?::[0-9]+)?)/)?(${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`,
);

/** distribution/reference's ParseNormalizedNamed: the reference, or its error text. */
export function parseReference(image: string): ParsedRef | string {
  const slash = image.indexOf('/');
  const first = slash < 0 ? '' : image.slice(0, slash);
  const hasDomain =
    slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  const domain = hasDomain ? first : 'docker.io';
  let remainder = hasDomain ? image.slice(slash + 1) : image;
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  const colon = remainder.indexOf(':');
  const name = colon < 0 ? remainder.split('@')[0] : remainder.slice(0, colon);
  if ((name ?? '').toLowerCase() !== name)
    return `invalid reference format: repository name (${name}) must be lowercase`;
  const m = REF.exec(`${domain}/${remainder}`);
  if (!m) return 'invalid reference format';
  return { domain, path: m[2] as string, ...(m[3] ? { tag: m[3] } : {}), ...(m[4] ? { digest: m[4] } : {}) };
}

/**
 * Whether a repository has a tag: latest, a version, a variant, or those
 * joined by `-` (`1.27-alpine`, `3.5.16-0`); on `lenient` registries any
 * suffix after that (`v1.6.2-flannel1`), for a lab's own repository its
 * usual words (`dev`, `prod`…) too.
 */
export function publishedTag(tag: string, kind: 'official' | 'custom' | 'lenient' = 'official'): boolean {
  const parts = tag.split('-');
  const word = (p: string) => VARIANTS.test(p) || VERSION.test(p) || (kind === 'custom' && CUSTOM.test(p));
  if (!word(parts[0] as string)) return false;
  return parts
    .slice(1)
    .every((p) => word(p) || /^\d+$/.test(p) || (kind === 'lenient' && /^[a-z0-9.]+$/.test(p)));
}

export type PullResult = { ok: true } | { ok: false; error: string };

/** The reference as containerd names it (`docker.io/library/nginx:latest`). */
function canonical(r: ParsedRef): string {
  return `${r.domain}/${r.path}${r.tag || !r.digest ? `:${r.tag ?? 'latest'}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

/**
 * What a pull of `image` gives, in the words kubelet receives from
 * containerd's CRI: a repository the registry does not have fails with the
 * registry's authorization error (code Unknown, which kubelet's CRI client
 * strips), a tag it does not have with NotFound.
 */
export function pullImage(image: string): PullResult {
  const r = parseReference(image);
  if (typeof r === 'string') return { ok: false, error: r };
  const ref = canonical(r);
  const fail = `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}"`;
  if (r.domain === 'docker.io') {
    const [ns, repo] = r.path.split('/') as [string, string | undefined];
    const known = ns === 'library' ? OFFICIAL.has(repo ?? '') : true;
    // a lab's own repository is taken to exist only with a tag such images are published under
    const custom = ns !== 'library';
    const tagOk = r.tag === undefined || publishedTag(r.tag, custom ? 'custom' : 'official');
    if (!known || (custom && !tagOk))
      return {
        ok: false,
        error: `${fail}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
      };
    if (!tagOk) return { ok: false, error: `rpc error: code = NotFound desc = ${fail}: ${ref}: not found` };
    return { ok: true };
  }
  if (PUBLIC_REGISTRIES.has(r.domain) && r.tag !== undefined && !publishedTag(r.tag, 'lenient'))
    return { ok: false, error: `rpc error: code = NotFound desc = ${fail}: ${ref}: not found` };
  return { ok: true };
}

/**
 * curl's command line (tool_getparam.c of 7.88): short clusters with the
 * argument glued or next, long options matched by unique prefix, "--no-"
 * for booleans, numbers checked like str2num/str2unummax, and the exact
 * error lines. Options curl has but knetlab does not model are refused.
 */
import { fail } from '../cli-error.js';

export interface CurlOptions {
  urls: string[];
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  include: boolean;
  head: boolean;
  /** Per-URL outputs in order (-o FILE, or '' for -O: the remote name). */
  outputs: string[];
  writeOut?: string;
  maxTimeMs?: number;
  connectTimeoutMs?: number;
  headers: string[];
  insecure: boolean;
  location: boolean;
  maxRedirs: number;
  request?: string;
  /** -d pieces: `@file` is read unless raw; -d strips newlines from files, --data-binary keeps them. */
  data: Array<{ value: string; raw: boolean; binary: boolean }>;
  fail: boolean;
  failWithBody: boolean;
  ipv4: boolean;
  ipv6: boolean;
  resolve: string[];
  userAgent?: string;
  user?: string;
  referer?: string;
  cacert?: string;
  cert?: string;
  http1: '1.0' | '1.1' | null;
  http2: boolean;
  dumpHeader?: string;
  noProgress: boolean;
  get: boolean;
  help?: boolean;
  version: boolean;
}

type Kind = 'bool' | 'arg';

interface Opt {
  long: string;
  short?: string;
  kind: Kind;
  /** Sets a boolean; `--no-NAME` clears it. */
  apply: (o: CurlOptions, v: string | boolean, name: string) => void;
}

function num(name: string, v: string): number {
  // curl's str2udouble: a decimal number, no sign, no garbage
  if (!/^(\d+\.?\d*|\.\d+)$/.test(v)) badNumber(name);
  return Number(v);
}

function badNumber(name: string): never {
  return failOpt(name, 'expected a proper numerical parameter');
}

export function failOpt(name: string, why: string): never {
  return fail(
    `curl: option ${name}: ${why}\ncurl: try 'curl --help' or 'curl --manual' for more information\n`,
    2,
  );
}

const OPTS: Opt[] = [
  { long: 'silent', short: 's', kind: 'bool', apply: (o, v) => (o.silent = v as boolean) },
  { long: 'show-error', short: 'S', kind: 'bool', apply: (o, v) => (o.showError = v as boolean) },
  { long: 'verbose', short: 'v', kind: 'bool', apply: (o, v) => (o.verbose = v as boolean) },
  { long: 'include', short: 'i', kind: 'bool', apply: (o, v) => (o.include = v as boolean) },
  { long: 'head', short: 'I', kind: 'bool', apply: (o, v) => (o.head = v as boolean) },
  { long: 'output', short: 'o', kind: 'arg', apply: (o, v) => o.outputs.push(v as string) },
  { long: 'remote-name', short: 'O', kind: 'bool', apply: (o, v) => v && o.outputs.push('') },
  { long: 'write-out', short: 'w', kind: 'arg', apply: (o, v) => (o.writeOut = v as string) },
  {
    long: 'max-time',
    short: 'm',
    kind: 'arg',
    apply: (o, v, n) => (o.maxTimeMs = num(n, v as string) * 1000),
  },
  {
    long: 'connect-timeout',
    kind: 'arg',
    apply: (o, v, n) => (o.connectTimeoutMs = num(n, v as string) * 1000),
  },
  { long: 'header', short: 'H', kind: 'arg', apply: (o, v) => o.headers.push(v as string) },
  { long: 'insecure', short: 'k', kind: 'bool', apply: (o, v) => (o.insecure = v as boolean) },
  { long: 'location', short: 'L', kind: 'bool', apply: (o, v) => (o.location = v as boolean) },
  {
    long: 'max-redirs',
    kind: 'arg',
    apply: (o, v, n) => {
      if (!/^-?\d+$/.test(v as string)) badNumber(n);
      o.maxRedirs = Number(v);
    },
  },
  { long: 'request', short: 'X', kind: 'arg', apply: (o, v) => (o.request = v as string) },
  {
    long: 'data',
    short: 'd',
    kind: 'arg',
    apply: (o, v) => o.data.push({ value: v as string, raw: false, binary: false }),
  },
  {
    long: 'data-raw',
    kind: 'arg',
    apply: (o, v) => o.data.push({ value: v as string, raw: true, binary: false }),
  },
  {
    long: 'data-binary',
    kind: 'arg',
    apply: (o, v) => o.data.push({ value: v as string, raw: false, binary: true }),
  },
  {
    long: 'data-ascii',
    kind: 'arg',
    apply: (o, v) => o.data.push({ value: v as string, raw: false, binary: false }),
  },
  { long: 'fail', short: 'f', kind: 'bool', apply: (o, v) => (o.fail = v as boolean) },
  { long: 'fail-with-body', kind: 'bool', apply: (o, v) => (o.failWithBody = v as boolean) },
  { long: 'ipv4', short: '4', kind: 'bool', apply: (o, v) => (o.ipv4 = v as boolean) },
  { long: 'ipv6', short: '6', kind: 'bool', apply: (o, v) => (o.ipv6 = v as boolean) },
  { long: 'resolve', kind: 'arg', apply: (o, v) => o.resolve.push(v as string) },
  { long: 'user-agent', short: 'A', kind: 'arg', apply: (o, v) => (o.userAgent = v as string) },
  { long: 'user', short: 'u', kind: 'arg', apply: (o, v) => (o.user = v as string) },
  { long: 'referer', short: 'e', kind: 'arg', apply: (o, v) => (o.referer = v as string) },
  { long: 'cacert', kind: 'arg', apply: (o, v) => (o.cacert = v as string) },
  { long: 'cert', short: 'E', kind: 'arg', apply: (o, v) => (o.cert = v as string) },
  { long: 'key', kind: 'arg', apply: () => {} },
  { long: 'http1.0', short: '0', kind: 'bool', apply: (o) => (o.http1 = '1.0') },
  { long: 'http1.1', kind: 'bool', apply: (o) => (o.http1 = '1.1') },
  { long: 'http2', kind: 'bool', apply: (o) => (o.http2 = true) },
  { long: 'dump-header', short: 'D', kind: 'arg', apply: (o, v) => (o.dumpHeader = v as string) },
  { long: 'progress-meter', kind: 'bool', apply: (o, v) => (o.noProgress = !v) },
  { long: 'get', short: 'G', kind: 'bool', apply: (o, v) => (o.get = v as boolean) },
  { long: 'help', short: 'h', kind: 'bool', apply: (o) => (o.help = true) },
  { long: 'version', short: 'V', kind: 'bool', apply: (o) => (o.version = true) },
  { long: 'url', kind: 'arg', apply: (o, v) => o.urls.push(v as string) },
  // -q/--disable: do not read .curlrc; there is none to read
  { long: 'disable', short: 'q', kind: 'bool', apply: () => {} },
  // keep-alive and TCP_NODELAY change nothing the emulation can show
  { long: 'keepalive', kind: 'bool', apply: () => {} },
  { long: 'tcp-nodelay', kind: 'bool', apply: () => {} },
];

/** Every other option curl 7.88.1 knows (`curl --help all`), with their short letters. */
const OTHER_LONG =
  'abstract-unix-socket alt-svc anyauth append aws-sigv4 basic capath cert-status cert-type ciphers compressed compressed-ssh config connect-to continue-at cookie cookie-jar create-dirs create-file-mode crlf crlfile curves data-urlencode delegation digest disable-eprt disable-epsv disallow-username-in-url dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-cert-status doh-insecure doh-url egd-file engine etag-compare etag-save expect100-timeout fail-early false-start form form-escape form-string ftp-account ftp-alternative-to-user ftp-create-dirs ftp-method ftp-pasv ftp-port ftp-pret ftp-skip-pasv-ip ftp-ssl-ccc ftp-ssl-ccc-mode ftp-ssl-control globoff happy-eyeballs-timeout-ms haproxy-protocol hostpubmd5 hostpubsha256 hsts http0.9 http2-prior-knowledge http3 http3-only ignore-content-length interface json junk-session-cookies keepalive-time key-type krb libcurl limit-rate list-only local-port location-trusted login-options mail-auth mail-from mail-rcpt mail-rcpt-allowfails manual max-filesize metalink negotiate netrc netrc-file netrc-optional next alpn buffer clobber npn sessionid noproxy ntlm ntlm-wb oauth2-bearer output-dir parallel parallel-immediate parallel-max pass path-as-is pinnedpubkey post301 post302 post303 preproxy progress-bar proto proto-default proto-redir proxy proxy-anyauth proxy-basic proxy-cacert proxy-capath proxy-cert proxy-cert-type proxy-ciphers proxy-crlfile proxy-digest proxy-header proxy-insecure proxy-key proxy-key-type proxy-negotiate proxy-ntlm proxy-pass proxy-pinnedpubkey proxy-service-name proxy-ssl-allow-beast proxy-ssl-auto-client-cert proxy-tls13-ciphers proxy-tlsauthtype proxy-tlspassword proxy-tlsuser proxy-tlsv1 proxy-user proxy1.0 proxytunnel pubkey quote random-file range rate raw remote-header-name remote-name-all remote-time remove-on-error request-target retry retry-all-errors retry-connrefused retry-delay retry-max-time sasl-authzid sasl-ir service-name socks4 socks4a socks5 socks5-basic socks5-gssapi socks5-gssapi-nec socks5-gssapi-service socks5-hostname speed-limit speed-time ssl ssl-allow-beast ssl-auto-client-cert ssl-no-revoke ssl-reqd ssl-revoke-best-effort sslv2 sslv3 stderr styled-output suppress-connect-headers tcp-fastopen telnet-option tftp-blksize tftp-no-options time-cond tls-max tls13-ciphers tlsauthtype tlspassword tlsuser tlsv1 tlsv1.0 tlsv1.1 tlsv1.2 tlsv1.3 tr-encoding trace trace-ascii trace-time unix-socket upload-file url-query use-ascii xattr'.split(
    ' ',
  );
const OTHER_SHORT = 'abBcCFgjJKlMnNpPQrRtTUxyYzZ123#:';

export function emptyOptions(): CurlOptions {
  return {
    urls: [],
    silent: false,
    showError: false,
    verbose: false,
    include: false,
    head: false,
    outputs: [],
    headers: [],
    insecure: false,
    location: false,
    maxRedirs: 50,
    data: [],
    fail: false,
    failWithBody: false,
    ipv4: false,
    ipv6: false,
    resolve: [],
    http1: null,
    http2: false,
    noProgress: false,
    get: false,
    version: false,
  };
}

function notModelled(name: string): never {
  return fail(
    `curl: option ${name}: is not supported by knetlab\ncurl: try 'curl --help' or 'curl --manual' for more information\n`,
    2,
  );
}

function findLong(word: string): { opt: Opt | null; known: boolean; ambiguous: boolean } {
  const exact = OPTS.find((o) => o.long === word);
  if (exact) return { opt: exact, known: true, ambiguous: false };
  const names = [...OPTS.map((o) => o.long), ...OTHER_LONG];
  if (OTHER_LONG.includes(word)) return { opt: null, known: true, ambiguous: false };
  const hits = names.filter((n) => n.startsWith(word));
  if (hits.length > 1) return { opt: null, known: true, ambiguous: true };
  if (hits.length === 1) {
    const o = OPTS.find((x) => x.long === hits[0]);
    return { opt: o ?? null, known: true, ambiguous: false };
  }
  return { opt: null, known: false, ambiguous: false };
}

export function parseCurlArgs(args: readonly string[]): CurlOptions {
  const o = emptyOptions();
  let i = 0;
  let endOfOpts = false;
  while (i < args.length) {
    const a = args[i++] as string;
    if (endOfOpts || !a.startsWith('-') || a === '-') {
      o.urls.push(a);
      continue;
    }
    if (a === '--') {
      endOfOpts = true;
      continue;
    }
    if (a.startsWith('--')) {
      let word = a.slice(2);
      let value: boolean = true;
      let f = findLong(word);
      if (!f.known && word.startsWith('no-')) {
        const g = findLong(word.slice(3));
        if (g.known) {
          f = g;
          word = word.slice(3);
          value = false;
          if (g.opt && g.opt.kind !== 'bool') failOpt(a, "used '--no-' for option that isn't a boolean");
        }
      }
      if (f.ambiguous) failOpt(a, 'is ambiguous');
      if (!f.known) failOpt(a, 'is unknown');
      if (!f.opt) notModelled(a);
      if (f.opt.kind === 'bool') f.opt.apply(o, value, a);
      else {
        if (i >= args.length) failOpt(a, 'requires parameter');
        f.opt.apply(o, args[i++] as string, a);
      }
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      const opt = OPTS.find((x) => x.short === c);
      if (!opt) {
        if (OTHER_SHORT.includes(c)) notModelled(`-${c}`);
        failOpt(`-${c}`, 'is unknown');
      }
      if (opt.kind === 'bool') {
        opt.apply(o, true, `-${c}`);
        continue;
      }
      const rest = a.slice(j + 1);
      if (rest !== '') opt.apply(o, rest, `-${c}`);
      else {
        if (i >= args.length) failOpt(`-${c}`, 'requires parameter');
        opt.apply(o, args[i++] as string, `-${c}`);
      }
      break;
    }
  }
  return o;
}

export const CURL_HELP = `Usage: curl [options...] <url>
 -d, --data <data>          HTTP POST data
 -f, --fail                 Fail fast with no output on HTTP errors
 -h, --help <category>      Get help for commands
 -i, --include              Include protocol response headers in the output
 -o, --output <file>        Write to file instead of stdout
 -O, --remote-name          Write output to a file named as the remote file
 -s, --silent               Silent mode
 -T, --upload-file <file>   Transfer local FILE to destination
 -u, --user <user:password> Server user and password
 -A, --user-agent <name>    Send User-Agent <name> to server
 -v, --verbose              Make the operation more talkative
 -V, --version              Show version number and quit

This is not the full help, this menu is stripped into categories.
Use "--help category" to get an overview of all categories.
For all options use the manual or "--help all".
`;

export const CURL_VERSION = `curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.19 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13
Release-Date: 2023-02-20, security patched: 7.88.1-10+deb12u14
Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp scp sftp smb smbs smtp smtps telnet tftp
Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd
`;

/**
 * The JSON Schema of a `.case` file's header, as the raw object parseCase
 * collects (`# key: value` lines; repeatable keys as arrays, `lan-hosts`
 * split into addresses). A case file is untrusted input: this schema is
 * compiled by ajv ahead of time into case-header-validate.ts
 * (`npx tsx test/tools/gen-validators.ts`), so validating needs neither a
 * compiler nor eval at run time, and bounds the work a file can ask for.
 */

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = `${OCTET}(\\.${OCTET}){3}`;
const IPV6 = '[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*';
const NAME = '[A-Za-z0-9_*.-]{1,253}';
const U16 = '[0-9]{1,5}';

/** What each directive expects, for the error message. */
export const HEADER_EXPECTS: Readonly<Record<string, string>> = {
  name: 'a case name',
  description: 'one line of text',
  eth0: 'ADDRESS/PREFIX, e.g. 192.168.1.10/24',
  gateway: 'an IPv4 address',
  'lan-hosts': 'IPv4 addresses separated by spaces (at most 64)',
  'dns-server': 'an IPv4 address',
  'dns-record':
    'A|AAAA NAME ADDRESS, CNAME ALIAS TARGET, SRV NAME TARGET [PORT [PRIO [WEIGHT]]], TXT NAME TEXT, MX NAME TARGET [PREF] or PTR NAME TARGET (at most 10000)',
  'dns-ttl': 'a TTL in seconds (0-2147483647)',
  'resolv.conf': 'one resolv.conf line (at most 64)',
  hosts: 'one /etc/hosts line (at most 1000)',
  'kube-discovery-cache': 'yes or no',
  timeout: 'seconds (1-3600)',
  tty: 'COLSxROWS, e.g. 80x24',
};

/** One line of text, bounded (a pattern rather than maxLength, so the compiled code needs no runtime helper). */
const line = (max: number) => ({ type: 'string', pattern: `^[^\\n]{0,${max}}$` }) as const;

export const CASE_HEADER_SCHEMA = {
  $id: 'knetlab/case-header',
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z0-9._-]{0,200}$' },
    description: { type: 'array', maxItems: 200, items: line(1000) },
    eth0: { type: 'string', pattern: `^${IPV4}/(3[0-2]|[12]?[0-9])$` },
    gateway: { type: 'string', pattern: `^${IPV4}$` },
    'lan-hosts': {
      type: 'array',
      minItems: 1,
      maxItems: 64,
      items: { type: 'string', pattern: `^${IPV4}$` },
    },
    'dns-server': { type: 'string', pattern: `^${IPV4}$` },
    'dns-record': {
      type: 'array',
      maxItems: 10000,
      items: {
        type: 'string',
        anyOf: [
          { pattern: `^(A|a) +${NAME} +${IPV4}$` },
          { pattern: `^(AAAA|aaaa) +${NAME} +${IPV6}$` },
          { pattern: `^(CNAME|cname|PTR|ptr) +${NAME} +${NAME}$` },
          { pattern: `^(SRV|srv) +${NAME} +${NAME}( +${U16}){0,3}$` },
          { pattern: `^(MX|mx) +${NAME} +${NAME}( +${U16})?$` },
          { pattern: `^(TXT|txt) +${NAME} +[^\\n]{1,1000}$` },
        ],
      },
    },
    'dns-ttl': { type: 'string', pattern: '^[0-9]{1,10}$' },
    'resolv.conf': { type: 'array', maxItems: 64, items: line(1000) },
    hosts: { type: 'array', maxItems: 1000, items: line(1000) },
    'kube-discovery-cache': { enum: ['yes', 'no'] },
    timeout: { type: 'string', pattern: '^[0-9]{1,4}(\\.[0-9]+)?$' },
    tty: { type: 'string', pattern: '^[0-9]{1,4}[xX][0-9]{1,4}$' },
  },
} as const;

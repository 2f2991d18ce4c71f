/**
 * Reading -f manifests as kubectl's resource builder does: files,
 * directories (-R), stdin, multi-document YAML and JSON, List kinds; the
 * client-side checks (apiVersion/kind set) and REST mapping of each object.
 */
import { parseAllDocuments } from 'yaml';
import { bundledManifest, MANIFEST_HOSTS } from '../../kube/build/manifests.js';
import type { ResourceInfo } from '../../kube/resources.js';
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { discovery, refused } from './api.js';
import type { Kctx } from './kctx.js';

export interface Manifest {
  /** File name as kubectl reports it ("STDIN" for -f -). */
  source: string;
  obj: KObject;
  info: ResourceInfo;
}

const EXTENSIONS = ['.json', '.yaml', '.yml'];

function filesOf(k: Kctx, path: string, recursive: boolean, top: boolean): string[] {
  const fs = k.p.ctx.fs;
  const st = fs.stat(path, k.p.ctx.cwd);
  if (!st) return fail(`error: the path ${JSON.stringify(path)} does not exist\n`, 1);
  if (st.kind !== 'dir') return [path];
  if (!top && !recursive) return [];
  const out: string[] = [];
  for (const name of fs.readdir(path, k.p.ctx.cwd).sort()) {
    const full = `${path.replace(/\/$/, '')}/${name}`;
    const s = fs.stat(full, k.p.ctx.cwd);
    if (s?.kind === 'dir') out.push(...filesOf(k, full, recursive, false));
    else if (EXTENSIONS.some((e) => name.endsWith(e))) out.push(full);
  }
  return out;
}

type YamlErr = { linePos?: Array<{ line: number }>; code?: string; message?: string };

/** go-yaml's wording and line for the errors the `yaml` package reports (the common cases). */
function yamlError(source: string, text: string, errors: YamlErr[]): never {
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const e = errors.find((x) => x.code === 'MULTILINE_IMPLICIT_KEY') ?? (errors[0] as YamlErr);
  let line = e.linePos?.[0]?.line ?? lines;
  let msg = 'did not find expected key';
  switch (e.code) {
    case 'MULTILINE_IMPLICIT_KEY':
      line = e.linePos?.[1]?.line ?? line;
      msg = 'mapping values are not allowed in this context';
      break;
    case 'BLOCK_AS_IMPLICIT_KEY':
      msg = 'mapping values are not allowed in this context';
      break;
    case 'MISSING_CHAR':
      msg = 'found unexpected end of stream';
      break;
    case 'TAB_AS_INDENT':
      msg = 'found character that cannot start any token';
      break;
    case 'BAD_INDENT':
      if (/^Flow/.test(e.message ?? '')) {
        msg = 'did not find expected node content';
        line = Math.min(line, lines);
      } else line = Math.max(1, line - 1);
      break;
  }
  const where = line > 1 ? `line ${line}: ` : '';
  return fail(`error: error parsing ${source}: error converting YAML to JSON: yaml: ${where}${msg}\n`, 1);
}

/** Documents of one file's text (List items expanded, empty documents dropped). */
export function parseObjects(source: string, text: string): KObject[] {
  const out: KObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if ('errors' in doc && doc.errors.length) yamlError(source, text, doc.errors as YamlErr[]);
    const v = doc.toJS() as unknown;
    if (v === null || v === undefined) continue;
    if (typeof v !== 'object' || Array.isArray(v))
      return fail(
        `error: error parsing ${source}: error unmarshaling JSON: json: cannot unmarshal ${Array.isArray(v) ? 'array' : typeof v} into Go value of type map[string]interface {}\n`,
        1,
      );
    const o = v as KObject;
    if (typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items))
      out.push(...(o.items as KObject[]));
    else out.push(o);
  }
  return out;
}

const URL_RE = /^https?:\/\/([^/:]+)/;

/** kubectl fetches http(s) URLs; here the course's add-on manifests are bundled and nothing else is reachable. */
function readUrl(url: string): { source: string; text: string } {
  const text = bundledManifest(url);
  if (text !== null) return { source: url, text };
  const host = URL_RE.exec(url)?.[1] ?? '';
  if (MANIFEST_HOSTS.includes(host))
    return fail(`error: unable to read URL "${url}", server reported 404 Not Found, status code=404\n`, 1);
  return fail(`error: Get "${url}": dial tcp: lookup ${host} on 127.0.0.53:53: no such host\n`, 1);
}

function readSource(k: Kctx, path: string): { source: string; text: string } {
  if (path === '-') return { source: 'STDIN', text: k.p.stdin };
  if (URL_RE.test(path)) return readUrl(path);
  try {
    return { source: path, text: k.p.ctx.fs.readFile(path, k.p.ctx.cwd) };
  } catch {
    return fail(`error: the path ${JSON.stringify(path)} does not exist\n`, 1);
  }
}

/** Everything -f names, parsed, validated and mapped; `memcache` for an unreachable server. */
export function readManifests(k: Kctx, memcache = 0): Manifest[] {
  const paths = k.f.list('filename');
  const validate = k.f.str('validate');
  const strict = !['false', 'ignore'].includes(validate);
  const raw: Array<{ source: string; obj: KObject }> = [];
  for (const p of paths) {
    const files = p === '-' || URL_RE.test(p) ? [p] : filesOf(k, p, k.f.bool('recursive'), true);
    for (const f of files) {
      const { source, text } = readSource(k, f);
      for (const obj of parseObjects(source, text)) raw.push({ source, obj });
    }
  }
  const out: Manifest[] = [];
  for (const { source, obj } of raw) {
    const missing = [!obj.apiVersion ? 'apiVersion not set' : '', !obj.kind ? 'kind not set' : ''].filter(
      Boolean,
    );
    if (missing.length) {
      const what = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
      if (strict)
        fail(
          `error: error validating ${JSON.stringify(source)}: error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false\n`,
          1,
        );
      fail(
        `error: unable to decode ${JSON.stringify(source)}: Object 'Kind' is missing in '${JSON.stringify(obj)}'\n`,
        1,
      );
    }
    if (!k.world.ext.kube && strict) {
      const url = 'http://localhost:8080/openapi/v2?timeout=32s';
      fail(
        `error: error validating ${JSON.stringify(source)}: error validating data: failed to download openapi: Get "${url}": dial tcp [::1]:8080: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false\n`,
        1,
      );
    }
    const list = discovery(k);
    if (!list) return refused(k, memcache);
    const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
    const info = list.find((r) => r.kind === obj.kind && r.group === group && r.version === version);
    if (!info) {
      const name = obj.metadata?.name ?? '';
      const ns = obj.metadata?.namespace ?? '';
      fail(
        `error: resource mapping not found for name: ${JSON.stringify(name)} namespace: ${JSON.stringify(ns)} from ${JSON.stringify(source)}: no matches for kind ${JSON.stringify(obj.kind)} in version ${JSON.stringify(obj.apiVersion)}\nensure CRDs are installed first\n`,
        1,
      );
    }
    obj.metadata ??= {} as KObject['metadata'];
    out.push({ source, obj, info: info as ResourceInfo });
  }
  return out;
}

/** The namespace an object goes to: its own, else -n or the context's; conflicting -n is an error. */
export function manifestNamespace(k: Kctx, m: Manifest, ctxNs: string): string | undefined {
  if (!m.info.namespaced) return undefined;
  const own = m.obj.metadata?.namespace;
  const flag = k.f.str('namespace');
  if (own && flag && own !== flag)
    fail(
      `error: the namespace from the provided object "${own}" does not match the namespace "${flag}". You must pass '--namespace=${own}' to perform this operation.\n`,
      1,
    );
  return own || ctxNs;
}

#!/usr/bin/env python3
"""Dev tool: turn dump-help.py's JSON into the TypeScript command data under
src/commands/kubectl/docs/ (flag library shared by all commands + one module
per command family)."""
import collections, json, re, sys

SLICE = {'filename', 'label-columns', 'tcp', 'verb', 'resource', 'resource-name', 'non-resource-url',
         'from-file', 'from-env-file', 'user', 'group', 'serviceaccount', 'types', 'kinds', 'prune-allowlist'}
FILES = [
    ('root', lambda p: p in ('', 'options', 'completion', 'version', 'api-resources', 'api-versions', 'plugin', 'plugin list', 'kustomize')),
    ('create', lambda p: p in ('create', 'create clusterrole', 'create clusterrolebinding', 'create configmap', 'create cronjob', 'create deployment')),
    ('create-more', lambda p: p in ('create ingress', 'create job', 'create namespace', 'create poddisruptionbudget', 'create priorityclass', 'create quota', 'create role', 'create rolebinding', 'create serviceaccount', 'create token')),
    ('create-svc', lambda p: p.startswith('create secret') or p.startswith('create service')),
    ('run-expose', lambda p: p.split(' ')[0] in ('run', 'expose')),
    ('set', lambda p: p.split(' ')[0] in ('set', 'scale', 'autoscale')),
    ('rollout', lambda p: p.split(' ')[0] in ('rollout', 'label', 'annotate')),
    ('get', lambda p: p.split(' ')[0] in ('get', 'describe', 'explain', 'events')),
    ('modify', lambda p: p.split(' ')[0] in ('delete', 'edit', 'patch', 'replace', 'wait')),
    ('apply', lambda p: p.split(' ')[0] in ('apply', 'diff')),
    ('cluster', lambda p: p.split(' ')[0] in ('certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint')),
    ('pods', lambda p: p.split(' ')[0] in ('logs', 'attach', 'exec', 'port-forward', 'cp')),
    ('debug', lambda p: p.split(' ')[0] in ('proxy', 'debug')),
    ('auth', lambda p: p.split(' ')[0] in ('auth',)),
    ('config', lambda p: p.split(' ')[0] in ('config',)),
]


def ftype(f):
    d = f['def']
    if d.startswith("'"):
        return 'string'
    if d.startswith('['):
        return 'stringSlice' if f['name'] in SLICE else 'stringArray'
    if d in ('true', 'false'):
        return 'bool'
    if re.fullmatch(r'-?\d+', d):
        return 'int'
    if re.fullmatch(r'(\d+[hms])+', d):
        return 'duration'
    return 'string'


def spec(f):
    t = ftype(f)
    d = f['def']
    if t == 'string' and d.startswith("'"):
        d = d[1:-1]
    if d.startswith('/nonexistent-kubectl-home'):
        d = '${HOME}' + d[len('/nonexistent-kubectl-home'):]
    s = {'name': f['name']}
    if f['short']:
        s['short'] = f['short']
    s['type'] = t
    if t == 'string' and not f['def'].startswith("'"):
        s['raw'] = True
    s['def'] = d
    s['usage'] = f['usage']
    return s


def tpl(s):
    return '`' + s.replace('\\', '\\\\').replace('`', '\\`').replace('${', '\\${') + '`'


def obj(s, indent):
    pad = ' ' * indent
    parts = []
    for k, v in s.items():
        if isinstance(v, bool):
            parts.append(f'{k}: {"true" if v else "false"}')
        elif k in ('usage',) and ('\n' in v or len(v) > 60):
            parts.append(f'{k}: {tpl(v)}')
        else:
            parts.append(f'{k}: {json.dumps(v)}')
    return '{ ' + ', '.join(parts) + ' }'


def main(src, outdir):
    docs = [d for d in json.load(open(src)) if d['path'] != 'kubectl']
    for d in docs:
        if d['path'] == '':
            d['long'] = d['long'].split('\n\nBasic Commands')[0]
    key = lambda f: (f['name'], f['short'], f['def'], f['usage'])
    count = collections.Counter(key(f) for d in docs for f in d.get('flags', []))
    lib = {}
    libkey = {}
    for k, n in count.most_common():
        if n < 2:
            continue
        name = k[0]
        id_ = name
        i = 2
        while id_ in lib:
            id_ = f'{name}~{i}'
            i += 1
        lib[id_] = k
        libkey[k] = id_
    with open(f'{outdir}/flag-library.ts', 'w') as fh:
        fh.write('/** Flags shared by several kubectl commands (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */\n')
        fh.write("import type { FlagSpec } from '../flag-spec.js';\n\n")
        fh.write('export const FLAG_LIBRARY: Record<string, FlagSpec> = {\n')
        for id_, k in sorted(lib.items()):
            f = {'name': k[0], 'short': k[1], 'def': k[2], 'usage': k[3]}
            fh.write(f'  {json.dumps(id_)}: {obj(spec(f), 2)},\n')
        fh.write('};\n')
    for fname, pred in FILES:
        sel = [d for d in docs if pred(d['path'])]
        docs = [d for d in docs if not pred(d['path'])]
        const = 'DOCS_' + fname.upper().replace('-', '_')
        with open(f'{outdir}/{fname}.ts', 'w') as fh:
            fh.write(f'/** Help data of kubectl {", ".join(sorted(set(d["path"].split(" ")[0] or "kubectl" for d in sel)))} (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */\n')
            fh.write("import type { CommandDoc } from '../flag-spec.js';\n\n")
            fh.write(f'export const {const}: CommandDoc[] = [\n')
            for d in sel:
                fh.write('  {\n')
                fh.write(f'    path: {json.dumps(d["path"])},\n')
                fh.write(f'    short: {json.dumps(d["short"])},\n')
                if d.get('aliases'):
                    fh.write(f'    aliases: {json.dumps(d["aliases"])},\n')
                fh.write(f'    long: {tpl(d["long"])},\n')
                if 'example' in d:
                    fh.write(f'    example: {tpl(d["example"])},\n')
                if 'usage' in d:
                    fh.write(f'    usage: {json.dumps(d["usage"])},\n')
                fl = d.get('flags', [])
                if fl:
                    fh.write('    flags: [\n')
                    for f in fl:
                        k = key(f)
                        if k in libkey:
                            fh.write(f'      {json.dumps(libkey[k])},\n')
                        else:
                            fh.write(f'      {obj(spec(f), 6)},\n')
                    fh.write('    ],\n')
                fh.write('  },\n')
            fh.write('];\n')
    if docs:
        print('unassigned:', [d['path'] for d in docs], file=sys.stderr)


main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""Dev tool: walk the real kubectl's command tree and dump each command's help
as structured data (long text, aliases, examples, flags, usage) to JSON.
The TypeScript help renderer builds every screen from that data."""
import json, os, re, subprocess, sys

ENV = dict(os.environ, HOME='/nonexistent-kubectl-home')
HEADERS = ['Aliases:', 'Examples:', 'Available Commands:', 'Options:', 'Usage:']
SKIP = {'help'}  # cobra-provided


def helptext(path):
    p = subprocess.run(['kubectl', *path, '--help'], capture_output=True, text=True, env=ENV)
    return p.stdout


def split_sections(text):
    # find section headers that start a line after a blank line
    idx = []
    for h in HEADERS:
        m = re.search(r'(?m)(?<=\n\n)' + re.escape(h) + r'\n', text)
        if m:
            idx.append((m.start(), h))
    idx.sort()
    first = idx[0][0] if idx else len(text)
    long = text[:first].rstrip('\n')
    secs = {}
    for i, (pos, h) in enumerate(idx):
        end = idx[i + 1][0] if i + 1 < len(idx) else len(text)
        secs[h] = text[pos + len(h) + 1:end]
    return long, secs


FLAG_RE = re.compile(r"^    (?:-(\S), )?--([\w.-]+)=(.*):$")


def parse_flags(body):
    flags = []
    lines = body.split('\n')
    i = 0
    while i < len(lines):
        m = FLAG_RE.match(lines[i])
        if m:
            usage = []
            i += 1
            while i < len(lines) and lines[i].startswith('\t'):
                usage.append(lines[i][1:])
                i += 1
            short, name, dv = m.group(1), m.group(2), m.group(3)
            flags.append({'name': name, 'short': short or '', 'def': dv, 'usage': '\n'.join(usage)})
        else:
            i += 1
    return flags


def parse_cmds(body):
    out = []
    for l in body.split('\n'):
        m = re.match(r'^  (\S+)\s+(.*)$', l)
        if m:
            out.append((m.group(1), m.group(2)))
    return out


def walk(path, short, acc):
    text = helptext(path)
    long, secs = split_sections(text)
    d = {'path': ' '.join(path), 'short': short, 'long': long}
    if 'Aliases:' in secs:
        d['aliases'] = secs['Aliases:'].strip().split(', ')[1:]
    if 'Examples:' in secs:
        d['example'] = secs['Examples:'].rstrip('\n')
    if 'Options:' in secs:
        d['flags'] = parse_flags(secs['Options:'])
    if 'Usage:' in secs:
        u = secs['Usage:'].split('\n')[0]
        d['usage'] = u[2:]
    acc.append(d)
    subs = []
    if path == []:
        for block in re.split(r'\n\n', text):
            lines = block.split('\n')
            if lines and lines[0].endswith(':') and len(lines) > 1 and lines[1].startswith('  '):
                subs += parse_cmds('\n'.join(lines[1:]))
    elif 'Available Commands:' in secs:
        subs = parse_cmds(secs['Available Commands:'])
    for name, s in subs:
        if name in SKIP and path == []:
            continue
        walk(path + [name], s, acc)


if __name__ == '__main__':
    acc = []
    walk([], 'kubectl controls the Kubernetes cluster manager', acc)
    for extra in (['options'],):
        t = subprocess.run(['kubectl', *extra], capture_output=True, text=True, env=ENV).stdout
        long, secs = split_sections(t)
        d = {'path': ' '.join(extra), 'short': '', 'long': long}
        if 'Examples:' in secs:
            d['example'] = secs['Examples:'].rstrip('\n')
        d['flags'] = parse_flags(t)
        d['long'] = long.split('\n\n')[0]
        acc.append(d)
    json.dump(acc, sys.stdout, indent=1)

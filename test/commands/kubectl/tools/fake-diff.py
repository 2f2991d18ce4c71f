#!/usr/bin/env python3
"""Dev tool: run kubectl command lines against the fake API server (real
kubectl) and in knetlab's fixture world, and show the differences.
usage: fake-diff.py FAKEDIR CMDFILE   (one kubectl command line per line, without 'kubectl')"""
import json, os, re, subprocess, sys, tempfile

fake, cmdfile = sys.argv[1], sys.argv[2]
cmds = [l.rstrip('\n') for l in open(cmdfile) if l.strip() and not l.startswith('#')]
home = tempfile.mkdtemp()
klog = re.compile(r'^([IWEF])\d{4} \d{2}:\d{2}:\d{2}\.\d{6}\s+\d+ ', re.M)
real = []
for c in cmds:
    p = subprocess.run(['bash', '-c', f'kubectl --kubeconfig {fake}/kubeconfig {c}'], capture_output=True, text=True,
                       env=dict(os.environ, HOME=home))
    real.append({'exit': p.returncode, 'stdout': p.stdout, 'stderr': klog.sub(r'\1<klog> ', p.stderr)})
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, '../../../..'))
p = subprocess.run(['npx', 'tsx', os.path.join(here, 'fixture-run.ts'), f'{fake}/fixture.json'],
                   input=json.dumps([f'kubectl {c}' for c in cmds]), capture_output=True, text=True, cwd=root)
if p.returncode != 0:
    print(p.stderr); sys.exit(1)
mine = json.loads(p.stdout)
ok = 0
for c, r, m in zip(cmds, real, mine):
    m['stderr'] = klog.sub(r'\1<klog> ', m['stderr'])
    if r['exit'] == m['exit'] and r['stdout'] == m['stdout'] and r['stderr'] == m['stderr']:
        ok += 1
        continue
    print(f'=== kubectl {c}   (exit real {r["exit"]} mine {m["exit"]})')
    import difflib
    for name in ('stdout', 'stderr'):
        if r[name] != m[name]:
            for l in difflib.unified_diff(r[name].splitlines(), m[name].splitlines(), 'real', 'mine', lineterm='', n=1):
                print('   ', l)
print(f'{ok}/{len(cmds)} identical')

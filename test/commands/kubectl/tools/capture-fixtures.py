#!/usr/bin/env python3
"""Dev tool: record what the real kubectl v1.32.4 prints, as test fixtures.

usage: capture-fixtures.py SPEC OUT.json [FAKEDIR]
SPEC lines: `mode: command` where mode is
  offline  no kubeconfig, no server (HOME empty)
  cache    no server, but a discovery cache for localhost:8080 (capture.py's)
  tty80    offline, stdout on an 80x24 pseudo-terminal
  fake     against kubectl-fakeapi (FAKEDIR, server already running)
Every command is run through bash -c; klog headers are normalised."""
import json, os, pty, re, select, struct, subprocess, sys, tempfile, termios, fcntl

sys.path.insert(0, '/work/shared/golden')
import capture  # noqa: E402

KLOG = re.compile(r'^([IWEF])\d{4} \d{2}:\d{2}:\d{2}\.\d{6}\s+\d+ ', re.M)


def norm(t):
    return KLOG.sub(r'\1<klog> ', t).replace('dial tcp 127.0.0.1:8080', 'dial tcp [::1]:8080')


def home(cache):
    h = tempfile.mkdtemp()
    if cache:
        for p, c in capture.kube_cache_files().items():
            p = p.replace('/root', h)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            open(p, 'w').write(c)
    return h


def run_tty(cmd, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe('bash', ['bash', '-c', cmd], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
    out = b''
    while True:
        try:
            r, _, _ = select.select([fd], [], [], 10)
            if not r:
                break
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            out += chunk
        except OSError:
            break
    _, status = os.waitpid(pid, 0)
    return out.decode().replace('\r\n', '\n'), '', os.waitstatus_to_exitcode(status)


def main(spec, outp, fake=None):
    res = []
    for line in open(spec):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        mode, cmd = line.split(': ', 1)
        env = dict(os.environ, HOME=home(mode == 'cache'), TERM='xterm')
        env.pop('KUBECONFIG', None)
        if mode == 'fake':
            env['KUBECONFIG'] = f'{fake}/kubeconfig'
        if mode == 'tty80':
            # stty so the child sees 80 columns even before the ioctl lands
            out, err, rc = run_tty(f'stty cols 80 rows 24; {cmd}', env)
        else:
            p = subprocess.run(['bash', '-c', cmd], capture_output=True, text=True, env=env, cwd=env['HOME'], timeout=20)
            out, err, rc = p.stdout, p.stderr, p.returncode
        out, err = out.replace(env['HOME'], '/root'), err.replace(env['HOME'], '/root')
        res.append({'mode': mode, 'cmd': cmd, 'exit': rc, 'stdout': norm(out), 'stderr': norm(err)})
    json.dump(res, open(outp, 'w'), indent=1)
    print(f'{len(res)} commands recorded')


main(*sys.argv[1:])

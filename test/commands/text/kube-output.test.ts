/**
 * text tools on kubectl-style output
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU grep 3.8, sed 4.9, gawk 5.2.1, coreutils 9.1, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/pods':
    'NAME                     READY   STATUS    RESTARTS   AGE\nnginx-7c5ddbdf54-2xkqz   1/1     Running   0          5m\nredis-0                  1/1     Running   2 (3m ago)   10m\nweb-abc                  0/1     Pending   0          1m\n',
  '/w/nodes':
    'NAME           STATUS   ROLES           AGE   VERSION\ncontrolplane   Ready    control-plane   10d   v1.29.0\nnode01         Ready    <none>          10d   v1.29.0\n',
  '/w/log':
    '2026-11-21T09:00:00Z INFO start\n2026-11-21T09:00:01Z ERROR failed to pull image\n2026-11-21T09:00:02Z WARN retry\n2026-11-21T09:00:03Z ERROR timeout\n',
  '/w/yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  replicas: 3\n',
};

describe('text tools on kubectl-style output', () => {
  it('awk NR>1 {print $1} pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'NR>1 {print $1}', 'pods'], { cwd: '/w' })).toEqual({
      stdout: 'nginx-7c5ddbdf54-2xkqz\nredis-0\nweb-abc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk $3=="Running"{print $1} pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '$3=="Running"{print $1}', 'pods'], { cwd: '/w' })).toEqual({
      stdout: 'nginx-7c5ddbdf54-2xkqz\nredis-0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk NR>1{a[$3]++} END{for(s in a) print s, a[s]} pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'NR>1{a[$3]++} END{for(s in a) print s, a[s]}', 'pods'], { cwd: '/w' })).toEqual({
      stdout: 'Running 2\nPending 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print NF} pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print NF}', 'pods'], { cwd: '/w' })).toEqual({
      stdout: '5\n5\n7\n5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk /Ready/ && !/control/ {print $1} nodes', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '/Ready/ && !/control/ {print $1}', 'nodes'], { cwd: '/w' })).toEqual({
      stdout: 'node01\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {printf "%-15s %s\\n", $1, $5} nodes', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{printf "%-15s %s\\n", $1, $5}', 'nodes'], { cwd: '/w' })).toEqual({
      stdout: 'NAME            VERSION\ncontrolplane    v1.29.0\nnode01          v1.29.0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F T {print $2} log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F', 'T', '{print $2}', 'log'], { cwd: '/w' })).toEqual({
      stdout:
        '09:00:00Z INFO start\n09:00:01Z ERROR failed to pull image\n09:00:02Z WARN retry\n09:00:03Z ERROR timeout\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk $2 ~ /ERROR/ {c++} END {print c " errors"} log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '$2 ~ /ERROR/ {c++} END {print c " errors"}', 'log'], { cwd: '/w' })).toEqual({
      stdout: '2 errors\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {$1=""; print substr($0, 2)} log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{$1=""; print substr($0, 2)}', 'log'], { cwd: '/w' })).toEqual({
      stdout: 'INFO start\nERROR failed to pull image\nWARN retry\nERROR timeout\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk /replicas/ {print $2 * 2} yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '/replicas/ {print $2 * 2}', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F:  /name/ {print $2} yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F: ', '/name/ {print $2}', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: 'web\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk length($0) > 20 log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'length($0) > 20', 'log'], { cwd: '/w' })).toEqual({
      stdout:
        '2026-11-21T09:00:00Z INFO start\n2026-11-21T09:00:01Z ERROR failed to pull image\n2026-11-21T09:00:02Z WARN retry\n2026-11-21T09:00:03Z ERROR timeout\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN {FS=":"} {gsub(/ /, "", $2); if ($2 != "") print $1 "=" $2} yaml', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN {FS=":"} {gsub(/ /, "", $2); if ($2 != "") print $1 "=" $2}', 'yaml'], {
        cwd: '/w',
      }),
    ).toEqual({
      stdout: 'apiVersion=apps/v1\nkind=Deployment\n  name=web\n    app=web\n  replicas=3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk END {print $NF} nodes', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'END {print $NF}', 'nodes'], { cwd: '/w' })).toEqual({
      stdout: 'v1.29.0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -E ERROR|WARN log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', 'ERROR|WARN', 'log'], { cwd: '/w' })).toEqual({
      stdout:
        '2026-11-21T09:00:01Z ERROR failed to pull image\n2026-11-21T09:00:02Z WARN retry\n2026-11-21T09:00:03Z ERROR timeout\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c ERROR log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', 'ERROR', 'log'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o ERROR [a-z ]* log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'ERROR [a-z ]*', 'log'], { cwd: '/w' })).toEqual({
      stdout: 'ERROR failed to pull image\nERROR timeout\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -v Running pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-v', 'Running', 'pods'], { cwd: '/w' })).toEqual({
      stdout:
        'NAME                     READY   STATUS    RESTARTS   AGE\nweb-abc                  0/1     Pending   0          1m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -w web yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-w', 'web', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: '  name: web\n    app: web\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -n name yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-n', 'name', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: '4:  name: web\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -A1 metadata yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-A1', 'metadata', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: 'metadata:\n  name: web\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -B1 -A1 replicas yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-B1', '-A1', 'replicas', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: 'spec:\n  replicas: 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep ^   yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '^  ', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: '  name: web\n  labels:\n    app: web\n  replicas: 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -e kind -e replicas yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-e', 'kind', '-e', 'replicas', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: 'kind: Deployment\n  replicas: 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -i error log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-i', 'error', 'log'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21T09:00:01Z ERROR failed to pull image\n2026-11-21T09:00:03Z ERROR timeout\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [0-9]+/[0-9]+ pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[0-9]+/[0-9]+', 'pods'], { cwd: '/w' })).toEqual({
      stdout: '1/1\n1/1\n0/1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -P \\d+m pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-P', '\\d+m', 'pods'], { cwd: '/w' })).toEqual({
      stdout:
        'nginx-7c5ddbdf54-2xkqz   1/1     Running   0          5m\nredis-0                  1/1     Running   2 (3m ago)   10m\nweb-abc                  0/1     Pending   0          1m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -x kind: Deployment yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-x', 'kind: Deployment', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: 'kind: Deployment\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -l web yaml pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-l', 'web', 'yaml', 'pods'], { cwd: '/w' })).toEqual({
      stdout: 'yaml\npods\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -h web yaml pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-h', 'web', 'yaml', 'pods'], { cwd: '/w' })).toEqual({
      stdout: '  name: web\n    app: web\nweb-abc                  0/1     Pending   0          1m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -E (Running|Pending)$ pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', '(Running|Pending)$', 'pods'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep \\sweb yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '\\sweb', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: '  name: web\n    app: web\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c ^$ yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '^$', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -E v1\\.[0-9]+ -o nodes', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', 'v1\\.[0-9]+', '-o', 'nodes'], { cwd: '/w' })).toEqual({
      stdout: 'v1.29\nv1.29\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/ \\+/ /g pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/ \\+/ /g', 'pods'], { cwd: '/w' })).toEqual({
      stdout:
        'NAME READY STATUS RESTARTS AGE\nnginx-7c5ddbdf54-2xkqz 1/1 Running 0 5m\nredis-0 1/1 Running 2 (3m ago) 10m\nweb-abc 0/1 Pending 0 1m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n 2,3p pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '2,3p', 'pods'], { cwd: '/w' })).toEqual({
      stdout:
        'nginx-7c5ddbdf54-2xkqz   1/1     Running   0          5m\nredis-0                  1/1     Running   2 (3m ago)   10m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 1d nodes', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1d', 'nodes'], { cwd: '/w' })).toEqual({
      stdout:
        'controlplane   Ready    control-plane   10d   v1.29.0\nnode01         Ready    <none>          10d   v1.29.0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/replicas: 3/replicas: 5/ yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/replicas: 3/replicas: 5/', 'yaml'], { cwd: '/w' })).toEqual({
      stdout:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  replicas: 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/^([^ ]+) +([^ ]+).*/\\1 \\2/ pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/^([^ ]+) +([^ ]+).*/\\1 \\2/', 'pods'], { cwd: '/w' })).toEqual({
      stdout: 'NAME READY\nnginx-7c5ddbdf54-2xkqz 1/1\nredis-0 1/1\nweb-abc 0/1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed /labels:/,+1d yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '/labels:/,+1d', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/:.*// yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/:.*//', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: 'apiVersion\nkind\nmetadata\n  name\n  labels\n    app\nspec\n  replicas\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n /spec:/,$p yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/spec:/,$p', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: 'spec:\n  replicas: 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed $!d log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '$!d', 'log'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21T09:00:03Z ERROR timeout\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed y/abc/ABC/ yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'y/abc/ABC/', 'yaml'], { cwd: '/w' })).toEqual({
      stdout:
        'ApiVersion: Apps/v1\nkind: Deployment\nmetAdAtA:\n  nAme: weB\n  lABels:\n    App: weB\nspeC:\n  repliCAs: 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n /ERROR/{s/.*ERROR //;p} log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/ERROR/{s/.*ERROR //;p}', 'log'], { cwd: '/w' })).toEqual({
      stdout: 'failed to pull image\ntimeout\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 2i\\--- yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2i\\---', 'yaml'], { cwd: '/w' })).toEqual({
      stdout:
        'apiVersion: apps/v1\n---\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  replicas: 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k3 pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k3', 'pods'], { cwd: '/w' })).toEqual({
      stdout:
        'web-abc                  0/1     Pending   0          1m\nnginx-7c5ddbdf54-2xkqz   1/1     Running   0          5m\nredis-0                  1/1     Running   2 (3m ago)   10m\nNAME                     READY   STATUS    RESTARTS   AGE\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k4 -n pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k4', '-n', 'pods'], { cwd: '/w' })).toEqual({
      stdout:
        'NAME                     READY   STATUS    RESTARTS   AGE\nnginx-7c5ddbdf54-2xkqz   1/1     Running   0          5m\nweb-abc                  0/1     Pending   0          1m\nredis-0                  1/1     Running   2 (3m ago)   10m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -r log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-r', 'log'], { cwd: '/w' })).toEqual({
      stdout:
        '2026-11-21T09:00:03Z ERROR timeout\n2026-11-21T09:00:02Z WARN retry\n2026-11-21T09:00:01Z ERROR failed to pull image\n2026-11-21T09:00:00Z INFO start\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -t : -k2 yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-t', ':', '-k2', 'yaml'], { cwd: '/w' })).toEqual({
      stdout:
        '  labels:\nmetadata:\nspec:\n  replicas: 3\nkind: Deployment\napiVersion: apps/v1\n    app: web\n  name: web\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k2,2 -k1,1r pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k2,2', '-k1,1r', 'pods'], { cwd: '/w' })).toEqual({
      stdout:
        'NAME                     READY   STATUS    RESTARTS   AGE\nweb-abc                  0/1     Pending   0          1m\nredis-0                  1/1     Running   2 (3m ago)   10m\nnginx-7c5ddbdf54-2xkqz   1/1     Running   0          5m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -c1-10 log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c1-10', 'log'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21\n2026-11-21\n2026-11-21\n2026-11-21\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -d   -f2 log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d', ' ', '-f2', 'log'], { cwd: '/w' })).toEqual({
      stdout: 'INFO\nERROR\nWARN\nERROR\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -d: -f1 yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d:', '-f1', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: 'apiVersion\nkind\nmetadata\n  name\n  labels\n    app\nspec\n  replicas\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -s   <<< "a   b    c\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-s', ' '], { cwd: '/w', stdin: 'a   b    c\n' })).toEqual({
      stdout: 'a b c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -d \\n <<< "a\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-d', '\\n'], { cwd: '/w', stdin: 'a\nb\n' })).toEqual({
      stdout: 'ab',
      stderr: '',
      exit: 0,
    });
  });
  it('tr [:upper:] [:lower:] <<< "Hello WORLD\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:upper:]', '[:lower:]'], { cwd: '/w', stdin: 'Hello WORLD\n' })).toEqual({
      stdout: 'hello world\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr   \\n <<< "a b c\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', ' ', '\\n'], { cwd: '/w', stdin: 'a b c\n' })).toEqual({
      stdout: 'a\nb\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -n -1 log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '-1', 'log'], { cwd: '/w' })).toEqual({
      stdout:
        '2026-11-21T09:00:00Z INFO start\n2026-11-21T09:00:01Z ERROR failed to pull image\n2026-11-21T09:00:02Z WARN retry\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n +2 nodes', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '+2', 'nodes'], { cwd: '/w' })).toEqual({
      stdout:
        'controlplane   Ready    control-plane   10d   v1.29.0\nnode01         Ready    <none>          10d   v1.29.0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -1 log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-1', 'log'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21T09:00:03Z ERROR timeout\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -l log yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-l', 'log', 'yaml'], { cwd: '/w' })).toEqual({
      stdout: '  4 log\n  8 yaml\n 12 total\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -w yaml', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w', 'yaml'], { cwd: '/w' })).toEqual({ stdout: '13 yaml\n', stderr: '', exit: 0 });
  });
  it('uniq -c <<< "a\\na\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-c'], { cwd: '/w', stdin: 'a\na\nb\n' })).toEqual({
      stdout: '      2 a\n      1 b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -u -k2,2 log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-u', '-k2,2', 'log'], { cwd: '/w' })).toEqual({
      stdout:
        '2026-11-21T09:00:01Z ERROR failed to pull image\n2026-11-21T09:00:00Z INFO start\n2026-11-21T09:00:02Z WARN retry\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -nr <<< "      3 a\\n     10 b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-nr'], { cwd: '/w', stdin: '      3 a\n     10 b\n      1 c\n' })).toEqual({
      stdout: '     10 b\n      3 a\n      1 c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print $1} <<< "  lead  trail  \\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print $1}'], { cwd: '/w', stdin: '  lead  trail  \n' })).toEqual({
      stdout: 'lead\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F, {print NF} <<< "a,,b,\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F,', '{print NF}'], { cwd: '/w', stdin: 'a,,b,\n' })).toEqual({
      stdout: '4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print $2 + $3} <<< "x 1.5 2.25\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print $2 + $3}'], { cwd: '/w', stdin: 'x 1.5 2.25\n' })).toEqual({
      stdout: '3.75\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { printf "%.3f %e %G\\n", 3.14159, 0.000123, 1e-10 }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { printf "%.3f %e %G\\n", 3.14159, 0.000123, 1e-10 }'], { cwd: '/w' }),
    ).toEqual({ stdout: '3.142 1.230000e-04 1E-10\n', stderr: '', exit: 0 });
  });
  it('awk { print ($1 > $2) ? "gt" : "le" } <<< "10 9\\n9 10\\nabc abd\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', '{ print ($1 > $2) ? "gt" : "le" }'], { cwd: '/w', stdin: '10 9\n9 10\nabc abd\n' }),
    ).toEqual({ stdout: 'gt\nle\nle\n', stderr: '', exit: 0 });
  });
  it('awk NR % 2 == 0 log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'NR % 2 == 0', 'log'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21T09:00:01Z ERROR failed to pull image\n2026-11-21T09:00:03Z ERROR timeout\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { sub(/^[ \\t]+/, ""); print } <<< "   x\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ sub(/^[ \\t]+/, ""); print }'], { cwd: '/w', stdin: '   x\n' })).toEqual({
      stdout: 'x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -v n=2 NR==n log', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-v', 'n=2', 'NR==n', 'log'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21T09:00:01Z ERROR failed to pull image\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { print length } <<< "h\\u00e9llo\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ print length }'], { cwd: '/w', stdin: 'héllo\n' })).toEqual({
      stdout: '5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { n = split($0, p, "-"); print p[n] } <<< "kube-proxy-x7k2\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', '{ n = split($0, p, "-"); print p[n] }'], { cwd: '/w', stdin: 'kube-proxy-x7k2\n' }),
    ).toEqual({ stdout: 'x7k2\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN { print substr("v1.29.0", 2) + 0 }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { print substr("v1.29.0", 2) + 0 }'], { cwd: '/w' })).toEqual({
      stdout: '1.29\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { print index("a.b.c", ".") }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { print index("a.b.c", ".") }'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { print $0 } <<< "no newline"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ print $0 }'], { cwd: '/w', stdin: 'no newline' })).toEqual({
      stdout: 'no newline\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { printf "%s%s", sep, $1; sep = "," } END { print "" } <<< "a\\nb\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', '{ printf "%s%s", sep, $1; sep = "," } END { print "" }'], {
        cwd: '/w',
        stdin: 'a\nb\nc\n',
      }),
    ).toEqual({ stdout: 'a,b,c\n', stderr: '', exit: 0 });
  });
  it('awk $NF ~ /^v1/ { print $1 } nodes', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '$NF ~ /^v1/ { print $1 }', 'nodes'], { cwd: '/w' })).toEqual({
      stdout: 'controlplane\nnode01\n',
      stderr: '',
      exit: 0,
    });
  });
});

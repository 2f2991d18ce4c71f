/**
 * awk
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU Awk 5.2.1, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/aw': 'a 1 x\nb 20 y\nc 3 z\n',
  '/w/f': 'a\nb\n',
  '/w/pw':
    'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
  '/w/pods':
    'NAME READY STATUS RESTARTS AGE\nweb-1 1/1 Running 3 2d\napi-2 1/1 Running 12 5h\ndb-0 0/1 Pending 0 1m\n',
  '/w/ip':
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536\n    inet 127.0.0.1/8 scope host lo\n2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500\n    inet 10.0.0.5/24 brd 10.0.0.255 scope global eth0\n',
  '/w/tabs': 'a\tb c\td\n1\t2\t3\n',
  '/w/para': 'a b\nc d\n\n\ne f\n',
  '/w/csv': 'name,age\nann,31\nbob,27\n',
  '/w/dir/': '',
  '/w/prog.awk': '{ n++ }\nEND { print "lines:", n }\n',
};

describe('awk', () => {
  it('awk {print $1} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print $1}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a\nb\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {s+=$2} END {print s} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{s+=$2} END {print s}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: '24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk NR>1 {print $2} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'NR>1 {print $2}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: '20\n3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F: {print $1} pw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F:', '{print $1}', 'pw'], { cwd: '/w' })).toEqual({
      stdout: 'root\ndaemon\nnobody\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk $2 > 10 aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '$2 > 10', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'b 20 y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print $NF, $(NF-1)} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print $NF, $(NF-1)}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'x 1\ny 20\nz 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk /eth0/ {print $2} ip', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '/eth0/ {print $2}', 'ip'], { cwd: '/w' })).toEqual({
      stdout: 'eth0:\n10.0.0.5/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk /inet / {print $2} ip', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '/inet / {print $2}', 'ip'], { cwd: '/w' })).toEqual({
      stdout: '127.0.0.1/8\n10.0.0.5/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk $1 ~ /^[ab]/ && $2 !~ /0/ aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '$1 ~ /^[ab]/ && $2 !~ /0/', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a 1 x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk !/b/ aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '!/b/', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a 1 x\nc 3 z\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk NR==2 aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'NR==2', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'b 20 y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk NR==1 || $3 == "z" aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'NR==1 || $3 == "z"', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a 1 x\nc 3 z\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F: $3 >= 1 {print $1, $3} pw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F:', '$3 >= 1 {print $1, $3}', 'pw'], { cwd: '/w' })).toEqual({
      stdout: 'daemon 1\nnobody 65534\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F: -v OFS=| {print $1, $7} pw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F:', '-v', 'OFS=|', '{print $1, $7}', 'pw'], { cwd: '/w' })).toEqual({
      stdout: 'root|/bin/bash\ndaemon|/usr/sbin/nologin\nnobody|/usr/sbin/nologin\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk NR>1 {print $4} pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'NR>1 {print $4}', 'pods'], { cwd: '/w' })).toEqual({
      stdout: '3\n12\n0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk $3 == "Running" {n++} END {print n+0} pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '$3 == "Running" {n++} END {print n+0}', 'pods'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk NR>1 && $4 > 5 {print $1} pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'NR>1 && $4 > 5 {print $1}', 'pods'], { cwd: '/w' })).toEqual({
      stdout: 'api-2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print length()} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print length()}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: '5\n6\n5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print length} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print length}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: '5\n6\n5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{print 1/3, 10/2, 1e6, 1e20, 0.1+0.2, 100000*100000, -0}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN{print 1/3, 10/2, 1e6, 1e20, 0.1+0.2, 100000*100000, -0}'], { cwd: '/w' }),
    ).toEqual({
      stdout: '0.333333 5 1000000 100000000000000000000 0.3 10000000000 0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{x="10"; y=9; print (x<y), ("10"<"9")}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{x="10"; y=9; print (x<y), ("10"<"9")}'], { cwd: '/w' })).toEqual({
      stdout: '1 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print ($2<"3")} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print ($2<"3")}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: '1\n1\n0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { printf "%5.2f|%s|%d|%c|%c\\n", 3.14159, "s", "42abc", 65, "hello" }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { printf "%5.2f|%s|%d|%c|%c\\n", 3.14159, "s", "42abc", 65, "hello" }'], {
        cwd: '/w',
      }),
    ).toEqual({ stdout: ' 3.14|s|42|A|h\n', stderr: '', exit: 0 });
  });
  it('awk { $2=""; print } aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ $2=""; print }', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a  x\nb  y\nc  z\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { $5="new"; print; print NF } aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ $5="new"; print; print NF }', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a 1 x  new\n5\nb 20 y  new\n5\nc 3 z  new\n5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{OFS="-"}{$1=$1; print} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{OFS="-"}{$1=$1; print}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a-1-x\nb-20-y\nc-3-z\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {NF=2; print} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{NF=2; print}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a 1\nb 20\nc 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{print length("héllo"), substr("hello",2,3), substr("hello",0), substr("hello",-1,3), index("abc","c"), toupper("aé")}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(
        [
          'awk',
          'BEGIN{print length("héllo"), substr("hello",2,3), substr("hello",0), substr("hello",-1,3), index("abc","c"), toupper("aé")}',
        ],
        { cwd: '/w' },
      ),
    ).toEqual({ stdout: '5 ell hello hel 3 AÉ\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN{print substr("hello",1.6,2) "|" substr("hello",2,1.5) "|" substr("hello",2.5) "|" substr("hello",0,2) "|" substr("hello",-1)}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(
        [
          'awk',
          'BEGIN{print substr("hello",1.6,2) "|" substr("hello",2,1.5) "|" substr("hello",2.5) "|" substr("hello",0,2) "|" substr("hello",-1)}',
        ],
        { cwd: '/w' },
      ),
    ).toEqual({ stdout: 'he|e|ello|he|hello\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN{n=split("a:b:c",arr,":"); print n, arr[1], arr[3]}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN{n=split("a:b:c",arr,":"); print n, arr[1], arr[3]}'], { cwd: '/w' }),
    ).toEqual({ stdout: '3 a c\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN{n=split("a1b22c",arr,/[0-9]+/); print n, arr[2], arr[3]}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN{n=split("a1b22c",arr,/[0-9]+/); print n, arr[2], arr[3]}'], { cwd: '/w' }),
    ).toEqual({ stdout: '3 b c\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN{s="foo bar foo"; n=gsub(/foo/,"[&]",s); print n, s; sub(/bar/,"\\\\&",s); print s}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(
        ['awk', 'BEGIN{s="foo bar foo"; n=gsub(/foo/,"[&]",s); print n, s; sub(/bar/,"\\\\&",s); print s}'],
        { cwd: '/w' },
      ),
    ).toEqual({ stdout: '2 [foo] bar [foo]\n[foo] & [foo]\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN{print match("xxabc", /ab+/), RSTART, RLENGTH}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{print match("xxabc", /ab+/), RSTART, RLENGTH}'], { cwd: '/w' })).toEqual({
      stdout: '3 3 2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{print match("xyz", /q/), RSTART, RLENGTH}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{print match("xyz", /q/), RSTART, RLENGTH}'], { cwd: '/w' })).toEqual({
      stdout: '0 0 -1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'awk: cmd. line:1: {print\nawk: cmd. line:1:       ^ unexpected newline or end of string\n',
      exit: 1,
    });
  });
  it('awk BEGIN{x', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'awk: cmd. line:1: BEGIN{x\nawk: cmd. line:1:        ^ unexpected newline or end of string\n',
      exit: 1,
    });
  });
  it('awk BEGIN { x = }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { x = }'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'awk: cmd. line:1: BEGIN { x = }\nawk: cmd. line:1:             ^ syntax error\n',
      exit: 1,
    });
  });
  it('awk BEGIN { print 1 2 +}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { print 1 2 +}'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'awk: cmd. line:1: BEGIN { print 1 2 +}\nawk: cmd. line:1:                    ^ syntax error\n',
      exit: 1,
    });
  });
  it('awk { print $1 ', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ print $1 '], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        'awk: cmd. line:1: { print $1 \nawk: cmd. line:1:            ^ unexpected newline or end of string\n',
      exit: 1,
    });
  });
  it('awk BEGIN{ if (1) else }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{ if (1) else }'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'awk: cmd. line:1: BEGIN{ if (1) else }\nawk: cmd. line:1:               ^ syntax error\n',
      exit: 1,
    });
  });
  it('awk BEGIN {print "a" > }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN {print "a" > }'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'awk: cmd. line:1: BEGIN {print "a" > }\nawk: cmd. line:1:                    ^ syntax error\n',
      exit: 1,
    });
  });
  it('awk -Ft {print $2} <<< "a\\tb tc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-Ft', '{print $2}'], { cwd: '/w', stdin: 'a\tb tc\n' })).toEqual({
      stdout: 'c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F\\t {print $2} tabs', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F\\t', '{print $2}', 'tabs'], { cwd: '/w' })).toEqual({
      stdout: 'b c\n2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F \t {print $2} tabs', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F', '\t', '{print $2}', 'tabs'], { cwd: '/w' })).toEqual({
      stdout: 'b c\n2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F| {print $2} <<< "a|b|c\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F|', '{print $2}'], { cwd: '/w', stdin: 'a|b|c\n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F[:,] {print $3} <<< "a:b,c\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F[:,]', '{print $3}'], { cwd: '/w', stdin: 'a:b,c\n' })).toEqual({
      stdout: 'c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F. {print $2} <<< "a.b.c\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F.', '{print $2}'], { cwd: '/w', stdin: 'a.b.c\n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F   {print $2} <<< "  a   b  \\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F', ' ', '{print $2}'], { cwd: '/w', stdin: '  a   b  \n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print $2} <<< "  a   b  \\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print $2}'], { cwd: '/w', stdin: '  a   b  \n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F, NR>1{s+=$2} END{print s/(NR-1)} csv', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F,', 'NR>1{s+=$2} END{print s/(NR-1)}', 'csv'], { cwd: '/w' })).toEqual({
      stdout: '29\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -v x=5 -v y=a\\tb BEGIN{print x+1, y}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-v', 'x=5', '-v', 'y=a\\tb', 'BEGIN{print x+1, y}'], { cwd: '/w' })).toEqual({
      stdout: '6 a\tb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print v, $1} v=1 aw v=2 f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print v, $1}', 'v=1', 'aw', 'v=2', 'f'], { cwd: '/w' })).toEqual({
      stdout: '1 a\n1 b\n1 c\n2 a\n2 b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{print 1e30, 2^53+1, 0.000001, 123456789, 1234567.8, 3.0, "3.0"+0, -3.7 % 2, int(-3.7), 7%3}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(
        [
          'awk',
          'BEGIN{print 1e30, 2^53+1, 0.000001, 123456789, 1234567.8, 3.0, "3.0"+0, -3.7 % 2, int(-3.7), 7%3}',
        ],
        { cwd: '/w' },
      ),
    ).toEqual({
      stdout: '1000000000000000019884624838656 9007199254740992 1e-06 123456789 1.23457e+06 3 3 -1.7 -3 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{x["a"]=1; x["b"]=2; delete x["a"]; for(k in x) print k; print ("a" in x), length(x)}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(
        ['awk', 'BEGIN{x["a"]=1; x["b"]=2; delete x["a"]; for(k in x) print k; print ("a" in x), length(x)}'],
        { cwd: '/w' },
      ),
    ).toEqual({ stdout: 'b\n0 1\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN{i=0; while(i<3){i++; if(i==2) continue; print i}; do {i--} while(i>0); print i}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(
        ['awk', 'BEGIN{i=0; while(i<3){i++; if(i==2) continue; print i}; do {i--} while(i>0); print i}'],
        { cwd: '/w' },
      ),
    ).toEqual({ stdout: '1\n3\n0\n', stderr: '', exit: 0 });
  });
  it('awk NR==2{next} {print} END{print NR} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'NR==2{next} {print} END{print NR}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a 1 x\nc 3 z\n3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {exit 3} END{print "end"} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{exit 3} END{print "end"}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'end\n',
      stderr: '',
      exit: 3,
    });
  });
  it('awk BEGIN{exit} END{print "e"}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{exit} END{print "e"}'], { cwd: '/w' })).toEqual({
      stdout: 'e\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{printf "%s %s %s\\n", "a"}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{printf "%s %s %s\\n", "a"}'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "awk: cmd. line:1: fatal: not enough arguments to satisfy format string\n\t`%s %s %s\n'\n\t    ^ ran out for this one\n",
      exit: 2,
    });
  });
  it('awk BEGIN{print length(12345), 1==1.0, "a" < "b", 2 < 10, "2" < "10"}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN{print length(12345), 1==1.0, "a" < "b", 2 < 10, "2" < "10"}'], { cwd: '/w' }),
    ).toEqual({ stdout: '5 1 1 1 0\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN{CONVFMT="%.2f"; a=3.14159; b=a ""; print b; OFMT="%.1f"; print a, 17}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN{CONVFMT="%.2f"; a=3.14159; b=a ""; print b; OFMT="%.1f"; print a, 17}'], {
        cwd: '/w',
      }),
    ).toEqual({ stdout: '3.14\n3.1 17\n', stderr: '', exit: 0 });
  });
  it('awk END{print $0, NF} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'END{print $0, NF}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'c 3 z 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk /a/,/b/ aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '/a/,/b/', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a 1 x\nb 20 y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { print -1 " " -1 }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { print -1 " " -1 }'], { cwd: '/w' })).toEqual({
      stdout: '-1-1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{print 10 % 3, 2**3, 2^3^2, -2^2, !0, !"", !"a"}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{print 10 % 3, 2**3, 2^3^2, -2^2, !0, !"", !"a"}'], { cwd: '/w' })).toEqual({
      stdout: '1 8 512 -4 1 1 0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{a="x"; a = a a a; print a}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{a="x"; a = a a a; print a}'], { cwd: '/w' })).toEqual({
      stdout: 'xxx\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { print index("foo", ""), split("", q), length(q) }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { print index("foo", ""), split("", q), length(q) }'], { cwd: '/w' }),
    ).toEqual({ stdout: '1 0 0\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN{print 1/0}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{print 1/0}'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'awk: cmd. line:1: error: division by zero attempted\n',
      exit: 1,
    });
  });
  it('awk {print 1/x} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print 1/x}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'awk: cmd. line:1: (FILENAME=aw FNR=1) fatal: division by zero attempted\n',
      exit: 2,
    });
  });
  it('awk BEGIN{ if (x == 0 && x == "") print "both" }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{ if (x == 0 && x == "") print "both" }'], { cwd: '/w' })).toEqual({
      stdout: 'both\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { print $1 > "outf" } END { close("outf"); while ((getline l < "outf") > 0) print "read " l } aw', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(
        [
          'awk',
          '{ print $1 > "outf" } END { close("outf"); while ((getline l < "outf") > 0) print "read " l }',
          'aw',
        ],
        { cwd: '/w' },
      ),
    ).toEqual({ stdout: 'read a\nread b\nread c\n', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/outf')).toBe('a\nb\nc\n');
  });
  it('awk { print $2 >> "app" } aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ print $2 >> "app" }', 'aw'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
    expect(sb.view.readFile('/w/app')).toBe('1\n20\n3\n');
  });
  it('awk BEGIN{printf "%d %d %i\\n", "0x1A", 1e30, -2.9}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{printf "%d %d %i\\n", "0x1A", 1e30, -2.9}'], { cwd: '/w' })).toEqual({
      stdout: '0 1000000000000000019884624838656 -2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{printf "%-5s|%5s|%.1s\\n", "héllo", "é", "éa"}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{printf "%-5s|%5s|%.1s\\n", "héllo", "é", "éa"}'], { cwd: '/w' })).toEqual({
      stdout: 'héllo|    é|é\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{a["x"]; if ("x" in a) print "yes"}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{a["x"]; if ("x" in a) print "yes"}'], { cwd: '/w' })).toEqual({
      stdout: 'yes\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { print length() }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { print length() }'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { n++ } END { print n+0 } f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ n++ } END { print n+0 }', 'f'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk function f(a, b) { a[1]=5; return b*2 } BEGIN { r = f(arr, 3); print r, arr[1] }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'function f(a, b) { a[1]=5; return b*2 } BEGIN { r = f(arr, 3); print r, arr[1] }'], {
        cwd: '/w',
      }),
    ).toEqual({ stdout: '6 5\n', stderr: '', exit: 0 });
  });
  it('awk function fact(n) { return n <= 1 ? 1 : n * fact(n-1) } BEGIN { print fact(10) }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'function fact(n) { return n <= 1 ? 1 : n * fact(n-1) } BEGIN { print fact(10) }'], {
        cwd: '/w',
      }),
    ).toEqual({ stdout: '3628800\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN { print gensub(/(a)(b)/, "\\\\2\\\\1", "g", "abab") }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { print gensub(/(a)(b)/, "\\\\2\\\\1", "g", "abab") }'], { cwd: '/w' }),
    ).toEqual({ stdout: 'baba\n', stderr: '', exit: 0 });
  });
  it('awk {print NF} <<< "\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print NF}'], { cwd: '/w', stdin: '\n' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { x[1]=1; x = 2 }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { x[1]=1; x = 2 }'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "awk: cmd. line:1: fatal: attempt to use array `x' in a scalar context\n",
      exit: 2,
    });
  });
  it('awk BEGIN { f() }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { f() }'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "awk: cmd. line:1: fatal: function `f' not defined\n",
      exit: 2,
    });
  });
  it('awk { print $-1 } aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ print $-1 }', 'aw'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'awk: cmd. line:1: (FILENAME=aw FNR=1) fatal: attempt to access field -1\n',
      exit: 2,
    });
  });
  it('awk BEGIN{print log(-1), -log(0), log(0), 2^1024, -(2^1024)}', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN{print log(-1), -log(0), log(0), 2^1024, -(2^1024)}'], { cwd: '/w' }),
    ).toEqual({
      stdout: '-nan +inf -inf +inf -inf\n',
      stderr: 'awk: cmd. line:1: warning: log: received negative argument -1\n',
      exit: 0,
    });
  });
  it('awk BEGIN { RS=""; } { print NR": "$1"/"$NF } para', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { RS=""; } { print NR": "$1"/"$NF }', 'para'], { cwd: '/w' })).toEqual({
      stdout: '1: a/d\n2: e/f\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN{RS=","}{print NR, $0} <<< "a,b,c\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{RS=","}{print NR, $0}'], { cwd: '/w', stdin: 'a,b,c\n' })).toEqual({
      stdout: '1 a\n2 b\n3 c\n\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { sub(/1/, "X"); print } aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ sub(/1/, "X"); print }', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a X x\nb 20 y\nc 3 z\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { gsub(/[0-9]/, "<&>", $2); print; print $0 } aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ gsub(/[0-9]/, "<&>", $2); print; print $0 }', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a <1> x\na <1> x\nb <2><0> y\nb <2><0> y\nc <3> z\nc <3> z\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { s = "abc"; gsub(/x*/, "-", s); print s }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { s = "abc"; gsub(/x*/, "-", s); print s }'], { cwd: '/w' })).toEqual({
      stdout: '-a-b-c-\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { s = "aaa"; print gsub(/a/, "\\\\\\\\&", s), s }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { s = "aaa"; print gsub(/a/, "\\\\\\\\&", s), s }'], { cwd: '/w' })).toEqual(
      { stdout: '3 \\a\\a\\a\n', stderr: '', exit: 0 },
    );
  });
  it('awk BEGIN { printf "%5.1f%%\\n", 45.678; printf("%s-%s\\n", "a", "b") }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { printf "%5.1f%%\\n", 45.678; printf("%s-%s\\n", "a", "b") }'], { cwd: '/w' }),
    ).toEqual({ stdout: ' 45.7%\na-b\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN { for (i = 1; i <= 5; i++) a[i] = i*i; for (k in a) print k, a[k] }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { for (i = 1; i <= 5; i++) a[i] = i*i; for (k in a) print k, a[k] }'], {
        cwd: '/w',
      }),
    ).toEqual({ stdout: '1 1\n2 4\n3 9\n4 16\n5 25\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN{getline line < "aw"; print line; print NR}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN{getline line < "aw"; print line; print NR}'], { cwd: '/w' })).toEqual({
      stdout: 'a 1 x\n0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print FILENAME, FNR, NR} aw f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print FILENAME, FNR, NR}', 'aw', 'f'], { cwd: '/w' })).toEqual({
      stdout: 'aw 1 1\naw 2 2\naw 3 3\nf 1 4\nf 2 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {print FILENAME "|"} <<< "a b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{print FILENAME "|"}'], { cwd: '/w', stdin: 'a b\n' })).toEqual({
      stdout: '-|\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk 1 nofile f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '1', 'nofile', 'f'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "awk: fatal: cannot open file `nofile' for reading: No such file or directory\n",
      exit: 2,
    });
  });
  it('awk 1 dir', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '1', 'dir'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "awk: warning: command line argument `dir' is a directory: skipped\n",
      exit: 0,
    });
  });
  it('awk -f prog.awk aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-f', 'prog.awk', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'lines: 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -f nofile', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-f', 'nofile'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "awk: fatal: cannot open source file `nofile' for reading: No such file or directory\n",
      exit: 2,
    });
  });
  it('awk', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "Usage: awk [POSIX or GNU style options] -f progfile [--] file ...\nUsage: awk [POSIX or GNU style options] [--] 'program' file ...\nPOSIX options:\t\tGNU long options: (standard)\n\t-f progfile\t\t--file=progfile\n\t-F fs\t\t\t--field-separator=fs\n\t-v var=val\t\t--assign=var=val\nShort options:\t\tGNU long options: (extensions)\n\t-b\t\t\t--characters-as-bytes\n\t-c\t\t\t--traditional\n\t-C\t\t\t--copyright\n\t-d[file]\t\t--dump-variables[=file]\n\t-D[file]\t\t--debug[=file]\n\t-e 'program-text'\t--source='program-text'\n\t-E file\t\t\t--exec=file\n\t-g\t\t\t--gen-pot\n\t-h\t\t\t--help\n\t-i includefile\t\t--include=includefile\n\t-I\t\t\t--trace\n\t-l library\t\t--load=library\n\t-L[fatal|invalid|no-ext]\t--lint[=fatal|invalid|no-ext]\n\t-M\t\t\t--bignum\n\t-N\t\t\t--use-lc-numeric\n\t-n\t\t\t--non-decimal-data\n\t-o[file]\t\t--pretty-print[=file]\n\t-O\t\t\t--optimize\n\t-p[file]\t\t--profile[=file]\n\t-P\t\t\t--posix\n\t-r\t\t\t--re-interval\n\t-s\t\t\t--no-optimize\n\t-S\t\t\t--sandbox\n\t-t\t\t\t--lint-old\n\t-V\t\t\t--version\n\nTo report bugs, use the `gawkbug' program.\nFor full instructions, see the node `Bugs' in `gawk.info'\nwhich is section `Reporting Problems and Bugs' in the\nprinted version.  This same information may be found at\nhttps://www.gnu.org/software/gawk/manual/html_node/Bugs.html.\nPLEASE do NOT try to report bugs by posting in comp.lang.awk,\nor by using a web forum such as Stack Overflow.\n\ngawk is a pattern scanning and processing language.\nBy default it reads standard input and writes standard output.\n\nExamples:\n\tawk '{ sum += $1 }; END { print sum }' file\n\tawk -F: '{ print $1 }' /etc/passwd\n",
      exit: 1,
    });
  });
  it('awk -F', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "awk: option requires an argument -- F\nUsage: awk [POSIX or GNU style options] -f progfile [--] file ...\nUsage: awk [POSIX or GNU style options] [--] 'program' file ...\nPOSIX options:\t\tGNU long options: (standard)\n\t-f progfile\t\t--file=progfile\n\t-F fs\t\t\t--field-separator=fs\n\t-v var=val\t\t--assign=var=val\nShort options:\t\tGNU long options: (extensions)\n\t-b\t\t\t--characters-as-bytes\n\t-c\t\t\t--traditional\n\t-C\t\t\t--copyright\n\t-d[file]\t\t--dump-variables[=file]\n\t-D[file]\t\t--debug[=file]\n\t-e 'program-text'\t--source='program-text'\n\t-E file\t\t\t--exec=file\n\t-g\t\t\t--gen-pot\n\t-h\t\t\t--help\n\t-i includefile\t\t--include=includefile\n\t-I\t\t\t--trace\n\t-l library\t\t--load=library\n\t-L[fatal|invalid|no-ext]\t--lint[=fatal|invalid|no-ext]\n\t-M\t\t\t--bignum\n\t-N\t\t\t--use-lc-numeric\n\t-n\t\t\t--non-decimal-data\n\t-o[file]\t\t--pretty-print[=file]\n\t-O\t\t\t--optimize\n\t-p[file]\t\t--profile[=file]\n\t-P\t\t\t--posix\n\t-r\t\t\t--re-interval\n\t-s\t\t\t--no-optimize\n\t-S\t\t\t--sandbox\n\t-t\t\t\t--lint-old\n\t-V\t\t\t--version\n\nTo report bugs, use the `gawkbug' program.\nFor full instructions, see the node `Bugs' in `gawk.info'\nwhich is section `Reporting Problems and Bugs' in the\nprinted version.  This same information may be found at\nhttps://www.gnu.org/software/gawk/manual/html_node/Bugs.html.\nPLEASE do NOT try to report bugs by posting in comp.lang.awk,\nor by using a web forum such as Stack Overflow.\n\ngawk is a pattern scanning and processing language.\nBy default it reads standard input and writes standard output.\n\nExamples:\n\tawk '{ sum += $1 }; END { print sum }' file\n\tawk -F: '{ print $1 }' /etc/passwd\n",
      exit: 1,
    });
  });
  it('awk -v x BEGIN{}', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-v', 'x', 'BEGIN{}'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "awk: `x' argument to `-v' not in `var=value' form\n\nUsage: awk [POSIX or GNU style options] -f progfile [--] file ...\nUsage: awk [POSIX or GNU style options] [--] 'program' file ...\nPOSIX options:\t\tGNU long options: (standard)\n\t-f progfile\t\t--file=progfile\n\t-F fs\t\t\t--field-separator=fs\n\t-v var=val\t\t--assign=var=val\nShort options:\t\tGNU long options: (extensions)\n\t-b\t\t\t--characters-as-bytes\n\t-c\t\t\t--traditional\n\t-C\t\t\t--copyright\n\t-d[file]\t\t--dump-variables[=file]\n\t-D[file]\t\t--debug[=file]\n\t-e 'program-text'\t--source='program-text'\n\t-E file\t\t\t--exec=file\n\t-g\t\t\t--gen-pot\n\t-h\t\t\t--help\n\t-i includefile\t\t--include=includefile\n\t-I\t\t\t--trace\n\t-l library\t\t--load=library\n\t-L[fatal|invalid|no-ext]\t--lint[=fatal|invalid|no-ext]\n\t-M\t\t\t--bignum\n\t-N\t\t\t--use-lc-numeric\n\t-n\t\t\t--non-decimal-data\n\t-o[file]\t\t--pretty-print[=file]\n\t-O\t\t\t--optimize\n\t-p[file]\t\t--profile[=file]\n\t-P\t\t\t--posix\n\t-r\t\t\t--re-interval\n\t-s\t\t\t--no-optimize\n\t-S\t\t\t--sandbox\n\t-t\t\t\t--lint-old\n\t-V\t\t\t--version\n\nTo report bugs, use the `gawkbug' program.\nFor full instructions, see the node `Bugs' in `gawk.info'\nwhich is section `Reporting Problems and Bugs' in the\nprinted version.  This same information may be found at\nhttps://www.gnu.org/software/gawk/manual/html_node/Bugs.html.\nPLEASE do NOT try to report bugs by posting in comp.lang.awk,\nor by using a web forum such as Stack Overflow.\n\ngawk is a pattern scanning and processing language.\nBy default it reads standard input and writes standard output.\n\nExamples:\n\tawk '{ sum += $1 }; END { print sum }' file\n\tawk -F: '{ print $1 }' /etc/passwd\n",
      exit: 1,
    });
  });
  it('awk -- {print $1} aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '--', '{print $1}', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a\nb\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk --field-separator=: {print $2} <<< "a:b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '--field-separator=:', '{print $2}'], { cwd: '/w', stdin: 'a:b\n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk -F: -v OFS=- {$1=$1}1 <<< "a:b:c\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '-F:', '-v', 'OFS=-', '{$1=$1}1'], { cwd: '/w', stdin: 'a:b:c\n' })).toEqual({
      stdout: 'a-b-c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { printf "%-8s%s\\n", $1, $2 } aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ printf "%-8s%s\\n", $1, $2 }', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'a       1\nb       20\nc       3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { print toupper($1) tolower("ABC") } aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ print toupper($1) tolower("ABC") }', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'Aabc\nBabc\nCabc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { printf "%x %o %X %e\\n", 255, 8, 255, 1234.5 }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { printf "%x %o %X %e\\n", 255, 8, 255, 1234.5 }'], { cwd: '/w' })).toEqual({
      stdout: 'ff 10 FF 1.234500e+03\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk { a[$3] += $4 } END { for (k in a) print k, a[k] } <<< "x y Running 1\\nx y Ru"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', '{ a[$3] += $4 } END { for (k in a) print k, a[k] }'], {
        cwd: '/w',
        stdin: 'x y Running 1\nx y Running 2\n',
      }),
    ).toEqual({ stdout: 'Running 3\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN { n = split("3 1 2", v); s = ""; for (i = n; i >= 1; i--) s = s v[i]; print s }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(
        ['awk', 'BEGIN { n = split("3 1 2", v); s = ""; for (i = n; i >= 1; i--) s = s v[i]; print s }'],
        { cwd: '/w' },
      ),
    ).toEqual({ stdout: '213\n', stderr: '', exit: 0 });
  });
  it('awk { line[NR] = $0 } END { for (i = NR; i > 0; i--) print line[i] } aw', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', '{ line[NR] = $0 } END { for (i = NR; i > 0; i--) print line[i] }', 'aw'], {
        cwd: '/w',
      }),
    ).toEqual({ stdout: 'c 3 z\nb 20 y\na 1 x\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN { printf "%s", "no newline" }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { printf "%s", "no newline" }'], { cwd: '/w' })).toEqual({
      stdout: 'no newline',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { print substr("kube-proxy-abc12", 1, index("kube-proxy-abc12", "-abc") - 1) }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(
        ['awk', 'BEGIN { print substr("kube-proxy-abc12", 1, index("kube-proxy-abc12", "-abc") - 1) }'],
        { cwd: '/w' },
      ),
    ).toEqual({ stdout: 'kube-proxy\n', stderr: '', exit: 0 });
  });
  it('awk { sum[$1] += $2 } END { print sum["a"], sum["b"] } aw', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', '{ sum[$1] += $2 } END { print sum["a"], sum["b"] }', 'aw'], { cwd: '/w' }),
    ).toEqual({ stdout: '1 20\n', stderr: '', exit: 0 });
  });
  it('awk $2 ~ /^[0-9]+$/ { print $2 * 2 } aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '$2 ~ /^[0-9]+$/ { print $2 * 2 }', 'aw'], { cwd: '/w' })).toEqual({
      stdout: '2\n40\n6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { x = "A"; if (x ~ "a") print "m"; else print "n" }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { x = "A"; if (x ~ "a") print "m"; else print "n" }'], { cwd: '/w' }),
    ).toEqual({ stdout: 'n\n', stderr: '', exit: 0 });
  });
  it('awk { $0 = "new record"; print $2 } f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ $0 = "new record"; print $2 }', 'f'], { cwd: '/w' })).toEqual({
      stdout: 'record\nrecord\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { printf "%c%c%c\\n", 72, 105, 33 }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { printf "%c%c%c\\n", 72, 105, 33 }'], { cwd: '/w' })).toEqual({
      stdout: 'Hi!\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { print 2 " " 3 * 4 }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { print 2 " " 3 * 4 }'], { cwd: '/w' })).toEqual({
      stdout: '2 12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { print 1 - -1, 1 - - 1 }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { print 1 - -1, 1 - - 1 }'], { cwd: '/w' })).toEqual({
      stdout: '2 2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { print (1,2) in a }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { print (1,2) in a }'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { a[1,2] = 3; for (k in a) { split(k, p, SUBSEP); print p[1], p[2] } }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { a[1,2] = 3; for (k in a) { split(k, p, SUBSEP); print p[1], p[2] } }'], {
        cwd: '/w',
      }),
    ).toEqual({ stdout: '1 2\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN { while ((getline line) > 0) n++; print n } <<< "1\\n2\\n3\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { while ((getline line) > 0) n++; print n }'], { cwd: '/w', stdin: '1\n2\n3\n' }),
    ).toEqual({ stdout: '3\n', stderr: '', exit: 0 });
  });
  it('awk NR == 1 { getline; print "after getline:", $0 } aw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'NR == 1 { getline; print "after getline:", $0 }', 'aw'], { cwd: '/w' })).toEqual({
      stdout: 'after getline: b 20 y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { "echo hi" | getline x; print x }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { "echo hi" | getline x; print x }'], { cwd: '/w' })).toEqual({
      stdout: 'hi\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { print length(x); x[1]; print length(x) }', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', 'BEGIN { print length(x); x[1]; print length(x) }'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: "awk: cmd. line:1: fatal: attempt to use scalar `x' as an array\n",
      exit: 2,
    });
  });
  it('awk { print NR ": " $0 } <<< "one\\ntwo"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{ print NR ": " $0 }'], { cwd: '/w', stdin: 'one\ntwo' })).toEqual({
      stdout: '1: one\n2: two\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk BEGIN { ORS = ";" } { print $1 } END { printf "\\n" } aw', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { ORS = ";" } { print $1 } END { printf "\\n" }', 'aw'], { cwd: '/w' }),
    ).toEqual({ stdout: 'a;b;c;\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN { print substr("abc", 2, 100), substr("abc", 4) "|" }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { print substr("abc", 2, 100), substr("abc", 4) "|" }'], { cwd: '/w' }),
    ).toEqual({ stdout: 'bc |\n', stderr: '', exit: 0 });
  });
  it('awk BEGIN { x = 5; x ^= 2; x %= 7; print x; print x++ + ++x, x }', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['awk', 'BEGIN { x = 5; x ^= 2; x %= 7; print x; print x++ + ++x, x }'], { cwd: '/w' }),
    ).toEqual({ stdout: '4\n10 6\n', stderr: '', exit: 0 });
  });
  it('awk {gsub(/[ \\t]/, "X"); print} <<< "a\\tb c\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{gsub(/[ \\t]/, "X"); print}'], { cwd: '/w', stdin: 'a\tb c\n' })).toEqual({
      stdout: 'aXbXc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {gsub(/[\\]]/, "X"); print} <<< "a]b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{gsub(/[\\]]/, "X"); print}'], { cwd: '/w', stdin: 'a]b\n' })).toEqual({
      stdout: 'aXb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {gsub(/[\\\\]/, "X"); print} <<< "a\\\\b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{gsub(/[\\\\]/, "X"); print}'], { cwd: '/w', stdin: 'a\\b\n' })).toEqual({
      stdout: 'aXb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {gsub(/[\\/]/, "X"); print} <<< "a/b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{gsub(/[\\/]/, "X"); print}'], { cwd: '/w', stdin: 'a/b\n' })).toEqual({
      stdout: 'aXb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('awk {gsub(/[\\.]/, "X"); print} <<< "a.b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['awk', '{gsub(/[\\.]/, "X"); print}'], { cwd: '/w', stdin: 'a.b\n' })).toEqual({
      stdout: 'aXb\n',
      stderr: '',
      exit: 0,
    });
  });
});

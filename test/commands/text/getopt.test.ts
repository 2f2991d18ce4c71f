/**
 * The getopt_long-style parser. Error texts are the ones glibc 2.36 printed
 * through head, grep and wc on Debian 12 (see the comments per case).
 */
import { describe, expect, it } from 'vitest';
import { getopt, type OptDef } from '../../../src/commands/getopt.js';

const HEAD: OptDef[] = [
  { key: 'c', short: 'c', long: 'bytes', arg: 'required' },
  { key: 'n', short: 'n', long: 'lines', arg: 'required' },
  { key: 'q', short: 'q', long: ['quiet', 'silent'] },
  { key: 'v', short: 'v', long: 'verbose' },
];

// the order of grep's table matters for the "possibilities" list
const GREP_CO: OptDef[] = [
  { key: 'C', short: 'C', long: 'context', arg: 'required' },
  { key: 'color', long: ['color', 'colour'], arg: 'optional' },
  { key: 'c', short: 'c', long: 'count' },
];

describe('getopt', () => {
  it('parses clusters, attached and detached arguments', () => {
    const r = getopt('head', ['-qv', '-n5', '-c', '7', '--lines=3', '--bytes', '9', 'f'], HEAD);
    expect(r).toEqual({
      ok: true,
      opts: [
        { key: 'q', name: '-q' },
        { key: 'v', name: '-v' },
        { key: 'n', name: '-n', value: '5' },
        { key: 'c', name: '-c', value: '7' },
        { key: 'n', name: '--lines', value: '3' },
        { key: 'c', name: '--bytes', value: '9' },
      ],
      operands: ['f'],
    });
  });

  it('permutes operands and options unless POSIXLY_CORRECT', () => {
    expect(getopt('head', ['a', '-v', 'b'], HEAD)).toMatchObject({
      operands: ['a', 'b'],
      opts: [{ key: 'v' }],
    });
    expect(getopt('head', ['a', '-v', 'b'], HEAD, { posix: true })).toMatchObject({
      operands: ['a', '-v', 'b'],
      opts: [],
    });
  });

  it('stops at -- and keeps - as an operand', () => {
    expect(getopt('head', ['-', '--', '-v'], HEAD)).toMatchObject({ operands: ['-', '-v'], opts: [] });
  });

  it('matches unique prefixes of long options (wc --l works)', () => {
    expect(getopt('head', ['--verb', '--li', '2'], HEAD)).toMatchObject({
      ok: true,
      opts: [
        { key: 'v', name: '--verbose' },
        { key: 'n', name: '--lines', value: '2' },
      ],
    });
    // two names of one option are not ambiguous (--col is --color/--colour)
    expect(getopt('grep', ['--col=never'], GREP_CO)).toMatchObject({
      ok: true,
      opts: [{ key: 'color', value: 'never' }],
    });
  });

  it('optional arguments are only taken attached', () => {
    expect(getopt('grep', ['--color', 'x'], GREP_CO)).toMatchObject({
      opts: [{ key: 'color' }],
      operands: ['x'],
    });
  });

  it('reports errors with glibc wording', () => {
    // head -x
    expect(getopt('head', ['-x'], HEAD)).toMatchObject({ ok: false, error: "head: invalid option -- 'x'" });
    // head -vx (inside a cluster)
    expect(getopt('head', ['-vx'], HEAD)).toMatchObject({ ok: false, error: "head: invalid option -- 'x'" });
    // head --foo
    expect(getopt('head', ['--foo'], HEAD)).toMatchObject({
      ok: false,
      error: "head: unrecognized option '--foo'",
    });
    // head -n
    expect(getopt('head', ['-n'], HEAD)).toMatchObject({
      ok: false,
      error: "head: option requires an argument -- 'n'",
    });
    // head --lines
    expect(getopt('head', ['--lines'], HEAD)).toMatchObject({
      ok: false,
      error: "head: option '--lines' requires an argument",
    });
    // head --verbose=3 /dev/null
    expect(getopt('head', ['--verbose=3'], HEAD)).toMatchObject({
      ok: false,
      error: "head: option '--verbose' doesn't allow an argument",
    });
    // grep --co x
    expect(getopt('grep', ['--co', 'x'], GREP_CO)).toMatchObject({
      ok: false,
      error: "grep: option '--co' is ambiguous; possibilities: '--context' '--color' '--colour' '--count'",
    });
  });

  it('lets a caller take legacy digit options (head -5, grep -3)', () => {
    const r = getopt('head', ['-5', 'f'], HEAD, {
      digits: (a) => [{ key: 'n', name: a, value: a.slice(1) }],
    });
    expect(r).toMatchObject({ ok: true, opts: [{ key: 'n', value: '5' }], operands: ['f'] });
  });
});

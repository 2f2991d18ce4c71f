/**
 * Contracts every registered program keeps: asking for help works, an
 * unknown option is an error in the tool's own words (not silence), and no
 * argv — however odd — makes it throw or print an internal error.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/model/rng.js';
import { defaultRegistry } from '../../src/session.js';
import { caseSession, run } from '../helpers.js';

/** Programs that, like the real ones, accept any argument (or print their arguments). */
const TAKES_ANYTHING = new Set([
  'echo',
  'printf',
  'true',
  'false',
  'sh',
  'bash',
  'env',
  'printenv',
  'sleep',
  'timeout',
  'hostname',
  'ssh',
  'uname',
  'whoami',
  'id',
  'cat',
  'xargs',
  'tee',
  'seq',
  'basename',
  'dirname',
  'date',
  'touch',
  'mkdir',
  'rm',
  'cp',
  'mv',
  'ls',
]);

const WORDS = [
  '-',
  '--',
  '-x',
  '--zzz',
  'show',
  'add',
  'del',
  'dev',
  'eth0',
  'lo',
  '10.0.0.1',
  '10.0.0.0/8',
  '999.1.1.1',
  '/nonexistent',
  '',
  "'",
  '"',
  '$HOME',
  '-c',
  '1',
  'abc',
  'help',
  '-n',
  'all',
  ':',
  '%s',
  '\\',
  'type',
  'link',
  'route',
  'nat',
  '-t',
  'filter',
  'A',
  'B',
  'up',
];

const names = defaultRegistry()
  .all()
  .map((d) => d.name)
  .sort();

function quote(w: string): string {
  return `'${w.replace(/'/g, "'\\''")}'`;
}

describe('every registered command', () => {
  for (const name of names) {
    it(`${name}: --help is handled`, () => {
      const s = caseSession(['eth0: 10.20.30.5/24', 'gateway: 10.20.30.1']);
      const r = run(s, `${name} --help`);
      expect(r.err).not.toContain('internal error');
      expect(r.exit).toBeGreaterThanOrEqual(0);
      expect(r.exit).toBeLessThanOrEqual(255);
    });

    if (!TAKES_ANYTHING.has(name)) {
      it(`${name}: an unknown option is reported, not ignored`, () => {
        const s = caseSession(['eth0: 10.20.30.5/24']);
        const r = run(s, `${name} --knetlab-bogus-option`);
        expect(r.err.length + (r.exit !== 0 ? 1 : 0)).toBeGreaterThan(0);
        expect(r.err).not.toContain('internal error');
      });
    }

    it(`${name}: never throws on random argv`, () => {
      const rng = new Rng(name.split('').reduce((a, c) => a * 31 + c.charCodeAt(0), 7) >>> 0);
      const s = caseSession(['eth0: 10.20.30.5/24', 'gateway: 10.20.30.1']);
      for (let i = 0; i < 40; i++) {
        const n = rng.int(0, 6);
        const argv = Array.from({ length: n }, () => WORDS[rng.int(0, WORDS.length)] as string);
        const r = run(s, `${name} ${argv.map(quote).join(' ')}`);
        expect(r.err, `${name} ${argv.join(' ')}`).not.toContain('internal error');
        expect(r.exit).toBeGreaterThanOrEqual(0);
        expect(r.exit).toBeLessThanOrEqual(255);
      }
    });
  }
});

/** The TypeScript normaliser reproduces the harness's own normalised fields on every recorded step. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';

const here = new URL('.', import.meta.url).pathname;
const dirs = [join(here, '../../../shared/golden'), join(here, 'foundation')];

describe('normalize (port of capture.py)', () => {
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((x) => x.endsWith('.json') && !x.startsWith('ratchet'))) {
      it(f, () => {
        const doc = JSON.parse(readFileSync(join(d, f), 'utf8')) as {
          steps: Array<{
            cmd: string;
            stdout: string;
            stderr: string;
            stdout_normalized: string;
            stderr_normalized: string;
          }>;
        };
        for (const s of doc.steps) {
          expect(normalize(s.stdout, s.cmd)).toBe(s.stdout_normalized);
          expect(normalize(s.stderr, s.cmd)).toBe(s.stderr_normalized);
        }
      });
    }
  }
});

/**
 * Golden parity as a ratchet: every case of the shared development set and
 * of our own captures is replayed in-process and compared with the real
 * tools' transcripts after normalisation. The matched-step count per case
 * may only go up; `npx tsx test/tools/update-ratchet.ts` raises ratchet.json.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCases, matchedSteps } from './parity.js';

const here = new URL('.', import.meta.url).pathname;
const ratchet = JSON.parse(readFileSync(join(here, 'ratchet.json'), 'utf8')) as Record<string, number>;

describe('golden parity ratchet', () => {
  for (const c of goldenCases()) {
    const name = basename(c, '.case');
    it(`${name} keeps at least ${ratchet[name] ?? 0} matching steps`, () => {
      const r = matchedSteps(c);
      const floor = ratchet[name] ?? 0;
      expect(r.matched, `now failing:\n${r.failing.join('\n')}`).toBeGreaterThanOrEqual(floor);
    });
  }
});

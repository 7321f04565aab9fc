/**
 * Property: a mutated seed plan (lines shuffled, cut, duplicated; markup and tabs injected;
 * NFC↔NFD; CRLF; random unicode) never crashes extraction, gives a plan that validates
 * against PlanSchema (or a GhplanError a user can act on) and gives the same output twice.
 * FUZZ_RUNS=20 multiplies the runs for a long local session.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkDeterministic, extractChecked, mutantArb, mutantText, RUNS, SEEDS, TIMEOUT } from './gen.js';

describe('fuzz: mutated seed plans', () => {
  it('full seeds with CRLF line ends: valid, deterministic', async () => {
    for (const s of SEEDS) {
      for (const text of [s.text.replace(/\n/g, '\r\n')]) {
        const bytes = Buffer.from(text, 'utf8');
        await checkDeterministic(bytes, await extractChecked(bytes));
      }
    }
  });

  it(
    'mutants never crash, always validate, are deterministic',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutantArb, async (m) => {
          const bytes = Buffer.from(mutantText(m), 'utf8');
          await checkDeterministic(bytes, await extractChecked(bytes));
        }),
        { numRuns: RUNS(500) },
      );
    },
    TIMEOUT,
  );
});

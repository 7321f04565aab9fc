/**
 * Property: random plan-like texts, random bytes and random encodings of plan texts never
 * crash extraction; the output validates and is the same twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GhplanError } from '../../src/model/errors.js';
import { decodeText } from '../../src/readers/text-encoding.js';
import { checkDeterministic, extractChecked, mutantArb, mutantText, nastyText, randomPlanArb, RUNS, TIMEOUT } from './gen.js';

describe('fuzz: random input', () => {
  it(
    'random plan-like texts',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomPlanArb, async (text) => {
          const bytes = Buffer.from(text, 'utf8');
          await checkDeterministic(bytes, await extractChecked(bytes));
        }),
        { numRuns: RUNS(300) },
      );
    },
    TIMEOUT,
  );

  it(
    'random bytes under every file name: only GhplanError',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 2048 }),
          fc.constantFrom('x.txt', 'x.md', 'x.docx', 'x.pdf', 'x.doc', 'x'),
          async (bytes, name) => {
            await extractChecked(bytes, name);
          },
        ),
        { numRuns: RUNS(200) },
      );
    },
    TIMEOUT,
  );

  it(
    'random bytes behind a signature (zip, PDF, OLE2, BOMs): only GhplanError',
    async () => {
      const heads = [
        [0x50, 0x4b, 0x03, 0x04],
        [...Buffer.from('%PDF-1.7\n')],
        [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
        [0xef, 0xbb, 0xbf],
        [0xff, 0xfe],
        [0xfe, 0xff],
        [...Buffer.from('{\\rtf1')],
      ];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 1024 }), async (head, tail) => {
          await extractChecked(new Uint8Array([...head, ...tail]), 'x.docx');
        }),
        { numRuns: RUNS(100) },
      );
    },
    TIMEOUT,
  );

  it(
    'decodeText: UTF-8, UTF-16 LE/BE with BOM give back the text; never anything but GhplanError',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), nastyText, mutantArb.map(mutantText)), (raw) => {
          // Lone surrogates cannot be encoded; the text a file can hold is well-formed.
          // A text starting with NUL behind a UTF-16 LE mark is a UTF-32 LE mark (FF FE 00 00).
          const text = raw.toWellFormed().replace(/^[\ufeff\0]+/, '');
          const utf8 = Buffer.from(text, 'utf8');
          const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
          const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
          for (const bytes of [utf8, le, be]) {
            try {
              expect(decodeText(bytes).text).toBe(text);
            } catch (e) {
              if (!(e instanceof GhplanError)) throw e;
              // Refusing text full of control characters as binary is fine; nothing else.
              expect(e.code).toBe('GHPLAN_BINARY_FILE');
            }
          }
        }),
        { numRuns: RUNS(300) },
      );
    },
    TIMEOUT,
  );
});

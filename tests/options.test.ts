// The library's options are checked before any work: a misspelt key or a wrong value rejects
// with GHPLAN_USAGE naming the option as code writes it, never a CLI flag.
import { describe, expect, it } from 'vitest';
import { check, extract, extractBytes, extractFile, GhplanError } from '../src/index.js';
import { localMessage } from '../src/model/errors.js';

const PLAN = new TextEncoder().encode('KẾ HOẠCH\nTriển khai thực hiện\n\nI. MỤC TIÊU\n1. Đạt 90% hộ dân có nước sạch năm 2030.\n');
const SEED = 'fixtures/check/seeds/002_43a256f70d3623bb.txt';

async function rejection(p: Promise<unknown>): Promise<GhplanError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(GhplanError);
  return e as GhplanError;
}

const WRONG: [string, unknown, RegExp][] = [
  [
    'a misspelt key',
    { limts: {} },
    /^unknown option "limts" \(the options are: fileName, format, limits, ocr, convertLegacy, timestamps\)$/,
  ],
  [
    'a misspelt limit',
    { limits: { maxPage: 3 } },
    /^unknown option "limits\.maxPage" \(the options are: maxFileBytes, maxPartBytes, maxPages, timeoutMs\)$/,
  ],
  ['ocr: yes', { ocr: 'yes' }, /^option ocr must be 'auto' or 'off', not "yes"$/],
  ['ocr: false', { ocr: false }, /^option ocr must be 'auto' or 'off', not false$/],
  ['convertLegacy: true', { convertLegacy: true }, /^option convertLegacy must be 'auto' or 'off', not true$/],
  ['a negative page limit', { limits: { maxPages: -1 } }, /^option limits\.maxPages must be a whole number above 0, not -1$/],
  ['a size as text', { limits: { maxFileBytes: '50MB' } }, /^option limits\.maxFileBytes must be a whole number above 0, not "50MB"$/],
  ['a timeout of NaN', { limits: { timeoutMs: Number.NaN } }, /^option limits\.timeoutMs must be a number of milliseconds/],
  ['limits as a number', { limits: 5 }, /^option limits must be an object/],
  ['an unknown format', { format: 'doc' }, /^option format must be 'txt', 'md', 'docx' or 'pdf', not "doc"$/],
  ['timestamps as text', { timestamps: 'yes' }, /^option timestamps must be true or false, not "yes"$/],
  ['options as a string', 'plan.docx', /^the options must be an object, not "plan\.docx"$/],
  ['a long value, cut', { fileName: 7, ocr: 'x'.repeat(500) }, /^option fileName must be a non-empty string, not 7$/],
];

describe('library options', () => {
  it.each(WRONG)('%s: GHPLAN_USAGE naming the option, in extract, extractFile and extractBytes', async (_name, options, message) => {
    for (const call of [
      () => extract(SEED, options as never),
      () => extractFile(SEED, options as never),
      () => extractBytes(PLAN, options as never),
      () => extract(PLAN, options as never),
    ]) {
      const e = await rejection(call());
      expect(e.code).toBe('GHPLAN_USAGE');
      expect(e.message).toMatch(message);
      expect(e.message).not.toMatch(/--[a-z]/);
    }
  });

  it('check takes the same options, and its own: a misspelt one is named with all of them', async () => {
    const e = await rejection(check(SEED, { stge: 'issued' } as never));
    expect(e.code).toBe('GHPLAN_USAGE');
    expect(e.message).toBe(
      'unknown option "stge" (the options are: fileName, format, limits, ocr, convertLegacy, timestamps, config, stage, require)',
    );
    expect((await rejection(check(SEED, { ocr: 'yes' } as never))).message).toBe("option ocr must be 'auto' or 'off', not \"yes\"");
    expect(await check(SEED, { stage: 'draft', ocr: 'off' })).toBeInstanceOf(Array);
  });

  it('a value is quoted short, and the message is Vietnamese too', async () => {
    const e = await rejection(extractBytes(PLAN, { ocr: 'y'.repeat(500) as never }));
    expect(e.message.length).toBeLessThan(100);
    expect(localMessage(e, 'vi')).toMatch(/^tuỳ chọn ocr phải là 'auto' hoặc 'off', không phải "y+…$/);
  });

  it('valid options, and options left undefined, are taken', async () => {
    const plan = await extractBytes(PLAN, {
      fileName: 'plan.txt',
      format: 'txt',
      limits: { maxFileBytes: 1_000_000, maxPartBytes: 1_000_000, maxPages: 10, timeoutMs: 0 },
      ocr: 'off',
      convertLegacy: 'off',
      timestamps: false,
    });
    expect(plan.indicators).toHaveLength(1);
    expect((await extractBytes(PLAN, { ocr: undefined, limits: { maxPages: undefined } })).indicators).toHaveLength(1);
    expect((await extract(SEED)).source.file).toBe('002_43a256f70d3623bb.txt');
  });

  it("a limit hit is worded for library users: the option's name, never a CLI flag", async () => {
    const e = await rejection(extractFile(SEED, { limits: { maxFileBytes: 1024 } }));
    expect(e.code).toBe('GHPLAN_FILE_TOO_LARGE');
    expect(e.message).toMatch(/^file is \d+ KiB, over the 1 KiB limit \(limits\.maxFileBytes\)$/);
    const t = await rejection(extractBytes(PLAN, { limits: { maxFileBytes: 10 } }));
    expect(t.message).toContain('(limits.maxFileBytes)');
    expect(t.message).not.toMatch(/--[a-z]/);
  });

  it('the input itself: bytes for extractBytes, a path for extractFile', async () => {
    expect((await rejection(extractBytes('plan.txt' as never))).message).toMatch(/^extractBytes needs the file content/);
    expect((await rejection(extractFile(PLAN as never))).message).toMatch(/^extractFile needs a file path/);
    expect((await rejection(extract(42 as never))).code).toBe('GHPLAN_USAGE');
  });
});

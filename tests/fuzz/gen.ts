/**
 * Generators for the fuzz suite: seed plan texts (fixtures/corpus/*.txt), mutations of them and
 * random plan-like texts. Mutations are data (an op list) so that fast-check can shrink them
 * to the smallest failing input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { GhplanError, ErrorCodes } from '../../src/model/errors.js';
import { PlanSchema, type Plan } from '../../src/model/plan.js';
import { extractBytes } from '../../src/api.js';

export const SEED_DIR = join(import.meta.dirname, '../../fixtures/corpus');
export const SEEDS: { name: string; text: string }[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(SEED_DIR, name), 'utf8') }));
export const SEED_LINES = SEEDS.map((s) => s.text.split('\n'));

/** Runs per property; FUZZ_RUNS=10000 for a long local session. */
export const RUNS = (share: number): number => Math.max(10, Math.round(share * Number(process.env.FUZZ_RUNS ?? 1)));
/** Test timeout that grows with FUZZ_RUNS. */
export const TIMEOUT = 120_000 * Math.max(1, Number(process.env.FUZZ_RUNS ?? 1));

export type Op =
  | { kind: 'shuffle'; at: number; to: number }
  | { kind: 'cut'; at: number; len: number }
  | { kind: 'dup'; at: number; len: number }
  | { kind: 'markup'; at: number; mark: string }
  | { kind: 'tab'; at: number; col: number }
  | { kind: 'nfd'; at: number }
  | { kind: 'unicode'; at: number; col: number; text: string }
  | { kind: 'truncate'; at: number; col: number };

const MARKS = [
  '**',
  '## ',
  '# ',
  '<b>',
  '</b>',
  '| ',
  ' | ',
  '|---|---|',
  '- ',
  '+ ',
  '* ',
  '> ',
  '__',
  '`',
  '\t',
  '1. ',
  'a) ',
  'IV. ',
  '[ ]',
  '<br>',
  '&nbsp;',
  '\u00a0',
  '\u200b',
  '\ufeff',
];

/** Unicode the texts may meet: Vietnamese, combining marks, look-alikes, controls, emoji, RTL, surrogates. */
const nastyChar = fc.oneof(
  fc.constantFrom(
    '\u0300',
    '\u0301',
    '\u0303',
    '\u0309',
    '\u0323',
    '\u0306',
    '\u031b',
    'đ',
    'Đ',
    'ư',
    'Ư',
    'ơ',
    '–',
    '—',
    '…',
    '“',
    '”',
    '№',
    '‰',
    '½',
    '²',
    '٣',
    '١٢',
    '\u202e',
    '\u200d',
    '\u2028',
    '\u2029',
    '\u0085',
    '\f',
    '\v',
    '\r',
    '\0',
    '\ud800',
    '\udfff',
    '🙂',
    '👨‍👩‍👧',
    'ﬁ',
    'Ⅳ',
    'ⅻ',
    '０',
    '９',
    '％',
    '/',
    '.',
    ':',
    ';',
    '(',
    ')',
    '-',
    '%',
    ' ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
export const nastyText = fc.array(nastyChar, { maxLength: 6 }).map((a) => a.join(''));

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('dup' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('markup' as const), at: fc.nat(), mark: fc.constantFrom(...MARKS) }),
  fc.record({ kind: fc.constant('tab' as const), at: fc.nat(), col: fc.nat() }),
  fc.record({ kind: fc.constant('nfd' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('unicode' as const), at: fc.nat(), col: fc.nat(), text: nastyText }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), col: fc.nat() }),
);

export function applyOp(lines: string[], op: Op): string[] {
  if (!lines.length) return lines;
  const out = lines.slice();
  const i = op.at % out.length;
  const line = out[i]!;
  switch (op.kind) {
    case 'shuffle': {
      const j = op.to % out.length;
      [out[i], out[j]] = [out[j]!, out[i]!];
      return out;
    }
    case 'cut':
      out.splice(i, op.len);
      return out;
    case 'dup':
      out.splice(i, 0, ...out.slice(i, i + op.len));
      return out;
    case 'markup': {
      const atEnd = op.at % 3 === 0;
      out[i] = atEnd ? line + op.mark.trimEnd() : op.mark + line;
      return out;
    }
    case 'tab': {
      const c = op.col % (line.length + 1);
      out[i] = line.slice(0, c) + '\t' + line.slice(c);
      return out;
    }
    case 'nfd':
      out[i] = line.normalize('NFD');
      return out;
    case 'unicode': {
      const c = op.col % (line.length + 1);
      out[i] = line.slice(0, c) + op.text + line.slice(c);
      return out;
    }
    case 'truncate':
      out[i] = line.slice(0, op.col % (line.length + 1));
      return out;
  }
}

export interface Mutant {
  seed: number;
  start: number;
  len: number;
  ops: Op[];
  crlf: boolean;
  nfd: boolean;
}

/** A window of a seed (most of them short, to keep the suite fast), then the ops. */
export const mutantArb: fc.Arbitrary<Mutant> = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  start: fc.nat(),
  len: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.integer({ min: 40, max: 150 }) }),
  ops: fc.array(opArb, { maxLength: 12 }),
  crlf: fc.boolean(),
  nfd: fc.boolean(),
});

export function mutantText(m: Mutant): string {
  const all = SEED_LINES[m.seed]!;
  const start = m.len >= all.length ? 0 : m.start % (all.length - m.len + 1);
  let lines = all.slice(start, start + m.len);
  for (const op of m.ops) lines = applyOp(lines, op);
  let text = lines.join(m.crlf ? '\r\n' : '\n');
  if (m.nfd) text = text.normalize('NFD');
  return text;
}

/** Lines like the ones plans are made of, with random values: headings, tasks, deadlines, indicators, tables. */
const word = fc.constantFrom(
  'Kế hoạch',
  'nhiệm vụ',
  'Ủy ban nhân dân',
  'xã',
  'Phòng Kinh tế',
  'chủ trì',
  'phối hợp',
  'thực hiện',
  'hoàn thành',
  'trước ngày',
  'Quý',
  'năm',
  'đạt',
  'trên',
  'tối thiểu',
  'không quá',
  'tỷ lệ',
  'hộ',
  'km',
  '%',
  'tỷ đồng',
  'thường xuyên',
  'hằng năm',
  'MỤC ĐÍCH, YÊU CẦU',
  'NHIỆM VỤ',
  'TỔ CHỨC THỰC HIỆN',
  'KINH PHÍ',
  'Phụ lục',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Nơi nhận:',
  'Số:',
  '/KH-UBND',
  'Nghị quyết số 08-NQ/TU',
  'ngày',
);
const num = fc.oneof(
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.float({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e9 }).map((f) => f.toLocaleString('vi-VN')),
  fc.constantFrom('2025', '2026', '2030', '31/12/2026', '15/3', 'Quý IV/2026', '6 tháng đầu năm', '100%', '1.234,5', '0,5'),
);
const marker = fc.constantFrom(
  '',
  'I. ',
  'II. ',
  'XII. ',
  '1. ',
  '2.3. ',
  '3.1 ',
  'a) ',
  'b. ',
  '- ',
  '+ ',
  '• ',
  '* ',
  'IV.12.2 ',
  'Điều 1. ',
  'PHẦN I ',
  'Chương II ',
);
const phrase = fc
  .array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 3, arbitrary: num }, { weight: 1, arbitrary: nastyText }), {
    minLength: 1,
    maxLength: 12,
  })
  .map((a) => a.join(' '));
const tableRow = fc.array(phrase, { minLength: 2, maxLength: 6 }).map((cells) => `| ${cells.join(' | ')} |`);
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(marker, phrase).map(([m, p]) => m + p) },
  { weight: 1, arbitrary: tableRow },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: phrase.map((p) => p.toUpperCase()) },
);
export const randomPlanArb = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 60 }), fc.boolean())
  .map(([ls, crlf]) => ls.join(crlf ? '\r\n' : '\n'));

export interface Outcome {
  plan?: Plan;
  error?: GhplanError;
}

/**
 * Runs extraction in-process. Anything but a GhplanError, or an INTERNAL GhplanError (what
 * unknown errors and schema failures become), fails the property with the input attached.
 */
export async function extractChecked(bytes: Uint8Array, fileName = 'fuzz.txt'): Promise<Outcome> {
  try {
    const plan = await extractBytes(bytes, { fileName, ocr: 'off', convertLegacy: 'off' });
    const r = PlanSchema.safeParse(plan);
    if (!r.success) throw new Error(`output does not validate: ${JSON.stringify(r.error.issues[0])}`);
    return { plan };
  } catch (e) {
    if (!(e instanceof GhplanError)) throw e;
    if (e.code === ErrorCodes.INTERNAL) throw new Error(`crash: ${e.message}`);
    return { error: e };
  }
}

/** Same input, same output: the JSON twice, or the same error twice. */
export async function checkDeterministic(bytes: Uint8Array, first: Outcome, fileName = 'fuzz.txt'): Promise<void> {
  const again = await extractChecked(bytes, fileName);
  const a = first.plan ? JSON.stringify(first.plan) : `${first.error!.code}: ${first.error!.message}`;
  const b = again.plan ? JSON.stringify(again.plan) : `${again.error!.code}: ${again.error!.message}`;
  if (a !== b) throw new Error('not deterministic: two runs on the same input differ');
}

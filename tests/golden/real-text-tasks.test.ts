/**
 * Real plans whose tasks are written in the text (fixtures/real-text-tasks/, expectations written
 * by reading each document), and real plans without labelled fields, which must give none.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/ghplan.js');
const DIR = join(ROOT, 'fixtures/real-text-tasks');

function textTasks(file: string): any[] {
  const r = spawnSync(process.execPath, [BIN, 'extract', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout).tasks.filter((t: any) => t.source === 'text');
}

// As the scorer compares: NFC, case and white space folded, trailing punctuation dropped.
const norm = (s: unknown): string =>
  s == null
    ? ''
    : String(s)
        .normalize('NFC')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\s.;:,]+$/u, '');
const units = (xs: string[]): string[] => xs.map(norm).sort();

/**
 * Deadline dates EXTRACTION.md asks for that wait on the deadline parser (issue 12: start dates
 * "năm 2025 và các năm tiếp theo" and a cited law's year give no date, "Từ ngày … đến ngày …" is a
 * span). Their texts are still compared; remove an id here once its date is right.
 */
const DATES_AWAITING_PARSER: Record<string, string[]> = {
  'QD_2623-QD-TTg_2025_KH-Luat-BVDLCN.txt': ['II.5-2'],
  'KH_174-KH-UBND_HCM_2025_NhiemVuTrongTam-CuoiNam.txt': ['II.2'],
};

describe('real plans with tasks written in the text match their reviewed expectations', () => {
  const expectations = readdirSync(DIR).filter((f) => f.endsWith('.expected.json'));
  it('has at least three documents here (the fourth is in fixtures/real-gold)', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(3);
  });
  for (const e of expectations) {
    const want = JSON.parse(readFileSync(join(DIR, e), 'utf8'));
    describe(want.file, () => {
      const got = textTasks(join(DIR, want.file));
      const pending = new Set(DATES_AWAITING_PARSER[want.file] ?? []);
      it('gives exactly the expected text tasks, in document order', () => {
        expect(got.map((t) => t.id)).toEqual(want.tasks.map((t: any) => t.id));
      });
      for (const w of want.tasks) {
        it(`${w.id}: line, group, name, lead, support, deadline`, () => {
          const t = got.find((x) => x.id === w.id);
          expect(t, `no text task ${w.id}`).toBeDefined();
          expect(t.at.line).toBe(w.line);
          expect(t.groupTitle).toBe(w.groupTitle);
          expect(t.parent).toBe(w.parent ?? null);
          expect(norm(t.name).startsWith(norm(w.nameStart)), `name: ${t.name}`).toBe(true);
          expect(units(t.lead)).toEqual(units(w.lead));
          expect(units(t.support)).toEqual(units(w.support));
          expect(norm(t.deadline?.text)).toBe(norm(w.deadlineText));
          if (!pending.has(w.id)) expect(t.deadline?.date ?? null).toBe(w.deadline);
        });
      }
    });
  }
});

describe('real plans without labelled fields give no text tasks', () => {
  const withoutLabels = [
    ...readdirSync(join(ROOT, 'fixtures/real')).map((f) => join('fixtures/real', f)),
    ...readdirSync(join(ROOT, 'fixtures/real-gold'))
      .filter((f) => !f.endsWith('.json') && !f.startsWith('KH_SCT-LaoCai_2026_DeAn08'))
      .map((f) => join('fixtures/real-gold', f)),
  ];
  it('covers the plans of fixtures/real and fixtures/real-gold', () => {
    expect(withoutLabels.length).toBeGreaterThanOrEqual(10);
  });
  for (const f of withoutLabels) {
    it(f, () => {
      expect(textTasks(join(ROOT, f)).map((t) => `${t.id} ${t.name}`)).toEqual([]);
    });
  }
});

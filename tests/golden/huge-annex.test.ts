/** The 3,000-row annex (12 groups, sub-tasks, every deadline form) gives every task, in every format we ship a copy of. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';

const files = [
  join(import.meta.dirname, '../../fixtures/bad/huge-annex.txt'),
  join(import.meta.dirname, '../../fixtures/docx/huge-annex.docx'),
  join(import.meta.dirname, '../../fixtures/pdf/huge-annex.pdf'),
];

describe('huge annex', () => {
  const results = new Map<string, Awaited<ReturnType<typeof extractFile>>>();
  for (const file of files) {
    it(`${file.split(/[\\/]/).pop()}: 3,000 tasks in 12 groups`, async () => {
      const plan = await extractFile(file);
      results.set(file, plan);
      expect(plan.tasks).toHaveLength(3000);
      expect(new Set(plan.tasks.map((t) => t.groupTitle)).size).toBe(12);
      expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(3000);
      expect(plan.tasks.filter((t) => t.parent).every((t) => plan.tasks.some((p) => p.id === t.parent))).toBe(true);
      expect(plan.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    }, 120_000);
  }
  it('the same tasks from .txt, .docx and .pdf', () => {
    const [a, b, c] = files.map((f) => results.get(f)!);
    const key = (p: typeof a) => p!.tasks.map((t) => [t.id, t.deadline?.date ?? null, t.priority, t.lead.join(';')].join('|'));
    expect(key(b)).toEqual(key(a));
    expect(key(c)).toEqual(key(a));
  });
});

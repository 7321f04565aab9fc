// `ghplan check` as a process: findings point at line:column in text input (where the section,
// task or indicator starts in the line as written: after indentation, list marker, `#`, `**`),
// at the line alone where the input has no columns (Word, PDF) or the finding is about the whole
// document. Needs a build (`npm test` builds first).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'ghplan.js');
const PLAN = 'fixtures/check/columns/plan.md';
const DOCX = 'fixtures/corpus/000_50b50b607dcb6ce6.docx';

function check(args: string[]): Promise<string> {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.GITHUB_ACTIONS;
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'check', '--lang', 'en', ...args], { cwd: ROOT, env }, (_err, stdout) => resolve(stdout));
  });
}

/**
 * Where each finding of fixtures/check/columns/plan.md stands, counted by hand in the file:
 * line 18 "  - Tỷ lệ…" (two spaces, a dash: T at 5); line 19 "- **Phấn đấu** 100%…; 95% hồ sơ…"
 * (P at 5 after "- **", the second statement's "95%" at 45); line 21 "## IV. NHIỆM VỤ…" (I at 4);
 * line 23 "   1. Tuyên truyền…" (the item's "1." at 4); the missing signature is the whole document.
 */
const WANT = [
  ['GP006', 1, null],
  ['GP005', 18, 5],
  ['GP005', 19, 5],
  ['GP005', 19, 45],
  ['GP004', 21, 4],
  ['GP002', 23, 4],
];

describe.concurrent('check findings carry the column of text input', () => {
  it('json: line and column of each finding, null where there is no column', async () => {
    const found = JSON.parse(await check([PLAN, '--format', 'json'])) as { ruleId: string; line: number; column: number | null }[];
    expect(found.map((f) => [f.ruleId, f.line, f.column])).toEqual(WANT);
  });

  it('text: line:column, or the line alone', async () => {
    const locations = (await check([PLAN, '--no-color']))
      .split('\n')
      .slice(1, 1 + WANT.length)
      .map((l) => l.trim().split(/\s+/)[0]);
    expect(locations).toEqual(WANT.map(([, line, column]) => (column === null ? `${line}` : `${line}:${column}`)));
  });

  it('github: col= where the column is known, no col= otherwise', async () => {
    const lines = (await check([PLAN, '--format', 'github'])).trimEnd().split('\n');
    expect(lines.map((l) => /line=(\d+)(?:,col=(\d+))?,title=(GP\d+)/.exec(l)!.slice(1))).toEqual(
      WANT.map(([rule, line, column]) => [`${line}`, column === null ? undefined : `${column}`, rule]),
    );
  });

  it('sarif: startColumn where the column is known', async () => {
    const sarif = JSON.parse(await check([PLAN, '--format', 'sarif']));
    const regions = sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.region);
    expect(regions).toEqual(
      WANT.map(([, line, column]) => (column === null ? { startLine: line } : { startLine: line, startColumn: column })),
    );
  });

  it('junit: file:line:column in the failure and system-out lines', async () => {
    const xml = await check([PLAN, '--format', 'junit']);
    expect(xml).toContain(`${PLAN}:23:4 error task IV.1`);
    expect(xml).toContain(`${PLAN}:19:45 warning indicator &quot;95% hồ sơ`);
    expect(xml).toContain(`${PLAN}:1 error no signature block`);
  });

  it('Word input has no columns: the line alone', async () => {
    const found = JSON.parse(await check([DOCX, '--format', 'json'])) as { line: number; column: number | null }[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.column === null)).toBe(true);
    expect(await check([DOCX, '--format', 'github'])).not.toContain('col=');
  });
});

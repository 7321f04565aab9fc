/**
 * The head start of `extract`/`check` (src/cli/early-start.ts): the one input file is found on
 * the raw command line, and a worker started for it never changes what the command does — a
 * wrong hint (a PDF named .txt), help, a usage error or several inputs all behave as before
 * and the process ends by itself.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { singleInput } from '../../dist/cli/early-start.js';
import { buildProgram } from '../../dist/cli/main.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/ghplan.js');
const CORPUS = join(ROOT, 'fixtures/corpus');
const dir = mkdtempSync(join(tmpdir(), 'ghplan-early-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ghplan(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 30_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

describe('singleInput: the one input file of a raw command line', () => {
  const cases: [string[], string | null][] = [
    [['plan.docx'], 'plan.docx'],
    [['--pretty', 'plan.pdf'], 'plan.pdf'],
    [['-o', 'out.json', 'plan.txt'], 'plan.txt'],
    [['plan.txt', '--out', 'x.docx'], 'plan.txt'],
    [['--format', 'csv', '--out', 'kq/', 'ke-hoach.md'], 'ke-hoach.md'],
    [['-c', 'cfg.json', '--stage', 'draft', 'a.docx'], 'a.docx'],
    [['--timeout=5', 'a.docx'], 'a.docx'],
    [['-'], '-'],
    [['a.docx', 'b.docx'], null],
    [['--help'], null],
    [[], null],
  ];
  for (const [args, want] of cases) it(`${JSON.stringify(args)} → ${want}`, () => expect(singleInput(args)).toBe(want));

  // early-start.ts keeps its own list of the options that take a value (it runs before the
  // command modules load): it must agree with every option the commands define
  for (const name of ['extract', 'check']) {
    it(`knows which options of ${name} take a value, as the command defines them`, async () => {
      const program = await buildProgram(() => undefined, name);
      const cmd = program.commands.find((c) => c.name() === name)!;
      expect(cmd.options.length).toBeGreaterThan(5);
      for (const o of cmd.options) {
        const takesValue = o.required || o.optional;
        for (const flag of [o.short, o.long].filter((f): f is string => !!f)) {
          const args = takesValue ? [flag, 'value.docx', 'plan.txt'] : [flag, 'plan.txt'];
          expect(singleInput(args), `${name} ${flag}`).toBe('plan.txt');
        }
      }
    });
  }
});

describe('a worker started early changes nothing', () => {
  it('a PDF named .txt is still read as a PDF', async () => {
    const fake = join(dir, 'actually-a-pdf.txt');
    copyFileSync(join(CORPUS, '000_50b50b607dcb6ce6.pdf'), fake);
    const r = await ghplan(['extract', fake]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.format).toBe('pdf');
  });

  it('help and usage errors with an input on the line end by themselves', async () => {
    const help = await ghplan(['extract', join(CORPUS, '000_50b50b607dcb6ce6.txt'), '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('extract');
    const bad = await ghplan(['extract', join(CORPUS, '000_50b50b607dcb6ce6.txt'), '--format', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });

  it('check of one file gives its findings as before', async () => {
    const r = await ghplan(['check', join(CORPUS, '000_50b50b607dcb6ce6.docx'), '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });
});

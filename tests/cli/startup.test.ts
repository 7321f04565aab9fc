/**
 * Start-up loads only what the command and the input's format need: `--version` and `--help`
 * load no reader, a .docx no markdown parser, a .txt no Word or PDF library, JSON output no CSV
 * writer, and extraction never loads zod (the result is validated against the generated JSON Schema). The CLI runs as
 * a process with a module hook that lists every module it loads.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/ghplan.js');
const dir = mkdtempSync(join(tmpdir(), 'ghplan-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hook = join(import.meta.dirname, '../helpers/module-log.mjs');

/** The packages and dist modules one CLI run loads. */
function loaded(args: string[]): Promise<string[]> {
  const out = join(dir, `mods-${Math.random().toString(36).slice(2)}.txt`);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', pathToFileURL(hook).href, BIN, ...args],
      { env: { ...process.env, GHPLAN_MODULES_OUT: out }, cwd: ROOT },
      (err) => {
        if (err) return reject(err);
        const names = new Set<string>();
        for (const line of readFileSync(out, 'utf8').split('\n')) {
          const pkg = line.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
          const own = line.match(/\/dist\/(.+)$/);
          if (pkg) names.add(pkg[1]!);
          else if (own) names.add(`dist/${own[1]}`);
        }
        resolve([...names]);
      },
    );
  });
}

const SEEDS = join(ROOT, 'fixtures/corpus');
const MARKDOWN = ['unified', 'remark-parse', 'remark-gfm', 'micromark'];
const WORD = ['mammoth', '@xmldom/xmldom', 'yauzl'];
const PDF = ['pdf-parse', 'pdfjs-dist'];
/** The readers themselves (readers/index.js only picks one, lazily). */
const READERS = ['dist/readers/docx.js', 'dist/readers/pdf.js', 'dist/readers/txt.js'];

describe('start-up loads only what the command and format need', () => {
  it('--version loads nothing of ghplan: not the CLI, no reader, no zod', async () => {
    for (const args of [['--version'], ['-v'], ['-V']]) {
      const mods = await loaded(args);
      for (const m of ['commander', ...MARKDOWN, ...WORD, ...PDF, 'zod', 'piscina', 'dist/cli/main.js', 'dist/readers/index.js'])
        expect(mods, `${args} loads ${m}`).not.toContain(m);
    }
  });

  it('--help loads the CLI but no reader', async () => {
    const mods = await loaded(['--help']);
    expect(mods).toContain('commander');
    for (const m of [...MARKDOWN, ...WORD, ...PDF, ...READERS]) expect(mods, `--help loads ${m}`).not.toContain(m);
  });

  it('a .docx loads the Word reader but no markdown parser, no PDF engine, no zod', async () => {
    const mods = await loaded(['extract', join(ROOT, 'fixtures/corpus/000_50b50b607dcb6ce6.docx'), '--no-ocr', '--no-convert']);
    expect(mods).toContain('mammoth');
    for (const m of [...MARKDOWN, ...PDF, 'zod', 'csv-stringify']) expect(mods, `a .docx loads ${m}`).not.toContain(m);
  });

  it('a .txt loads the markdown parser but no Word or PDF library, no zod', async () => {
    const mods = await loaded(['extract', join(SEEDS, '002_43a256f70d3623bb.txt'), '--no-ocr', '--no-convert']);
    expect(mods).toContain('remark-parse');
    for (const m of [...WORD, ...PDF, 'zod', 'csv-stringify']) expect(mods, `a .txt loads ${m}`).not.toContain(m);
  });
});

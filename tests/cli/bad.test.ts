/**
 * `ghplan extract` as a process on every bad input of shared/corpus/bad (copies of the small
 * ones in fixtures/bad; the zip bomb and the scanned PDF are generated here): exit 1, exactly
 * one stderr line naming the file with a [CODE], no stack trace, nothing on stdout. The valid
 * ones exit 0. Then the limits on seed files, and usage errors (exit 2).
 */
import { execFile, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, RELS } from '../helpers/docx.js';
import { pdfFromObjects } from '../helpers/pdf.js';
import { writeRepeatedZip } from '../helpers/zip.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/ghplan.js');
const BAD = join(ROOT, 'fixtures/bad');
const CORPUS = join(ROOT, 'fixtures/corpus');
const SEED1 = join(CORPUS, '001_e1cdb5c5b8b00bae.txt');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak RSS of the child in KiB, and its CPU time (user + system) in ms, when measured. */
  maxRssKiB?: number;
  cpuMs?: number;
  ms: number;
}

/** Runs the CLI as a process. */
function cli(args: string[]): Promise<Run> {
  const t = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr, ms: performance.now() - t });
      },
    );
  });
}

/** Like `cli`, with the child's peak RSS and CPU time (process.resourceUsage in the child, written to fd 3). */
function cliMeasured(args: string[]): Promise<Run> {
  const t = performance.now();
  const wrapper = `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeSync(3, JSON.stringify({ rss: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 })); }); import(${JSON.stringify(pathToFileURL(BIN).href)});`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', wrapper, 'ghplan', ...args], {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    let rss = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    (child.stdio[3] as NodeJS.ReadableStream).setEncoding('utf8').on('data', (d: string) => (rss += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const u = JSON.parse(rss || '{}') as { rss?: number; cpu?: number };
      resolve({ code, stdout, stderr, ms: performance.now() - t, maxRssKiB: u.rss, cpuMs: u.cpu });
    });
  });
}

/** One line on stderr, naming the file, with a [GHPLAN_…] code; no stack; nothing on stdout; exit 1. */
function expectOneErrorLine(r: Run, file: string, code: string, message?: RegExp, exit = 1): void {
  expect(r.stdout).toBe('');
  expect(r.code).toBe(exit);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(r.stderr.endsWith('\n')).toBe(true);
  const line = lines[0]!;
  expect(line.startsWith(`${file}: `)).toBe(true);
  expect(line.endsWith(` [${code}]`)).toBe(true);
  expect(line).not.toMatch(/\n\s+at |Error:|TypeError|\(node:|file:\/\//);
  if (message) expect(line).toMatch(message);
}

/** The plan without what differs between encodings: `source` and info diagnostics. */
function comparable(json: string): unknown {
  const p = JSON.parse(json);
  delete p.source;
  p.diagnostics = p.diagnostics.filter((d: { severity: string }) => d.severity !== 'info');
  return p;
}

// ---------------------------------------------------------------------------------------------
// Generated inputs

let tmp = '';

/**
 * Like shared/corpus/bad/zipbomb.docx: a form paragraph with a long dotted line, repeated until
 * word/document.xml is 1.07 GiB; honest headers; streamed, so building it takes little memory.
 */
async function writeZipBomb(path: string): Promise<void> {
  const para = Buffer.from(`<w:p><w:r><w:t>Họ và tên: ${'.'.repeat(15000)}</w:t></w:r></w:p>`.repeat(64));
  const times = Math.floor(1150014026 / para.length);
  // Only the repeated paragraphs, no XML head: the size check comes before any parsing.
  await writeRepeatedZip(path, [
    { name: '[Content_Types].xml', chunk: Buffer.from(CONTENT_TYPES), times: 1 },
    { name: '_rels/.rels', chunk: Buffer.from(RELS), times: 1 },
    { name: 'word/document.xml', chunk: para, times },
  ]);
}

/** A PDF whose pages are only a grey image: what a scanner without OCR gives. */
function scannedPdf(pages: number): Buffer {
  const objs: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i * 2} 0 R`).join(' ');
  objs.push('<< /Type /Catalog /Pages 2 0 R >>');
  objs.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  const pixels = Buffer.alloc(64 * 64, 0xc8).toString('latin1');
  objs.push(
    `<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`,
  );
  for (let i = 0; i < pages; i++) {
    const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
    objs.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
    );
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  return pdfFromObjects(objs, { binaryMarker: true });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ghplan-bad-'));
  await writeZipBomb(join(tmp, 'zipbomb.docx'));
  writeFileSync(join(tmp, 'scanned.pdf'), scannedPdf(3));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe('zip bomb (alone, so that its time is its own)', () => {
  it('zipbomb.docx (generated: 1.07 GiB document.xml): refused in < 2 s with peak RSS < 300 MB', async () => {
    const path = join(tmp, 'zipbomb.docx');
    const r = await cliMeasured(['extract', path]);
    expectOneErrorLine(r, path, 'GHPLAN_PART_TOO_LARGE', /word\/document\.xml is 1\.07 GiB uncompressed, over the 200 MiB limit/);
    expect(r.maxRssKiB).toBeGreaterThan(0);
    expect(r.maxRssKiB! * 1024).toBeLessThan(300 * 1000 * 1000);
    // CPU time (start-up included) is what the refusal costs; wall time also counts waiting
    // for a busy machine, so it gets slack.
    expect(r.cpuMs).toBeLessThan(2000);
    expect(r.ms).toBeLessThan(Number(process.env.ZIPBOMB_MAX_MS ?? 10_000));
  });
});

const BAD_FILES: [file: string, code: string, message: RegExp][] = [
  ['empty.txt', 'GHPLAN_EMPTY_FILE', /: file is empty/],
  ['empty.docx', 'GHPLAN_EMPTY_FILE', /: file is empty/],
  ['truncated.docx', 'GHPLAN_DOCX_CORRUPT', /not a valid \.docx \(zip archive is truncated or corrupt\).*ask for it again/],
  ['not-a-docx.docx', 'GHPLAN_DOCX_NOT_ZIP', /not a Word \.docx file \(no zip signature; looks like plain text\)/],
  ['legacy.doc', 'GHPLAN_LEGACY_DOC', /Word 97-2003 \.doc.*save it as \.docx/],
  ['disguised-doc.docx', 'GHPLAN_LEGACY_DOC', /this is a Word 97-2003 \.doc file renamed to \.docx/],
  ['encrypted.pdf', 'GHPLAN_PDF_ENCRYPTED', /PDF is encrypted \(password required\); ask for an unprotected copy/],
  ['truncated.pdf', 'GHPLAN_PDF_CORRUPT', /PDF is truncated or corrupt/],
  ['binary.txt', 'GHPLAN_BINARY_FILE', /not a text file \(binary data\)/],
];

describe.concurrent('extract on the bad corpus', () => {
  for (const [file, code, message] of BAD_FILES) {
    it(file, async () => {
      const path = join(BAD, file);
      const args = file.endsWith('.doc') || file.includes('doc.') ? ['--no-convert'] : [];
      expectOneErrorLine(await cli(['extract', path, ...args]), path, code, message);
    });
  }

  it('scanned.pdf (generated: image-only pages)', async () => {
    const path = join(tmp, 'scanned.pdf');
    expectOneErrorLine(await cli(['extract', path, '--no-ocr']), path, 'GHPLAN_PDF_NO_TEXT', /PDF has no text layer \(scanned image\?\)/);
  });

  it('a missing file and a folder', async () => {
    const missing = join(tmp, 'khong-co.txt');
    // a path that does not exist is a usage error (exit 2), reported before any work
    expectOneErrorLine(await cli(['extract', missing]), missing, 'GHPLAN_NOT_FOUND', /file not found/, 2);
    expectOneErrorLine(await cli(['extract', tmp]), tmp, 'GHPLAN_NOT_A_FILE', /is a folder/);
  });

  it('utf16.txt gives exactly the JSON of seed 001', async () => {
    const [a, b] = await Promise.all([cli(['extract', join(BAD, 'utf16.txt')]), cli(['extract', SEED1])]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(comparable(a.stdout)).toEqual(comparable(b.stdout));
  });

  it('cp1258.txt is decoded (info diagnostic) to exactly the JSON of seed 001', async () => {
    const [a, b] = await Promise.all([cli(['extract', join(BAD, 'cp1258.txt')]), cli(['extract', SEED1])]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(comparable(a.stdout)).toEqual(comparable(b.stdout));
    expect(JSON.parse(a.stdout).diagnostics).toContainEqual({
      severity: 'info',
      code: 'input.encoding',
      message: 'text decoded from windows-1258',
    });
    expect(a.stdout).not.toMatch(/[ÃÂ][\u0080-\u00bf]|\ufffd/);
  });

  it('huge-annex.txt: all 3,000 tasks', async () => {
    const r = await cli(['extract', join(BAD, 'huge-annex.txt')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.tasks).toHaveLength(3000);
    expect(new Set(plan.tasks.map((t: { groupTitle: string }) => t.groupTitle)).size).toBe(12);
    expect(plan.tasks.filter((t: { id: string }) => /^[IVX]+\.\d+\.\d+$/.test(t.id)).length).toBeGreaterThan(100);
  });
});

describe.concurrent('limits: a limit hit is an error for that file, with its code', () => {
  it('--max-file-size', async () => {
    const r = await cli(['extract', SEED1, '--max-file-size', '1KB']);
    expectOneErrorLine(r, SEED1, 'GHPLAN_FILE_TOO_LARGE', /file is 19 KiB, over the 1 KiB limit \(--max-file-size\)/);
  });

  it('--max-part-size', async () => {
    const docx = join(CORPUS, '001_e1cdb5c5b8b00bae.docx');
    const r = await cli(['extract', docx, '--max-part-size', '10KB']);
    expectOneErrorLine(r, docx, 'GHPLAN_PART_TOO_LARGE', /word\/document\.xml is \d+ KiB uncompressed, over the 10 KiB limit/);
  });

  it('--max-pages', async () => {
    const pdf = join(CORPUS, '002_43a256f70d3623bb.pdf');
    const r = await cli(['extract', pdf, '--max-pages', '1']);
    expectOneErrorLine(r, pdf, 'GHPLAN_PAGE_LIMIT', /PDF has \d+ pages, over the 1-page limit \(--max-pages\)/);
  });

  it('--timeout (PDF, and text whose extraction does not yield to the timer)', async () => {
    const pdf = join(CORPUS, '002_43a256f70d3623bb.pdf');
    const huge = join(BAD, 'huge-annex.txt');
    const [a, b] = await Promise.all([cli(['extract', pdf, '--timeout', '0.01']), cli(['extract', huge, '--timeout', '0.05'])]);
    expectOneErrorLine(a, pdf, 'GHPLAN_TIMEOUT', /\(--timeout\)/);
    expectOneErrorLine(b, huge, 'GHPLAN_TIMEOUT', /took longer than 0\.05 s \(--timeout\)/);
  });

  it('limits can be raised: the same files pass with the defaults', async () => {
    const r = await cli(['extract', SEED1, '--max-file-size', '1MB', '--timeout', '0']);
    expect(r.code).toBe(0);
  });
});

describe.concurrent('usage errors exit 2', () => {
  const usage = (r: Run): void => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it('unknown option', async () => usage(await cli(['extract', SEED1, '--frobnicate'])));
  it('missing file argument', async () => usage(await cli(['extract'])));
  it('--format csv without --out', async () => usage(await cli(['extract', SEED1, '--format', 'csv'])));
  it('unknown --format', async () => usage(await cli(['extract', SEED1, '--format', 'xml'])));
  it('bad limit values', async () => {
    usage(await cli(['extract', SEED1, '--max-pages', '0']));
    usage(await cli(['extract', SEED1, '--max-file-size', 'lots']));
    usage(await cli(['extract', SEED1, '--timeout', '-1']));
  });
  it('unwritable --out', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    usage(await cli(['extract', SEED1, '--out', join(file, 'plan.json')]));
    const ro = join(tmp, 'read-only');
    rmSync(ro, { recursive: true, force: true });
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    try {
      if (process.getuid?.() !== 0) usage(await cli(['extract', SEED1, '--format', 'csv', '--out', join(ro, 'out')]));
    } finally {
      chmodSync(ro, 0o700);
    }
  });
});

describe('fix text is added once', () => {
  it('errorWithFix is idempotent', async () => {
    const { GhplanError, errorWithFix } = await import('../../src/model/errors.js');
    const once = errorWithFix(new GhplanError('GHPLAN_BINARY_FILE', 'not a text file (binary data)'));
    expect(errorWithFix(once).message).toBe(once.message);
  });
});

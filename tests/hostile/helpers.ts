/**
 * Hostile inputs, built at test time, and the CLI run as a process with its wall time: each
 * case asserts the promise of issue 15 — the exit code, one line naming the file, no stack, the
 * command ends by itself in time, the same answer in extract, check and batch.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect } from 'vitest';
import { pdfFromObjects } from '../helpers/pdf.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/ghplan.js');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit. */
  ms: number;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string | Buffer;
  /** Killed (and the test fails on it) after this long: the command must end by itself first. */
  killAfterMs?: number;
}

export function ghplan(args: readonly string[], opts: RunOptions = {}): Promise<Run> {
  return startGhplan(args, opts).done;
}

/** The CLI started as a process (to signal or kill it mid-run), and its end. */
export function startGhplan(args: readonly string[], opts: RunOptions = {}): { child: ChildProcess; done: Promise<Run> } {
  let child!: ChildProcess;
  const done = new Promise<Run>((finish, fail) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', GHPLAN_LANG: 'en', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.stdin.on('error', () => undefined);
    if (opts.input !== undefined) p.stdin.end(opts.input);
    else p.stdin.end();
    const killer = setTimeout(() => p.kill('SIGKILL'), opts.killAfterMs ?? 60_000);
    p.on('error', fail);
    p.on('close', (code, signal) => {
      clearTimeout(killer);
      finish({ code, signal, stdout, stderr, ms: performance.now() - t0 });
    });
    child = p;
  });
  return { child, done };
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

export function tempDir(prefix = 'ghplan-hostile-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

/** The only stderr line is `<file>: <message> [<code>]`, without a stack. */
export function expectOneLine(r: Run, file: string, code: string): string {
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  const line = lines[0]!;
  expect(line.startsWith(`${file}: `), line).toBe(true);
  expect(line.endsWith(` [${code}]`), line).toBe(true);
  expect(line).not.toMatch(/\n\s+at |Error:|TypeError|\(node:|file:\/\//);
  return line;
}

/** A PDF of `n` pages, each with one line of text (made in memory, a few hundred bytes a page). */
export function manyPagePdf(n: number): Buffer {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (let i = 0; i < n; i++) {
    const page = objs.length + 1;
    const content = `BT /F1 12 Tf 72 720 Td (Trang ${i + 1}: muc tieu va nhiem vu) Tj ET`;
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${page + 1} 0 R >>`);
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(`${page} 0 R`);
  }
  objs[1] = `<< /Type /Pages /Count ${n} /Kids [${kids.join(' ')}] >>`;
  return pdfFromObjects(objs);
}

/**
 * Turns the PATH arguments of `ghplan batch` into a sorted list of input files.
 *
 * - a file is taken as it is, whatever its extension;
 * - a folder is walked recursively for files with a plan extension (.txt .md .docx .pdf .doc),
 *   skipping hidden files and folders, symbolic links to folders and the output folder;
 * - anything else that looks like a glob ("in/**\/*.docx", also unexpanded on Windows) is
 *   expanded here, with the same extension, hidden-file and output-folder rules.
 *
 * Each input gets a display path: the path relative to the argument it came from, with forward
 * slashes (a file argument: the argument as written). It names the file in messages, in the
 * CSV `file` column and in summary.json. The list is sorted by display path (then by absolute
 * path), so the order never depends on the file system.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../model/errors.js';

export const PLAN_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf', '.doc'] as const;

export interface BatchInput {
  /** Absolute path on disk. */
  path: string;
  /** Path relative to its PATH argument, forward slashes. */
  file: string;
}

export interface ExpandResult {
  inputs: BatchInput[];
  /** Glob arguments that matched nothing (not an error by themselves). */
  emptyGlobs: string[];
}

const GLOB_CHARS = /[*?[\]{}]|[@!+]\(/;

function hasPlanExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return PLAN_EXTENSIONS.some((e) => lower.endsWith(e));
}

function toSlashes(p: string): string {
  return p.split(sep).join('/').replace(/\\/g, '/');
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function walk(dir: string, root: string, skipDirs: string[], out: BatchInput[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const full = join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      // follow links to files; never links to folders (no cycles)
      const st = await stat(full).catch(() => null);
      isDir = false;
      isFile = !!st?.isFile();
    }
    if (isDir) {
      if (skipDirs.includes(full)) continue;
      await walk(full, root, skipDirs, out);
    } else if (isFile && hasPlanExtension(ent.name)) {
      out.push({ path: full, file: toSlashes(relative(root, full)) });
    }
  }
}

/** The leading segments of a glob that hold no glob characters: the folder results are relative to. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const base: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (GLOB_CHARS.test(p)) break;
    base.push(p);
  }
  if (base.length === 1 && base[0] === '') return '/';
  return base.join('/') || '.';
}

export async function expandInputs(args: readonly string[], options: { outDir?: string } = {}): Promise<ExpandResult> {
  const outAbs = options.outDir ? resolve(options.outDir) : undefined;
  const skipDirs = outAbs ? [outAbs] : [];
  const found: BatchInput[] = [];
  const emptyGlobs: string[] = [];
  for (const arg of args) {
    const st = await stat(arg).catch(() => null);
    if (st?.isFile()) {
      found.push({ path: resolve(arg), file: toSlashes(arg).replace(/^(\.\/)+/, '') });
    } else if (st?.isDirectory()) {
      const root = resolve(arg);
      if (outAbs && isInside(root, outAbs)) continue;
      await walk(root, root, skipDirs, found);
    } else {
      // On Windows the shell does not expand globs and paths use backslashes.
      const pattern = process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
      if (!GLOB_CHARS.test(pattern)) throw new UsageError(`no such file or folder: ${arg}`, 'GHPLAN_NOT_FOUND');
      const { glob } = await import('tinyglobby');
      const base = resolve(globBase(pattern));
      const matches = await glob(pattern, { absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false });
      let n = 0;
      for (const m of matches) {
        const abs = resolve(m);
        if (outAbs && isInside(abs, outAbs)) continue;
        if (!hasPlanExtension(abs)) continue;
        found.push({ path: abs, file: toSlashes(relative(base, abs)) });
        n++;
      }
      if (n === 0) emptyGlobs.push(arg);
    }
  }
  // the same file reached twice (a file and its folder, two overlapping globs): keep the first
  const seen = new Set<string>();
  const inputs = found.filter((i) => (seen.has(i.path) ? false : (seen.add(i.path), true)));
  inputs.sort((a, b) => cmp(a.file, b.file) || cmp(a.path, b.path));
  return { inputs, emptyGlobs };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

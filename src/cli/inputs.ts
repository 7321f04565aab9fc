/**
 * Turns the FILE|DIR|GLOB arguments of `ghplan batch` and `ghplan check` into a list of plan files.
 *
 * - a file is taken as it is, whatever its extension;
 * - a folder is walked recursively for files with a plan extension (.txt .md .docx .pdf .doc, any
 *   case), skipping hidden files and folders, office lock and temporary files (`~$x.docx`), links to folders (links to files are followed), the
 *   folders named in `skipFolders` and the `outDir` folder;
 * - anything else that looks like a glob ("in/**\/*.docx", also unexpanded on Windows, where
 *   backslashes are accepted) is expanded here with tinyglobby, with the same extension, hidden-file
 *   and skipped-folder rules. The part before the first glob character is a folder, taken as written.
 *
 * Each input gets a display path `file`: the path relative to the argument it came from (for a
 * glob: to its folder part), with forward slashes; a file argument as written. A file reached
 * twice (a file and its folder, two overlapping globs) is kept once, the first time.
 *
 * What the commands do differently is an option; the defaults are those of `batch`:
 *
 * | option        | batch                             | check                                   |
 * | ------------- | --------------------------------- | --------------------------------------- |
 * | `outDir`      | its --out folder is not read      | –                                       |
 * | `skipFolders` | –                                 | `node_modules` (it runs over projects)  |
 * | `order`       | `sorted`: by `file` (output order) | `arguments`: as asked (report order)    |
 * | `missing`     | `error`: usage error              | `keep`: fails when read, with the rest  |
 * | `empty`       | `report`: globs in `emptyGlobs`   | `error`: usage error (globs and folders) |
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError, errnoDetail, msg } from '../model/errors.js';
import type { PlanInput } from '../batch/plan-input.js';
import { assertExists } from './input-file.js';

/** Extensions taken from folders and globs. A file named explicitly is always taken. */
export const PLAN_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf', '.doc'] as const;

export type { PlanInput } from '../batch/plan-input.js';

export interface ExpandOptions {
  /** The folder relative arguments are taken from (default: the working folder). */
  cwd?: string;
  /** A folder never read (batch: its own --out, which may be inside an input folder). */
  outDir?: string;
  /** Names of folders never entered, at any depth of a folder or glob (check: node_modules). */
  skipFolders?: readonly string[];
  /**
   * `sorted` (default): all inputs sorted by `file`, then by path, so the order never depends on the
   * file system. `arguments`: in the order of the arguments, each one's files sorted folder by folder.
   */
  order?: 'sorted' | 'arguments';
  /**
   * A path that is neither a file, a folder nor a glob. `error` (default): a usage error
   * GHPLAN_NOT_FOUND. `keep`: an input like any other (reading it fails with GHPLAN_NOT_FOUND).
   */
  missing?: 'error' | 'keep';
  /**
   * A glob or folder without plan files. `report` (default): globs are listed in `emptyGlobs`,
   * folders pass. `error`: a usage error GHPLAN_NO_INPUT.
   */
  empty?: 'report' | 'error';
}

export interface ExpandResult {
  inputs: PlanInput[];
  /** Glob arguments that matched nothing (with `empty: 'report'`; not an error by themselves). */
  emptyGlobs: string[];
}

const GLOB_CHARS = /[*?[\]{}]|[@!+]\(/;

export function isPlanFile(name: string): boolean {
  const lower = name.toLowerCase();
  return PLAN_EXTENSIONS.some((e) => lower.endsWith(e)) && !isTemporaryFile(basename(name));
}

/**
 * Files that office programs leave beside a document: Word's owner file while it is open
 * (`~$ke-hoach.docx`, 162 bytes of lock data), Word's temporary copies (`~WRL0001.tmp`,
 * `~WRD0003.doc`), LibreOffice's lock (`.~lock.x.docx#`), partial downloads. Skipped when a
 * folder or glob is searched; a file named on the command line is still read.
 */
export function isTemporaryFile(name: string): boolean {
  return name.startsWith('~') || name.startsWith('.~lock.') || /\.(tmp|temp|crdownload|part)$/i.test(name);
}

function toSlashes(p: string): string {
  return p.split(sep).join('/').replace(/\\/g, '/');
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

interface Skip {
  outAbs: string | undefined;
  names: readonly string[];
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A name the system gave as bytes: as it is when it is UTF-8, else with each byte that is not
 * UTF-8 shown as `\xNN` (Linux allows any bytes in a name). Such a file cannot be opened
 * through a string path; reading it fails with a message that says why (api.ts).
 */
function nameOf(bytes: Buffer): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    let out = '';
    for (let i = 0; i < bytes.length;) {
      const b = bytes[i]!;
      const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      let ch: string | null = null;
      if (len)
        try {
          ch = STRICT_UTF8.decode(bytes.subarray(i, i + len));
        } catch {
          ch = null;
        }
      if (ch !== null && i + len <= bytes.length) {
        out += ch;
        i += len;
      } else {
        out += `\\x${b.toString(16).padStart(2, '0')}`;
        i++;
      }
    }
    return out;
  }
}

async function walk(dir: string, root: string, skip: Skip, out: PlanInput[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    throw new UsageError(msg('usage.cannotReadFolder', { dir, detail: errnoDetail(e) }));
  }
  for (const raw of entries) {
    const ent = { name: raw.name.toString('utf8'), shown: nameOf(raw.name) };
    if (ent.name.startsWith('.')) continue;
    const full = join(dir, ent.name);
    if (ent.shown !== ent.name) {
      // not UTF-8: it cannot be opened or entered by a string path; listed, so that reading it says why
      if (raw.isDirectory() || isPlanFile(ent.name)) {
        const folder = toSlashes(relative(root, dir));
        // the escapes hold backslashes: joined by hand, not turned into slashes
        const file = folder ? `${folder}/${ent.shown}` : ent.shown;
        out.push({ path: full, file, shown: file });
      }
      continue;
    }
    let isDir = raw.isDirectory();
    let isFile = raw.isFile();
    if (raw.isSymbolicLink()) {
      // follow links to files; never links to folders (no cycles)
      const st = await stat(full).catch(() => null);
      isDir = false;
      isFile = !!st?.isFile();
    }
    if (isDir) {
      if (full === skip.outAbs || skip.names.includes(ent.name)) continue;
      await walk(full, root, skip, out);
    } else if (isFile && isPlanFile(ent.name)) {
      const file = toSlashes(relative(root, full));
      out.push({ path: full, file, shown: file });
    }
  }
}

/** A glob split at its first segment with a glob character: the folder before it, and the rest. */
function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  let i = 0;
  while (i < parts.length - 1 && !GLOB_CHARS.test(parts[i]!)) i++;
  const base = parts.slice(0, i);
  const rest = parts.slice(i).join('/');
  if (base.length === 1 && base[0] === '') return { base: '/', rest };
  return { base: base.join('/') || '.', rest };
}

async function expandGlob(pattern: string, cwd: string, skip: Skip): Promise<PlanInput[]> {
  const { glob } = await import('tinyglobby');
  const split = splitGlob(pattern);
  const base = resolve(cwd, split.base);
  const matches = await glob(split.rest, {
    cwd: base,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false,
    ignore: skip.names.map((n) => `**/${n}/**`),
  });
  const out: PlanInput[] = [];
  for (const m of matches) {
    const abs = resolve(m);
    if (skip.outAbs && isInside(abs, skip.outAbs)) continue;
    if (!isPlanFile(abs)) continue;
    const file = toSlashes(relative(base, abs));
    out.push({ path: abs, file, shown: joinShown(split.base, file) });
  }
  return out;
}

/** `arg` as the user wrote it, then `/rel` (no doubled separator). */
function joinShown(arg: string, rel: string): string {
  if (arg === '.' || arg === './') return rel;
  return /[\\/]$/.test(arg) ? arg + rel : `${arg}/${rel}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Folder order: `a/x` and `a/y` before `a.txt` exactly when folder `a` sorts before file `a.txt`. */
function cmpSegments(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = cmp(x[i]!, y[i]!);
    if (c) return c;
  }
  return x.length - y.length;
}

export async function expandInputs(args: readonly string[], options: ExpandOptions = {}): Promise<ExpandResult> {
  const cwd = options.cwd ?? process.cwd();
  const order = options.order ?? 'sorted';
  const skip: Skip = { outAbs: options.outDir ? resolve(cwd, options.outDir) : undefined, names: options.skipFolders ?? [] };
  const found: PlanInput[] = [];
  const emptyGlobs: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const st = await stat(abs).catch(() => null);
    let files: PlanInput[] = [];
    if (st?.isFile()) {
      files = [{ path: abs, file: toSlashes(arg).replace(/^(\.\/)+/, ''), shown: arg }];
    } else if (st?.isDirectory()) {
      if (skip.outAbs && isInside(abs, skip.outAbs)) continue;
      await walk(abs, abs, skip, files);
      for (const f of files) f.shown = joinShown(arg, f.shown);
      if (!files.length && options.empty === 'error') {
        throw new UsageError(msg('usage.noPlanFiles', { extensions: PLAN_EXTENSIONS.join(', '), dir: arg }), 'GHPLAN_NO_INPUT');
      }
    } else {
      // On Windows the shell does not expand globs and paths use backslashes.
      const pattern = process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
      if (!GLOB_CHARS.test(pattern)) {
        if (options.missing !== 'keep') await assertExists(arg, abs);
        files = [{ path: abs, file: toSlashes(arg).replace(/^(\.\/)+/, ''), shown: arg }];
      } else {
        files = await expandGlob(pattern, cwd, skip);
        if (!files.length) {
          if (options.empty === 'error') throw new UsageError(msg('usage.noMatch', { pattern: arg }), 'GHPLAN_NO_INPUT');
          emptyGlobs.push(arg);
        }
      }
    }
    if (order === 'arguments') files.sort((a, b) => cmpSegments(a.file, b.file));
    found.push(...files);
  }
  // the same file reached twice: keep the first
  const seen = new Set<string>();
  const inputs = found.filter((i) => (seen.has(i.path) ? false : (seen.add(i.path), true)));
  if (order === 'sorted') inputs.sort((a, b) => cmp(a.file, b.file) || cmp(a.path, b.path));
  return { inputs, emptyGlobs };
}

/** How `check` names a file in its reports: relative to the working folder, with `/`. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  if (!rel || isAbsolute(rel)) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}

/**
 * The inputs of `ghplan check`: files, folders (searched recursively for plan files) and glob
 * patterns (`plans/**\/*.docx`, expanded here so they work the same without a shell, e.g. on
 * Windows). The result is de-duplicated and, within each argument, sorted.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../model/errors.js';

/** Extensions taken from folders and globs. A file named explicitly is always taken. */
export const PLAN_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf', '.doc'];

const MAGIC = /[*?[\]{}]/;
const SKIP_DIRS = new Set(['node_modules']);

export function isPlanFile(name: string): boolean {
  const lower = name.toLowerCase();
  return PLAN_EXTENSIONS.some((e) => lower.endsWith(e));
}

async function walk(dir: string, out: string[], hidden = false): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (!hidden && e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, out, hidden);
    } else if (e.isFile() || e.isSymbolicLink()) out.push(p);
  }
}

/** A glob pattern (`/`-separated; `**`, `*`, `?`, `[…]`, `{a,b}`) as a RegExp over `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let i = 0;
  let braces = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
        if (atStart && atEnd) {
          // "**/" matches any number of folders, "**" at the end anything.
          if (pattern[i + 2] === '/') {
            re += '(?:[^/]+/)*';
            i += 3;
          } else {
            re += '.*';
            i += 2;
          }
          continue;
        }
      }
      re += '[^/]*';
      i++;
    } else if (c === '?') {
      re += '[^/]';
      i++;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) {
        re += '\\[';
        i++;
      } else {
        let cls = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        re += `[${cls}]`;
        i = end + 1;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
      i++;
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
      i++;
    } else if (c === ',' && braces > 0) {
      re += '|';
      i++;
    } else {
      re += c.replace(/[.+^$()|\\]/g, '\\$&');
      i++;
    }
  }
  return new RegExp(`^${re}$`, process.platform === 'win32' || process.platform === 'darwin' ? 'i' : '');
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const norm = pattern.replace(/\\/g, '/');
  const parts = norm.split('/');
  const firstMagic = parts.findIndex((p) => MAGIC.test(p));
  const baseParts = parts.slice(0, firstMagic);
  const base = baseParts.length === 0 ? cwd : resolve(cwd, baseParts.join('/') || '/');
  const rest = parts.slice(firstMagic).join('/');
  const re = globToRegExp(rest);
  const files: string[] = [];
  await walk(base, files, rest.split('/').some((p) => p.startsWith('.')));
  return files.filter((f) => isPlanFile(f) && re.test(relative(base, f).split(sep).join('/')));
}

/** Files for the arguments, in order; a missing plain path is kept (it fails later as GHPLAN_NOT_FOUND). */
export async function expandInputs(args: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    const abs = resolve(cwd, p);
    if (!seen.has(abs)) {
      seen.add(abs);
      out.push(abs);
    }
  };
  for (const arg of args) {
    const st = await stat(resolve(cwd, arg)).catch(() => null);
    if (st?.isDirectory()) {
      const files: string[] = [];
      await walk(resolve(cwd, arg), files);
      const plans = files.filter(isPlanFile);
      if (!plans.length) throw new UsageError(`no plan files (${PLAN_EXTENSIONS.join(', ')}) in folder ${arg}`, 'GHPLAN_NO_INPUT');
      plans.forEach(add);
    } else if (st || !MAGIC.test(arg)) {
      add(arg);
    } else {
      const files = await expandGlob(arg, cwd);
      if (!files.length) throw new UsageError(`no files match ${arg}`, 'GHPLAN_NO_INPUT');
      files.forEach(add);
    }
  }
  return out;
}

/** How a file is named in reports: relative to the working folder, with `/`. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  if (!rel || isAbsolute(rel)) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}

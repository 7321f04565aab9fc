/**
 * Legacy Word 97-2003 .doc: converted to .docx with LibreOffice when it is installed and
 * the user allows it (ctx.convertLegacy === 'auto'); null otherwise, so the caller keeps
 * its "save it as .docx" refusal. No shell: execFile with a timeout, in a private temp dir.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix as pathPosix, win32 as pathWin32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GhplanError, ErrorCodes, msg } from '../../model/errors.js';
import type { ReadContext } from '../context.js';
import { firstProgram, pathDirs, runProgram } from '../programs.js';

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Where LibreOffice may be: each PATH folder, then its usual install folders (Windows: Program
 * Files, Program Files (x86), the per-user install; macOS: /Applications), in that order.
 */
export function sofficeCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const win = platform === 'win32';
  const p = win ? pathWin32 : pathPosix;
  const names = win ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const dirs = pathDirs(env, platform);
  if (win) {
    for (const root of [
      env.ProgramFiles,
      env['ProgramFiles(x86)'],
      env.ProgramW6432,
      env.LOCALAPPDATA && p.join(env.LOCALAPPDATA, 'Programs'),
    ]) {
      if (root) dirs.push(p.join(root, 'LibreOffice', 'program'));
    }
    dirs.push('C:\\Program Files\\LibreOffice\\program');
  } else if (platform === 'darwin') {
    dirs.push('/Applications/LibreOffice.app/Contents/MacOS');
  }
  const out: string[] = [];
  for (const dir of dirs)
    for (const name of names) {
      const full = p.join(dir.replace(/^"(.*)"$/, '$1'), name);
      if (!out.includes(full)) out.push(full);
    }
  return out;
}

/** The first LibreOffice executable found (sofficeCandidates), or null. */
export async function findSoffice(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Promise<string | null> {
  return firstProgram(sofficeCandidates(env, platform), platform);
}

/**
 * The .docx bytes LibreOffice makes from a .doc, or null when conversion is off or
 * LibreOffice is not installed. Throws GHPLAN_LEGACY_DOC when the conversion fails.
 */
export async function convertLegacyDoc(bytes: Uint8Array, ctx: ReadContext): Promise<Uint8Array | null> {
  if (ctx.convertLegacy !== 'auto') return null;
  const soffice = await findSoffice();
  if (!soffice) return null;
  const dir = await mkdtemp(join(tmpdir(), 'ghplan-doc-'));
  try {
    const input = join(dir, 'input.doc');
    await writeFile(input, bytes);
    const timeout = ctx.limits.timeoutMs > 0 ? Math.min(ctx.limits.timeoutMs, DEFAULT_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
    // A private profile dir: a running LibreOffice of the user must not take the job.
    const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
    try {
      await runProgram(
        soffice,
        [profile, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', dir, input],
        timeout,
        1024 * 1024,
      );
    } catch (e) {
      const killed = (e as { killed?: boolean }).killed;
      throw new GhplanError(
        ErrorCodes.LEGACY_DOC,
        killed ? msg('err.legacyDocConvertTimedOut', { seconds: Math.round(timeout / 1000) }) : msg('err.legacyDocConvertFailed'),
      );
    }
    try {
      return new Uint8Array(await readFile(join(dir, 'input.docx')));
    } catch {
      throw new GhplanError(ErrorCodes.LEGACY_DOC, msg('err.legacyDocNoOutput'));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

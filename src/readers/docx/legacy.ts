/**
 * Legacy Word 97-2003 .doc: converted to .docx with LibreOffice when it is on PATH and
 * the user allows it (ctx.convertLegacy === 'auto'); null otherwise, so the caller keeps
 * its "save it as .docx" refusal. No shell: execFile with a timeout, in a private temp dir.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { GhplanError, ErrorCodes, msg } from '../../model/errors.js';
import type { ReadContext } from '../context.js';

const CANDIDATES = ['soffice', 'libreoffice'];
const DEFAULT_TIMEOUT_MS = 60_000;

/** The first LibreOffice executable on PATH, or null. */
export async function findSoffice(path = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const name of CANDIDATES) {
      const full = join(dir, name);
      try {
        await access(full, constants.X_OK);
        return full;
      } catch {
        /* not here */
      }
    }
  }
  return null;
}

function run(file: string, args: string[], timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout, killSignal: 'SIGKILL', windowsHide: true, maxBuffer: 1024 * 1024 }, (err) => (err ? reject(err) : resolve()));
  });
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
    const profile = `-env:UserInstallation=file://${join(dir, 'profile').replace(/\\/g, '/')}`;
    try {
      await run(soffice, [profile, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', dir, input], timeout);
    } catch (e) {
      const killed = (e as { killed?: boolean }).killed;
      throw new GhplanError(ErrorCodes.LEGACY_DOC, killed ? msg('err.legacyDocConvertTimedOut', { seconds: Math.round(timeout / 1000) }) : msg('err.legacyDocConvertFailed'));
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

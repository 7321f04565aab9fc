/**
 * Programs a reader may call (LibreOffice for .doc, tesseract for scans): where to look for
 * them, which one exists, and how to run one — no shell, a timeout, killed when it is up.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';

/** The folders of PATH. Windows keeps it as "Path"; env lookups there are case-insensitive, a plain object's are not. */
export function pathDirs(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const PATH = env.PATH ?? env.Path ?? Object.entries(env).find(([k]) => k.toUpperCase() === 'PATH')?.[1] ?? '';
  return PATH.split(platform === 'win32' ? ';' : ':').filter(Boolean);
}

/** The first of `candidates` that exists (and, off Windows, may be executed), or null. */
export async function firstProgram(candidates: readonly string[], platform: NodeJS.Platform = process.platform): Promise<string | null> {
  for (const full of candidates) {
    try {
      await access(full, platform === 'win32' ? constants.F_OK : constants.X_OK);
      return full;
    } catch {
      /* not here */
    }
  }
  return null;
}

/** Runs `file` with `args`: its standard output, or the error (`killed` when the timeout stopped it). */
export function runProgram(file: string, args: string[], timeout: number, maxBuffer: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout, killSignal: 'SIGKILL', windowsHide: true, maxBuffer, encoding: 'utf8' }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
  });
}

/** How the CLI talks to people: one line per failed file, colour only on a terminal. */
import chalk, { Chalk } from 'chalk';
import { asGhplanError, localMessage } from '../model/errors.js';
import { showControls } from '../text/controls.js';

export interface Output {
  color: boolean;
  debug: boolean;
  quiet: boolean;
}

export function makeChalk(color: boolean): typeof chalk {
  return new Chalk({ level: color ? (Math.max(1, chalk.level) as 1 | 2 | 3) : 0 });
}

export function wantsColor(flag: boolean | undefined, stream: NodeJS.WriteStream = process.stderr): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}

/**
 * `<file>: <message> [<CODE>]`, one line whatever the name or message hold (controls are shown
 * escaped), plus the stack of the error with --debug.
 */
export function errorLine(file: string, err: unknown, out: Pick<Output, 'color' | 'debug'>): string {
  const e = asGhplanError(err);
  const c = makeChalk(out.color);
  let line = `${c.bold(showControls(file))}: ${c.red(showControls(localMessage(e)))} ${c.dim(`[${e.code}]`)}`;
  if (out.debug && err instanceof Error && err.stack) line += `\n${err.stack}`;
  return line;
}

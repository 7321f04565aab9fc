/**
 * What `bin/ghplan.js` does before the command line is parsed: `extract` and `check` of one
 * file start their worker at once, so the worker's thread and modules load on the second core
 * while the main thread loads the CLI (see `prestartPool`). Only a head start: the command
 * still validates everything and takes the pool only if it wants one of that size.
 */
import { discardPrestartedPool, prestartPool } from '../batch/pool.js';
import { extensionOf } from '../readers/sniff.js';

export { discardPrestartedPool };

/** Options of `extract`/`check` that take a value: the word after one is not the input file. */
const TAKES_VALUE = new Set([
  ...['-f', '--format', '-o', '--out', '--output-file', '-c', '--config', '--stage', '--require', '--lang'],
  ...['--timeout', '--max-pages', '--max-file-size', '--max-part-size', '--max-warnings'],
]);

/** The one input file of the command line, or null when there are none or several. */
export function singleInput(args: readonly string[]): string | null {
  const found: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (TAKES_VALUE.has(a)) i++;
    else if (!a.startsWith('-') || a === '-') found.push(a);
  }
  return found.length === 1 ? found[0]! : null;
}

export function startEarly(argv: readonly string[]): void {
  const [command, ...args] = argv.slice(2);
  if (command !== 'extract' && command !== 'check') return;
  const input = singleInput(args);
  if (input === null) return;
  const file = extensionOf(input) !== 'other';
  // `check` of a folder or a glob may want more threads than one: it starts its own pool
  if (command === 'check' && !file) return;
  // started before main() sets the CLI's audience: its messages name the CLI's flags
  prestartPool(1, file ? { preloadFor: input, audience: 'cli' } : { audience: 'cli' });
}

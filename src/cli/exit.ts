/**
 * Exit codes, decided in one place (shared spec CLI.md): 0 all good, 1 an input failed (or
 * `check` found an error), 2 usage error. Only the entry point calls process.exit.
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class ExitError extends Error {
  readonly code: number;
  constructor(code: number, message = '') {
    super(message);
    this.code = code;
  }
}

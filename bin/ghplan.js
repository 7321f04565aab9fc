#!/usr/bin/env node
// ghplan command line. The TypeScript build lives in dist/ (built by `npm install` via prepare).
import { main } from '../dist/cli/main.js';

// A closed pipe (`ghplan extract x | head`) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const code = await main(process.argv);
process.exitCode = code;
// Work that outlived its --timeout (a PDF or OCR still running) must not keep a failed run
// alive: once the output is flushed, a failed run exits at once.
if (code !== 0) {
  const flushed = (s) => new Promise((resolve) => (s.writableLength ? s.once('drain', resolve) : resolve()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

#!/usr/bin/env node
// ghplan command line. The TypeScript build lives in dist/ (built by `npm install` via prepare).
import { main } from '../dist/cli/main.js';

// A closed pipe (`ghplan extract x | head`) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv);

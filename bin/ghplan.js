#!/usr/bin/env node
// ghplan command line. The TypeScript build lives in dist/ (built by `npm install` via prepare).
import { createRequire } from 'node:module';

const argv = process.argv;
// `ghplan --version` answers without loading the CLI (commander, the catalogues, the commands).
if (argv.length === 3 && ['-v', '-V', '--version'].includes(argv[2])) {
  process.stdout.write(createRequire(import.meta.url)('../package.json').version + '\n');
} else {
  // `extract`/`check` of one file: its worker starts loading now, beside the CLI's own modules.
  const early = await import('../dist/cli/early-start.js');
  early.startEarly(argv);
  const { main } = await import('../dist/cli/main.js');
  await run(main, early.discardPrestartedPool);
}

async function run(main, discardPrestartedPool) {
  // A closed pipe (`ghplan extract x | head`) is not an error.
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const code = await main(argv);
  discardPrestartedPool();
  process.exitCode = code;
  // Work that outlived its --timeout (a PDF or OCR still running) must not keep a failed run
  // alive: once the output is flushed, a failed run exits at once.
  if (code !== 0) {
    const flushed = (s) => new Promise((resolve) => (s.writableLength ? s.once('drain', resolve) : resolve()));
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  }
}

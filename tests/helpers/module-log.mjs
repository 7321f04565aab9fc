// `node --import ./module-log.mjs ...` appends every module the process loads to the file named
// by $GHPLAN_MODULES_OUT: ES modules through a loader hook, CommonJS through Module._load.
// Worker threads inherit --import, so their modules are listed too.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const out = process.env.GHPLAN_MODULES_OUT;
register('./module-log-loader.mjs', import.meta.url, { data: { out } });
const Module = createRequire(import.meta.url)('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    appendFileSync(out, `${Module._resolveFilename(request, parent, isMain)}\n`);
  } catch {
    // a built-in or a module that fails to resolve: Module._load reports it itself
  }
  return load.apply(this, arguments);
};

// Bench baseline: the library's extractFile in one process (no CLI, no worker thread), so the
// difference to `ghplan extract` is what the command line and its isolated worker cost.
import { extractFile } from '../../dist/index.js';

const plan = await extractFile(process.argv[2], { ocr: 'off', convertLegacy: 'off' });
process.stdout.write(JSON.stringify(plan));

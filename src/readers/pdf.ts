/** .pdf reader (pdf-parse v2). Placeholder until the PDF reader lands. */
import type { ReadResult } from '../model/blocks.js';
import { GhplanError, ErrorCodes } from '../model/errors.js';
import type { ReadContext } from './index.js';

export async function readPdf(_bytes: Uint8Array, _ctx: ReadContext): Promise<ReadResult> {
  throw new GhplanError(ErrorCodes.UNSUPPORTED, '.pdf reading is not implemented yet');
}

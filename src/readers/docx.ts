/** .docx reader (mammoth). Placeholder until the Word reader lands. */
import type { ReadResult } from '../model/blocks.js';
import { GhplanError, ErrorCodes } from '../model/errors.js';
import type { ReadContext } from './index.js';

export async function readDocx(_bytes: Uint8Array, _ctx: ReadContext): Promise<ReadResult> {
  throw new GhplanError(ErrorCodes.UNSUPPORTED, '.docx reading is not implemented yet');
}

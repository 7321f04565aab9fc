/** OCR for PDFs without a text layer. Not available yet: the caller reports the clear error. */
import type { ReadResult } from '../../model/blocks.js';
import type { ReadContext } from '../index.js';

export async function ocrPdf(_bytes: Uint8Array, _ctx: ReadContext, _pages: number): Promise<ReadResult | null> {
  return null;
}

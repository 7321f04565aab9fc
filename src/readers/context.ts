/** What every reader is given besides the bytes: the file name (for messages) and the options. */
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';

export interface ReadOptions {
  limits?: Partial<Limits>;
  /** OCR for PDFs without a text layer: 'auto' uses tesseract when it is installed. */
  ocr?: 'auto' | 'off';
  /** Convert legacy .doc with LibreOffice when it is on PATH. */
  convertLegacy?: 'auto' | 'off';
}

export interface ReadContext {
  fileName: string;
  limits: Limits;
  ocr: 'auto' | 'off';
  convertLegacy: 'auto' | 'off';
}

/** The options with their defaults filled in. */
export function makeContext(fileName: string, options: ReadOptions = {}): ReadContext {
  return {
    fileName,
    limits: { ...DEFAULT_LIMITS, ...(options.limits ?? {}) },
    ocr: options.ocr ?? 'auto',
    convertLegacy: options.convertLegacy ?? 'auto',
  };
}

/** Helpers for reader tests: blocks by type, and the GhplanError a read fails with. */
import { expect } from 'vitest';
import type { Block, ParagraphBlock, TableBlock } from '../../src/model/blocks.js';
import { GhplanError } from '../../src/model/errors.js';

export const paragraphs = (blocks: Block[]): ParagraphBlock[] => blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
export const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.type === 'table');

/** The GhplanError `p` rejects with; fails the test when it resolves or rejects with anything else. */
export async function errorOf(p: Promise<unknown>): Promise<GhplanError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(GhplanError);
    return e as GhplanError;
  }
  throw new Error('expected an error');
}

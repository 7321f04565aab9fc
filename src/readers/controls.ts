/**
 * Control characters (C0/C1 but tab and line ends) and bidi overrides out of every text of the
 * blocks a reader made: done once here, where every reader's blocks pass, so that every stage
 * and every output sees clean text. They are noise in extracted text, and in a terminal or a
 * spreadsheet they forge lines or reorder what people read. One diagnostic says how many were
 * removed and where the first one was.
 */
import type { Block, SourcePos } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import { stripControls } from '../text/controls.js';
import { squash } from '../text/vietnamese.js';

interface Tally {
  removed: number;
  places: number;
  first: SourcePos | undefined;
}

/** `s` cleaned; `tally` counts what was removed (null for the lines of a text already counted). */
function clean(s: string, tally: Tally | null, at: SourcePos): string {
  const { text, removed } = stripControls(s);
  if (!removed) return s;
  if (tally) {
    tally.first ??= at;
    tally.removed += removed;
  }
  // what stood between two words leaves two spaces, or one at an end
  return squash(text);
}

/** The blocks without control and bidi characters (in place), and the diagnostic when there were any. */
export function removeControls(blocks: Block[]): Diagnostic[] {
  const tally: Tally = { removed: 0, places: 0, first: undefined };
  for (const b of blocks) {
    const before = tally.removed;
    if (b.type === 'paragraph') {
      const first = !tally.first;
      b.text = clean(b.text, tally, b.at);
      for (const l of b.lines) {
        const was = l.text;
        l.text = clean(was, null, b.at);
        // the diagnostic names the very line, not the whole paragraph
        if (first && tally.first && was !== l.text && tally.first === b.at)
          tally.first = l.page ? { line: l.line, page: l.page } : { line: l.line };
      }
    } else {
      for (const r of b.rows)
        for (const c of r.cells) {
          c.text = clean(c.text, tally, r.at);
          for (let i = 0; i < c.lines.length; i++) c.lines[i] = clean(c.lines[i]!, null, r.at);
        }
    }
    if (tally.removed > before) tally.places++;
  }
  if (!tally.removed) return [];
  const where = tally.places > 1 ? ` in ${tally.places} paragraphs or tables` : '';
  return [
    diag(
      'warning',
      'input.control-chars',
      `${tally.removed} control or bidi-override character(s) removed from the text${where} (the first one here)`,
      tally.first,
    ),
  ];
}

/**
 * Columns: where a text the reader produced (markup, list markers and runs of spaces removed)
 * stands in the line as written. Readers only ever remove characters, so a piece of text is
 * found at or after its offset in the produced line.
 */

/** How much of a text's start is looked for: its first word, up to this many characters. */
const HEAD = 16;

/**
 * The 1-based column where the text at `start` of `text` stands in `source`, looking from index
 * `from` on; undefined when it is not there. Only its first word (up to HEAD characters) is read,
 * so that many lookups in one long line stay linear.
 */
export function columnIn(source: string, text: string, start = 0, from = 0): number | undefined {
  let end = start;
  while (end < text.length && end - start < HEAD && !/\s/.test(text[end]!)) end++;
  if (end === start) return undefined;
  const i = source.indexOf(text.slice(start, end), from);
  return i < 0 ? undefined : i + 1;
}

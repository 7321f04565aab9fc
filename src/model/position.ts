/**
 * Where something stands in the input: `line` is 1-based in the text the reader produced;
 * `column` (1-based, in that line) where the text input shows it: where the item starts.
 */
export interface SourcePos {
  line: number;
  column?: number;
  endLine?: number;
  page?: number;
  table?: number;
  row?: number;
}

/** Where something stands in the input: `line` is 1-based in the text the reader produced. */
export interface SourcePos {
  line: number;
  endLine?: number;
  page?: number;
  table?: number;
  row?: number;
}

/**
 * Lines a legal portal adds around a document (thuvienphapluat.vn page chrome): copyright
 * notices, the "document info" box, related-document lists, login notices. The text reader
 * blanks them out before segmentation (line numbers stay as in the file). Patterns are matched
 * against the trimmed line with `**` markup removed.
 */

/** A single line that is never document text. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^Bản dịch này thuộc quyền sở hữu của\b/u,
  /^THƯ VIỆN PHÁP LUẬT\s*(\. )?Mọi hành vi sao chép/u,
  /^THƯ VIỆN PHÁP LUẬT\s*là vi phạm pháp luật về Sở hữu trí tuệ/u,
  /has the copyright on this translation/i,
  /is a violation against the Law on Intellectual Property/i,
  /^Văn bản này có phụ lục đính kèm/u,
  /Tải về để xem (toàn bộ|đầy đủ)/u,
  /^Đang tải văn bản\s*\.*$/u,
  /^Click vào phần bôi vàng để xem chi tiết/u,
  /^Văn bản này chưa cập nhật nội dung Tiếng Anh$/u,
  /^Cảm ơn đã dùng ThuVienPhapLuat\.vn$/iu,
];

/**
 * A block of chrome: from a line matching `start` to a line matching `end` (plus `after` more
 * lines), or to the end of the file when `end` is absent. `fromFileStart` widens the block to
 * the first line of the file (the start marker is the first text of the page), `before` to that
 * many lines before the start line (the page repeats the document title there).
 */
export interface BoilerplateBlock {
  name: string;
  start: RegExp;
  /** Only look for `start` in the first N lines (page-head chrome). */
  within?: number;
  fromFileStart?: boolean;
  before?: number;
  end?: RegExp;
  after?: number;
}

export const BOILERPLATE_BLOCKS: readonly BoilerplateBlock[] = [
  {
    // Copyright notice, "các nội dung được sửa đổi" legend and the document info box
    // (Số hiệu | Loại văn bản | Nơi ban hành | Người ký | … | Tình trạng), closing `|` included.
    name: 'portal-head',
    start: /^Bản dịch này thuộc quyền sở hữu của\b/u,
    within: 40,
    fromFileStart: true,
    end: /^Tình trạng\s*:$/u,
    after: 3,
  },
  {
    // Title repeat, "Văn bản liên quan", comparison legend, contact box, login notices: to the end.
    name: 'portal-tail',
    start: /^Văn bản này chưa cập nhật nội dung Tiếng Anh$/u,
    before: 1,
  },
];

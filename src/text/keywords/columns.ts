/**
 * Column roles of annex task tables and indicator tables, found by their header text
 * (folded). The longest matching phrase decides a header cell's role.
 */
export type ColumnRole =
  'number' | 'name' | 'output' | 'deadline' | 'lead' | 'support' | 'priority' | 'note' | 'indicator' | 'unit' | 'target' | 'start' | 'end';

export const COLUMN_PHRASES: readonly { phrase: string; role: ColumnRole }[] = [
  { phrase: 'tt', role: 'number' },
  { phrase: 'stt', role: 'number' },
  { phrase: 'so tt', role: 'number' },
  { phrase: 'so thu tu', role: 'number' },
  { phrase: 'ten chuong trinh', role: 'name' },
  { phrase: 'ten chuong trinh, nhiem vu', role: 'name' },
  { phrase: 'ten nhiem vu', role: 'name' },
  { phrase: 'nhiem vu', role: 'name' },
  { phrase: 'nhiem vu thuc hien', role: 'name' },
  { phrase: 'nhiem vu, giai phap', role: 'name' },
  { phrase: 'noi dung', role: 'name' },
  { phrase: 'noi dung cong viec', role: 'name' },
  { phrase: 'noi dung nhiem vu', role: 'name' },
  { phrase: 'ten de an', role: 'name' },
  { phrase: 'ten du an', role: 'name' },
  { phrase: 'hoat dong', role: 'name' },
  { phrase: 'cong viec', role: 'name' },
  { phrase: 'ket qua', role: 'output' },
  { phrase: 'san pham', role: 'output' },
  { phrase: 'ket qua/san pham', role: 'output' },
  { phrase: 'san pham dau ra', role: 'output' },
  { phrase: 'ket qua dau ra', role: 'output' },
  { phrase: 'hinh thuc san pham', role: 'output' },
  { phrase: 'hinh thuc van ban', role: 'output' },
  { phrase: 'chi tieu dat duoc', role: 'output' },
  { phrase: 'ket qua dat duoc', role: 'output' },
  { phrase: 'ket qua du kien', role: 'output' },
  { phrase: 'thoi gian', role: 'deadline' },
  { phrase: 'thoi gian hoan thanh', role: 'deadline' },
  { phrase: 'thoi gian thuc hien', role: 'deadline' },
  { phrase: 'thoi han', role: 'deadline' },
  { phrase: 'thoi han hoan thanh', role: 'deadline' },
  { phrase: 'tien do', role: 'deadline' },
  { phrase: 'tien do hoan thanh', role: 'deadline' },
  { phrase: 'tien do thuc hien', role: 'deadline' },
  { phrase: 'moc thoi gian', role: 'deadline' },
  { phrase: 'nam hoan thanh', role: 'deadline' },
  { phrase: 'nam thuc hien', role: 'deadline' },
  { phrase: 'han hoan thanh', role: 'deadline' },
  { phrase: 'moc hoan thanh', role: 'deadline' },
  { phrase: 'bat dau', role: 'start' },
  { phrase: 'ket thuc', role: 'end' },
  { phrase: 'chu tri', role: 'lead' },
  { phrase: 'don vi chu tri', role: 'lead' },
  { phrase: 'co quan chu tri', role: 'lead' },
  { phrase: 'phong/don vi chu tri', role: 'lead' },
  { phrase: 'don vi thuc hien', role: 'lead' },
  { phrase: 'co quan thuc hien', role: 'lead' },
  { phrase: 'nguoi thuc hien', role: 'lead' },
  { phrase: 'trach nhiem thuc hien', role: 'lead' },
  { phrase: 'don vi chu tri thuc hien', role: 'lead' },
  { phrase: 'co quan chu tri theo doi', role: 'lead' },
  { phrase: 'chu tri tham muu', role: 'lead' },
  { phrase: 'phu trach', role: 'lead' },
  { phrase: 'phoi hop', role: 'support' },
  { phrase: 'don vi phoi hop', role: 'support' },
  { phrase: 'co quan phoi hop', role: 'support' },
  { phrase: 'phong/don vi phoi hop', role: 'support' },
  { phrase: 'don vi phoi hop thuc hien', role: 'support' },
  { phrase: 'nhiem vu trong tam uu tien', role: 'priority' },
  { phrase: 'uu tien', role: 'priority' },
  { phrase: 'nhiem vu uu tien', role: 'priority' },
  { phrase: 'trong tam', role: 'priority' },
  { phrase: 'ghi chu', role: 'note' },
  { phrase: 'chi tieu', role: 'indicator' },
  { phrase: 'ten chi tieu', role: 'indicator' },
  { phrase: 'don vi tinh', role: 'unit' },
  { phrase: 'dvt', role: 'unit' },
  { phrase: 'don vi', role: 'unit' },
  { phrase: 'muc tieu', role: 'target' },
  { phrase: 'ke hoach', role: 'target' },
  { phrase: 'chi tieu ke hoach', role: 'target' },
  { phrase: 'gia tri', role: 'target' },
];

/** Marks in a priority column that mean "yes". */
export const PRIORITY_MARKS = /^(x|✓|✔|☑|có|co|v|\*)$/i;

/**
 * Fields written in the text (EXTRACTION.md "Tasks written in the text"): a paragraph, bullet or
 * clause that opens with a label and a colon ("Đơn vị chủ trì: …"). The labels are the task
 * table's column phrases of these roles, plus the phrases below that only a label uses.
 */
export type FieldRole = 'name' | 'output' | 'deadline' | 'lead' | 'support';

const FIELD_COLUMN_ROLES: readonly ColumnRole[] = ['output', 'deadline', 'lead', 'support'];

const LABEL_ONLY_PHRASES: readonly { phrase: string; role: FieldRole }[] = [
  { phrase: 'so, nganh chu tri', role: 'lead' },
  { phrase: 'co quan, don vi chu tri', role: 'lead' },
  { phrase: 'trach nhiem thuc hien', role: 'lead' },
  { phrase: 'co quan, don vi thuc hien', role: 'lead' },
  { phrase: 'co quan, don vi phoi hop', role: 'support' },
  { phrase: 'ket qua du kien', role: 'output' },
  // "Nội dung:" names the task when its heading is only a label ("Hoạt động 1").
  { phrase: 'noi dung', role: 'name' },
  { phrase: 'noi dung cong viec', role: 'name' },
  { phrase: 'noi dung nhiem vu', role: 'name' },
  { phrase: 'noi dung hoat dong', role: 'name' },
];

export const FIELD_LABELS: readonly { phrase: string; role: FieldRole }[] = [
  ...COLUMN_PHRASES.filter((p) => FIELD_COLUMN_ROLES.includes(p.role)).map((p) => ({ phrase: p.phrase, role: p.role as FieldRole })),
  ...LABEL_ONLY_PHRASES,
];

/**
 * Words that may stand between a label and its colon and leave it that label ("Đơn vị chủ trì
 * thực hiện:", "Thời hạn ban hành:"). Any other words make it prose about something else
 * ("Thời gian gửi hồ sơ:", "Thời gian kiểm tra:").
 */
export const LABEL_QUALIFIERS: readonly string[] = [
  'thuc hien',
  'hoan thanh',
  'ban hanh',
  'trien khai',
  'trinh',
  'du kien',
  'soan thao',
  'xay dung',
  'tham muu',
  'theo doi',
  'chinh',
  'chu yeu',
];

/** Headings that are only a label with a number ("Hoạt động 1", "Nhiệm vụ 2"): the "Nội dung:" field names the task. */
export const LABEL_HEADING_WORDS: readonly string[] = [
  'hoat dong',
  'nhiem vu',
  'noi dung',
  'cong viec',
  'du an',
  'tieu du an',
  'de an',
  'chuong trinh',
  'giai phap',
];

/** "X chủ trì(,) phối hợp với Y": the words that split one lead entry into lead and support. */
export const LEAD_WORD = 'chu tri';
export const SUPPORT_WORDS: readonly string[] = ['phoi hop voi', 'phoi hop'];

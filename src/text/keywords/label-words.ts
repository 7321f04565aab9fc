/**
 * Words whose following number is a name or a label, never a value (as written, lower case):
 * "Nghị quyết số 08", "khóa XIII", "cấp độ 4", "Điều 5", "Chương trình 135" is not covered
 * (a name with no label word) — such digits are caught by the unit rule.
 */
export const LABEL_WORDS: readonly string[] = [
  'số',
  'khóa',
  'khoá',
  'lần thứ',
  'thứ',
  'kỳ',
  'nhiệm kỳ',
  'cấp độ',
  'mức độ',
  'loại',
  'hạng',
  'nhóm tiêu chí',
  'chỉ tiêu',
  'tiêu chí',
  'mục tiêu',
  'nhiệm vụ',
  'bước',
  'điều',
  'khoản',
  'chương',
  'mục',
  'phụ lục',
  'biểu',
  'bảng',
  'giai đoạn',
  'phiên bản',
  'iso',
  'tcvn',
  'qcvn',
];

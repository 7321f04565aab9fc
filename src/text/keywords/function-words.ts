/**
 * Function words (lower case, as written): a number followed by one of these has no measure
 * word ("đạt cấp độ 4 và 90% …"), so its unit is not "và" but null.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'và', 'hoặc', 'của', 'cho', 'trong', 'trên', 'dưới', 'với', 'tại', 'đến', 'tới', 'từ', 'theo', 'là', 'được', 'bị', 'có', 'đạt',
  'các', 'những', 'mỗi', 'so', 'bằng', 'về', 'như', 'thì', 'mà', 'để', 'khi', 'sau', 'trước', 'vào', 'ra', 'lên', 'xuống', 'còn',
  'nữa', 'đã', 'sẽ', 'đang', 'phải', 'ở', 'trở', 'hay', 'nhưng', 'do', 'bởi', 'tức', 'gồm', 'trong đó', 'hoặc là',
  // change verbs are never measure words: "1 phải 5 giảm"
  'tăng', 'giảm',
];

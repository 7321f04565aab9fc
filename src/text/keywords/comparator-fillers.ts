/**
 * Words that may stand between a comparator and its number without breaking the link
 * (lower case, with diacritics): "tối thiểu đạt 80%", "không thấp hơn mức 80%", "đạt tỷ lệ trên 90%",
 * "giảm xuống dưới 5%" (the comparator is "dưới"; "xuống" stands before it), "các cấp ít nhất
 * vào năm 2025 đạt 40%".
 */
export const COMPARATOR_FILLERS: readonly string[] = [
  'đạt',
  'là',
  'ở',
  'mức',
  'ở mức',
  'tỷ lệ',
  'tỉ lệ',
  'từ',
  'bằng',
  'còn',
  'xuống',
  'lên',
  'được',
  'có',
  'bình quân',
  'phấn đấu',
  // what is left of a target year once it is blanked: "ít nhất vào năm 2025 đạt 40%"
  'vào',
  'đến',
  'tới',
  'trước',
  'hàng năm',
  'hằng năm',
  'mỗi năm',
];

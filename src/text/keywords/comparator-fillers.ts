/**
 * Words that may stand between a comparator and its number without breaking the link
 * (folded): "tối thiểu đạt 80%", "không thấp hơn mức 80%", "đạt tỷ lệ trên 90%",
 * "giảm xuống dưới 5%" (the comparator is "dưới"; "xuống" stands before it), "các cấp ít nhất
 * vào năm 2025 đạt 40%".
 */
export const COMPARATOR_FILLERS: readonly string[] = [
  'dat',
  'la',
  'o',
  'muc',
  'o muc',
  'ty le',
  'ti le',
  'tu',
  'bang',
  'con',
  'xuong',
  'len',
  'duoc',
  'co',
  'binh quan',
  'phan dau',
  // what is left of a target year once it is blanked: "ít nhất vào năm 2025 đạt 40%"
  'vao',
  'den',
  'toi',
  'truoc',
  'hang nam',
  'moi nam',
];

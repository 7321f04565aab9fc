/** Words that decide an indicator's comparator, unit and year (folded unless said). */

export type Op = '=' | '>=' | '<=' | '~';

/** Comparator words standing right before the number (at most a few words before it). */
export const COMPARATORS_BEFORE: readonly { phrase: string; op: Op; adjacent?: boolean }[] = [
  { phrase: 'toi thieu', op: '>=' },
  { phrase: 'it nhat', op: '>=' },
  { phrase: 'khong duoi', op: '>=' },
  { phrase: 'khong thap hon', op: '>=' },
  { phrase: 'khong it hon', op: '>=' },
  { phrase: 'tren', op: '>=', adjacent: true },
  { phrase: 'hon', op: '>=', adjacent: true },
  { phrase: 'vuot', op: '>=', adjacent: true },
  { phrase: 'toi da', op: '<=' },
  { phrase: 'khong qua', op: '<=' },
  { phrase: 'khong vuot qua', op: '<=' },
  { phrase: 'khong cao hon', op: '<=' },
  { phrase: 'duoi', op: '<=', adjacent: true },
  { phrase: 'khoang', op: '~' },
  { phrase: 'gan', op: '~', adjacent: true },
  { phrase: 'xap xi', op: '~' },
  { phrase: 'tren duoi', op: '~', adjacent: true },
];

/** Comparator words right after the value ("từ 75% trở lên"). */
export const COMPARATORS_AFTER: readonly { phrase: string; op: Op }[] = [
  { phrase: 'tro len', op: '>=' },
  { phrase: 'tro xuong', op: '<=' },
];

/** Symbols before the number. */
export const COMPARATOR_SYMBOLS: Record<string, Op> = { '≥': '>=', '>=': '>=', '>': '>=', '≤': '<=', '<=': '<=', '<': '<=', '~': '~', '≈': '~' };

/**
 * Measure words that follow a number (raw spelling, lower case). Longest first at match time.
 * A number followed by none of these and not by % is not an indicator.
 */
export const UNITS: readonly string[] = [
  '%', 'phần trăm',
  'ha', 'héc-ta', 'hecta', 'km2', 'km²', 'km', 'm2', 'm²', 'm3', 'm³', 'mét', 'm',
  'tấn', 'kg', 'tạ', 'lít', 'triệu tấn', 'nghìn tấn',
  'mw', 'kw', 'kwh', 'gw', 'mwp', 'kwp', 'triệu kwh',
  'usd', 'triệu usd', 'tỷ usd', 'nghìn tỷ đồng', 'tỷ đồng', 'triệu đồng', 'nghìn đồng', 'đồng',
  'sản phẩm', 'mô hình', 'cây', 'con', 'hộ', 'hộ gia đình', 'người', 'lượt', 'lượt người', 'lượt khách', 'doanh nghiệp', 'hợp tác xã', 'htx',
  'xã', 'phường', 'thôn', 'tổ dân phố', 'trường', 'trường học', 'cơ sở', 'dự án', 'công trình', 'trạm', 'điểm', 'lao động', 'học sinh',
  'giường', 'giường bệnh', 'bác sĩ', 'tuyến', 'cụm', 'khu', 'làng nghề', 'chương trình', 'nhiệm vụ', 'đề án', 'lớp', 'buổi', 'tin', 'bài', 'tin bài',
  'lần', 'ngày', 'tháng', 'giờ', 'phút', 'sao', 'chợ', 'hồ sơ', 'thủ tục', 'dịch vụ', 'nền tảng', 'cơ sở dữ liệu', 'chỉ tiêu', 'tiêu chí',
  'nhà', 'căn', 'căn hộ', 'phòng', 'xe', 'phương tiện', 'km đường', 'cầu', 'ao', 'hồ', 'giống', 'loài', 'đàn', 'vùng', 'cánh đồng',
  'hội nghị', 'cuộc', 'đợt', 'văn bản', 'bản', 'đơn vị', 'cơ quan', 'tổ chức', 'câu lạc bộ', 'nhóm', 'đội', 'thiết bị', 'camera', 'máy',
  'gói', 'cổng', 'ứng dụng', 'tài khoản', 'giao dịch', 'ngân hàng', 'kênh', 'trang', 'địa điểm', 'tòa nhà', 'khu công nghiệp', 'cụm công nghiệp',
  'khách', 'triệu lượt', 'nghìn lượt', 'ngàn', 'nghìn', 'triệu', 'tỷ',
  'ha/năm', 'tấn/năm', 'người/năm', 'lượt/năm',
];

/** Phrases that mean net zero: value 0, unit null, op "=". */
export const NET_ZERO = /ph[áa]t th[ảa]i r[òo]ng\s+(?:bằng|về|=)\s*[“”"'‘’(]*\s*0\s*[“”"'‘’)]*|net[\s-]?zero/i;

/** Sentences that state the present, not a target ("Hiện nay, … khoảng 180 trạm"). */
export const STATUS_OPENERS = ['hien nay', 'hien tai', 'hien co', 'tinh den nay', 'nam 2024', 'nam 2025', 'giai doan 2021'];

/** Words that introduce the target year ("vào năm 2030", "đến 2045"). */
export const TARGET_YEAR_WORDS = ['vào', 'đến', 'tới', 'trước', 'hết', 'cuối', 'trong', 'đạt', 'sau'];

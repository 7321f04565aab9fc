/**
 * Measure words (đơn vị tính) that follow a number in a target, as written, lower case.
 * Matched longest-first, so "khách sạn" wins over "khách" and "khu công nghiệp" over "khu".
 * A scale word before one ("100 nghìn lượt", "150 tỷ đồng") stays in the unit (SCALE_WORDS);
 * a per-unit ("lượt/ngày", "nghìn đồng/tấn") is read as written. To add a measure word, add
 * it here: one entry, lower case, with its diacritics.
 */
export const MEASURE_WORDS: readonly string[] = [
  // percent and symbols
  '%', 'phần trăm', '‰',
  'ha', 'héc-ta', 'hécta', 'hecta', 'km2', 'km²', 'km', 'm2', 'm²', 'm3', 'm³', 'mét', 'm', 'cm', 'mm',
  'µg/m3', 'μg/m3', 'µg/m³', 'μg/m³', 'mg/l', 'mg/m3', 'db', 'dba',
  'tấn', 'kg', 'tạ', 'lít', 'tấn co2', 'tco2', 'tco2e',
  'mw', 'kw', 'kwh', 'gw', 'gwh', 'mwh', 'mwp', 'kwp', 'kv', 'tbps', 'gbps', 'mbps', 'gb/s', 'mb/s',
  'usd', 'đô la mỹ', 'đồng', 'vnđ', 'vnd',
  // people and households
  'người', 'lượt', 'khách', 'hộ', 'hộ gia đình', 
  'lao động', 'học sinh', 'sinh viên', 'học viên', 'trẻ', 'trẻ em', 'cán bộ', 'công chức', 'viên chức', 'đảng viên',
  'hội viên', 'đoàn viên', 'bác sĩ', 'giáo viên', 'chuyên gia', 'nhà khoa học', 'nghệ nhân', 'tình nguyện viên', 'bệnh nhân',
  'thanh niên', 'phụ nữ',
  // organisations and places
  'doanh nghiệp', 'hợp tác xã', 'htx', 'tổ hợp tác', 'cơ sở', 'cơ quan', 'đơn vị', 'tổ chức', 'hội',
  'xã', 'phường', 'thị trấn', 'huyện', 'tỉnh', 'thành phố', 'địa phương', 'quốc gia', 'nước', 'thôn', 'ấp', 'bản', 'tổ dân phố', 'khu phố',
  'trường', 'trường học', 'trạm', 'bệnh viện', 'phòng khám', 'chợ', 'siêu thị', 'cửa hàng', 'nhà máy', 'trang trại',
  'khách sạn', 'nhà hàng', 'điểm đến', 'khu du lịch', 'điểm du lịch', 'làng nghề', 'làng', 'vùng', 'cánh đồng',
  'khu', 'khu công nghiệp', 'kcn', 'cụm công nghiệp', 'ccn', 'cụm', 'khu đô thị', 'khu dân cư', 'khu vực', 'địa điểm', 'điểm', 'tòa nhà', 'trung tâm',
  'câu lạc bộ', 'nhóm', 'đội', 'tổ', 'ngân hàng', 'cảng', 'bến', 'kho',
  // things and works
  'sản phẩm', 'mô hình', 'cây', 'con', 'giống', 'loài', 'đàn', 'ao', 'hồ', 'giếng', 'chiếc', 'cái', 'bộ',
  'dự án', 'công trình', 'hạng mục', 'tuyến', 'cầu', 'kênh', 'đập', 'nhà', 'căn', 'căn hộ', 'phòng', 'giường', 'giường bệnh',
  'xe', 'phương tiện', 'tàu', 'thiết bị', 'camera', 'máy', 'máy tính', 'cột', 
  'chương trình', 'kịch bản', 'tập', 'bộ dữ liệu', 'nhiệm vụ', 'đề án', 'đề tài', 'sáng kiến', 'giải pháp', 'kế hoạch', 'chính sách', 'văn bản', 'bản', 'quy trình', 'tiêu chuẩn',
  'thủ tục', 'hồ sơ', 'dịch vụ', 'nền tảng', 'ứng dụng', 'phần mềm', 'cơ sở dữ liệu', 'hệ thống', 'cổng',
  'tài khoản', 'giao dịch', 'trang', 'gói', 'tin', 'bài', 'tin bài', 'chuyên mục', 'phóng sự', 'ấn phẩm', 'tài liệu', 'pano', 'băng rôn',
  'chỉ tiêu', 'tiêu chí', 'chứng nhận', 'giấy chứng nhận', 'giấy phép', 'bằng sáng chế', 'sáng chế', 'nhãn hiệu', 'sao',
  'lớp', 'khóa', 'khoá', 'buổi', 'hội nghị', 'hội thảo', 'cuộc', 'đợt', 'lần', 'chiến dịch', 'sự kiện', 'giải', 'cuộc thi', 'phiên',
  // time
  'năm', 'tháng', 'quý', 'tuần', 'ngày', 'ngày làm việc', 'giờ', 'phút', 'giây',
  // points and ranks
  'bậc', 'hạng', 'vị trí', 'điểm số',
];

/** Scale words kept in the unit: "100 nghìn lượt" → "nghìn lượt", "1,5 triệu tấn" → "triệu tấn". */
export const SCALE_WORDS: readonly string[] = ['nghìn tỷ', 'ngàn tỷ', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'trăm'];

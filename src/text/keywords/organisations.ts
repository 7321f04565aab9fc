/**
 * The organisation lexicon: the one list of words the program uses to recognise who a plan
 * names — head nouns of state, party, mass and business organisations, position titles that
 * head a unit, abbreviations, words that open an item but are no organisation, and the
 * predicates that end a unit's name (EXTRACTION.md "Assignments").
 *
 * Phrases are written in lower case WITH diacritics and matched after lower-casing and
 * tone-mark canonicalisation (uỷ = ủy), never after folding: folded, "Số" equals "Sở" and
 * "Báo cáo" equals "Bao"; diacritics keep such look-alikes apart.
 */

/**
 * Head nouns: a unit's name starts with one (after a quantifier such as "các"). Longest match
 * wins, so a multi-word head protects words inside it that are also predicates ("Ban quản lý
 * dự án đầu tư xây dựng", "Ban chỉ đạo", "chủ đầu tư").
 */
export const ORGANISATION_HEADS: readonly string[] = [
  // People's councils and committees, party bodies
  'ủy ban nhân dân',
  'ủy ban',
  'ubnd',
  'hội đồng nhân dân',
  'hđnd',
  'hội đồng',
  'thường trực hội đồng nhân dân',
  'thường trực',
  'đảng ủy',
  'đảng bộ',
  'chi bộ',
  'chi, đảng bộ',
  'đảng đoàn',
  'ban cán sự đảng',
  'cấp ủy',
  'tổ đảng',
  'thành ủy',
  'tỉnh ủy',
  'huyện ủy',
  'quận ủy',
  'thị ủy',
  'ban thường vụ',
  'btv',
  'ban chấp hành',
  'bch',
  'ban tuyên giáo',
  'ban dân vận',
  'ban tổ chức',
  'ban kiểm tra',
  'ban xây dựng đảng',
  'ủy ban kiểm tra',
  'chính phủ',
  'quốc hội',
  'chính quyền',
  // Agencies and their parts
  'sở',
  'phòng',
  'ban',
  'văn phòng',
  'trung tâm',
  'trạm',
  'trạm y tế',
  'chi cục',
  'cục',
  'tổng cục',
  'bộ',
  'bộ phận',
  'ngành',
  'viện',
  'viện kiểm sát',
  'tòa án',
  'thanh tra',
  'kho bạc',
  'bảo hiểm xã hội',
  'bhxh',
  'thuế',
  'chi cục thuế',
  'hải quan',
  'chi cục hải quan',
  'kiểm toán',
  'ban quản lý',
  'ban quản lý dự án',
  'ban quản lý dự án đầu tư xây dựng',
  'ban chỉ đạo',
  'ban chỉ huy',
  'ban chỉ huy quân sự',
  'bchqs',
  'bộ chỉ huy',
  'bộ chỉ huy quân sự',
  'bộ chqs',
  'bộ tư lệnh',
  'công an',
  'đồn',
  'đồn biên phòng',
  'bộ đội biên phòng',
  'quân đội',
  'lực lượng',
  'tổ công tác',
  'tổ giúp việc',
  'tổ tư vấn',
  'tổ kiểm tra',
  'tổ chuyên gia',
  'tổ thường trực',
  'đoàn kiểm tra',
  'đoàn công tác',
  'đoàn giám sát',
  'hội đồng thẩm định',
  'cơ quan',
  'đơn vị',
  'địa phương',
  'cơ sở',
  'trường',
  'trường học',
  'bệnh viện',
  'đài',
  'đài phát thanh',
  'đài truyền hình',
  'báo',
  'cổng thông tin',
  'bưu điện',
  // Mass organisations
  'mặt trận',
  'mặt trận tổ quốc',
  'mttq',
  'ủy ban mặt trận',
  'ubmttq',
  'đoàn',
  'đoàn thể',
  'đoàn thanh niên',
  'đoàn tncs',
  'tỉnh đoàn',
  'thành đoàn',
  'huyện đoàn',
  'hội',
  'hội liên hiệp',
  'hiệp hội',
  'liên đoàn',
  'liên đoàn lao động',
  'liên minh',
  'liên minh hợp tác xã',
  'tổ chức',
  'tổ chức chính trị - xã hội',
  'tổ chức chính trị – xã hội',
  // Business, communities, people
  'ngân hàng',
  'ngân hàng nhà nước',
  'chi nhánh',
  'điện lực',
  'công ty',
  'tổng công ty',
  'tập đoàn',
  'hợp tác xã',
  'htx',
  'doanh nghiệp',
  'chủ đầu tư',
  'chủ cơ sở',
  'chủ hộ',
  'chủ doanh nghiệp',
  'hộ gia đình',
  'hộ kinh doanh',
  'cá nhân',
  'tổ dân phố',
  'thôn',
  'khu phố',
  'người dân',
];

/**
 * Heads that need a name after them ("Sở Tài chính", "phòng Kinh tế"): the first word after
 * such a head belongs to the name even when it is also a verb ("phòng quản lý đô thị").
 */
export const NAMED_HEADS: readonly string[] = [
  'sở',
  'phòng',
  'ban',
  'văn phòng',
  'trung tâm',
  'trạm',
  'chi cục',
  'cục',
  'tổng cục',
  'bộ',
  'viện',
  'đài',
  'trường',
  'hội',
  'công ty',
  'tổng công ty',
  'ngân hàng',
  'chi nhánh',
  'bệnh viện',
];

/** Words that go on with a head in lower case: "Ủy ban nhân dân", "Ban chấp hành", "Hội đồng". */
export const HEAD_CONTINUATIONS: readonly string[] = ['nhân', 'chấp', 'thường', 'dân', 'chỉ', 'đồng'];

/**
 * Position titles: a unit's name may start with one ("Thủ trưởng các cơ quan, đơn vị", "Chủ
 * tịch Ủy ban nhân dân xã"); a signature's position line starts with one too.
 */
export const POSITION_TITLES: readonly string[] = [
  'chủ tịch',
  'phó chủ tịch',
  'giám đốc',
  'phó giám đốc',
  'bí thư',
  'phó bí thư',
  'trưởng ban',
  'phó trưởng ban',
  'chánh văn phòng',
  'phó chánh văn phòng',
  'trưởng phòng',
  'phó trưởng phòng',
  'thủ trưởng',
  'bộ trưởng',
  'thứ trưởng',
  'thủ tướng',
  'phó thủ tướng',
  'cục trưởng',
  'phó cục trưởng',
  'chi cục trưởng',
  'tổng cục trưởng',
  'trưởng đoàn',
  'phó trưởng đoàn',
  'hiệu trưởng',
  'viện trưởng',
  'chánh án',
  'tổng giám đốc',
  'chủ nhiệm',
  'phó chủ nhiệm',
  'ủy viên',
  'trưởng',
  'phó trưởng',
  'thư ký',
  'tổng bí thư',
  'chánh thanh tra',
  'quyền',
  'ký thay',
  'lãnh đạo',
  'người đứng đầu',
  'trưởng thôn',
  'tổ trưởng',
  'tổ trưởng tổ dân phố',
  'thành viên',
];

/** Organs whose line under a decision's title names who decides ("ỦY BAN NHÂN DÂN TỈNH …", "THỦ TƯỚNG CHÍNH PHỦ"). */
export const DECIDING_ORGANS: readonly string[] = [
  'ủy ban nhân dân',
  'thủ tướng chính phủ',
  'chính phủ',
  'bộ trưởng',
  'hội đồng nhân dân',
  'chủ tịch',
  'giám đốc',
];

/** How a named official is addressed before the name: "Ông Nguyễn Văn An", "Đ/c Trần Thị Bình". */
export const HONORIFICS: readonly string[] = ['ông', 'bà', 'đồng chí', 'đ/c'];

/** Abbreviations in unit and issuer names, as written, with their expansion. */
export const ORGANISATION_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['BTV', 'Ban Thường vụ'],
  ['BCH', 'Ban Chấp hành'],
];

/**
 * Openers that look like a head but name no organisation: events (Hội nghị…), verbs that
 * begin with a head's letters ("Ban hành", "Báo cáo", "Phòng, chống"), and nouns of the
 * plan's content ("Số liệu", "Trường hợp", "Kinh phí", "Các nội dung"). Matched at the start,
 * also after a quantifier ("Các nội dung", "Những trường hợp").
 */
export const NOT_ORGANISATIONS: readonly string[] = [
  'hội nghị',
  'hội thi',
  'hội thảo',
  'hội diễn',
  'hội chợ',
  'hội giảng',
  'hội nhập',
  'hội đàm',
  'hội khỏe',
  'ban hành',
  'ban đầu',
  'báo cáo',
  'phòng chống',
  'phòng, chống',
  'phòng ngừa',
  'phòng họp',
  'phòng học',
  'sở hữu',
  'trường hợp',
  'đoàn kết',
  'đoàn viên',
  'hội viên',
  'bộ máy',
  'bộ tiêu chí',
  'bộ chỉ số',
  'bộ công cụ',
  'bộ hồ sơ',
  'bộ luật',
  'cục bộ',
  'cơ sở dữ liệu',
  'cơ sở vật chất',
  'cơ sở hạ tầng',
  'cơ sở pháp lý',
  'trung tâm của',
  'số liệu',
  'kinh phí',
  'nội dung',
  'các nội dung',
  'nhiệm vụ',
  'hoạt động',
  'chỉ tiêu',
  'thời gian',
  'kết quả',
  'đài phun nước',
  'tổ chức thực hiện',
  'công ty hóa',
];

/** Quantifiers before a head: "các sở", "những cơ quan", "một số đơn vị". */
export const QUANTIFIERS: readonly string[] = ['các', 'những', 'mọi', 'từng', 'một số', 'tất cả các', 'toàn thể', 'toàn bộ các', 'mỗi'];

/**
 * Lead-ins dropped before a unit ("Đề nghị Ủy ban …", "Giao phòng …", "Riêng đối với …"). The
 * opening clauses end at a comma: "Căn cứ …, Sở Tài chính …", "Trên cơ sở …, các sở …".
 */
export const UNIT_LEAD_INS: readonly string[] = ['đề nghị', 'giao cho', 'giao', 'riêng đối với', 'đối với'];
export const OPENING_CLAUSES: readonly string[] = ['căn cứ', 'trên cơ sở'];

/**
 * Predicates that end a unit's name, in every position (lower case: a capitalised word belongs
 * to a name, "Sở Xây dựng"). Prepositional phrases end it too.
 */
export const PREDICATES: readonly string[] = [
  'chủ trì',
  'phối hợp',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'có nhiệm vụ',
  'tham mưu',
  'phụ trách',
  'là',
  'làm đầu mối',
  'căn cứ',
  'căn cứ vào',
  'thực hiện',
  'triển khai',
  'chỉ đạo',
  'hướng dẫn',
  'theo dõi',
  'rà soát',
  'lãnh đạo',
  'tăng cường',
  'ban hành',
  'nghiên cứu',
  'quán triệt',
  'bố trí',
  'tiếp tục',
  'được',
  'cần',
  'phải',
  'khẩn trương',
  'chủ động',
  'nâng cao',
  'tập trung',
  'phát huy',
  'vận động',
  'đôn đốc',
  'tổng hợp',
  'đảm bảo',
  'bảo đảm',
  'thường xuyên',
  'định kỳ',
  'kịp thời',
  'tích cực',
  'đề xuất',
  'trình',
  'chấp hành',
  'nghiêm túc',
  'lồng ghép',
  'cụ thể hóa',
  'phổ biến',
  'nắm bắt',
  'thẩm định',
  'phê duyệt',
  'giao',
  'sử dụng',
  'duy trì',
  'ưu tiên',
  'huy động',
  'xác định',
  'đánh giá',
  'hoàn thành',
  'hoàn thiện',
  'điều hành',
  'tiến hành',
  'trực tiếp',
  'thống nhất',
  'cập nhật',
  'đẩy mạnh',
  'tiên phong',
  'dẫn dắt',
  'phân công',
  'cử',
  'giúp',
  'đảm nhiệm',
  'tham gia',
  'yêu cầu',
  'đề nghị',
  'chuẩn bị',
  'gửi',
  'khuyến khích',
  'tuân thủ',
  'mở',
  'mở thêm',
  'tạo điều kiện',
  'sớm',
  'nghiêm',
  'xử lý',
  'tiếp nhận',
  'bổ sung',
  'điều chỉnh',
  'thành lập',
  // Prepositional phrases ("… các Đoàn thể tỉnh bằng nhiều hình thức …").
  'bằng',
  'trong phạm vi',
  'theo chức năng',
  'theo thẩm quyền',
  'theo quy định',
  'trên cơ sở',
  'với vai trò',
];

/**
 * Predicates that are also nouns inside names ("Trung tâm Xúc tiến đầu tư", "Cổng thông tin
 * điện tử", "các tổ chức"): they end a name in a sentence, never in a short sub-heading.
 */
export const NOUN_PREDICATES: readonly string[] = [
  'xây dựng',
  'tổ chức',
  'tuyên truyền',
  'đầu tư',
  'thông tin',
  'quản lý',
  'phát triển',
  'kiểm tra',
  'giám sát',
  'hỗ trợ',
  'cung cấp',
  'xúc tiến',
];

/** Words after which a predicate word is a noun: "các tổ chức chính trị - xã hội", ", tổ chức, cá nhân". */
export const NOUN_MAKERS: readonly string[] = ['các', 'những', 'mọi', 'từng', 'một số', 'cơ quan', 'việc', ',', 'và', 'hoặc'];
/** After "được", verbs that take one more ("các cơ quan được giao chủ trì"): the modifier runs on over it. */
export const PASSIVE_VERBS: readonly string[] = ['giao', 'phân công', 'cử', 'yêu cầu'];
/** Words that make any following verb a noun: "có liên quan tới việc thực hiện". */
export const NOMINALISERS: readonly string[] = ['việc', 'sự', 'công tác'];
/** Words after which "tổ chức" is a noun: "tổ chức, cá nhân", "tổ chức chính trị". */
export const NOUN_FOLLOWERS: readonly string[] = [
  ',',
  'và',
  'cá nhân',
  'chính trị',
  'đoàn thể',
  'thành viên',
  'xã hội',
  'kinh tế',
  'quốc tế',
  'tín dụng',
  ';',
  ':',
];

/** Predicates by which the issuer asks others to act: "Ủy ban nhân dân tỉnh yêu cầu …" gives the issuer nothing. */
export const REQUEST_PREDICATES: readonly string[] = ['yêu cầu', 'đề nghị'];

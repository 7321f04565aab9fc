/**
 * Words for finding who is assigned duties: the first words of a unit's name, and the
 * verbs that end the subject of a sentence ("Hội đồng nhân dân phường | xây dựng kế hoạch…").
 * Verbs are matched case-sensitively in lower case: capitalised words belong to names
 * ("Ban Xây dựng Đảng").
 */

/** First words (folded) of a unit's name. */
export const UNIT_HEADS = [
  'uy ban', 'ubnd', 'hoi dong', 'hdnd', 'phong', 'ban', 'van phong', 'cong an', 'trung tam', 'tram', 'cac', 'so', 'chi cuc', 'cuc',
  'tong cuc', 'dang uy', 'dang bo', 'chi bo', 'mat tran', 'uy ban mat tran', 'doan', 'hoi', 'truong', 'benh vien', 'bo', 'nganh',
  'thanh uy', 'tinh uy', 'huyen uy', 'co quan', 'don vi', 'doanh nghiep', 'hop tac xa', 'to', 'tong cong ty', 'cong ty', 'dien luc',
  'vien', 'dai', 'bao', 'kho bac', 'chi nhanh', 'ngan hang', 'thu truong', 'lanh dao', 'chu tich', 'giam doc', 'bi thu', 'nguoi dung dau',
  'thuong truc', 'toa an', 'vien kiem sat', 'lien doan', 'thanh doan', 'tinh doan', 'huyen doan', 'quan doan', 'ban chi huy', 'bch',
  'mttq', 'thon', 'khu pho', 'to dan pho', 'ubmttq', 'btv', 'ban thuong vu', 'thanh tra', 'thue', 'cuc thue', 'hai quan',
  'bao hiem xa hoi', 'bhxh', 'kiem toan', 'vien kiem sat', 'toa an', 'quan doi', 'bo doi bien phong', 'bo chi huy', 'ban quan ly',
  'tong doi', 'dang doan', 'doanh nghiep', 'cac doanh nghiep', 'nguoi dan', 'tap doan', 'dai phat thanh', 'dai truyen hinh', 'cong thong tin',
];

/** Leading words that are not part of the unit ("Đề nghị Ủy ban…", "Giao phòng…"). */
export const UNIT_PREFIXES = /^(?:đề nghị|giao cho|giao|yêu cầu|chỉ đạo|ủy quyền cho)\s+/iu;

/** Verbs (lower case, raw spelling) that end a subject. Longest first at match time. */
export const SUBJECT_VERBS = [
  'xây dựng', 'chỉ đạo', 'đẩy mạnh', 'chủ trì', 'tổ chức', 'căn cứ', 'thực hiện', 'chịu trách nhiệm', 'phối hợp', 'tham mưu',
  'có trách nhiệm', 'triển khai', 'theo dõi', 'hướng dẫn', 'rà soát', 'lãnh đạo', 'giám sát', 'tăng cường', 'ban hành', 'nghiên cứu',
  'quán triệt', 'bố trí', 'kiểm tra', 'tiếp tục', 'là', 'được', 'cần', 'phải', 'khẩn trương', 'chủ động', 'nâng cao', 'tập trung',
  'phát huy', 'vận động', 'tuyên truyền', 'đôn đốc', 'tổng hợp', 'đảm bảo', 'bảo đảm', 'thường xuyên', 'định kỳ', 'kịp thời', 'tích cực',
  'cung cấp', 'hỗ trợ', 'đề xuất', 'trình', 'báo cáo', 'quản lý', 'chấp hành', 'nghiêm túc', 'lồng ghép', 'cụ thể hóa', 'cụ thể hoá',
  'phổ biến', 'nắm bắt', 'thẩm định', 'phê duyệt', 'giao', 'sử dụng', 'duy trì', 'ưu tiên', 'huy động', 'thông tin', 'làm', 'xác định',
  'đánh giá', 'đầu tư', 'hoàn thành', 'hoàn thiện', 'điều hành', 'tăng', 'tiến hành', 'trực tiếp', 'thống nhất', 'cập nhật',
  // Prepositional phrases also end the subject ("… các Đoàn thể tỉnh bằng nhiều hình thức …").
  'bằng', 'trong phạm vi', 'theo chức năng', 'theo thẩm quyền', 'trên cơ sở', 'căn cứ vào', 'với vai trò',
];

/** Nouns after which a verb word is a noun: "các tổ chức chính trị - xã hội". */
export const NOUN_MAKERS = ['các', 'những', 'mọi', 'từng', 'một số', 'cơ quan', 'việc'];

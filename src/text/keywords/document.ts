/** Words of the document frame: kind lines, header, signature, recipients (folded unless said). */

/** Kind lines ("KẾ HOẠCH") and the kind they give. Longest first. */
export const KIND_LINES: readonly { phrase: string; kind: 'KH' | 'CTr' | 'QD' | 'NQ' | 'other' }[] = [
  { phrase: 'chuong trinh hanh dong', kind: 'CTr' },
  { phrase: 'chuong trinh', kind: 'CTr' },
  { phrase: 'ke hoach', kind: 'KH' },
  { phrase: 'quyet dinh', kind: 'QD' },
  { phrase: 'nghi quyet', kind: 'NQ' },
  { phrase: 'bao cao', kind: 'other' },
  { phrase: 'cong van', kind: 'other' },
  { phrase: 'chi thi', kind: 'other' },
  { phrase: 'thong bao', kind: 'other' },
  { phrase: 'de an', kind: 'other' },
  { phrase: 'to trinh', kind: 'other' },
  { phrase: 'huong dan', kind: 'other' },
];

/** National motto and Party banner lines in the header block: never issuer, never title. */
export const MOTTO_LINES = ['cong hoa xa hoi chu nghia viet nam', 'doc lap - tu do - hanh phuc', 'doc lap tu do hanh phuc', 'dang cong san viet nam'];

/** Authority markers that open a signature line (matched on the raw text). */
export const AUTHORITY_MARKER = /^(TM\s*[./]|T\s*\/\s*M\b|KT\s*[./]|TL\s*[./]|TUQ\s*[./]|Q\s*\.|PP\s*[./]|THỪA LỆNH|THAY MẶT|KÝ THAY)\s*/i;

/** First words of a signer's position (folded). */
export const POSITION_HEADS = [
  'chu tich', 'pho chu tich', 'giam doc', 'pho giam doc', 'bi thu', 'pho bi thu', 'truong ban', 'pho truong ban',
  'chanh van phong', 'pho chanh van phong', 'truong phong', 'pho truong phong', 'thu truong', 'bo truong', 'thu tuong',
  'pho thu tuong', 'cuc truong', 'pho cuc truong', 'chi cuc truong', 'tong cuc truong', 'truong doan', 'pho truong doan',
  'hieu truong', 'vien truong', 'chanh an', 'vien truong', 'tong giam doc', 'chu nhiem', 'pho chu nhiem', 'uy vien',
  'truong', 'pho truong', 'thu ky', 'tong bi thu', 'chanh thanh tra', 'quyen', 'ky thay',
];

/** Lines that carry no signer information: "(Đã ký)", "(ký, đóng dấu)". */
export const SIGNATURE_NOISE = /^[([]?\s*(đã ký|ký|ký tên|ký, đóng dấu|ký và đóng dấu|đã ký và đóng dấu|ký số|chữ ký|chữ ký số|dấu)\s*[)\]]?\.?$/iu;

/** Recipients list opener. */
export const RECIPIENTS_OPENER = /^(nơi nhận|noi nhan)\s*:?\s*/i;

/** Expansions of abbreviations in issuer names (matched as whole words, raw case). */
export const ISSUER_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bUBND\b/g, 'Ủy ban nhân dân'],
  [/\bHĐND\b/g, 'Hội đồng nhân dân'],
  [/\bMTTQ\b/g, 'Mặt trận Tổ quốc'],
  [/\bBTV\b/g, 'Ban Thường vụ'],
  [/\bBCH\b/g, 'Ban Chấp hành'],
];

/** First words of an organ's name (folded): a header line starting with one starts a new organ. */
export const ORGAN_HEADS = [
  'uy ban nhan dan', 'ubnd', 'hoi dong nhan dan', 'hdnd', 'so', 'ban', 'dang uy', 'dang bo', 'dang doan', 'ban chap hanh',
  'ban thuong vu', 'thanh uy', 'tinh uy', 'huyen uy', 'quan uy', 'thi uy', 'bo', 'cuc', 'chi cuc', 'tong cuc', 'trung tam',
  'phong', 'van phong', 'doan', 'hoi', 'chinh phu', 'thu tuong chinh phu', 'thu tuong', 'mat tran to quoc', 'uy ban mat tran',
  'cong an', 'vien', 'truong', 'benh vien', 'ban quan ly', 'ban chi dao', 'to cong tac', 'quoc hoi', 'dang doan quoc hoi',
  'kiem toan', 'thanh tra', 'toa an', 'vien kiem sat', 'lien doan', 'doan thanh nien', 'hoi dong',
];

/** Administrative unit words written in lower case inside names ("Ủy ban nhân dân xã Vĩnh Am"). */
export const PLACE_TYPES = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'xã', 'phường', 'tỉnh', 'huyện', 'quận'];

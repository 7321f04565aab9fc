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
export const MOTTO_LINES = [
  'cong hoa xa hoi chu nghia viet nam',
  'doc lap - tu do - hanh phuc',
  'doc lap tu do hanh phuc',
  'dang cong san viet nam',
];

/** Authority markers that open a signature line (matched on the raw text). */
export const AUTHORITY_MARKER = /^(TM\s*[./]|T\s*\/\s*M\b|KT\s*[./]|TL\s*[./]|TUQ\s*[./]|Q\s*\.|PP\s*[./]|THỪA LỆNH|THAY MẶT|KÝ THAY)\s*/i;

/** Lines that carry no signer information: "(Đã ký)", "(ký, đóng dấu)". */
export const SIGNATURE_NOISE =
  /^[([]?\s*(đã ký|ký|ký tên|ký, đóng dấu|ký và đóng dấu|đã ký và đóng dấu|ký số|chữ ký|chữ ký số|dấu)\s*[)\]]?\.?$/iu;

/** Recipients list opener. */
export const RECIPIENTS_OPENER = /^(nơi nhận|noi nhan)\s*:?\s*/i;

/** Administrative unit words written in lower case inside names ("Ủy ban nhân dân xã Vĩnh Am"). */
export const PLACE_TYPES = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'xã', 'phường', 'tỉnh', 'huyện', 'quận'];

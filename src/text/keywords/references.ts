/** Document types cited by số ký hiệu: the words before the number, and the code in the symbol. */
import type { Reference } from '../../model/plan.js';

export type RefType = Reference['type'];

/** Words that name a cited document (raw spelling, matched case-insensitively). Longest first. */
export const REF_TYPE_WORDS: readonly { words: RegExp; type: RefType }[] = [
  { words: /chương trình hành động|chương trình/i, type: 'CTr' },
  { words: /nghị quyết/i, type: 'NQ' },
  { words: /kế hoạch/i, type: 'KH' },
  { words: /quyết định/i, type: 'QĐ' },
  { words: /nghị định/i, type: 'NĐ' },
  { words: /chỉ thị/i, type: 'CT' },
  { words: /thông báo|kết luận/i, type: 'TB' },
  { words: /luật|bộ luật/i, type: 'Luật' },
];

/** The code that follows the number in a symbol ("NQ" in 08-NQ/TU) and the type it gives. */
export const REF_CODES: Record<string, RefType> = {
  NQ: 'NQ',
  KH: 'KH',
  CTR: 'CTr',
  QĐ: 'QĐ',
  QD: 'QĐ',
  NĐ: 'NĐ',
  ND: 'NĐ',
  CT: 'CT',
  TB: 'TB',
  KL: 'TB',
  QH: 'Luật',
};

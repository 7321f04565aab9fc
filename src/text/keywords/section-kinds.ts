/**
 * Section headings that name a section kind (EXTRACTION.md). Phrases are matched on the
 * folded heading (no diacritics, lower case), each part of the heading taking the kind of
 * its longest matching phrase. `whole: true` phrases only count when they are the whole part
 * (give or take a trailing "kế hoạch"), because they also open ordinary task headings.
 */
import type { SectionKind } from '../../model/plan.js';

export interface KindPhrase {
  phrase: string;
  kind: SectionKind;
  whole?: boolean;
  /** Generic words that also occur inside task titles ("…đáp ứng yêu cầu…"): they count only
   * when they open the part (after "các", "những", "một số"). */
  start?: boolean;
}

export const SECTION_KIND_PHRASES: readonly KindPhrase[] = [
  { phrase: 'muc dich', kind: 'muc_dich', start: true },
  { phrase: 'yeu cau', kind: 'muc_dich', start: true },
  { phrase: 'muc tieu', kind: 'muc_tieu', start: true },
  { phrase: 'muc tieu chung', kind: 'muc_tieu' },
  { phrase: 'muc tieu cu the', kind: 'muc_tieu' },
  { phrase: 'muc tieu tong quat', kind: 'muc_tieu' },
  { phrase: 'chi tieu', kind: 'muc_tieu', start: true },
  { phrase: 'chi tieu cu the', kind: 'muc_tieu' },
  { phrase: 'tam nhin', kind: 'muc_tieu' },
  { phrase: 'nhiem vu', kind: 'nhiem_vu', start: true },
  { phrase: 'nhiem vu chu yeu', kind: 'nhiem_vu' },
  { phrase: 'nhiem vu trong tam', kind: 'nhiem_vu' },
  { phrase: 'giai phap', kind: 'nhiem_vu', start: true },
  { phrase: 'noi dung', kind: 'nhiem_vu', start: true },
  { phrase: 'noi dung tuyen truyen', kind: 'nhiem_vu' },
  { phrase: 'noi dung thuc hien', kind: 'nhiem_vu' },
  { phrase: 'noi dung trien khai', kind: 'nhiem_vu' },
  { phrase: 'phuong an trien khai', kind: 'nhiem_vu' },
  { phrase: 'phan cong', kind: 'phan_cong', start: true },
  { phrase: 'phan cong nhiem vu', kind: 'phan_cong' },
  { phrase: 'phan cong thuc hien', kind: 'phan_cong' },
  { phrase: 'phan cong trach nhiem', kind: 'phan_cong' },
  { phrase: 'trach nhiem', kind: 'phan_cong', start: true },
  { phrase: 'trach nhiem thuc hien', kind: 'phan_cong' },
  { phrase: 'to chuc thuc hien', kind: 'phan_cong', whole: true },
  { phrase: 'kinh phi', kind: 'kinh_phi' },
  { phrase: 'kinh phi thuc hien', kind: 'kinh_phi' },
  { phrase: 'nguon kinh phi', kind: 'kinh_phi' },
  { phrase: 'lo trinh', kind: 'lo_trinh' },
  { phrase: 'lo trinh thuc hien', kind: 'lo_trinh' },
  { phrase: 'tien do thuc hien', kind: 'lo_trinh' },
  { phrase: 'phu luc', kind: 'phu_luc' },
  { phrase: 'bieu phu luc', kind: 'phu_luc' },
];

/** Filler words that may stand before a `start` phrase. */
export const START_FILLERS = ['cac', 'nhung', 'mot so', 've', 've cac'];

/** Words a `whole` phrase may be followed by and still count as the whole part. */
export const WHOLE_TAIL = ['ke hoach', 'chuong trinh', 'ke hoach nay'];

/** Words in a sub-heading that mark it as holding targets (indicators are taken only there). */
export const TARGET_HEADING_WORDS = ['cu the', 'chi tieu', 'tam nhin'];
/** A heading with these words always holds targets, whatever its kind. */
export const ALWAYS_TARGET_HEADING_WORDS = ['chi tieu'];
/** "Mục tiêu chung" is qualitative: never a source of indicators. */
export const GENERAL_TARGET_WORDS = ['muc tieu chung', 'muc tieu tong quat', 'muc tieu tong quat chung'];

/**
 * Group rows of task tables: Roman numerals ("I", "II.", "III.1" for a sub-group), letters
 * ("A.", "D"), with a title in the next cell or in the same cell ("III Chuyển đổi xanh…"). A
 * letter that follows the previous group letter ("H." → "I.") is a letter, not a Roman numeral;
 * Roman groups under a letter give ids such as "A.I.2".
 */
import { isRoman } from '../../text/numbers.js';

export interface GroupState {
  /** The last letter group ("A"), the section Roman groups stand under. */
  letter: string | null;
  /** `group` of the rows below ("A.I", "II.1"), or null before the first group row. */
  group: string | null;
  title: string | null;
}

export const newGroupState = (): GroupState => ({ letter: null, group: null, title: null });

const MARK = /^([IVXLCDM]{1,6}|[A-Z])(\.\d{1,3}(?:\.\d{1,3})*)?[.:)]?$/;
const MARK_WITH_TITLE = /^([IVX]{1,6}|[A-Z](?=[.:)]))[.:)\-–]?\s+(\S.*)$/u;

/** The group mark a number cell holds ("II", "D.", "III.1"), or null. */
export function groupMark(num: string, st: GroupState): { mark: string; letter: boolean } | null {
  const m = MARK.exec(num.trim());
  if (!m) return null;
  const head = m[1]!;
  if (m[2]) return isRoman(head) ? { mark: head + m[2], letter: false } : null;
  return { mark: head, letter: isLetter(head, st) };
}

/** "I" after "H" is a letter; otherwise I, V, X and their compounds are Roman, every other capital a letter. */
function isLetter(mark: string, st: GroupState): boolean {
  if (mark.length > 1) return !isRoman(mark);
  if (st.letter && mark.charCodeAt(0) === st.letter.charCodeAt(0) + 1) return true;
  return !isRoman(mark);
}

/** A group row written in one cell: "I. TITLE", "III Chuyển đổi xanh năng lượng", "D. TITLE". */
export function groupInOneCell(text: string, st: GroupState): { mark: string; letter: boolean; title: string } | null {
  const m = MARK_WITH_TITLE.exec(text.trim());
  if (!m) return null;
  const letter = isLetter(m[1]!, st);
  if (!letter && !isRoman(m[1]!)) return null;
  return { mark: m[1]!, letter, title: m[2]! };
}

/** Enters a group row: letters open a section, Roman groups stand under the current letter. */
export function enterGroup(st: GroupState, mark: string, letter: boolean, title: string | null): void {
  if (letter) {
    st.letter = mark;
    st.group = mark;
  } else st.group = st.letter ? `${st.letter}.${mark}` : mark;
  st.title = title;
}

/**
 * Reading the unit an item or a sub-heading names (EXTRACTION.md "Assignments"): the noun
 * phrase from its head noun ("Sở", "Ủy ban", "các cơ quan", a title such as "Thủ trưởng")
 * to just before its predicate ("chủ trì", "có trách nhiệm" …), a colon or a parenthesis.
 * Commas and "và" stay inside (one name or one list of units), so do modifiers ("… được giao
 * chủ trì", "… có liên quan"). Lead-ins ("Đề nghị", "Giao", "Đối với", an opening "Căn cứ …,")
 * are dropped.
 */
import {
  NAMED_HEADS,
  NOUN_FOLLOWERS,
  NOMINALISERS,
  PASSIVE_VERBS,
  NOUN_MAKERS,
  NOUN_PREDICATES,
  OPENING_CLAUSES,
  PREDICATES,
  REQUEST_PREDICATES,
  UNIT_LEAD_INS,
} from '../text/keywords/organisations.js';
import { matchAt, organisationHeadAt, phraseTable, QUANTIFIER_TABLE, tokenize, type Token } from '../text/organisations.js';
import { squash } from '../text/vietnamese.js';

export interface UnitReading {
  /** The unit's name as written. */
  unit: string;
  /** What follows the name: the duty ("chủ trì, phối hợp …"), without a leading colon. */
  rest: string;
  /** The name ended at a predicate or a colon (a sentence "X chủ trì …", or "X:"). */
  ended: boolean;
  /** The predicate asks others to act ("Ủy ban nhân dân tỉnh yêu cầu …"). */
  request: boolean;
}

export interface ReadOptions {
  /**
   * A short sub-heading ("7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch"): predicates
   * that are also nouns ("đầu tư", "thông tin") do not end the name there.
   */
  heading?: boolean;
}

const LEAD_INS = phraseTable(UNIT_LEAD_INS);
const OPENINGS = phraseTable(OPENING_CLAUSES);
const VERBS = phraseTable(PREDICATES);
const NOUN_VERBS = phraseTable(NOUN_PREDICATES);
const REQUESTS = phraseTable(REQUEST_PREDICATES);
const MAKERS = phraseTable(NOUN_MAKERS);
const NOMINAL = phraseTable(NOMINALISERS);
const PASSIVE = phraseTable(PASSIVE_VERBS);
const FOLLOWERS = phraseTable(NOUN_FOLLOWERS);
const NAMED = new Set(NAMED_HEADS);
// Compound subjects of central plans run long ("Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, …").
const MAX_WORDS = 60;

const isLower = (t: Token): boolean => t.word && !/\p{Lu}/u.test(t.text);

/** Drops lead-ins; returns the token where the unit may start, or -1 when an opening clause has no unit after it. */
function skipLeadIns(toks: Token[]): number {
  let i = 0;
  for (let guard = 0; guard < 3; guard++) {
    const l = matchAt(toks, i, LEAD_INS);
    if (l) {
      i += l;
      // "Đề nghị: Hiệp hội Doanh nghiệp tỉnh, …"
      if (toks[i]?.text === ':') i++;
      continue;
    }
    break;
  }
  if (matchAt(toks, i, OPENINGS)) {
    // "Căn cứ chức năng, nhiệm vụ được giao, Sở Tài chính …": the first comma after which a unit starts.
    for (let k = i + 1; k < toks.length - 1; k++) if (toks[k]!.text === ',' && organisationHeadAt(toks, k + 1) !== -1) return k + 1;
    return -1;
  }
  return i;
}

/** A predicate that is a noun here: "các tổ chức chính trị - xã hội", "doanh nghiệp, tổ chức, cá nhân". */
function nounHere(toks: Token[], i: number, len: number): boolean {
  for (let back = 1; back <= 2 && i - back >= 0; back++) if (matchAt(toks, i - back, MAKERS) === back) return true;
  return matchAt(toks, i + len, FOLLOWERS) > 0 || i + len >= toks.length;
}

/**
 * The unit that opens `text` (an item without its number, or a heading), or null when the text
 * names no organisation ("Tăng cường công tác kiểm tra", "Số liệu …", "Hội nghị sơ kết …").
 */
export function readUnit(text: string, options: ReadOptions = {}): UnitReading | null {
  const clean = squash(text.replace(/[*_]+/g, ' ').replace(/^[-–+•]\s+/u, ''));
  const toks = tokenize(clean);
  const start = skipLeadIns(toks);
  if (start < 0 || start >= toks.length) return null;
  const head = organisationHeadAt(toks, start);
  if (head === -1) return null;
  const quantified = matchAt(toks, start, QUANTIFIER_TABLE) > 0;
  const headKey = toks
    .slice(head.headStart, head.end)
    .map((t) => t.key)
    .join(' ');
  // A head that needs a name keeps its first word, also a verb's ("phòng quản lý đô thị").
  let i = head.end;
  if (!quantified && NAMED.has(headKey) && i < toks.length && isLower(toks[i]!)) i += matchAt(toks, i, NOUN_VERBS);
  let end = toks.length;
  let restFrom = toks.length;
  let ended = false;
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    // "Giám đốc các Sở; Chủ tịch Ủy ban nhân dân các xã": a ";" before another unit stays in the list.
    if (t.text === ';' && organisationHeadAt(toks, i + 1) !== -1) continue;
    if (t.text === ':' || t.text === ';') {
      end = i;
      restFrom = i + 1;
      ended = true;
      break;
    }
    if (t.text === '(') {
      // A role in parentheses ends the name and is dropped: "Sở Tư pháp (cơ quan thường trực …)".
      let close = i + 1;
      while (close < toks.length && toks[close]!.text !== ')') close++;
      end = i;
      restFrom = Math.min(close + 1, toks.length);
      if (toks[restFrom]?.text === ':') restFrom++;
      ended = restFrom < toks.length;
      break;
    }
    if (t.text === '.' && (i + 1 >= toks.length || /^\p{Lu}/u.test(toks[i + 1]!.text))) {
      end = i;
      restFrom = i + 1;
      break;
    }
    if (!isLower(t)) continue;
    // "… được giao chủ trì": in a plural unit, "được" opens a modifier whose verb belongs to it.
    if (t.key === 'được' && quantified) {
      let j = i + 1;
      const passive = matchAt(toks, j, PASSIVE);
      j += passive || matchAt(toks, j, VERBS) || matchAt(toks, j, NOUN_VERBS);
      if (passive) j += matchAt(toks, j, VERBS) || matchAt(toks, j, NOUN_VERBS);
      i = j - 1;
      continue;
    }
    // "… có liên quan tới việc thực hiện …": a verb after a nominaliser is a noun.
    if (i > 0 && matchAt(toks, i - 1, NOMINAL) === 1) continue;
    const v = matchAt(toks, i, VERBS);
    const nv = v ? 0 : matchAt(toks, i, NOUN_VERBS);
    if (!v && !nv) continue;
    if (nv && (options.heading || nounHere(toks, i, nv))) {
      i += nv - 1;
      continue;
    }
    end = i;
    restFrom = i;
    ended = true;
    break;
  }
  const unitToks = toks.slice(start, end);
  while (unitToks.length && !unitToks[unitToks.length - 1]!.word) unitToks.pop();
  if (!unitToks.length) return null;
  const unit = clean.slice(unitToks[0]!.start, unitToks[unitToks.length - 1]!.end).trim();
  if (unitToks.filter((t) => t.word).length > MAX_WORDS) return null;
  const rest = restFrom < toks.length ? clean.slice(toks[restFrom]!.start).trim() : '';
  const restToks = tokenize(rest);
  return { unit, rest, ended, request: matchAt(restToks, 0, REQUESTS) > 0 };
}

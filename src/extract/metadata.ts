/**
 * Document metadata (EXTRACTION.md "The document"): kind, number and symbol, issuer, place and
 * date, title, signer and recipients, from the frame found in `frame.ts`.
 */
import type { Block, ParagraphBlock } from '../model/blocks.js';
import type { PlanDocument, Signer } from '../model/plan.js';
import { result, type Result } from '../model/result.js';
import { fold, squash, upperRatio, words } from '../text/vietnamese.js';
import { AUTHORITY_MARKER, MOTTO_LINES, PLACE_TYPES, RECIPIENTS_OPENER, SIGNATURE_NOISE } from '../text/keywords/document.js';
import { continuesHead, endsWithNamedHead, expandOrganisationAbbreviations, startsWithOrganisation } from '../text/organisations.js';
import { isAuthorityLine, isNameLine, isPositionLine, type Frame } from './frame.js';
import { trimEndWhile, trimStartWhile } from '../text/trim.js';

const isPara = (b: Block | undefined): b is ParagraphBlock => !!b && b.type === 'paragraph';

/** Header lines: everything before the kind line (or the first blocks when there is none). */
function headerLines(blocks: Block[], frame: Frame): ParagraphBlock[] {
  const end = frame.kindLine ?? Math.min(blocks.length, frame.body[0] || 8);
  return blocks.slice(0, end).filter(isPara);
}

const NUMBER_WORD = /(?:^|\s)Số(?:\s*ký hiệu)?(?:\s*:)?/giu;

/** What follows the first "Số:" whose rest (past white space) holds no line break, as `Số\s*…:?\s*(.*)$` read it. */
function numberLineRest(text: string): string | null {
  for (const w of text.matchAll(NUMBER_WORD)) {
    const rest = text.slice(w.index! + w[0].length).trimStart();
    if (!/[\n\r\u2028\u2029]/.test(rest)) return rest;
  }
  return null;
}

/** The document number of a "Số: 310/KH-UBND" line and its symbol ("KH-UBND"). */
export function parseDocumentNumber(text: string): { number: string; symbol: string | null } | null {
  const rest = numberLineRest(text);
  if (rest === null) return null;
  // The number ends at the first space that is not inside "310 /KH-UBND"-style spacing.
  let raw = squash(rest).replace(/ ?([/-]) ?/g, '$1');
  raw = raw.split(/\s+/)[0] ?? '';
  raw = trimEndWhile(raw, /[.,;:]/);
  const blank = raw.length - trimStartWhile(raw, /[.…_]/).length;
  if (blank && /[/-]/.test(raw[blank] ?? '')) raw = raw.slice(blank);
  if (!raw || !/[\p{L}]/u.test(raw) || /^(ngày|tháng)/i.test(raw)) return null;
  const symbol = raw.replace(/^[\d.]*(?:\/(?:19|20)\d{2})?[-/]?/, '') || null;
  return { number: raw, symbol };
}

// Drafts leave the day and month blank, with spaces, dots or underscores: "ngày ….. tháng 5 năm 2026".
// Each blank run is read by one quantifier whose neighbours can never match its characters, and
// the text before "ngày" is not part of the pattern: the match is linear in the line's length.
const BLANK = String.raw`[\s.…_]*`;
const DATE_TAIL = new RegExp(
  String.raw`ngày${BLANK}(?:(\d{1,2})${BLANK})?(?:tháng${BLANK}(?:(\d{1,2})${BLANK})?năm${BLANK}(\d{4})|[/-]${BLANK}(?:(\d{1,2})${BLANK})?[/-]${BLANK}(\d{4}))`,
  'iuy',
);
const DATE_WORD = /\bngày/giu;

/** The first "ngày … năm …" (or "ngày …/…/…") on the first line of `text`: the text before it and its groups. */
function matchDateLine(text: string): { before: string; day?: string; month?: string; year: string } | null {
  const eol = text.search(/[\n\r\u2028\u2029]/);
  const limit = eol < 0 ? text.length : eol;
  for (const w of text.matchAll(DATE_WORD)) {
    if (w.index! >= limit) break;
    DATE_TAIL.lastIndex = w.index!;
    const m = DATE_TAIL.exec(text);
    if (m) return { before: text.slice(0, w.index!), day: m[1], month: m[2] ?? m[4], year: (m[3] ?? m[5])! };
  }
  return null;
}

export function parsePlaceDate(text: string): { place: string | null; date: string | null } | null {
  const m = matchDateLine(text);
  if (!m) return null;
  const day = m.day ? +m.day : null;
  const month = m.month ? +m.month : null;
  const year = m.year;
  let date = year;
  if (month && month >= 1 && month <= 12) {
    date += `-${String(month).padStart(2, '0')}`;
    if (day && day >= 1 && day <= 31) date += `-${String(day).padStart(2, '0')}`;
  }
  // a place is a few words just before "ngày": a bounded window keeps the clean-up below linear
  let place = squash(m.before.slice(-200)).replace(/^.*(hạnh phúc|việt nam)[\s\-–_*.]*/i, '');
  place = trimEndWhile(trimStartWhile(place, /[\s\-–_*.,(]/), /[\s\-–_*.,]/);
  if (!place || words(place).length > 6 || /\d/.test(place)) place = '';
  return { place: place || null, date };
}

const expandAbbreviations = expandOrganisationAbbreviations;

/** "ỦY BAN NHÂN DÂN XÃ VĨNH AM" → "Ủy ban nhân dân xã Vĩnh Am"; mixed-case names are kept. */
export function normalCase(name: string): string {
  const s = squash(expandAbbreviations(name));
  if (upperRatio(s) < 0.8) return s;
  const lower = s.toLocaleLowerCase('vi');
  // The place part ("xã vĩnh am") is a proper name: capitalise its words.
  let placeAt = -1;
  let placeType = '';
  for (const t of PLACE_TYPES) {
    const i = lower.search(new RegExp(`(^|\\s)${t}(\\s|$)`, 'u'));
    if (i >= 0 && (placeAt < 0 || i < placeAt)) {
      placeAt = i + (lower[i] === ' ' ? 1 : 0);
      placeType = t;
    }
  }
  const cap = (w: string): string => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
  let head = placeAt >= 0 ? lower.slice(0, placeAt).trim() : lower;
  const tail = placeAt >= 0 ? lower.slice(placeAt + placeType.length).trim() : '';
  // Organ names: first word capitalised, and the first word of each named part ("Sở Nông nghiệp và Môi trường").
  const hw = head.split(' ');
  head = hw
    .map((w, i) => {
      if (i === 0) return cap(w);
      // The proper name after a head ("Sở | Nông nghiệp và | Môi trường"), not the rest of the head ("Ủy ban | nhân dân").
      if ((hw[i - 1] === 'và' || endsWithNamedHead(hw.slice(0, i))) && !continuesHead(w)) return cap(w);
      return w;
    })
    .join(' ')
    .replace(/(?<![\p{L}])ủy ban(?![\p{L}])/gu, 'Ủy ban');
  const fixedHead = head.replace(/^Ủy Ban/, 'Ủy ban');
  if (placeAt < 0) return fixedHead;
  return `${fixedHead} ${placeType} ${tail.split(' ').map(cap).join(' ')}`.trim();
}

function isOrganHead(text: string): boolean {
  return startsWithOrganisation(text);
}

/** "… ỦY BAN NHÂN DÂN **" → "… ỦY BAN NHÂN DÂN": a run of stars at the end, with the white space around it. */
function withoutTrailingStars(s: string): string {
  const a = trimEndWhile(s, /\s/);
  const b = trimEndWhile(a, /\*/);
  return b.length < a.length ? trimEndWhile(b, /\s/) : s;
}

/** The issuing organ from the header block: the last organ named above "Số:". */
function issuerFromHeader(lines: ParagraphBlock[]): string | null {
  const organs: string[] = [];
  for (const p of lines) {
    for (const l of p.lines.length ? p.lines.map((x) => x.text) : [p.text]) {
      let t = l.trim();
      const motto = fold(t).search(/cong hoa xa hoi chu nghia|dang cong san viet nam/);
      if (motto > 0) t = t.slice(0, motto).trim();
      const f = fold(t);
      if (!t || /^[-_=*.…\s]+$/.test(t)) continue;
      if (/^số(?![\p{L}\d])/iu.test(t) || MOTTO_LINES.some((m) => f.startsWith(m)) || matchDateLine(t) !== null) continue;
      if (upperRatio(t) < 0.7) continue;
      if (isOrganHead(t)) organs.push(t);
      else if (organs.length) organs[organs.length - 1] += ` ${t}`;
    }
  }
  const last = organs[organs.length - 1];
  return last ? normalCase(withoutTrailingStars(last)) : null;
}

const ISSUES =
  /(?:^|[,.;:]\s*|\s)((?:Ủy ban|UBND|Uỷ ban|Ban|Sở|Đảng ủy|Đảng uỷ|Hội đồng|HĐND|Bộ|Cục|Chi cục|Văn phòng|Phòng|Trung tâm|Thường trực|Đảng đoàn|Chính phủ|Thủ tướng)[^,.;:]{0,80}?)\s+(?:ban hành|xây dựng(?:\s+và\s+triển khai)?|triển khai|tổ chức xây dựng)\s+(?:\S+\s+){0,2}?(?:kế hoạch|chương trình)/iu;

/** "Ủy ban nhân dân xã Vĩnh Am ban hành Kế hoạch…" in the preamble. */
function issuerFromText(blocks: Block[], frame: Frame): string | null {
  const from = frame.title ? frame.title[1] : frame.body[0];
  const to = Math.min(blocks.length, from + 6, frame.body[1] + 1);
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (!isPara(b)) continue;
    const m = ISSUES.exec(b.text);
    if (m) return normalCase(squash(m[1]!));
  }
  return null;
}

function signerFrom(blocks: Block[], range: { start: number; end: number } | null): Signer | null {
  if (!range) return null;
  const lines: string[] = [];
  for (let i = range.start; i < range.end; i++) {
    const b = blocks[i];
    if (isPara(b)) for (const l of b.lines.length ? b.lines : [{ text: b.text }]) lines.push(squash(l.text));
  }
  const authority: string[] = [];
  let position: string | null = null;
  let name: string | null = null;
  for (const l of lines) {
    if (!l || SIGNATURE_NOISE.test(l)) continue;
    if (isAuthorityLine(l)) {
      authority.push(l.replace(/^(TM|T\/M|TM\/)\s*[./]?\s*/i, 'TM. ').replace(/^TM\.\s+TM\./, 'TM.'));
      continue;
    }
    if (isPositionLine(l) && !name) {
      position = position && authority.length === 0 ? `${position} ${l}` : l;
      continue;
    }
    if (isNameLine(l)) {
      name = l.replace(/[.,;]$/, '');
      continue;
    }
    // A wrapped authority line ("TM. ỦY BAN" / "NHÂN DÂN").
    if (authority.length && !position && upperRatio(l) > 0.8) authority[authority.length - 1] += ` ${l}`;
  }
  // "TM/BAN THƯỜNG VỤ" written with a slash keeps its meaning; restore the usual spelling.
  const auth = authority.map((a) => squash(a));
  if (!position && auth.length) {
    // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line: the position is the trailing title.
    const last = auth[auth.length - 1]!;
    const m = splitTrailingTitle(last);
    if (m) {
      auth[auth.length - 1] = `${m.authority} ${m.head}`;
      position = m.position;
    }
  }
  if (!name && !position && !auth.length) return null;
  return { name, position, authority: auth };
}

const TRAILING_TITLE = /\s(?:PHÓ|PHỤ TRÁCH)\s/gu;

/**
 * "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → authority "KT.", head "CHỦ TỊCH", position "PHÓ CHỦ TỊCH": the
 * first "PHÓ"/"PHỤ TRÁCH" after the head, as `^(KT\.|…)\s*(.+?)\s+((?:PHÓ|PHỤ TRÁCH)\s.+)$` read it
 * (a squashed line: single spaces, no line break).
 */
function splitTrailingTitle(line: string): { authority: string; head: string; position: string } | null {
  const a = /^(?:KT|TL|TUQ|Q)\./u.exec(line);
  if (!a || /[\n\r\u2028\u2029]/.test(line)) return null;
  const afterMark = line.slice(a[0].length);
  const headStart = a[0].length + (afterMark.length - afterMark.trimStart().length);
  TRAILING_TITLE.lastIndex = headStart + 1; // the head is at least one character
  const t = TRAILING_TITLE.exec(line);
  if (!t) return null;
  return { authority: a[0], head: line.slice(headStart, t.index), position: line.slice(t.index + 1) };
}

function recipientsFrom(blocks: Block[], r: { index: number; end: number } | null): string[] {
  if (!r) return [];
  const out: string[] = [];
  const first = blocks[r.index] as ParagraphBlock;
  const push = (t: string, continuation: boolean): void => {
    let s = squash(t).replace(/^[-+•–]\s*/, '');
    s = trimEndWhile(s, /[\s;,.]/);
    if (!s) return;
    if (continuation && out.length) out[out.length - 1] += ` ${s}`;
    else out.push(s);
  };
  // Entries written on the opener's own lines ("Nơi nhận: - Như trên;").
  first.lines.forEach((l, i) => {
    const t = i === 0 ? l.text.replace(RECIPIENTS_OPENER, '') : l.text;
    if (t.trim()) push(t, false);
  });
  for (let i = r.index + 1; i < r.end; i++) {
    const b = blocks[i];
    if (!isPara(b)) continue;
    const lines = b.lines.length ? b.lines.map((l) => l.text) : [b.text];
    lines.forEach((l, j) => {
      // A line in lower case continues the entry above it (the list wrapped), unless it is a
      // new "lưu …"/"như …" entry of an unbulleted paragraph or a bulleted line of its own.
      const t = l.trim();
      const lower = /^\p{Ll}/u.test(t);
      const opensEntry = /^(lưu|như)(?![\p{L}\d])/iu.test(t);
      push(l, lower && ((!b.bullet && !opensEntry) || (j > 0 && !/^[-+•]/.test(t))));
    });
  }
  return out;
}

function titleFrom(blocks: Block[], frame: Frame): string | null {
  if (!frame.title) return null;
  const [s, e] = frame.title;
  const parts = blocks
    .slice(s, e)
    .filter(isPara)
    .map((p) => p.text);
  return squash(parts.join(' ')) || null;
}

function documentKind(frame: Frame, number: string | null, blocks: Block[]): 'KH' | 'CTr' | 'other' {
  const k = frame.planKindWord ?? frame.kindWord;
  if (k === 'KH' || k === 'CTr') return k;
  if (number) {
    if (/^[^/]*[-/]KH\b/.test(number) || /(^|[-/])KH[-/]/.test(number)) return 'KH';
    if (/CTr/.test(number)) return 'CTr';
  }
  if (k === 'QD' || k === 'NQ') {
    const text = blocks
      .slice(0, 30)
      .filter(isPara)
      .map((p) => p.text)
      .join(' ');
    // The first thing the decision issues or approves decides.
    const m = /(?:ban hành|phê duyệt)\s+(?:kèm theo\s+\S+\s+\S+\s+)?(kế hoạch|chương trình)/iu.exec(text);
    if (m) return /^kế/iu.test(m[1]!) ? 'KH' : 'CTr';
  }
  return 'other';
}

/** The locality a plan is about: "xã An Phú" in the title, else the place of the date line. */
function locality(title: string | null, place: string | null): string | null {
  const m = title
    ? /trên địa bàn\s+((?:xã|phường|thị trấn|thành phố|tỉnh|huyện|quận|thị xã|đặc khu)\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*)/u.exec(
        title,
      )
    : null;
  if (m) return m[1]!;
  return place;
}

/** The stage: the document's facts; `references` stays empty (the references stage fills it). */
export function extractMetadata(blocks: Block[], frame: Frame): Result<PlanDocument> {
  return result(metadataOf(blocks, frame));
}

function metadataOf(blocks: Block[], frame: Frame): PlanDocument {
  const header = headerLines(blocks, frame);
  let numbered: { number: string; symbol: string | null } | null = null;
  let placeDate: { place: string | null; date: string | null } | null = null;
  for (const p of header) {
    for (const l of p.lines.length ? p.lines.map((x) => x.text) : [p.text]) {
      if (!numbered && /(?<![\p{L}])Số(?![\p{L}])/iu.test(l)) numbered = parseDocumentNumber(l);
      if (!placeDate) placeDate = parsePlaceDate(l);
    }
    if (!placeDate) placeDate = parsePlaceDate(p.text);
  }
  const title = titleFrom(blocks, frame);
  const kind = documentKind(frame, numbered?.number ?? null, blocks);
  const signature = frame.decisionSignature ?? frame.signature;
  const signer = signerFrom(blocks, signature) ?? signerFrom(blocks, frame.signature);
  let issuer = issuerFromHeader(header) ?? issuerFromText(blocks, frame);
  if (!issuer && signer && signer.authority.length) {
    const organ = signer.authority[0]!.replace(AUTHORITY_MARKER, '');
    const loc = locality(title, placeDate?.place ?? null);
    issuer = normalCase(organ) + (loc ? ` ${loc}` : '');
  }
  const recipients = recipientsFrom(blocks, frame.decisionRecipients ?? frame.recipients);
  return {
    kind,
    number: numbered?.number ?? null,
    symbol: numbered?.symbol ?? null,
    issuer: issuer ?? null,
    place: placeDate?.place ?? null,
    date: placeDate?.date ?? null,
    title,
    references: [],
    signer,
    recipients,
  };
}

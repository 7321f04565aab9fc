/**
 * The frame of an administrative document around its body: header block, kind line
 * ("KẾ HOẠCH"), title, recipients ("Nơi nhận"), signature and annex. Knowing the frame keeps
 * metadata lines out of the sections, and tells the other stages where the body is.
 */
import type { Block, ParagraphBlock } from '../model/blocks.js';
import { result, type Result } from '../model/result.js';
import { fold, upperRatio, words } from '../text/vietnamese.js';
import { AUTHORITY_MARKER, KIND_LINES, MOTTO_LINES, RECIPIENTS_OPENER, SIGNATURE_NOISE } from '../text/keywords/document.js';
import { startsWithDecidingOrgan, startsWithPositionTitle } from '../text/organisations.js';
import { trimEndWhile } from '../text/trim.js';

export type KindWord = (typeof KIND_LINES)[number]['kind'];

export interface Frame {
  /** Index of the kind line of the document (the decision's, for a plan issued by a decision). */
  kindLine: number | null;
  kindWord: KindWord | null;
  /** Kind line of the plan itself when a decision issues it. */
  planKindLine: number | null;
  planKindWord: KindWord | null;
  /** Title paragraphs [start, end). */
  title: [number, number] | null;
  /** Blocks of the plan body [start, end). */
  body: [number, number];
  recipients: { index: number; end: number } | null;
  signature: { start: number; end: number } | null;
  /** Recipients and signature of the decision that issues the plan, when there is one. */
  decisionRecipients: { index: number; end: number } | null;
  decisionSignature: { start: number; end: number } | null;
  /** First block of the annex, if any. */
  annex: number | null;
}

const isPara = (b: Block | undefined): b is ParagraphBlock => !!b && b.type === 'paragraph';
const PREAMBLE = /^(căn cứ|thực hiện|triển khai|theo|nhằm|để|trên cơ sở|xét|sau khi|qua|ngày|hôm nay)(?![\p{L}\d])/iu;

export function kindOfLine(p: ParagraphBlock): KindWord | null {
  const f = fold(p.text);
  if (words(p.text).length > 12 || /\bso\b\s*[:\d]/.test(f)) return null;
  const styled = p.bold || !!p.heading || upperRatio(p.text) > 0.8 || p.align === 'center';
  if (!styled) return null;
  if (upperRatio(p.text) < 0.5 && !p.heading && words(p.text).length > 4) return null;
  for (const k of KIND_LINES) if (f === k.phrase || f.startsWith(k.phrase + ' ')) return k.kind;
  return null;
}

export function isAuthorityLine(text: string): boolean {
  return AUTHORITY_MARKER.test(text.trim());
}

export function isPositionLine(text: string): boolean {
  const t = text.trim();
  if (upperRatio(t) < 0.8 || words(t).length > 8) return false;
  return startsWithPositionTitle(t);
}

/** A person's name: 2–6 capitalised words, no digits, not a frame line. */
export function isNameLine(text: string): boolean {
  const t = text.trim().replace(/[.,;]$/, '');
  const w = words(t);
  if (w.length < 2 || w.length > 6 || /\d/.test(t)) return false;
  if (!w.every((x) => /^\p{Lu}/u.test(x))) return false;
  if (isPositionLine(t) || isAuthorityLine(t)) return false;
  const f = fold(t);
  if (MOTTO_LINES.some((m) => f.startsWith(m)) || /^(noi nhan|phu luc|ke hoach)/.test(f)) return false;
  return true;
}

function findKindLine(blocks: Block[], from: number, to: number): { index: number; kind: KindWord } | null {
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (!isPara(b)) continue;
    const k = kindOfLine(b);
    if (k) return { index: i, kind: k };
  }
  return null;
}

function findTitle(blocks: Block[], kindLine: number, limit: number): [number, number] | null {
  let i = kindLine + 1;
  // Separator lines, and the rest of the kind line on a line of its own ("CỦA BỘ CHÍNH TRỊ").
  const skip = (b: Block | undefined): boolean =>
    isPara(b) && (/^[-_=*.…\s]*$/.test(b.text) || (/^CỦA\s/u.test(b.text) && upperRatio(b.text) > 0.9 && words(b.text).length <= 10));
  while (i < limit && skip(blocks[i])) i++;
  const first = blocks[i];
  if (!isPara(first) || /^(kính gửi|số\s*:)/i.test(first.text)) return null;
  let end = i + 1;
  const firstCaps = upperRatio(first.text) > 0.8;
  const styled = first.bold || firstCaps || first.align === 'center';
  while (styled && end < limit && end < i + 4) {
    const n = blocks[end];
    if (!isPara(n) || PREAMBLE.test(n.text) || n.bullet) break;
    if (/^[-_=*.…\s]*$/.test(n.text)) break;
    const same = (first.bold && n.bold) || (firstCaps && (upperRatio(n.text) > 0.8 || !/\p{L}/u.test(n.text)));
    if (!same || /^\(/.test(n.text) || numberedHeadingLike(n.text) || isOrganLine(n.text)) break;
    end++;
  }
  return [i, end];
}

/** "THỦ TƯỚNG CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH …" under a decision's title: the organ that decides. */
function isOrganLine(text: string): boolean {
  return upperRatio(text) > 0.8 && words(text).length <= 10 && startsWithDecidingOrgan(text);
}

function numberedHeadingLike(text: string): boolean {
  return /^([IVXLC]+|\d+)\s*[.)]\s+\S/.test(text);
}

function findRecipients(blocks: Block[], from: number, to = blocks.length): { index: number; end: number } | null {
  // The first opener after the body start: annexes often hold blank forms with their own "Nơi nhận".
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (isPara(b) && RECIPIENTS_OPENER.test(b.text) && words(b.text).length < 40) {
      let end = i + 1;
      while (end < to) {
        const n = blocks[end];
        if (!isPara(n)) break;
        if (isAuthorityLine(n.text) || isPositionLine(n.text)) break;
        if (n.bullet || /^\p{Ll}/u.test(n.text) || /^(lưu|như)(?![\p{L}\d])/iu.test(n.text)) {
          end++;
          continue;
        }
        break;
      }
      return { index: i, end };
    }
  }
  return null;
}

function isSignatureLine(p: ParagraphBlock): boolean {
  return p.lines.some((l) => isAuthorityLine(l.text) || isPositionLine(l.text)) || isAuthorityLine(p.text) || isPositionLine(p.text);
}

function signatureFrom(blocks: Block[], start: number): { start: number; end: number } | null {
  const b = blocks[start];
  if (!isPara(b) || !isSignatureLine(b)) return null;
  let end = start + 1;
  // The name follows within a few paragraphs ("(Đã ký)" lines may stand between).
  while (end < blocks.length && end < start + 8) {
    const n = blocks[end];
    if (!isPara(n)) break;
    const texts = n.lines.length ? n.lines.map((l) => l.text) : [n.text];
    if (isSignatureLine(n) || texts.every((t) => SIGNATURE_NOISE.test(t.trim()))) {
      end++;
      continue;
    }
    // The name, possibly after "(Đã ký)" on a line of the same paragraph.
    if (texts.every((t) => SIGNATURE_NOISE.test(t.trim()) || isNameLine(t)) && texts.some((t) => isNameLine(t))) {
      end++;
      break;
    }
    break;
  }
  return { start, end };
}

function findSignature(
  blocks: Block[],
  bodyStart: number,
  recipients: Frame['recipients'],
  to = blocks.length,
): { start: number; end: number } | null {
  if (recipients) {
    for (let i = recipients.end; i < Math.min(blocks.length, recipients.end + 4); i++) {
      const s = signatureFrom(blocks, i);
      if (s) return s;
    }
    for (let i = recipients.index - 1; i >= Math.max(bodyStart, recipients.index - 8); i--) {
      const b = blocks[i];
      if (isPara(b) && isSignatureLine(b)) {
        let start = i;
        while (start - 1 >= bodyStart && isPara(blocks[start - 1]) && isSignatureLine(blocks[start - 1] as ParagraphBlock)) start--;
        return signatureFrom(blocks, start);
      }
    }
  }
  // No recipients list: the last authority line of the document.
  for (let i = to - 1; i > bodyStart + 3; i--) {
    const b = blocks[i];
    if (isPara(b) && b.lines.some((l) => isAuthorityLine(l.text))) {
      let start = i;
      while (start - 1 > bodyStart && isPara(blocks[start - 1]) && isSignatureLine(blocks[start - 1] as ParagraphBlock)) start--;
      return signatureFrom(blocks, start);
    }
  }
  return null;
}

const ANNEX_HEAD = /^(biểu\s+)?phụ\s+lục(?![\p{L}\d])/iu;
const ATTACHED = /^\(?\s*(ban hành\s+)?kèm theo\b/i;

export function isAnnexHeading(p: ParagraphBlock): boolean {
  const first = p.lines[0];
  if (first && p.lines.length > 1 && ANNEX_HEAD.test(first.text.trim()) && words(first.text).length <= 12) {
    return first.bold || !!p.heading || upperRatio(first.text) > 0.5 || words(first.text).length <= 4;
  }
  if (!ANNEX_HEAD.test(p.text.trim())) return false;
  return (
    words(p.text).length <= 40 && (p.bold || !!p.heading || upperRatio(p.text) > 0.5 || p.align === 'center' || words(p.text).length <= 6)
  );
}

/** The heading line of an annex heading paragraph (its first line when more follow). */
export function annexHeadingText(p: ParagraphBlock): string {
  const first = p.lines[0];
  if (first && p.lines.length > 1 && ANNEX_HEAD.test(first.text.trim())) return trimEndWhile(first.text, /[\s.:]/);
  return trimEndWhile(p.text, /[\s.:]/);
}

function findAnnex(blocks: Block[], from: number, afterFrame: number): number | null {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    if (!isPara(b)) continue;
    if (isAnnexHeading(b) && (i >= afterFrame || b.bold || b.heading || upperRatio(b.text) > 0.8)) return i;
    // After the signature, a title followed by "(Kèm theo Kế hoạch …)" opens an annex.
    if (i >= afterFrame && (b.bold || upperRatio(b.text) > 0.8 || b.align === 'center')) {
      for (let j = i + 1; j < Math.min(blocks.length, i + 4); j++) {
        const n = blocks[j];
        if (isPara(n) && ATTACHED.test(n.text) && /kế hoạch|chương trình/i.test(n.text)) return i;
      }
    }
  }
  return null;
}

/** The stage: the frame of the plan (it notices nothing worth a message). */
export function findFrame(blocks: Block[]): Result<Frame> {
  return result(frameOf(blocks));
}

function frameOf(blocks: Block[]): Frame {
  const firstHeading = blocks.findIndex((b) => isPara(b) && /^(PHẦN\s+[IVX]+|[IVX]+)\s*[.:)\-–]\s*\S/.test(b.text));
  const limit = firstHeading >= 0 ? firstHeading : Math.min(blocks.length, 40);
  const kind = findKindLine(blocks, 0, Math.max(limit, Math.min(blocks.length, 12)));
  let planKind: { index: number; kind: KindWord } | null = null;
  if (kind && (kind.kind === 'QD' || kind.kind === 'NQ')) {
    // A decision or resolution that issues a plan: the plan's own kind line comes later.
    for (let i = kind.index + 1; i < blocks.length; i++) {
      const b = blocks[i];
      if (!isPara(b)) continue;
      const k = kindOfLine(b);
      if (k === 'KH' || k === 'CTr') {
        const next = blocks.slice(i + 1, i + 5).some((n) => isPara(n) && /kèm theo\s+(quyết định|nghị quyết)/i.test(n.text));
        if (next || upperRatio(b.text) > 0.8) {
          planKind = { index: i, kind: k };
          break;
        }
      }
    }
  }
  const titleAnchor = planKind ?? kind;
  let title = titleAnchor ? findTitle(blocks, titleAnchor.index, blocks.length) : null;
  let bodyStart = title ? title[1] : titleAnchor ? titleAnchor.index + 1 : 0;
  if (!titleAnchor) {
    // No kind line: the body starts after the header lines ("Số:", date, motto).
    bodyStart = 0;
    title = null;
  }
  // Skip the "(Ban hành kèm theo Quyết định …)" line under a plan's title.
  while (bodyStart < blocks.length && isPara(blocks[bodyStart]) && ATTACHED.test((blocks[bodyStart] as ParagraphBlock).text)) bodyStart++;
  const recipients = findRecipients(blocks, bodyStart);
  const signature = findSignature(blocks, bodyStart, recipients);
  const frameEnd = Math.max(recipients?.end ?? 0, signature?.end ?? 0);
  const annex = findAnnex(blocks, bodyStart, frameEnd || blocks.length);
  const ends = [recipients?.index, signature?.start, annex].filter((x): x is number => x != null && x >= bodyStart);
  let bodyEnd = ends.length ? Math.min(...ends) : blocks.length;
  if (planKind && signature && signature.start < planKind.index)
    bodyEnd = ends.filter((x) => x > planKind!.index).length ? Math.min(...ends.filter((x) => x > planKind!.index)) : blocks.length;
  let decisionRecipients: Frame['recipients'] = null;
  let decisionSignature: Frame['signature'] = null;
  if (kind && planKind) {
    decisionRecipients = findRecipients(blocks, kind.index + 1, planKind.index);
    decisionSignature = findSignature(blocks, kind.index + 1, decisionRecipients, planKind.index);
  }
  return {
    decisionRecipients,
    decisionSignature,
    kindLine: kind?.index ?? null,
    kindWord: kind?.kind ?? null,
    planKindLine: planKind?.index ?? null,
    planKindWord: planKind?.kind ?? null,
    title,
    body: [bodyStart, Math.max(bodyStart, bodyEnd)],
    recipients,
    signature,
    annex,
  };
}

/** Portal tables: a cell's text and lines, with markdown markup stripped. */
import { startsWithOrganisation, startsWithPositionTitle } from '../../text/organisations.js';
import { squash } from '../../text/vietnamese.js';
import { CELL_LINE_OPENER } from '../../text/keywords/frame-cues.js';

export interface CellText {
  text: string;
  lines: string[];
  bold: boolean;
}

const BULLET_START = /^([-+•–∙]\s+\S|[a-zđ]\)\s|\d{1,2}[.)]\s)/u;
// A signer's position in capitals ("PHÓ CHỦ TỊCH") opens a line of its own.
const isPositionLine = (t: string): boolean => /^\p{Lu}+(?:\s|$)/u.test(t) && startsWithPositionTitle(t);

export function unescape(s: string): string {
  return s.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** Splits a line into (text, bold, italic) pieces by `**` and `*` markers. */
interface MarkedLine {
  text: string;
  opensSpan: boolean;
  closesSpan: boolean;
  boldChars: number;
  chars: number;
}

function markup(raw: string[]): { lines: MarkedLine[] } {
  let bold = false;
  let italic = false;
  const out: MarkedLine[] = [];
  for (const rawLine of raw) {
    const line = rawLine.trim();
    let text = '';
    let boldChars = 0;
    let chars = 0;
    const spanAtStart = bold || italic;
    let opensSpan = false;
    let closesSpan = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '\\' && i + 1 < line.length && /[\\`*_{}[\]()#+\-.!|<>~]/.test(line[i + 1]!)) {
        text += line[i + 1]!;
        if (line[i + 1]!.trim()) {
          chars++;
          if (bold) boldChars++;
        }
        i++;
        continue;
      }
      if (ch === '*' && line[i + 1] === '*') {
        bold = !bold;
        if (!text.trim() && bold) opensSpan = true;
        i++;
        if (!bold && onlyStarsAfter(line, i)) closesSpan = true;
        continue;
      }
      if (ch === '*') {
        const prev = line[i - 1] ?? ' ';
        const next = line[i + 1] ?? ' ';
        if (!italic && /\s/.test(prev) === false && i > 0 && /\S/.test(next) && /\w/u.test(prev)) {
          text += ch; // a literal star inside a word
          continue;
        }
        italic = !italic;
        if (!text.trim() && italic) opensSpan = true;
        if (!italic && onlyStarsAfter(line, i)) closesSpan = true;
        continue;
      }
      text += ch;
      if (ch.trim()) {
        chars++;
        if (bold) boldChars++;
      }
    }
    if (spanAtStart) opensSpan = false;
    out.push({ text: squash(text), opensSpan, closesSpan, boldChars, chars });
  }
  return { lines: out };
}

// A mixed-case unit name; capitals are header and signature lines ("TM. ỦY BAN" / "NHÂN DÂN").
const upperOnly = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const isUnitStart = (t: string): boolean => /^\p{Lu}/u.test(t) && !upperOnly(t) && startsWithOrganisation(t);

export function cellText(raw: string[]): CellText {
  const { lines } = markup(raw.filter((l) => !/^\s*[-_=*.…]{3,}\s*$/.test(l)));
  const logical: string[] = [];
  let boldChars = 0;
  let chars = 0;
  let prev = null as MarkedLine | null;
  for (const l of lines) {
    boldChars += l.boldChars;
    chars += l.chars;
    if (!l.text) {
      if (l.closesSpan && prev) prev = { ...prev, closesSpan: true };
      continue;
    }
    const last = logical[logical.length - 1];
    const starts =
      last === undefined ||
      l.opensSpan ||
      (prev?.closesSpan ?? false) ||
      BULLET_START.test(l.text) ||
      CELL_LINE_OPENER.test(l.text) ||
      isPositionLine(l.text) ||
      (/[;:]$/.test(last) && !/^Số\s*:$/u.test(last)) ||
      (upperOnly(last) && /\p{Ll}/u.test(l.text) && !/^\p{Ll}/u.test(l.text)) ||
      // A short line and then a unit's name: one unit per line ("Sở Tài chính" / "Sở Nội vụ"),
      // not a wrap (the portal wraps near 80 characters).
      (prev !== null && prev.text.length < 45 && !/[,\-–]$/.test(prev.text) && isUnitStart(l.text));
    if (starts) logical.push(l.text);
    else logical[logical.length - 1] = `${last} ${l.text}`;
    prev = l;
  }
  const text = squash(logical.join(' '));
  return { text, lines: logical, bold: chars > 0 && boldChars === chars };
}

/** Nothing but stars and white space follows position i: the emphasis closed there ends the line. */
function onlyStarsAfter(line: string, i: number): boolean {
  return !line
    .slice(i + 1)
    .replace(/\*/g, '')
    .trim();
}

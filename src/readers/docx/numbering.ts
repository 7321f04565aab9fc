/**
 * Word automatic numbering, rendered as Word shows it: mammoth keeps only "ordered or
 * not", so numbering.xml is read here (abstractNum levels, num overrides) and the number
 * text ("II.", "1.1.", "a)", "-") of each numbered paragraph is computed in document order.
 */
import type { XmlElement } from './mammoth.js';
import type { StyleSheet } from './styles.js';

export interface Level {
  fmt: string;
  text: string;
  start: number;
  /** w:lvlRestart: 0 = never restart; n = restart after a level < n is used. */
  restart?: number;
  suff: 'tab' | 'space' | 'nothing';
  isLgl: boolean;
  pStyle?: string;
}

interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface Num {
  abstractId: string;
  /** Levels replaced or restarted by w:lvlOverride. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

function int(v: string | undefined, dflt: number): number {
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : dflt;
}

function readLevel(el: XmlElement): Level {
  const attr = (name: string): string | undefined => el.first(name)?.attributes['w:val'];
  const suff = attr('w:suff');
  const level: Level = {
    fmt: attr('w:numFmt') ?? 'decimal',
    text: attr('w:lvlText') ?? '',
    start: int(attr('w:start'), 1),
    suff: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    isLgl:
      !!el.first('w:isLgl') && el.first('w:isLgl')!.attributes['w:val'] !== '0' && el.first('w:isLgl')!.attributes['w:val'] !== 'false',
  };
  const restart = attr('w:lvlRestart');
  if (restart !== undefined) level.restart = int(restart, -1);
  const pStyle = attr('w:pStyle');
  if (pStyle) level.pStyle = pStyle;
  return level;
}

function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** Word's letter numbering: a..z, then aa..zz, aaa..zzz. */
function toLetters(n: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'lowerLetter':
      return toLetters(n);
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

const BULLET_KEEP = new Set(['-', '+', '–', '•', '*']);

/** The marker a bullet level shows; symbol-font glyphs ("", "o", "§") become "•". */
export function bulletMarker(lvlText: string): string {
  const t = lvlText.trim();
  if (BULLET_KEEP.has(t)) return t === '*' ? '*' : t;
  if (t === '−' || t === '—') return '–';
  return '•';
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  /** Counters per list instance; index = level. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly byStyle = new Map<string, { numId: string; ilvl: number }>();
  private readonly started = new Set<string>();

  constructor(
    root: XmlElement | null,
    private readonly styles: StyleSheet,
  ) {
    if (!root) return;
    for (const el of root.children) {
      if (el.type !== 'element') continue;
      if (el.name === 'w:abstractNum') {
        const id = el.attributes['w:abstractNumId'];
        if (id === undefined) continue;
        const levels = new Map<number, Level>();
        for (const l of el.children) {
          if (l.type !== 'element' || l.name !== 'w:lvl') continue;
          levels.set(int(l.attributes['w:ilvl'], 0), readLevel(l));
        }
        const abs: AbstractNum = { levels };
        const link = el.first('w:numStyleLink')?.attributes['w:val'];
        if (link) abs.numStyleLink = link;
        this.abstracts.set(id, abs);
      } else if (el.name === 'w:num') {
        const id = el.attributes['w:numId'];
        const abstractId = el.first('w:abstractNumId')?.attributes['w:val'];
        if (id === undefined || abstractId === undefined) continue;
        const overrides = new Map<number, { start?: number; level?: Level }>();
        for (const o of el.children) {
          if (o.type !== 'element' || o.name !== 'w:lvlOverride') continue;
          const ov: { start?: number; level?: Level } = {};
          const so = o.first('w:startOverride')?.attributes['w:val'];
          if (so !== undefined) ov.start = int(so, 1);
          const lvl = o.first('w:lvl');
          if (lvl) ov.level = readLevel(lvl);
          overrides.set(int(o.attributes['w:ilvl'], 0), ov);
        }
        this.nums.set(id, { abstractId, overrides });
      }
    }
    // Levels tied to a paragraph style (w:pStyle inside w:lvl).
    for (const [numId, num] of this.nums) {
      const abs = this.abstractOf(num);
      if (!abs) continue;
      for (const [ilvl, level] of abs.levels) {
        if (level.pStyle && !this.byStyle.has(level.pStyle)) this.byStyle.set(level.pStyle, { numId, ilvl });
      }
    }
  }

  private abstractOf(num: Num): AbstractNum | undefined {
    let abs = this.abstracts.get(num.abstractId);
    for (let hops = 0; abs?.numStyleLink && hops < 8; hops++) {
      const linked = this.styles.numberingStyleNumId(abs.numStyleLink);
      const target = linked ? this.nums.get(linked) : undefined;
      const next = target ? this.abstracts.get(target.abstractId) : undefined;
      if (!next || next === abs) break;
      abs = next;
    }
    return abs;
  }

  /** numId/ilvl a paragraph style gets through w:lvl/w:pStyle, if any. */
  fromStyle(styleId: string): { numId: string; ilvl: number } | undefined {
    return this.byStyle.get(styleId);
  }

  private level(num: Num, abs: AbstractNum, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.level ?? abs.levels.get(ilvl);
  }

  /**
   * Advances the counters for one numbered paragraph and returns what Word shows before
   * its text: { text: "II.", bullet: false } or { text: "-", bullet: true }; null when the
   * numbering shows nothing.
   */
  next(numId: string, ilvl: number): { text: string; bullet: boolean; suffix: string } | null {
    const num = this.nums.get(numId);
    if (!num) return null;
    const abs = this.abstractOf(num);
    if (!abs) return null;
    const level = this.level(num, abs, ilvl);
    if (!level) return null;
    const suffix = level.suff === 'nothing' ? '' : ' ';
    if (level.fmt === 'bullet') return { text: bulletMarker(level.text), bullet: true, suffix };
    // Lists that share an abstractNum continue each other in Word, unless a num restarts.
    const restarts = [...num.overrides.values()].some((o) => o.start !== undefined);
    const key = restarts ? `n${numId}` : `a${num.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = [];
      this.counters.set(key, counters);
    }
    if (restarts && !this.started.has(key)) {
      this.started.add(key);
      for (const [i, o] of num.overrides) if (o.start !== undefined) counters[i] = o.start - 1;
    }
    const startOf = (i: number): number => num.overrides.get(i)?.start ?? this.level(num, abs, i)?.start ?? 1;
    const cur = counters[ilvl];
    counters[ilvl] = cur === undefined ? startOf(ilvl) : cur + 1;
    for (let d = ilvl + 1; d < 9; d++) {
      const l = this.level(num, abs, d);
      if (l?.restart === 0) continue;
      if (l?.restart !== undefined && l.restart > 0 && ilvl >= l.restart) continue;
      counters[d] = undefined;
    }
    const text = level.text.replace(/%([1-9])/g, (_m, k: string) => {
      const i = Number(k) - 1;
      const l = this.level(num, abs, i);
      const value = counters![i] ?? startOf(i);
      return formatNumber(value, level.isLgl ? 'decimal' : (l?.fmt ?? 'decimal'));
    });
    if (!text.trim()) return null;
    return { text, bullet: false, suffix };
  }
}

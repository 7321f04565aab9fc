/**
 * Reads one pdfjs page into plain data: text items with viewport positions and bold flags
 * (from the embedded font names), and the straight ruling lines the page draws (table borders).
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfItem, PdfPage, Rule } from './types.js';

/** The part of pdfjs' PDFPageProxy this reader uses. */
export interface PageProxy {
  pageNumber: number;
  getViewport(p: { scale: number }): { width: number; height: number; transform: number[] };
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  getTextContent(): Promise<{ items: unknown[] }>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): void;
}

interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

// Path construction codes inside a constructPath operator (pdfjs 5 DrawOPS).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const CLOSE = 3;

const BOLD_FONT = /bold|black|heavy|semibold|demibold|[-,]bd\b|,b$/i;

type Matrix = [number, number, number, number, number, number];

function mul(m: Matrix, n: number[]): Matrix {
  return [
    m[0] * n[0]! + m[2] * n[1]!,
    m[1] * n[0]! + m[3] * n[1]!,
    m[0] * n[2]! + m[2] * n[3]!,
    m[1] * n[2]! + m[3] * n[3]!,
    m[0] * n[4]! + m[2] * n[5]! + m[4],
    m[1] * n[4]! + m[3] * n[5]! + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

const STROKES = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

type Ops = { fnArray: number[]; argsArray: unknown[][] };

/** A ruling line from a segment or a box in viewport space, when it is straight and thin enough. */
function ruleFrom(x0: number, y0: number, x1: number, y1: number, thin: (d: number) => boolean, long: number): Rule | null {
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  if (thin(dy) && dx > long) return { dir: 'h', at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) };
  if (thin(dx) && dy > long) return { dir: 'v', at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) };
  return null;
}

// A stroked segment is a rule when it is (nearly) exactly straight; a filled bar up to 2.5 units thick.
const STROKE_THIN = (d: number): boolean => d < 0.8;
const FILL_THIN = (d: number): boolean => d <= 2.5;

/** The path data of a constructPath operator (pdfjs 5 passes it as the first of a list), or null. */
function pathData(args: unknown[]): ArrayLike<number> | null {
  const raw = args[1] as ArrayLike<number>[] | ArrayLike<number> | null;
  return (raw && typeof (raw as ArrayLike<number>[])[0] === 'object' ? (raw as ArrayLike<number>[])[0] : raw) as ArrayLike<number> | null;
}

/** Stroked paths: each straight segment (and each closing segment) that is a rule. */
function strokedRules(data: ArrayLike<number>, m: Matrix, rules: Rule[]): void {
  const push = (ax: number, ay: number, bx: number, by: number): void => {
    const [x0, y0] = apply(m, ax, ay);
    const [x1, y1] = apply(m, bx, by);
    const r = ruleFrom(x0, y0, x1, y1, STROKE_THIN, 2);
    if (r) rules.push(r);
  };
  let cx = 0,
    cy = 0,
    sx = 0,
    sy = 0;
  for (let k = 0; k < data.length;) {
    const code = data[k]!;
    if (code === MOVE) {
      cx = sx = data[k + 1]!;
      cy = sy = data[k + 2]!;
      k += 3;
    } else if (code === LINE) {
      const x = data[k + 1]!,
        y = data[k + 2]!;
      push(cx, cy, x, y);
      cx = x;
      cy = y;
      k += 3;
    } else if (code === CURVE) {
      cx = data[k + 5]!;
      cy = data[k + 6]!;
      k += 7;
    } else if (code === CLOSE) {
      push(cx, cy, sx, sy);
      cx = sx;
      cy = sy;
      k += 1;
    } else break;
  }
}

/** Filled paths: each sub-path's bounding box, kept when it is a thin bar (a border drawn as a filled rectangle). */
function filledRules(data: ArrayLike<number>, m: Matrix, rules: Rule[]): void {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const flush = (): void => {
    if (minX !== Infinity) {
      const [ax, ay] = apply(m, minX, minY);
      const [bx, by] = apply(m, maxX, maxY);
      const r = ruleFrom(ax, ay, bx, by, FILL_THIN, 3);
      if (r) rules.push(r);
    }
    minX = minY = Infinity;
    maxX = maxY = -Infinity;
  };
  for (let k = 0; k < data.length;) {
    const code = data[k]!;
    if (code === MOVE || code === LINE) {
      if (code === MOVE) flush();
      const x = data[k + 1]!,
        y = data[k + 2]!;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      k += 3;
    } else if (code === CURVE) {
      k += 7;
    } else if (code === CLOSE) {
      k += 1;
    } else break;
  }
  flush();
}

/** Straight horizontal/vertical lines from the page's drawing operators, in viewport space: the graphics state's matrix is followed through save/restore/transform. */
function rulesOf({ fnArray, argsArray }: Ops, viewport: Matrix): Rule[] {
  const rules: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = mul(ctm, argsArray[i] as number[]);
    else if (fn === OPS.constructPath) {
      const args = argsArray[i]!;
      const op = args[0] as number;
      const stroke = STROKES.has(op);
      if (!stroke && !FILLS.has(op)) continue;
      const data = pathData(args);
      if (!data) continue;
      if (stroke) strokedRules(data, mul(viewport, ctm), rules);
      else filledRules(data, mul(viewport, ctm), rules);
    }
  }
  return rules;
}

/** Text items and rules of one page. Loads the operator list first so font names are known. */
export async function readPage(page: PageProxy): Promise<PdfPage> {
  const vp = page.getViewport({ scale: 1 });
  const vt = vp.transform as Matrix;
  const ops = await page.getOperatorList();
  const rules = rulesOf(ops, vt);
  const content = await page.getTextContent();
  const boldOf = new Map<string, boolean>();
  const items: PdfItem[] = [];
  for (const raw of content.items) {
    const it = raw as RawTextItem;
    if (typeof it.str !== 'string' || !it.transform) continue;
    if (!it.str.trim()) continue;
    let bold = boldOf.get(it.fontName);
    if (bold === undefined) {
      let name = '';
      try {
        if (page.commonObjs.has(it.fontName)) name = String((page.commonObjs.get(it.fontName) as { name?: string } | null)?.name ?? '');
      } catch {
        name = '';
      }
      bold = BOLD_FONT.test(name);
      boldOf.set(it.fontName, bold);
    }
    const t = mul(vt, it.transform);
    const size = Math.hypot(t[2], t[3]) || it.height || 10;
    // Width along the baseline, in viewport units (pdfjs gives it in text space * scale).
    const w = it.width;
    items.push({ str: it.str, x: t[4], y: t[5], w, size, bold });
  }
  page.cleanup();
  return { num: page.pageNumber, width: vp.width, height: vp.height, items, rules };
}

/**
 * Prepares the parsed document.xml tree before mammoth's body reader sees it, so that
 * what Word shows survives mammoth's conversion:
 * - automatic numbers and bullets are written into the paragraph as a text run;
 * - bold, caps and alignment inherited from paragraph and character styles become direct;
 * - every table gets a tag (as its table style id) that maps to what we know about its
 *   borders, since mammoth keeps no table properties besides the style.
 * One walk over the tree, in document order.
 */
import { xmlElement, xmlText, type XmlElement, type XmlNode } from './mammoth.js';
import type { Numbering } from './numbering.js';
import { bordersVisible, onOff, readNumRef, type StyleInfo, type StyleSheet } from './styles.js';

/** Run property children that are not formatting (revision marks, styles resolved already). */
const NOT_FORMAT = new Set(['w:rStyle', 'w:del', 'w:ins', 'w:moveFrom', 'w:moveTo', 'w:rPrChange']);

export const TABLE_TAG = '__ghplan_tbl_';

export interface TableInfo {
  /** No visible borders: page layout (header or signature block), not data. */
  layout: boolean;
}

export interface Prepared {
  tables: TableInfo[];
  /** Paragraphs whose number or bullet came from Word numbering. */
  numbered: number;
}

/** Subtrees Word does not show (deleted text) or that hold no body text. */
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:rPr', 'w:pPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr', 'w:instrText', 'w:delText']);

function isEl(n: XmlNode): n is XmlElement {
  return n.type === 'element';
}

function ensureChild(parent: XmlElement, name: string, atStart = true): XmlElement {
  const found = parent.first(name);
  if (found) return found;
  const el = xmlElement(name, {}, []);
  if (atStart) parent.children.unshift(el);
  else parent.children.push(el);
  return el;
}

/**
 * Table styles for our tags, added to the styles tree mammoth reads, so that mammoth
 * knows them and does not warn once per table.
 */
export function tagStyles(styles: XmlElement | null, count: number): XmlElement {
  const root = styles ?? xmlElement('w:styles', {}, []);
  for (let i = 0; i < count; i++) {
    root.children.push(
      xmlElement('w:style', { 'w:type': 'table', 'w:styleId': TABLE_TAG + i }, [xmlElement('w:name', { 'w:val': TABLE_TAG + i }, [])]),
    );
  }
  return root;
}

export function prepareDocument(root: XmlElement, styles: StyleSheet, numbering: Numbering): Prepared {
  const tables: TableInfo[] = [];
  let numbered = 0;
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (!isEl(child) || SKIP.has(child.name)) continue;
      if (child.name === 'w:p') {
        if (prepareParagraph(child, styles, numbering)) numbered++;
      } else if (child.name === 'w:tbl') {
        tables.push(tagTable(child, styles, tables.length));
      }
      walk(child); // text boxes and the like can hold paragraphs of their own
    }
  };
  walk(root);
  return { tables, numbered };
}

/** One paragraph made to show what Word shows; true when Word numbering gave it a number. */
function prepareParagraph(p: XmlElement, styles: StyleSheet, numbering: Numbering): boolean {
  const pPr = p.first('w:pPr');
  const styleId = pPr?.first('w:pStyle')?.attributes['w:val'] ?? styles.defaultParagraph;
  const style = styles.resolve(styleId);
  // Inherited alignment → direct w:jc (mammoth reads only direct properties).
  if (style.jc && !pPr?.first('w:jc')) ensureChild(ensureChild(p, 'w:pPr'), 'w:jc', false).attributes['w:val'] = style.jc;
  const runs: XmlElement[] = [];
  collectRuns(p, runs);
  directRunFormatting(runs, style, styles);
  const shown = numberShown(pPr, style, styleId, numbering);
  if (!shown) return false;
  // Word shows the number even in an empty paragraph (the TT column of annex tables).
  insertNumberRun(p, pPr, runs, shown.text + shown.suffix);
  return true;
}

/** Runs: inherited bold / caps → direct. */
function directRunFormatting(runs: XmlElement[], style: StyleInfo, styles: StyleSheet): void {
  const paraBold = style.bold ?? styles.docBold;
  for (const r of runs) {
    const rPr = r.first('w:rPr');
    const charStyle = styles.resolve(rPr?.first('w:rStyle')?.attributes['w:val']);
    if (onOff(rPr?.first('w:b')) === undefined) {
      const bold = charStyle.bold ?? paraBold;
      if (bold) ensureChild(ensureChild(r, 'w:rPr'), 'w:b', false);
    }
    if (onOff(rPr?.first('w:caps')) === undefined && (charStyle.allCaps ?? style.allCaps))
      ensureChild(ensureChild(r, 'w:rPr'), 'w:caps', false);
  }
}

/** The automatic number Word shows before the paragraph (direct, from its style, or from a numbering level's style). */
function numberShown(
  pPr: XmlElement | undefined,
  style: StyleInfo,
  styleId: string | undefined,
  numbering: Numbering,
): { text: string; suffix: string } | null {
  const direct = readNumRef(pPr?.first('w:numPr'));
  let numId = direct?.numId ?? style.num?.numId;
  let ilvl = direct?.ilvl ?? style.num?.ilvl;
  if (numId === undefined && styleId) {
    const viaLevel = numbering.fromStyle(styleId);
    if (viaLevel) {
      numId = viaLevel.numId;
      ilvl ??= viaLevel.ilvl;
    }
  }
  if (numId === undefined || numId === '0') return null;
  return numbering.next(numId, ilvl ?? 0);
}

/**
 * The number as a text run at the start of the paragraph. It takes the formatting of the first
 * text run (else of the paragraph mark), so that it does not change whether the paragraph counts as bold.
 */
function insertNumberRun(p: XmlElement, pPr: XmlElement | undefined, runs: XmlElement[], text: string): void {
  const firstRPr = (runs.find(hasText) ?? runs[0])?.first('w:rPr') ?? pPr?.first('w:rPr');
  const rPr = firstRPr
    ? xmlElement(
        'w:rPr',
        {},
        firstRPr.children.filter((c) => isEl(c) && !NOT_FORMAT.has(c.name)),
      )
    : undefined;
  const t = xmlElement('w:t', { 'xml:space': 'preserve' }, [xmlText(text)]);
  const run = xmlElement('w:r', {}, rPr ? [rPr, t] : [t]);
  const at = p.children.findIndex((c) => isEl(c) && c.name === 'w:pPr');
  p.children.splice(at + 1, 0, run);
}

/** Tags a table (its style id becomes TABLE_TAG + index) and says whether it is layout. */
function tagTable(tbl: XmlElement, styles: StyleSheet, index: number): TableInfo {
  const tblPr = ensureChild(tbl, 'w:tblPr');
  const styleEl = tblPr.first('w:tblStyle');
  const styleId = styleEl?.attributes['w:val'] ?? styles.defaultTable;
  let visible = bordersVisible(tblPr.first('w:tblBorders')) ?? styles.resolve(styleId).borders ?? false;
  if (!visible) visible = cellBordersVisible(tbl);
  if (styleEl) styleEl.attributes['w:val'] = TABLE_TAG + index;
  else tblPr.children.unshift(xmlElement('w:tblStyle', { 'w:val': TABLE_TAG + index }, []));
  return { layout: !visible };
}

/** The runs of one paragraph, through hyperlinks, insertions, smart tags and content controls. */
function collectRuns(node: XmlElement, out: XmlElement[]): void {
  for (const c of node.children) {
    if (!isEl(c) || SKIP.has(c.name) || c.name === 'w:p' || c.name === 'w:tbl') continue;
    if (c.name === 'w:r') out.push(c);
    else if (c.name !== 'w:drawing' && c.name !== 'w:pict' && c.name !== 'w:object') collectRuns(c, out);
  }
}

function hasText(r: XmlElement): boolean {
  return r.children.some((c) => isEl(c) && c.name === 'w:t' && c.children.some((t) => t.type === 'text' && t.value.trim() !== ''));
}

function cellBordersVisible(tbl: XmlElement): boolean {
  for (const tr of tbl.children) {
    if (!isEl(tr) || tr.name !== 'w:tr') continue;
    for (const tc of tr.children) {
      if (!isEl(tc) || tc.name !== 'w:tc') continue;
      if (bordersVisible(tc.first('w:tcPr')?.first('w:tcBorders'))) return true;
    }
  }
  return false;
}

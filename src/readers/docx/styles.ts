/**
 * What mammoth does not resolve from styles.xml: formatting a paragraph or run inherits
 * from its style chain (bold, alignment, numbering) and the borders of table styles.
 */
import type { XmlElement } from './mammoth.js';

export interface NumRef {
  numId?: string;
  ilvl?: number;
}

interface StyleDef {
  type: string;
  basedOn?: string;
  bold?: boolean;
  allCaps?: boolean;
  jc?: string;
  num?: NumRef;
  /** Table styles: true/false when the style sets borders, undefined when it does not. */
  borders?: boolean;
}

export interface StyleInfo {
  bold?: boolean;
  allCaps?: boolean;
  jc?: string;
  num?: NumRef;
  borders?: boolean;
}

export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attributes['w:val'];
  return !(v === 'false' || v === '0' || v === 'off');
}

export function readNumRef(numPr: XmlElement | undefined): NumRef | undefined {
  if (!numPr) return undefined;
  const numId = numPr.first('w:numId')?.attributes['w:val'];
  const ilvl = numPr.first('w:ilvl')?.attributes['w:val'];
  const ref: NumRef = {};
  if (numId !== undefined) ref.numId = numId;
  if (ilvl !== undefined && /^\d+$/.test(ilvl)) ref.ilvl = Number(ilvl);
  return ref;
}

const INVISIBLE = new Set(['nil', 'none']);

/** True when a border element draws a line (not none/nil, not white). */
export function borderVisible(side: XmlElement): boolean {
  const val = side.attributes['w:val'];
  if (!val || INVISIBLE.has(val)) return false;
  const color = (side.attributes['w:color'] ?? '').toUpperCase();
  return color !== 'FFFFFF';
}

/** true/false when the element (tblBorders or tcBorders) exists, undefined otherwise. */
export function bordersVisible(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  return el.children.some((c) => c.type === 'element' && borderVisible(c));
}

export class StyleSheet {
  private readonly defs = new Map<string, StyleDef>();
  private readonly cache = new Map<string, StyleInfo>();
  readonly defaultParagraph: string | undefined;
  readonly defaultTable: string | undefined;
  readonly docBold: boolean | undefined;

  constructor(root: XmlElement | null) {
    let defaultParagraph: string | undefined;
    let defaultTable: string | undefined;
    if (root) {
      for (const el of root.children) {
        if (el.type !== 'element' || el.name !== 'w:style') continue;
        const id = el.attributes['w:styleId'];
        const type = el.attributes['w:type'] ?? 'paragraph';
        if (!id || this.defs.has(id)) continue;
        const pPr = el.first('w:pPr');
        const rPr = el.first('w:rPr');
        const def: StyleDef = { type };
        const basedOn = el.first('w:basedOn')?.attributes['w:val'];
        if (basedOn) def.basedOn = basedOn;
        const bold = onOff(rPr?.first('w:b'));
        if (bold !== undefined) def.bold = bold;
        const caps = onOff(rPr?.first('w:caps'));
        if (caps !== undefined) def.allCaps = caps;
        const jc = pPr?.first('w:jc')?.attributes['w:val'];
        if (jc) def.jc = jc;
        const num = readNumRef(pPr?.first('w:numPr'));
        if (num) def.num = num;
        const borders = bordersVisible(el.first('w:tblPr')?.first('w:tblBorders'));
        if (borders !== undefined) def.borders = borders;
        this.defs.set(id, def);
        const isDefault = el.attributes['w:default'] === '1' || el.attributes['w:default'] === 'true';
        if (isDefault && type === 'paragraph' && !defaultParagraph) defaultParagraph = id;
        if (isDefault && type === 'table' && !defaultTable) defaultTable = id;
      }
      const defaults = root.first('w:docDefaults');
      this.docBold = onOff(defaults?.first('w:rPrDefault')?.first('w:rPr')?.first('w:b'));
    }
    this.defaultParagraph = defaultParagraph;
    this.defaultTable = defaultTable;
  }

  /** The style's own and inherited settings (nearest wins). */
  resolve(id: string | undefined): StyleInfo {
    if (!id) return {};
    const hit = this.cache.get(id);
    if (hit) return hit;
    const info: StyleInfo = {};
    const seen = new Set<string>();
    let cur: string | undefined = id;
    while (cur && !seen.has(cur) && seen.size < 32) {
      seen.add(cur);
      const def = this.defs.get(cur);
      if (!def) break;
      if (info.bold === undefined && def.bold !== undefined) info.bold = def.bold;
      if (info.allCaps === undefined && def.allCaps !== undefined) info.allCaps = def.allCaps;
      if (info.jc === undefined && def.jc !== undefined) info.jc = def.jc;
      if (def.num) info.num = { ...def.num, ...(info.num ?? {}) };
      if (info.borders === undefined && def.borders !== undefined) info.borders = def.borders;
      cur = def.basedOn;
    }
    this.cache.set(id, info);
    return info;
  }

  /** numId of a numbering style (for abstractNum w:numStyleLink). */
  numberingStyleNumId(id: string): string | undefined {
    return this.resolve(id).num?.numId;
  }
}

/** Shapes shared by the PDF reader's stages. Coordinates are viewport points: origin top-left, y down. */

/** One run of text as pdfjs positioned it. */
export interface PdfItem {
  str: string;
  /** Left edge, baseline. */
  x: number;
  y: number;
  /** Advance width and font size, in points. */
  w: number;
  size: number;
  bold: boolean;
}

/** An axis-aligned ruling line (table border). */
export interface Rule {
  /** 'h': y fixed, from x0 to x1; 'v': x fixed, from y0 to y1. */
  dir: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

export interface PdfPage {
  num: number;
  width: number;
  height: number;
  items: PdfItem[];
  rules: Rule[];
}

/**
 * An independent .xlsx reader for tests: unzips with node:zlib (central directory walked here)
 * and parses the sheet XML with @xmldom/xmldom — nothing of exceljs, which writes the workbook.
 * Cells come back typed as the file stores them: shared/inline strings as strings, numbers as
 * numbers, numbers with a date format as Dates (UTC).
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { DOMParser, type Element } from '@xmldom/xmldom';

export type CellValue = string | number | boolean | Date | null;

export interface SheetData {
  name: string;
  /** Rows as arrays by column (A = 0); missing cells are null. */
  rows: CellValue[][];
  /** Rows frozen at the top (the pane's ySplit when its state is frozen). */
  frozenRows: number;
  /** The autoFilter range ("A1:T1"), or null. */
  autoFilter: string | null;
  /** Column widths by column index, when set. */
  widths: (number | undefined)[];
  /** Columns whose style wraps text. */
  wrapped: Set<number>;
  /** The raw sheet XML (to look for formulas). */
  xml: string;
}

export function unzip(buf: Buffer): Map<string, Buffer> {
  let e = buf.length - 22;
  while (e >= 0 && buf.readUInt32LE(e) !== 0x06054b50) e--;
  if (e < 0) throw new Error('no end of central directory');
  const count = buf.readUInt16LE(e + 10);
  let p = buf.readUInt32LE(e + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf
      .subarray(p + 46, p + 46 + nameLen)
      .toString('utf8')
      .replace(/^\//, '');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + csize);
    out.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const parse = (xml: string): Element => new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as Element;
const all = (el: Element, tag: string): Element[] => Array.from(el.getElementsByTagName(tag)) as unknown as Element[];
const textOf = (el: Element): string =>
  all(el, 't')
    .map((t) => t.textContent ?? '')
    .join('');

function colIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function isDateFormat(id: number, code: string | undefined): boolean {
  if (id >= 14 && id <= 22) return true;
  return !!code && /[dmy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}

export function readXlsx(path: string): SheetData[] {
  const files = unzip(readFileSync(path));
  const xml = (name: string): string => {
    const b = files.get(name);
    if (!b) throw new Error(`missing ${name}`);
    return b.toString('utf8');
  };
  const strings = files.has('xl/sharedStrings.xml') ? all(parse(xml('xl/sharedStrings.xml')), 'si').map(textOf) : [];
  const styles = parse(xml('xl/styles.xml'));
  const codes = new Map(all(styles, 'numFmt').map((f) => [+f.getAttribute('numFmtId')!, f.getAttribute('formatCode') ?? '']));
  const xfs = all(all(styles, 'cellXfs')[0]!, 'xf');
  const dateStyle = xfs.map((xf) => {
    const id = +(xf.getAttribute('numFmtId') ?? 0);
    return isDateFormat(id, codes.get(id));
  });
  const wrapStyle = xfs.map((xf) => all(xf, 'alignment').some((a) => a.getAttribute('wrapText') === '1'));
  const rels = new Map(
    all(parse(xml('xl/_rels/workbook.xml.rels')), 'Relationship').map((r) => [r.getAttribute('Id')!, r.getAttribute('Target')!]),
  );
  return all(parse(xml('xl/workbook.xml')), 'sheet').map((s) => {
    const target = rels.get(s.getAttribute('r:id')!)!.replace(/^\/?(xl\/)?/, '');
    const sheetXml = xml(`xl/${target}`);
    const doc = parse(sheetXml);
    const rows: CellValue[][] = [];
    for (const row of all(doc, 'row')) {
      const r = +row.getAttribute('r')! - 1;
      const cells: CellValue[] = [];
      for (const c of all(row, 'c')) {
        const i = colIndex(c.getAttribute('r')!);
        const t = c.getAttribute('t');
        const v = all(c, 'v')[0]?.textContent ?? null;
        const style = +(c.getAttribute('s') ?? 0);
        let value: CellValue = null;
        if (t === 's') value = strings[+v!]!;
        else if (t === 'inlineStr') value = textOf(c);
        else if (t === 'str') value = v;
        else if (t === 'b') value = v === '1';
        else if (v !== null) value = dateStyle[style] ? new Date(Math.round((+v - 25569) * 86400000)) : +v;
        while (cells.length < i) cells.push(null);
        cells[i] = value;
      }
      rows[r] = cells;
    }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const pane = all(doc, 'pane')[0];
    const widths: (number | undefined)[] = [];
    const wrapped = new Set<number>();
    for (const col of all(doc, 'col')) {
      for (let i = +col.getAttribute('min')! - 1; i < +col.getAttribute('max')!; i++) {
        if (col.getAttribute('width')) widths[i] = +col.getAttribute('width')!;
        if (wrapStyle[+(col.getAttribute('style') ?? 0)]) wrapped.add(i);
      }
    }
    return {
      name: s.getAttribute('name')!,
      rows,
      frozenRows: pane?.getAttribute('state') === 'frozen' ? +(pane.getAttribute('ySplit') ?? 0) : 0,
      autoFilter: all(doc, 'autoFilter')[0]?.getAttribute('ref') ?? null,
      widths,
      wrapped,
      xml: sheetXml,
    };
  });
}

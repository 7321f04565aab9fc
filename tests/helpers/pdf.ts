/**
 * A minimal PDF writer for tests: numbered objects, a cross-reference table and a trailer.
 * Object text is written as latin1, one byte per character (stream data included).
 */

export interface PdfOptions {
  /**
   * Add the comment line of high bytes after the header that marks a file as binary
   * (`%âãÏÓ`), as PDF writers do. Default false.
   */
  binaryMarker?: boolean;
}

/**
 * A PDF of the objects: `objs[i]` is object `i + 1` (the text between `obj` and `endobj`),
 * and object 1 must be the catalog.
 */
export function pdfFromObjects(objs: readonly string[], options: PdfOptions = {}): Buffer {
  let out = options.binaryMarker ? '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n' : '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

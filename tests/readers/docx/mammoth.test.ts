/**
 * Contract of the mammoth internals src/readers/docx/mammoth.ts loads by path (they are not
 * mammoth's public API, so an update may move or change them without notice). Each test names
 * the module and what we rely on; a failure here means mammoth.ts must follow mammoth.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { convertDocument, readPackage, type MNode } from '../../../src/readers/docx/mammoth.js';
import { openZip } from '../../../src/readers/docx/zip.js';
import { makeDocx, W } from '../../helpers/docx.js';

const require = createRequire(import.meta.url);

// Every module mammoth.ts requires, with the members it uses and their kind.
const USED: Record<string, Record<string, 'function' | 'object'>> = {
  'mammoth/lib/docx/office-xml-reader.js': { read: 'function' },
  'mammoth/lib/docx/docx-reader.js': { _findPartPaths: 'function' },
  'mammoth/lib/docx/styles-reader.js': { readStylesXml: 'function', Styles: 'function' },
  'mammoth/lib/docx/numbering-xml.js': { readNumberingXml: 'function', defaultNumbering: 'object' },
  'mammoth/lib/docx/relationships-reader.js': { readRelationships: 'function', defaultValue: 'object' },
  'mammoth/lib/docx/content-types-reader.js': { readContentTypesFromXml: 'function', defaultContentTypes: 'object' },
  'mammoth/lib/docx/body-reader.js': { createBodyReader: 'function' },
  'mammoth/lib/docx/document-xml-reader.js': { DocumentXmlReader: 'function' },
  'mammoth/lib/docx/notes-reader.js': { createFootnotesReader: 'function', createEndnotesReader: 'function' },
  'mammoth/lib/docx/files.js': { Files: 'function' },
  'mammoth/lib/documents.js': { Notes: 'function' },
  'mammoth/lib/xml/nodes.js': { element: 'function', text: 'function' },
};

describe('mammoth internals loaded by path', () => {
  it('mammoth.ts requires exactly the modules listed here', async () => {
    const { readFileSync } = await import('node:fs');
    const src = readFileSync(new URL('../../../src/readers/docx/mammoth.ts', import.meta.url), 'utf8');
    const required = [...src.matchAll(/require\('([^']+)'\)/g)].map((m) => m[1]).sort();
    expect(required).toEqual(Object.keys(USED).sort());
  });

  it.each(Object.entries(USED))('%s exports what we use', (path, members) => {
    const mod = require(path) as Record<string, unknown>;
    for (const [name, kind] of Object.entries(members)) expect(typeof mod[name], `${path} ${name}`).toBe(kind);
  });

  it('the XML reader gives elements with first/firstOrEmpty and text nodes with value', async () => {
    const officeXml = require('mammoth/lib/docx/office-xml-reader.js');
    const root = await officeXml.read(`<w:document ${W}><w:body><w:p><w:r><w:t>Xin chào</w:t></w:r></w:p></w:body></w:document>`);
    expect(root.type).toBe('element');
    expect(root.name).toBe('w:document');
    const body = root.first('w:body');
    expect(body.name).toBe('w:body');
    expect(root.firstOrEmpty('w:missing').children).toEqual([]);
    const t = body.first('w:p').first('w:r').first('w:t');
    expect(t.children[0]).toMatchObject({ type: 'text', value: 'Xin chào' });
  });

  it('the part paths and the body reader give the document model fields the reader uses', async () => {
    const body = [
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:i/><w:caps/></w:rPr><w:t>KẾ HOẠCH</w:t></w:r><w:r><w:br/><w:t>dòng hai</w:t></w:r></w:p>',
      '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>ô gộp</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    ].join('');
    const zip = await openZip(makeDocx(body), 10 * 1024 * 1024);
    const pkg = await readPackage(zip);
    expect(pkg.paths).toMatchObject({ mainDocument: 'word/document.xml' });
    for (const key of ['footnotes', 'endnotes', 'numbering', 'styles'] as const) expect(typeof pkg.paths[key]).toBe('string');
    const { value: doc, messages } = await convertDocument(zip, pkg, pkg.document!);
    expect(messages).toEqual([]);
    expect(doc.type).toBe('document');
    expect(typeof doc.notes.resolve).toBe('function');
    const [p, table] = doc.children as [MNode, MNode];
    expect(p).toMatchObject({ type: 'paragraph', alignment: 'center' });
    const [run1, run2] = p.children!;
    expect(run1).toMatchObject({ type: 'run', isBold: true, isItalic: true, isAllCaps: true });
    expect(run1!.children![0]).toMatchObject({ type: 'text', value: 'KẾ HOẠCH' });
    expect(run2!.children!.map((c) => c.type)).toEqual(['break', 'text']);
    expect(run2!.children![0]).toMatchObject({ breakType: 'line' });
    expect(table!.type).toBe('table');
    const cell = table!.children![0]!.children![0]!;
    expect(cell).toMatchObject({ type: 'tableCell', colSpan: 2, rowSpan: 1 });
  });
});

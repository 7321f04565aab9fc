// Issue 15, inputs and messages: hostile text, XML parts, file names and config files, built here
// at test time; the CLI is run as a process and each case asserts the exit code, one line naming
// the file, no stack and no echo of what the file holds.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, makeDocx, RELS } from '../helpers/docx.js';
import { zipEntries, type ZipEntry } from '../helpers/zip.js';
import { expectOneLine, ghplan, tempDir } from './helpers.js';

const dir = tempDir();
const file = (name: string, data: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const para = (t: string): string => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;

/** Every string anywhere in a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** Windows-1258, as the byte each character has in it (from the decoder's own table). */
const CP1258_BYTES = new Map([...Array(256).keys()].map((b) => [new TextDecoder('windows-1258').decode(Uint8Array.of(b)), b]));
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Text in Windows-1258: letters with a circumflex, breve or horn are single bytes, tone marks combine after them. */
function cp1258(s: string): Buffer {
  const out: number[] = [];
  for (const ch of s) {
    const direct = CP1258_BYTES.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const base = nfd.replace(TONES, '').normalize('NFC');
    for (const c of [base, ...(nfd.match(TONES) ?? [])]) {
      const b = CP1258_BYTES.get(c);
      if (b === undefined) throw new Error(`not in windows-1258: ${c}`);
      out.push(b);
    }
  }
  return Buffer.from(out);
}

/** The diagnostics of a plan that say bytes were not valid in their part's encoding. */
const invalidBytes = (plan: { diagnostics: { code: string }[] }): unknown[] =>
  plan.diagnostics.filter((d) => d.code === 'input.invalid-bytes');

const CONTROL_OR_BIDI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('control characters and bidi overrides leave the text, with a diagnostic', () => {
  it('a .txt with ESC sequences and bidi overrides: clean text fields, one warning at the first line that had one', async () => {
    const path = file(
      'controls.txt',
      'KẾ HOẠCH\nTriển khai thực hiện chương trình\n\nI. MỤC TIÊU\n' +
        '1. Đạt 90% hộ dân \u001b[2J có nước sạch \u202enăm 2030\u202c.\n2. Giảm \u2066tỷ lệ\u2069 hộ nghèo\u0007 còn 2% năm 2030.\n',
    );
    const r = await ghplan(['extract', path]);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    const { source: _source, ...rest } = plan;
    expect(strings(rest).filter((s) => CONTROL_OR_BIDI.test(s))).toEqual([]);
    expect(plan.indicators.map((i: { text: string }) => i.text)).toEqual([
      '1. Đạt 90% hộ dân [2J có nước sạch năm 2030.',
      '2. Giảm tỷ lệ hộ nghèo còn 2% năm 2030.',
    ]);
    const found = plan.diagnostics.filter((d: { code: string }) => d.code === 'input.control-chars');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].at).toEqual({ line: 5 });
    expect(found[0].message).toMatch(/^6 control/);
  });

  it('a .docx with bidi overrides and C1 controls in its runs: the same', async () => {
    const path = file(
      'controls.docx',
      makeDocx(
        para('KẾ HOẠCH') +
          para('Triển khai thực hiện \u202echương trình\u009b2J') +
          para('I. MỤC TIÊU') +
          para('1. Đạt 90% hộ dân có nước sạch \u2067năm 2030\u2069.'),
      ),
    );
    const r = await ghplan(['extract', path]);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    const { source: _source, ...rest } = plan;
    expect(strings(rest).filter((s) => CONTROL_OR_BIDI.test(s))).toEqual([]);
    expect(plan.document.title).toBe('Triển khai thực hiện chương trình2J');
    expect(plan.indicators[0].text).toBe('1. Đạt 90% hộ dân có nước sạch năm 2030.');
    const found = plan.diagnostics.filter((d: { code: string }) => d.code === 'input.control-chars');
    expect(found).toHaveLength(1);
    expect(found[0].at).toEqual({ line: 2 });
  });
});

describe('XML parts of a .docx: DTDs refused, declared encodings honoured', () => {
  const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const body =
    para('KẾ HOẠCH') + para('Triển khai thực hiện chương trình') + para('I. MỤC TIÊU') + para('1. Đạt 90% hộ dân có nước sạch năm 2030.');
  /** A .docx whose word/document.xml is `xml`, as bytes. */
  const docxWith = (xml: Buffer, rels?: string): Uint8Array => {
    const entries: ZipEntry[] = [
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: rels ?? RELS },
      { name: 'word/document.xml', data: xml },
    ];
    return zipEntries(entries);
  };
  const documentXml = (decl: string, inner = body): string => `${decl}<w:document ${W_NS}><w:body>${inner}</w:body></w:document>`;

  it('a DTD (an entity expansion, or an external entity) in document.xml or in the package relationships: GHPLAN_DOCX_DTD, one line, no "not well-formed"', async () => {
    const bomb = documentXml(
      '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
      para('KẾ HOẠCH &b;'),
    );
    const external = documentXml('<?xml version="1.0"?>\n<!-- a comment first -->\n<!DOCTYPE x SYSTEM "file:///etc/passwd">', para('&x;'));
    const relsDtd = RELS.replace('?>', '?><!DOCTYPE Relationships [<!ENTITY t "word/document.xml">]>');
    for (const [name, data] of [
      ['dtd-bomb.docx', docxWith(Buffer.from(bomb))],
      ['dtd-external.docx', docxWith(Buffer.from(external))],
      ['dtd-rels.docx', docxWith(Buffer.from(documentXml('<?xml version="1.0" encoding="UTF-8"?>')), relsDtd)],
    ] as const) {
      const path = file(name, data);
      const r = await ghplan(['extract', path]);
      expect(r.code, r.stderr).toBe(1);
      const line = expectOneLine(r, path, 'GHPLAN_DOCX_DTD');
      expect(line).toMatch(name === 'dtd-rels.docx' ? /_rels\/\.rels declares a DTD/ : /word\/document\.xml declares a DTD/);
      expect(line).not.toMatch(/well-formed|passwd/);
    }
    const vi = await ghplan(['extract', join(dir, 'dtd-bomb.docx')], { env: { GHPLAN_LANG: 'vi' } });
    expect(expectOneLine(vi, join(dir, 'dtd-bomb.docx'), 'GHPLAN_DOCX_DTD')).toContain('khai báo DTD');
  });

  it('UTF-16 (with a byte-order mark, and without one) and a declared windows-1258 part are read as Word shows them', async () => {
    const expected = ['1. Đạt 90% hộ dân có nước sạch năm 2030.'];
    const utf16 = (le: boolean, bom: boolean): Buffer => {
      const text = Buffer.from(documentXml('<?xml version="1.0" encoding="UTF-16" standalone="yes"?>'), 'utf16le');
      if (!le) text.swap16();
      const mark = Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]);
      return bom ? Buffer.concat([mark, text]) : text;
    };
    const cases: [string, Buffer][] = [
      ['utf16le-bom.docx', utf16(true, true)],
      ['utf16be-bom.docx', utf16(false, true)],
      ['utf16le.docx', utf16(true, false)],
      ['cp1258.docx', cp1258(documentXml('<?xml version="1.0" encoding="windows-1258"?>'))],
    ];
    for (const [name, xml] of cases) {
      const r = await ghplan(['extract', file(name, docxWith(xml))]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      const plan = JSON.parse(r.stdout);
      expect(
        plan.indicators.map((i: { text: string }) => i.text),
        name,
      ).toEqual(expected);
      expect(JSON.stringify(plan), name).not.toContain('\ufffd');
      expect(invalidBytes(plan), name).toEqual([]);
    }
  });

  it('bytes that are not UTF-8 in document.xml: read as U+FFFD, the text around kept, one warning naming the part, the count and the paragraph', async () => {
    // no declaration (UTF-8 by default); C3 28 is a cut two-byte letter, FF never occurs in UTF-8
    const xml = Buffer.concat([
      Buffer.from(`<w:document ${W_NS}><w:body>${para('KẾ HOẠCH') + para('Triển khai thực hiện chương trình') + para('I. MỤC TIÊU')}`),
      Buffer.from('<w:p><w:r><w:t xml:space="preserve">1. Đạt 90% hộ dân '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' có nước sạch '),
      Buffer.from([0xff]),
      Buffer.from('năm 2030.</w:t></w:r></w:p></w:body></w:document>'),
    ]);
    const path = file('bad-bytes.docx', docxWith(xml));
    const expected = [
      {
        severity: 'warning',
        code: 'input.invalid-bytes',
        message: '2 invalid utf-8 byte sequence(s) in word/document.xml replaced by U+FFFD (the first one here)',
        at: { line: 4 },
      },
    ];
    // the streaming parser decodes document.xml, or mammoth's reader does (GHPLAN_XML_READER=mammoth); English or Vietnamese
    for (const env of [{}, { GHPLAN_XML_READER: 'mammoth' }, { GHPLAN_LANG: 'vi' }]) {
      const r = await ghplan(['extract', path], { env });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const plan = JSON.parse(r.stdout);
      expect(plan.indicators.map((i: { text: string }) => i.text)).toEqual(['1. Đạt 90% hộ dân \ufffd( có nước sạch \ufffdnăm 2030.']);
      // the contract's English in the JSON, whatever the language of the messages
      expect(invalidBytes(plan), JSON.stringify(env)).toEqual(expected);
    }
    const vi = await ghplan(['extract', path, '--lang', 'vi']);
    expect(invalidBytes(JSON.parse(vi.stdout))).toEqual(expected);
  });

  it('a U+FFFD that document.xml writes itself (EF BF BD) is no invalid byte: no warning, or not counted beside one', async () => {
    const fffd = Buffer.from('\ufffd');
    expect([...fffd]).toEqual([0xef, 0xbf, 0xbd]);
    const inner = (bad: number[]): Buffer =>
      Buffer.concat([
        Buffer.from(documentXml('', body).replace('năm 2030', 'năm 2030 @').split('@')[0]!),
        fffd,
        Buffer.from(bad),
        fffd,
        Buffer.from(documentXml('', body).split('năm 2030')[1]!),
      ]);
    const clean = await ghplan(['extract', file('fffd.docx', docxWith(inner([])))]);
    expect(clean.code, clean.stderr).toBe(0);
    const plan = JSON.parse(clean.stdout);
    expect(plan.indicators[0].text).toBe('1. Đạt 90% hộ dân có nước sạch năm 2030 \ufffd\ufffd.');
    expect(invalidBytes(plan)).toEqual([]);
    // one lone continuation byte between the two: one sequence, and no position (a U+FFFD of the text may be the part's own)
    const mixed = await ghplan(['extract', file('fffd-bad.docx', docxWith(inner([0x80])))]);
    const plan2 = JSON.parse(mixed.stdout);
    expect(plan2.indicators[0].text).toBe('1. Đạt 90% hộ dân có nước sạch năm 2030 \ufffd\ufffd\ufffd.');
    expect(invalidBytes(plan2)).toEqual([
      {
        severity: 'warning',
        code: 'input.invalid-bytes',
        message: '1 invalid utf-8 byte sequence(s) in word/document.xml replaced by U+FFFD',
      },
    ]);
  });

  it('a clean .docx has no such warning; bad bytes in styles.xml and in a UTF-16 document.xml: one warning per part, the document first', async () => {
    const clean = await ghplan(['extract', file('clean.docx', makeDocx(body))]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(invalidBytes(JSON.parse(clean.stdout))).toEqual([]);
    // a lone high surrogate (D800) before a letter, and a UTF-16 U+FFFD of its own that is not counted
    const utf16 = Buffer.from(documentXml('<?xml version="1.0" encoding="UTF-16"?>').replace('năm 2030', 'năm \ufffd2030 @'), 'utf16le');
    const at = utf16.indexOf(Buffer.from('@', 'utf16le'));
    utf16.writeUInt16LE(0xd800, at);
    const styles = Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W_NS}><w:style w:type="paragraph" w:styleId="A"><w:name w:val="Ti`),
      Buffer.from([0xe1, 0xba]), // a three-byte letter cut short
      Buffer.from('u"/></w:style></w:styles>'),
    ]);
    const entries: ZipEntry[] = [
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: RELS },
      { name: 'word/document.xml', data: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]) },
      { name: 'word/styles.xml', data: styles },
    ];
    const r = await ghplan(['extract', file('two-parts.docx', zipEntries(entries))]);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.indicators[0].text).toBe('1. Đạt 90% hộ dân có nước sạch năm \ufffd2030 \ufffd.');
    expect(invalidBytes(plan).map((d: { message: string }) => d.message)).toEqual([
      '1 invalid utf-16le byte sequence(s) in word/document.xml replaced by U+FFFD',
      '1 invalid utf-8 byte sequence(s) in word/styles.xml replaced by U+FFFD',
    ]);
  });

  it('an encoding nobody can decode is refused with GHPLAN_DOCX_ENCODING, naming the part and the encoding', async () => {
    const path = file('x-unknown.docx', docxWith(Buffer.from(documentXml('<?xml version="1.0" encoding="x-vni-hanoi"?>'))));
    const r = await ghplan(['extract', path]);
    expect(r.code, r.stderr).toBe(1);
    expect(expectOneLine(r, path, 'GHPLAN_DOCX_ENCODING')).toContain('word/document.xml is in the x-vni-hanoi encoding');
  });
});

describe('config files: too large, too deep, not JSON or not a file is a config error naming the file, never its content', () => {
  const plan = join(import.meta.dirname, '../../fixtures/check/seeds/002_43a256f70d3623bb.txt');
  const SECRET = 'SECRET_TOKEN_4711';

  /** `check --config <config>` and `batch --config <config>`: exit 2, one line `<config>: <message> [GHPLAN_CONFIG_INVALID]`. */
  async function expectConfigError(config: string, message: RegExp): Promise<void> {
    for (const args of [
      ['check', plan, '--config', config],
      ['batch', plan, '--config', config, '--out', join(tempDir(), 'out'), '--quiet'],
    ]) {
      const r = await ghplan(args, { env: { GHPLAN_SECRET: SECRET } });
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(2);
      const line = expectOneLine(r, config, 'GHPLAN_CONFIG_INVALID');
      expect(line).toMatch(message);
      expect(line).not.toContain(SECRET);
      expect(line.length).toBeLessThan(300);
      expect(r.stdout).toBe('');
    }
  }

  it('invalid JSON: the line and column of the first error, and nothing of the text around it', async () => {
    const path = file('invalid.json', `{\n  "rules": {\n    "task-complete": ${SECRET}\n  }\n}\n`);
    await expectConfigError(path, /not valid JSON: unexpected character at line 3, column 22/);
    const cut = file('cut.json', '{ "rules": { "task-complete": "warning"');
    await expectConfigError(cut, /not valid JSON: the text ends too early .* at line 1, column 40/);
  });

  it('a 2 MB config is refused before it is parsed, and a 100-deep one names where it goes too deep', async () => {
    const big = file('big.json', `{ "rules": { "task-complete": "${SECRET}${'x'.repeat(2 * 1024 * 1024)}" } }`);
    await expectConfigError(big, /config file is over 1 MiB/);
    const deep = file('deep.json', `{ "rules": { "task-complete": ${'['.repeat(100)}${']'.repeat(100)} } }`);
    await expectConfigError(deep, /nested deeper than 32 levels at line 1, column 61/);
  });

  it('a link to /proc/self/environ (a file that says it is empty) or to a device: refused, nothing echoed', async () => {
    const environ = join(dir, 'environ.json');
    symlinkSync('/proc/self/environ', environ);
    await expectConfigError(environ, /not valid JSON: unexpected character at line 1, column 1/);
    const zero = join(dir, 'zero.json');
    symlinkSync('/dev/zero', zero);
    await expectConfigError(zero, /is a device, not a regular file/);
    // found by itself beside a plan, a ghplan.config.json that is a device is refused too, not ignored
    const project = tempDir();
    symlinkSync('/dev/zero', join(project, 'ghplan.config.json'));
    writeFileSync(join(project, 'plan.txt'), readFileSync(plan));
    const r = await ghplan(['check', join(project, 'plan.txt')]);
    expect(r.code, r.stderr).toBe(2);
    expectOneLine(r, join(project, 'ghplan.config.json'), 'GHPLAN_CONFIG_INVALID');
  });

  it('a wrong value is quoted, but never more than a short line of it', async () => {
    const path = file('long-value.json', JSON.stringify({ stage: 'x'.repeat(5000) }));
    await expectConfigError(path, /stage: expected "draft" or "issued", got "x{50,}…/);
  });

  it('in Vietnamese too', async () => {
    const path = file('vi.json', '{ "rules": [ }');
    const r = await ghplan(['check', plan, '--config', path], { env: { GHPLAN_LANG: 'vi' } });
    expect(r.code).toBe(2);
    expect(expectOneLine(r, path, 'GHPLAN_CONFIG_INVALID')).toMatch(/không phải JSON hợp lệ: ký tự không đúng chỗ ở dòng 1, cột 14/);
  });
});

describe('file names that are not UTF-8 (Linux allows any bytes)', () => {
  it('found in a folder: the others are read, it fails alone with a true message, its bytes shown as \\xNN', async () => {
    const folder = join(tempDir(), 'plans');
    mkdirSync(folder);
    writeFileSync(join(folder, 'tốt.txt'), readFileSync(join(import.meta.dirname, '../../fixtures/check/seeds/002_43a256f70d3623bb.txt')));
    // "kế" with its last byte cut, then a lone 0xff: the Vietnamese letters before stay readable
    const bad = Buffer.concat([Buffer.from(folder + '/k'), Buffer.from([0xe1, 0xba, 0xbf, 0xe1, 0xba, 0xff]), Buffer.from('.txt')]);
    writeFileSync(bad, 'KẾ HOẠCH\n');
    const badFolder = Buffer.concat([Buffer.from(folder + '/th'), Buffer.from([0xf4]), Buffer.from('ng')]);
    mkdirSync(badFolder);
    writeFileSync(Buffer.concat([badFolder, Buffer.from('/plan.txt')]), 'KẾ HOẠCH\n');
    // check names a file as given (absolute stays absolute), batch by its path in the folder
    const names = ['kế\\xe1\\xba\\xff.txt', 'th\\xf4ng'];
    const out = join(tempDir(), 'out');
    for (const args of [
      ['check', folder],
      ['batch', folder, '--out', out, '--quiet'],
    ]) {
      const r = await ghplan(args);
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(1);
      const lines = r.stderr.split('\n').filter((l) => l.includes('GHPLAN_'));
      expect(lines, r.stderr).toHaveLength(2);
      for (const [i, name] of names.map((n) => (args[0] === 'check' ? `${folder}/${n}` : n)).entries()) {
        expect(lines[i]).toBe(
          `${name}: its name is not valid UTF-8 (the bytes that are not are shown as \\xNN), so it cannot be opened by name; rename it with a UTF-8 name [GHPLAN_READ_FAILED]`,
        );
      }
      expect(r.stderr).not.toMatch(/not found|\ufffd/);
    }
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.totals).toMatchObject({ files: 3, ok: 1, failed: 2 });
  });
});

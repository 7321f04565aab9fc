import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GhplanError } from '../../src/model/errors.js';
import { decodeText, decodeWindows1252, guessLegacyFont, legacyFontDecoders } from '../../src/readers/text-encoding.js';
import { extractBytes } from '../../src/api.js';

const FIX = join(import.meta.dirname, '../../fixtures');
const seed1 = readFileSync(join(FIX, 'corpus/001_e1cdb5c5b8b00bae.txt'), 'utf8');

function errorOf(f: () => unknown): GhplanError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GhplanError);
    return e as GhplanError;
  }
  throw new Error('expected an error');
}

const VN = 'Kế hoạch triển khai thực hiện Nghị quyết; Ủy ban nhân dân xã Đông Phương, đồng thời hoàn thành 100% nhiệm vụ.\n';

/** Windows-1258 bytes of NFC text: precomposed where the code page has them, else base + combining byte. */
function toCp1258(s: string): Uint8Array {
  const dec = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of s.normalize('NFC')) {
    if (table.has(ch)) {
      out.push(table.get(ch)!);
      continue;
    }
    // Decompose just the tone: NFD, then recompose everything but the tone mark.
    const d = ch.normalize('NFD');
    const tone = [...d].find((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c))!;
    const base = d.replace(tone, '').normalize('NFC');
    for (const c of [base, tone]) {
      const b = table.get(c);
      if (b === undefined) throw new Error(`no cp1258 byte for ${c}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}

describe('decodeText: Unicode forms', () => {
  it('UTF-8 without and with BOM', () => {
    const bytes = Buffer.from(VN, 'utf8');
    expect(decodeText(bytes)).toEqual({ text: VN, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))).toEqual({ text: VN, encoding: 'utf-8-bom' });
  });

  it('UTF-16 LE and BE, with BOM and without', () => {
    const le = Buffer.from(VN.repeat(3), 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe(VN.repeat(3));
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe(VN.repeat(3));
    expect(decodeText(le)).toMatchObject({ text: VN.repeat(3), encoding: 'utf-16le' });
    expect(decodeText(be)).toMatchObject({ text: VN.repeat(3), encoding: 'utf-16be' });
  });

  it('UTF-32 with BOM', () => {
    const cps = [...VN].map((c) => c.codePointAt(0)!);
    const le = Buffer.alloc(4 + cps.length * 4);
    le.writeUInt32LE(0xfeff, 0);
    cps.forEach((c, i) => le.writeUInt32LE(c, 4 + i * 4));
    expect(decodeText(le)).toEqual({ text: VN, encoding: 'utf-32le' });
  });

  it('random bytes behind a UTF-16 BOM are binary, not CJK soup', () => {
    let x = 12345;
    const junk = Buffer.alloc(4096, 0).map(() => (x = (x * 1103515245 + 12345) >>> 0) >>> 24);
    junk[0] = 0xff;
    junk[1] = 0xfe;
    expect(errorOf(() => decodeText(junk)).code).toBe('GHPLAN_BINARY_FILE');
  });

  it('binary data is refused', () => {
    const bin = readFileSync(join(FIX, 'bad/binary.txt'));
    const e = errorOf(() => decodeText(bin));
    expect(e.code).toBe('GHPLAN_BINARY_FILE');
    expect(e.message).toBe('not a text file (binary data)');
  });
});

describe('decodeText: 8-bit encodings', () => {
  it('Windows-1252 bytes 0x80-0x9F are typographic characters, not C1 controls', () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x97, 0x80, 0x41]))).toBe('“—€A');
  });

  it('Windows-1258 (tone marks as combining bytes) decodes to NFC', () => {
    const d = decodeText(toCp1258(VN));
    expect(d).toEqual({ text: VN, encoding: 'windows-1258' });
  });

  it('the shared cp1258.txt decodes to exactly seed 001', () => {
    const d = decodeText(readFileSync(join(FIX, 'bad/cp1258.txt')));
    expect(d.encoding).toBe('windows-1258');
    expect(d.text.normalize('NFC')).toBe(seed1.normalize('NFC'));
  });

  it('a Windows-1258 plan with a foreign name (Müller) is still Windows-1258', () => {
    const text = VN.repeat(20) + 'Chuyên gia Müller, François\n';
    expect(decodeText(toCp1258(text))).toEqual({ text, encoding: 'windows-1258' });
  });

  it('a mostly-ASCII Windows-1258 file is still read as Windows-1258', () => {
    const text = 'Ke hoach so 12/KH-UBND\n'.repeat(200) + 'Ủy ban nhân dân\n';
    expect(decodeText(toCp1258(text))).toEqual({ text, encoding: 'windows-1258' });
  });

  it('a Windows-1252 (Western) file is read as Windows-1252, not as Vietnamese mojibake', () => {
    const text = 'Rapport annuel — São Paulo, Müller & Søn, “naïve” café, Ðurđevac ñandú ½ õ ò ì ý\n';
    const enc = (s: string): Uint8Array => {
      const table = new Map<string, number>();
      for (let b = 0; b < 256; b++) table.set(decodeWindows1252(new Uint8Array([b])), b);
      return new Uint8Array([...s].map((c) => table.get(c)!));
    };
    // Ð and đ: Ð is in 1252; đ is not, drop it.
    const western = text.replace('đ', 'd');
    expect(decodeText(enc(western))).toEqual({ text: western, encoding: 'windows-1252' });
  });

  it('legacy font encodings are recognised: refused with the fix without a converter, converted with one', async () => {
    // TCVN3 ("ABC"): "Kế hoạch" is stored as bytes that Windows-1252 shows as "KÕ ho¹ch".
    const tcvn = new Uint8Array(Buffer.from('KÕ ho¹ch triÓn khai thùc hiÖn NghÞ quyÕt cña y ban nh©n d©n x· vÒ viÖc ®ång ý', 'latin1'));
    expect(guessLegacyFont(tcvn)).toBe('tcvn3');
    // VNI: "Kế hoạch triển khai thực hiện" is "Keá hoaïch trieån khai thöïc hieän".
    const vni = new Uint8Array(Buffer.from('Keá hoaïch trieån khai thöïc hieän Nghò quyeát cuûa UÛy ban nhaân daân xaõ ñoàng ', 'latin1'));
    expect(guessLegacyFont(vni)).toBe('vni');
    // The readers register the converters (src/readers/index.ts); without them the text is refused.
    await import('../../src/readers/index.js');
    const saved = { ...legacyFontDecoders };
    try {
      delete legacyFontDecoders.tcvn3;
      delete legacyFontDecoders.vni;
      const e = errorOf(() => decodeText(tcvn));
      expect(e.code).toBe('GHPLAN_LEGACY_FONT_ENCODING');
      expect(e.message).toMatch(/TCVN3.*save it as UTF-8/);
      expect(errorOf(() => decodeText(vni)).message).toMatch(/VNI/);
    } finally {
      Object.assign(legacyFontDecoders, saved);
    }
    expect(decodeText(tcvn)).toMatchObject({ encoding: 'tcvn3', text: expect.stringMatching(/^Kế hoạch triển khai thực hiện Nghị quyết/) });
    expect(decodeText(vni)).toMatchObject({ encoding: 'vni', text: expect.stringMatching(/^Kế hoạch triển khai thực hiện Nghị quyết/) });
  });

  it('real Windows-1258 and Windows-1252 text is not taken for a legacy font', () => {
    expect(guessLegacyFont(toCp1258(VN.repeat(5)))).toBeNull();
    expect(guessLegacyFont(new Uint8Array(Buffer.from('Temperature 30°C, area 25 m², ± 2 m³ ', 'latin1')))).toBeNull();
  });
});

describe('decodeText: UTF-8 with stray bytes', () => {
  it('a few invalid bytes are replaced (not mojibake) and reported with their line', () => {
    const bytes = Buffer.concat([
      Buffer.from('Dòng một\nDòng hai ', 'utf8'),
      Buffer.from([0x81, 0xff]),
      Buffer.from('\nDòng ba có dấu tiếng Việt\n', 'utf8'),
    ]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Dòng một\nDòng hai \ufffd\ufffd\nDòng ba có dấu tiếng Việt\n');
    expect(d.notes).toEqual([expect.stringMatching(/line 2 .*replaced with �/)]);
  });

  it('a UTF-8 file cut off in the middle of a character', () => {
    const full = Buffer.from('Kế hoạch số 12\nỦy ban nhân dân xã\n', 'utf8');
    const d = decodeText(full.subarray(0, full.length - 2));
    expect(d.text.startsWith('Kế hoạch số 12\nỦy ban nhân dân x')).toBe(true);
    expect(d.notes?.[0]).toMatch(/line 2/);
  });

  it('a Windows-1258 line pasted into a UTF-8 file is read as Windows-1258', () => {
    const bytes = Buffer.concat([
      Buffer.from('Kế hoạch số 12/KH-UBND\n', 'utf8'),
      toCp1258('Ủy ban nhân dân xã Đông Phương\n'),
      Buffer.from('Hoàn thành năm 2026\n', 'utf8'),
    ]);
    const d = decodeText(bytes);
    expect(d.text).toBe('Kế hoạch số 12/KH-UBND\nỦy ban nhân dân xã Đông Phương\nHoàn thành năm 2026\n');
    expect(d.notes).toEqual([expect.stringMatching(/line 2 is in Windows-1258/)]);
  });

  it('a UTF-8 BOM with invalid bytes behind it is UTF-8 with stray bytes, not an error', () => {
    const d = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kế hoạch '), Buffer.from([0xc0])]));
    expect(d.encoding).toBe('utf-8-bom');
    expect(d.text).toBe('Kế hoạch \ufffd');
  });

  it('stray bytes become a warning diagnostic in the plan', async () => {
    const bytes = Buffer.concat([Buffer.from(seed1, 'utf8'), Buffer.from([0xff, 0x0a])]);
    const plan = await extractBytes(bytes, { fileName: 'x.txt' });
    expect(plan.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'input.encoding' }));
  });
});

describe('format sniffing errors', () => {
  it('names images and archives picked by mistake', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);
    await expect(extractBytes(png, { fileName: 'ke-hoach.txt' })).rejects.toMatchObject({
      code: 'GHPLAN_UNSUPPORTED_FORMAT',
      message: expect.stringMatching(/PNG image/),
    });
  });

  it('random bytes named .docx or .pdf are a damaged file, not "plain text"', async () => {
    const bin = readFileSync(join(FIX, 'bad/binary.txt'));
    await expect(extractBytes(bin, { fileName: 'x.docx' })).rejects.toMatchObject({ code: 'GHPLAN_DOCX_CORRUPT' });
    await expect(extractBytes(bin, { fileName: 'x.pdf' })).rejects.toMatchObject({ code: 'GHPLAN_PDF_CORRUPT' });
  });
});

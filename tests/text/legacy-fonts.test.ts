import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  convertLegacy,
  decodeLegacyBytes,
  detectLegacyEncoding,
  encodeLegacy,
  fixLegacyFontText,
  legacyEncodingOfFont,
} from '../../src/text/legacy-fonts.js';

// A paragraph of a real plan (KH 310/KH-UBND, Hà Nội, 2025) and a heading in capitals.
const PARAGRAPH =
  'Cụ thể hóa nhiệm vụ, giải pháp chủ yếu đề ra tại Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; phấn đấu đến năm 2030, 100% các khu công nghệ cao, khu công nghiệp có hạ tầng 5G, tỷ lệ doanh nghiệp ứng dụng IoT đạt tối thiểu 30%.';
const CAPITALS = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - ĐỘC LẬP - TỰ DO - HẠNH PHÚC - ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP';

describe('legacy font encodings', () => {
  it('converts the classic samples', () => {
    expect(convertLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(convertLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(convertLegacy('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'vni')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('round-trips real Vietnamese through VNI', () => {
    for (const s of [PARAGRAPH, CAPITALS]) {
      const legacy = encodeLegacy(s, 'vni');
      expect(legacy).not.toBe(s);
      expect(convertLegacy(legacy, 'vni')).toBe(s.normalize('NFC'));
    }
  });

  it('round-trips real Vietnamese through TCVN3 (lower case: VN3 has no upper-case toned letters)', () => {
    const s = PARAGRAPH.toLowerCase();
    const legacy = encodeLegacy(s, 'tcvn3');
    expect(legacy).not.toBe(s);
    expect([...legacy].every((c) => c.charCodeAt(0) < 0x100)).toBe(true);
    expect(convertLegacy(legacy, 'tcvn3')).toBe(s);
    // The upper-case fonts (.VnTimeH) use the lower-case code points.
    expect(convertLegacy(encodeLegacy(CAPITALS.toLowerCase(), 'tcvn3'), 'tcvn3', { upper: true })).toBe(CAPITALS);
  });

  it('detects TCVN3 and VNI text', () => {
    expect(detectLegacyEncoding('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('tcvn3');
    expect(detectLegacyEncoding('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('vni');
    expect(detectLegacyEncoding(encodeLegacy(PARAGRAPH.toLowerCase(), 'tcvn3'))).toBe('tcvn3');
    expect(detectLegacyEncoding(encodeLegacy(PARAGRAPH, 'vni'))).toBe('vni');
    expect(fixLegacyFontText(encodeLegacy(PARAGRAPH, 'vni'))).toEqual({ text: PARAGRAPH, encoding: 'vni' });
  });

  it('does not detect Unicode Vietnamese, English or Western text as legacy', () => {
    expect(detectLegacyEncoding(PARAGRAPH)).toBeNull();
    expect(detectLegacyEncoding(CAPITALS)).toBeNull();
    expect(detectLegacyEncoding('Nhiệt độ 30°C, diện tích 25 m², giá 1.000 € — “trích dẫn”')).toBeNull();
    expect(detectLegacyEncoding('The plan was approved on 12 May; café, naïve, déjà vu, Müller, señor.')).toBeNull();
    expect(fixLegacyFontText(PARAGRAPH)).toBeNull();
  });

  it('does not detect any seed or real fixture text as legacy', () => {
    const root = join(import.meta.dirname, '../../fixtures');
    const files: string[] = [];
    for (const dir of ['real', 'corpus']) {
      try {
        for (const f of readdirSync(join(root, dir), { recursive: true }) as string[])
          if (/\.(txt|md)$/.test(f)) files.push(join(root, dir, f));
      } catch {
        /* folder absent */
      }
    }
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect([f, detectLegacyEncoding(readFileSync(f, 'utf8'))]).toEqual([f, null]);
  });

  it('decodes raw legacy bytes (the shape of text-encoding.ts legacyFontDecoders)', () => {
    const bytes = new Uint8Array([...encodeLegacy('cộng hoà', 'tcvn3')].map((c) => c.charCodeAt(0)));
    expect(decodeLegacyBytes(bytes, 'tcvn3')).toBe('cộng hoà');
  });

  it('knows the legacy fonts by name', () => {
    expect(legacyEncodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(legacyEncodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(legacyEncodingOfFont('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(legacyEncodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
    expect(legacyEncodingOfFont('Times New Roman')).toBeNull();
  });
});

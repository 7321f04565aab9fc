/**
 * Legacy Vietnamese font encodings: text typed with the old 8-bit fonts, which stores
 * Vietnamese letters on bytes that Windows-1252 / Latin-1 shows as other characters.
 *
 * - TCVN3 (ABC; fonts `.VnTime`, `.VnArial`, …, upper-case fonts `.VnTimeH`…): the 8-bit set
 *   "VN3" of TCVN 5712:1993. One byte per letter: "Céng hoµ x· héi chñ nghÜa ViÖt Nam".
 *   Table: bytes 0xA1–0xFF of `tcvn_2uni_2` in GNU libiconv `lib/tcvn.h` (TCVN-5712), which also
 *   matches the X11 `lcUniConv/tcvn.h` table. VN3 leaves 0x80–0x9F to the Windows symbols
 *   (quotes, dashes), as UniKey's converter does, so only 0xA1–0xFF are mapped here.
 * - VNI (VNI-Windows; fonts `VNI-Times`, `VNI-Helve`, …): a base letter followed by a mark
 *   character: "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".
 *   Table: the VNI column of xvnkb `vni.h` (Dao Hai Lam, VISC, 2002), the same order as UniKey's
 *   VNI-WIN charset: per vowel the base, sắc `ù`, huyền `ø`, hỏi `û`, ngã `õ`, nặng `ï`; `â á à å
 *   ã ä` for the circumflex with those tones, `ê é è ú ü ë` for the breve; `ô`/`ö` are ơ/ư,
 *   `í ì æ ó ò` are í ì ỉ ĩ ị, `î` is ỵ, `ñ` is đ (upper case: the same letters in upper case).
 *
 * Both tables are given as Unicode characters of the Latin-1 range (what a byte shows as in
 * Windows-1252), so they apply to decoded text and, through `decodeLegacyBytes`, to raw bytes.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

// ---- TCVN3 --------------------------------------------------------------------------------

/** TCVN 5712:1993 (VN3) bytes 0xA0–0xFF → Unicode (libiconv tcvn.h, tcvn_2uni_2[0x20..0x7f]). */
const TCVN3_A0: readonly number[] = [
  /* 0xa0 */ 0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, /* 0xa8 */ 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0,
  0x0111, 0x1eb0, /* 0xb0 */ 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, /* 0xb8 */ 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1,
  0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4, /* 0xc0 */ 0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, /* 0xc8 */ 0x1ea9, 0x1eab,
  0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd, /* 0xd0 */ 0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec,
  /* 0xd8 */ 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2, /* 0xe0 */ 0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3,
  0x1ed5, 0x1ed7, /* 0xe8 */ 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9, /* 0xf0 */ 0x1ed6, 0x1ee7, 0x0169, 0x00fa,
  0x1ee5, 0x1eeb, 0x1eed, 0x1eef, /* 0xf8 */ 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

const TCVN3_TO_UNI = new Map<string, string>();
const UNI_TO_TCVN3 = new Map<string, string>();
TCVN3_A0.forEach((cp, i) => {
  if (i === 0) return; // 0xA0 stays a no-break space
  const from = String.fromCharCode(0xa0 + i);
  const to = String.fromCodePoint(cp);
  TCVN3_TO_UNI.set(from, to);
  if (cp < 0x0300 || cp > 0x036f) UNI_TO_TCVN3.set(to, from);
});

// ---- VNI ----------------------------------------------------------------------------------

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';

/** VNI mark characters (lower case) → [shape mark, tone mark]. Upper-case marks are the same letters upper-cased. */
const VNI_MARKS: Record<string, [string, string]> = {
  ù: ['', ACUTE],
  ø: ['', GRAVE],
  û: ['', HOOK],
  õ: ['', TILDE],
  ï: ['', DOT],
  â: [CIRC, ''],
  á: [CIRC, ACUTE],
  à: [CIRC, GRAVE],
  å: [CIRC, HOOK],
  ã: [CIRC, TILDE],
  ä: [CIRC, DOT],
  ê: [BREVE, ''],
  é: [BREVE, ACUTE],
  è: [BREVE, GRAVE],
  ú: [BREVE, HOOK],
  ü: [BREVE, TILDE],
  ë: [BREVE, DOT],
};

/** Single VNI characters that are whole Vietnamese letters (lower case). */
const VNI_SINGLE: Record<string, string> = { ô: 'ơ', ö: 'ư', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ', ñ: 'đ' };

const VNI_MARK_OF = new Map<string, { shape: string; tone: string; upper: boolean }>();
for (const [ch, [shape, tone]] of Object.entries(VNI_MARKS)) {
  VNI_MARK_OF.set(ch, { shape, tone, upper: false });
  VNI_MARK_OF.set(ch.toUpperCase(), { shape, tone, upper: true });
}
const VNI_SINGLE_OF = new Map<string, string>();
for (const [ch, to] of Object.entries(VNI_SINGLE)) {
  VNI_SINGLE_OF.set(ch, to);
  VNI_SINGLE_OF.set(ch.toUpperCase(), to.toUpperCase());
}

/** Base letters that take marks, and which shape marks each takes. */
function shapesFor(base: string): string {
  switch (base.toLowerCase()) {
    case 'a':
      return CIRC + BREVE;
    case 'e':
    case 'o':
      return CIRC;
    case 'ơ':
    case 'ư':
    case 'u':
    case 'y':
    case 'i':
      return '';
    default:
      return '-';
  }
}

function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let base = VNI_SINGLE_OF.get(ch) ?? ch;
    const single = VNI_SINGLE_OF.has(ch);
    const shapes = shapesFor(base);
    const next = text[i + 1];
    const mark = next !== undefined ? VNI_MARK_OF.get(next) : undefined;
    const isLetterBase = /[aeouyiAEOUYIơưƠƯ]/.test(base) && (!single || /[ơưƠƯ]/.test(base));
    if (mark && isLetterBase && shapes !== '-' && (!mark.shape || shapes.includes(mark.shape))) {
      base = (base + mark.shape + mark.tone).normalize('NFC');
      i++;
    }
    out += base;
  }
  return out;
}

/** Unicode → VNI (for tests and round trips); characters VNI cannot write are kept. */
function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const base0 = d[0]!;
    const marks = d.slice(1);
    if (!marks && !/[đĐơƠưƯ]/.test(ch)) {
      out += ch;
      continue;
    }
    // Whole-letter characters first (ơ ư đ and the i-family, ỵ).
    const singleHit = [...VNI_SINGLE_OF.entries()].find(([, u]) => u === ch);
    if (singleHit) {
      out += singleHit[0];
      continue;
    }
    let base = base0;
    let rest = marks;
    if (rest.startsWith('\u031b')) {
      // horn: ơ / ư
      base = base0 === 'o' ? 'ô' : base0 === 'O' ? 'Ô' : base0 === 'u' ? 'ö' : 'Ö';
      rest = rest.slice(1);
    }
    const shape = rest.includes(CIRC) ? CIRC : rest.includes(BREVE) ? BREVE : '';
    const tone = [ACUTE, GRAVE, HOOK, TILDE, DOT].find((t) => rest.includes(t)) ?? '';
    if (!shape && !tone) {
      out += base;
      continue;
    }
    const upper = base0 === base0.toUpperCase();
    const markCh = Object.entries(VNI_MARKS).find(([, [s, t]]) => s === shape && t === tone)?.[0];
    if (!markCh) {
      out += ch;
      continue;
    }
    out += base + (upper ? markCh.toUpperCase() : markCh);
  }
  return out;
}

// ---- public API -----------------------------------------------------------------------------

/** Unicode Vietnamese letters outside Latin-1: their presence means the text is Unicode already. */
const VN_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;
/** Latin-1 symbols that TCVN3 uses as letters (0xA1–0xBF), minus ° ± ² ³ ´ (units, 30°C, m²). */
const TCVN3_SYMBOL = /[\u00a1-\u00af\u00b4-\u00bf]/u;
/** TCVN3 letters on 0xC0–0xFF that are no Vietnamese letter in Unicode. */
const TCVN3_HIGH = /[ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ]/u;
/** VNI mark characters that are no Vietnamese letter in Unicode. */
const VNI_ODD_MARK = /[øïûöëäåæîñØÏÛÖËÄÅÆÎÑ]/u;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * 'tcvn3' or 'vni' when the text is Vietnamese typed in a legacy font encoding and read as
 * Windows-1252/Latin-1, null otherwise (Unicode Vietnamese, English, anything else). Decided by
 * character statistics: legacy letters inside words against Unicode Vietnamese letters.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let unicode = 0;
  let tcvn = 0;
  let vni = 0;
  // Indexed by UTF-16 unit: every character that matters here is in the BMP, and the text of
  // a plan is read once per file, so no array of characters is built.
  const chars = sample;
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    if (code < 0xa0) continue;
    const ch = chars[i]!;
    if (VN_UNICODE.test(ch)) {
      unicode++;
      continue;
    }
    if (code > 0xff) continue;
    const prev = chars[i - 1] ?? ' ';
    const next = chars[i + 1] ?? ' ';
    const inWord = /\p{L}/u.test(prev) || /\p{L}/u.test(next);
    if (!inWord) continue;
    if (TCVN3_SYMBOL.test(ch) || TCVN3_HIGH.test(ch)) tcvn++;
    if (VNI_ODD_MARK.test(ch) && ASCII_LETTER.test(prev) && /[aeiouyAEIOUY]/.test(prev)) vni += 2;
    else if ((ch === 'ñ' || ch === 'Ñ') && /\p{L}/u.test(next)) vni += 2;
    else if (VNI_MARK_OF.has(ch) && /[aeouyAEOUYôöÔÖ]/.test(prev)) vni++;
  }
  // TCVN3 symbols never appear in VNI words; VNI marks after vowels are rare in TCVN3.
  const tcvnOnly = tcvn - vni / 2;
  if (tcvnOnly >= 3 && tcvnOnly > 4 * unicode && TCVN3_SYMBOL.test(sample)) return 'tcvn3';
  if (vni >= 6 && vni > 4 * unicode) return 'vni';
  return null;
}

/** The legacy encoding a font name implies: `.VnTime`, `.VnArialH` (TCVN3), `VNI-Times` (VNI). */
export function legacyEncodingOfFont(fontName: string | undefined | null): { encoding: LegacyEncoding; upper: boolean } | null {
  if (!fontName) return null;
  const f = fontName.trim();
  if (/^\.?vn[a-z]/i.test(f) && !/^vni/i.test(f)) return { encoding: 'tcvn3', upper: /^\.?vn\w*h$/i.test(f.replace(/\s+/g, '')) };
  if (/^vni[-\s]/i.test(f)) return { encoding: 'vni', upper: false };
  return null;
}

/** Converts legacy-font text (as Windows-1252/Latin-1 characters) to Unicode NFC. */
export function convertLegacy(text: string, enc: LegacyEncoding, options: { upper?: boolean } = {}): string {
  let out: string;
  if (enc === 'tcvn3') {
    out = '';
    for (const ch of text) out += TCVN3_TO_UNI.get(ch) ?? ch;
    out = out.normalize('NFC');
  } else {
    out = convertVni(text).normalize('NFC');
  }
  return options.upper ? out.toUpperCase() : out;
}

/** Unicode → legacy-font characters (the inverse tables; for tests and round trips). */
export function encodeLegacy(text: string, enc: LegacyEncoding): string {
  if (enc === 'vni') return encodeVni(text);
  let out = '';
  for (const ch of text.normalize('NFC')) out += UNI_TO_TCVN3.get(ch) ?? ch;
  return out;
}

/**
 * For text already decoded (a UTF-8 file holding legacy-font characters, or a string a reader
 * produced): converts it when it is clearly TCVN3 or VNI, else null.
 */
export function fixLegacyFontText(text: string): { text: string; encoding: LegacyEncoding } | null {
  const encoding = detectLegacyEncoding(text);
  if (!encoding) return null;
  return { text: convertLegacy(text, encoding), encoding };
}

/** Raw 8-bit bytes in a legacy encoding → Unicode; the shape of text-encoding.ts's `LegacyFontDecoder`. */
export function decodeLegacyBytes(bytes: Uint8Array, enc: LegacyEncoding): string | null {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return convertLegacy(text, enc);
}

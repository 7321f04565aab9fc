// What decoding a .docx XML part replaced by U+FFFD, counted honestly: the byte sequences that
// are not valid in the part's encoding, never a U+FFFD the part writes itself. Random parts are
// built from pieces whose count is known, and both decoders are checked against it: the one
// mammoth's reader and the package relationships use (decodeXmlPart), and the streaming
// parser's, which decodes 64 KiB slices one after the other (parseXmlTree).
import { describe, expect, it } from 'vitest';
import { xmlElement } from '../../../src/readers/docx/mammoth.js';
import { parseXmlTree } from '../../../src/readers/docx/xml.js';
import { decodeXmlPart } from '../../../src/readers/docx/xml-prolog.js';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Piece {
  bytes: number[];
  /** U+FFFD the decoder makes of the piece's invalid sequences */
  replaced: number;
  /** U+FFFD the piece encodes as valid bytes */
  written: number;
}

const valid = (s: string, encoding: 'utf8' | 'utf16le'): Piece => ({
  bytes: [...Buffer.from(s, encoding)],
  replaced: 0,
  written: [...s].filter((c) => c === '\ufffd').length,
});
/** Invalid bytes, then an ASCII letter, so that the next piece cannot complete them. */
const bad = (bytes: number[], replaced: number, after: number[] = [0x78]): Piece => ({ bytes: [...bytes, ...after], replaced, written: 0 });

const UTF8: Piece[] = [
  ...['a', ' ', 'Đ', 'ạ', 'ướ', '😀', '\ufffd', 'x\ufffd\ufffdy'].map((s) => valid(s, 'utf8')),
  bad([0xff], 1),
  bad([0x80], 1), // a continuation byte alone
  bad([0xc3], 1), // a two-byte letter cut short
  bad([0xc3, 0x28], 1, []), // the same, before '('
  bad([0xe1, 0xba], 1), // a three-byte letter cut short: one sequence
  bad([0xf0, 0x9f, 0x98], 1),
  bad([0xed, 0xa0, 0x80], 3), // a surrogate: three
  bad([0xc0, 0xaf], 2), // an overlong '/': two
  bad([0xf5], 1),
  bad([0xef, 0xbf], 1), // U+FFFD cut short
  bad([0xef], 1, [0xef, 0xbf, 0xbd]), // ... before a whole one, which is the part's own
];
UTF8[UTF8.length - 1]!.written = 1;

const UTF16: Piece[] = [
  ...['a', ' ', 'Đ', 'ạ', '😀', '\ufffd'].map((s) => valid(s, 'utf16le')),
  bad([0x00, 0xd8], 1, [0x78, 0x00]), // a high surrogate alone
  bad([0x00, 0xdc], 1, [0x78, 0x00]), // a low surrogate alone
  bad([0x3d, 0xd8], 1, [0xfd, 0xff]), // a high surrogate before the part's own U+FFFD
];
UTF16[UTF16.length - 1]!.written = 1;

/** A part of `count` random pieces in a w:t, with what its decoding must count. */
function part(
  pieces: Piece[],
  count: number,
  seed: number,
  encoding: 'utf8' | 'utf16le',
): { bytes: Buffer; replaced: number; written: number } {
  const next = random(seed);
  const chosen = Array.from({ length: count }, () => pieces[Math.floor(next() * pieces.length)]!);
  const head = Buffer.from('<w:t xmlns:w="urn:w">', encoding);
  const tail = Buffer.from('</w:t>', encoding);
  return {
    bytes: Buffer.concat([head, Buffer.from(chosen.flatMap((p) => p.bytes)), tail]),
    replaced: chosen.reduce((n, p) => n + p.replaced, 0),
    written: chosen.reduce((n, p) => n + p.written, 0),
  };
}

function decodedBoth(bytes: Buffer, encoding: string): { replaced: number; written: number; text: string }[] {
  const a = decodeXmlPart(bytes, 'word/document.xml');
  const b = parseXmlTree(bytes, xmlElement, encoding, 'word/document.xml');
  expect(b).not.toBeNull();
  const text = b!.root.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  return [
    {
      replaced: a.replaced,
      written: a.written,
      text: a.text.slice(a.text.indexOf('>', a.text.indexOf('<w:t')) + 1, a.text.lastIndexOf('<')),
    },
    { replaced: b!.replaced, written: b!.written, text },
  ];
}

describe('invalid byte sequences of an XML part, counted', () => {
  it('UTF-8: 300 random parts (up to 100,000 pieces, over the 64 KiB slices), each count as built', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const p = part(UTF8, seed === 300 ? 100_000 : seed * 3, seed, 'utf8');
      for (const got of decodedBoth(p.bytes, 'utf-8')) {
        expect({ replaced: got.replaced, written: got.written }, `seed ${seed}`).toEqual({ replaced: p.replaced, written: p.written });
        expect(got.text.split('\ufffd').length - 1, `seed ${seed}`).toBe(p.replaced + p.written);
      }
    }
  });

  it('UTF-16 (little-endian, with its byte-order mark): the same', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const p = part(UTF16, seed * 5, seed, 'utf16le');
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), p.bytes]);
      for (const got of decodedBoth(bytes, 'utf-16le'))
        expect({ replaced: got.replaced, written: got.written }, `seed ${seed}`).toEqual({ replaced: p.replaced, written: p.written });
    }
  });

  it('UTF-16 big-endian, windows-1253 (bytes D2 and FF are not in it) and GB18030 (which encodes U+FFFD as 84 31 A4 37)', () => {
    const be = Buffer.from('<w:t xmlns:w="urn:w">a\ufffdb@c</w:t>', 'utf16le').swap16();
    be.writeUInt16BE(0xdc00, be.indexOf(Buffer.from([0, 0x40])));
    expect(decodedBoth(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-16be').map((d) => d.text)).toEqual([
      'a\ufffdb\ufffdc',
      'a\ufffdb\ufffdc',
    ]);
    expect(decodedBoth(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-16be')[0]).toMatchObject({ replaced: 1, written: 1 });
    const greek = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1253"?><w:t xmlns:w="urn:w">'),
      Buffer.from([0xe1, 0xd2, 0xe2, 0xff, 0xe3]),
      Buffer.from('</w:t>'),
    ]);
    for (const got of decodedBoth(greek, 'windows-1253')) expect(got).toEqual({ replaced: 2, written: 0, text: 'α\ufffdβ\ufffdγ' });
    const gb = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="GB18030"?><w:t xmlns:w="urn:w">'),
      Buffer.from([0x84, 0x31, 0xa4, 0x37, 0xff, 0x78, 0x84, 0x31, 0xa4, 0x37]),
      Buffer.from('</w:t>'),
    ]);
    for (const got of decodedBoth(gb, 'gb18030')) expect(got).toEqual({ replaced: 1, written: 2, text: '\ufffd\ufffdx\ufffd' });
  });

  it('a clean part: nothing, whatever it writes', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:t xmlns:w="urn:w">Kế hoạch \ufffd số 12</w:t>');
    for (const got of decodedBoth(bytes, 'utf-8')) expect(got).toEqual({ replaced: 0, written: 1, text: 'Kế hoạch \ufffd số 12' });
  });
});

/**
 * The streaming XML reader (src/readers/docx/xml.ts) against mammoth's own reader, on every
 * .docx we have (fixtures/ and, when present, the shared corpus: seeds, real, bad): the same
 * XML tree for each part, and byte-identical JSON from the whole extraction
 * (GHPLAN_XML_READER=mammoth selects mammoth's reader).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import { planToJson } from '../../src/export/json.js';
import { openZip } from '../../src/readers/docx/zip.js';
import { readXmlPart, type XmlNode } from '../../src/readers/docx/mammoth.js';

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = ['../shared/corpus', '../../shared/corpus'].map((d) => join(ROOT, d)).find((d) => existsSync(d));

function docxFiles(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) docxFiles(p, out);
    else if (/\.docx$/i.test(f)) out.push(p);
  }
  return out;
}

// one file per content (fixtures hold copies of corpus files)
const seen = new Set<string>();
const files = [...docxFiles(join(ROOT, 'fixtures')), ...(CORPUS ? docxFiles(CORPUS) : [])].filter((f) => {
  const h = createHash('sha256').update(readFileSync(f)).digest('hex');
  if (seen.has(h)) return false;
  seen.add(h);
  return true;
});

const plain = (n: XmlNode): unknown =>
  n.type === 'element'
    ? { name: n.name, keys: Object.keys(n.attributes), attributes: { ...n.attributes }, children: n.children.map(plain) }
    : { text: n.value };

afterEach(() => {
  delete process.env.GHPLAN_XML_READER;
});

describe('streaming XML reader = mammoth reader', () => {
  it('covers the fixtures and the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(CORPUS ? 15 : 8);
  });

  for (const file of files) {
    const name = relative(join(ROOT, '..'), file);
    it(`${name}: same tree for every XML part, same JSON`, async () => {
      const bytes = new Uint8Array(readFileSync(file));
      let zip;
      try {
        zip = await openZip(bytes, 200 * 2 ** 20);
      } catch {
        zip = null; // not a zip, or a zip bomb: both readers refuse it the same way below
      }
      if (zip) {
        try {
          for (const part of zip.names().filter((n) => /\.(xml|rels)$/i.test(n))) {
            const a = await readXmlPart(zip, part, 'stream').catch((e: Error) => `error: ${e.message}`);
            const b = await readXmlPart(zip, part, 'mammoth').catch((e: Error) => `error: ${e.message}`);
            const same = isDeepStrictEqual(typeof a === 'string' || !a ? a : plain(a), typeof b === 'string' || !b ? b : plain(b));
            expect(same, `${part} differs`).toBe(true);
          }
        } finally {
          zip.close();
        }
      }
      const run = async (): Promise<string> => {
        try {
          return planToJson(await extractFile(file, { ocr: 'off', convertLegacy: 'off' }), true);
        } catch (e) {
          return `error ${(e as { code?: string }).code}: ${(e as Error).message}`;
        }
      };
      const streamed = await run();
      process.env.GHPLAN_XML_READER = 'mammoth';
      const mammoth = await run();
      expect(streamed).toBe(mammoth);
    }, 120_000);
  }
});

/**
 * The zip layer of the Word reader: validates the archive from its central directory
 * (yauzl) before anything is inflated, refuses parts over the size limit, and inflates
 * parts on demand with a byte counter, because zip headers can lie.
 */
import yauzl from 'yauzl';
import type { Readable } from 'node:stream';
import { GhplanError, ErrorCodes, msg } from '../../model/errors.js';
import { formatBytes } from '../../model/limits.js';

/** Most entries a .docx may have; real documents have a few dozen. */
const MAX_ENTRIES = 10_000;

export interface ZipParts {
  names(): string[];
  exists(name: string): boolean;
  /** Inflates one part, failing with GHPLAN_PART_TOO_LARGE once it passes the limit. */
  read(name: string): Promise<Buffer>;
  close(): void;
}

export const CORRUPT_MESSAGE = 'not a valid .docx (zip archive is truncated or corrupt)';

function corrupt(detail?: string): GhplanError {
  return new GhplanError(ErrorCodes.DOCX_CORRUPT, detail ? msg('err.docxZipCorruptDetail', { detail }) : msg('err.docxZipCorrupt'));
}

function tooLarge(name: string, size: number, limit: number, atLeast = false): GhplanError {
  return new GhplanError(
    ErrorCodes.PART_TOO_LARGE,
    msg(atLeast ? 'err.docxPartOverLarge' : 'err.docxPartTooLarge', { part: name, size: formatBytes(size), limit: formatBytes(limit) }),
  );
}

function openBuffer(buf: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (err, zip) => {
      if (err || !zip) reject(corrupt());
      else resolve(zip);
    });
  });
}

/** Reads the central directory; throws before inflating anything when a part is too large. */
function listEntries(zip: yauzl.ZipFile, maxPartBytes: number): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    let count = 0;
    const fail = (e: GhplanError): void => {
      zip.close();
      reject(e);
    };
    zip.on('error', () => fail(corrupt()));
    zip.on('entry', (entry: yauzl.Entry) => {
      if (++count > MAX_ENTRIES) return fail(corrupt(`more than ${MAX_ENTRIES} entries`));
      const name = entry.fileName.replace(/\\/g, '/').replace(/^\/+/, '');
      if (entry.uncompressedSize > maxPartBytes) return fail(tooLarge(name, entry.uncompressedSize, maxPartBytes));
      if (!name.endsWith('/') && !entries.has(name)) entries.set(name, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.readEntry();
  });
}

function inflate(zip: yauzl.ZipFile, name: string, entry: yauzl.Entry, maxPartBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (entry.isEncrypted()) return reject(new GhplanError(ErrorCodes.DOCX_CORRUPT, msg('err.docxPartEncrypted', { part: name })));
    zip.openReadStream(entry, (err, stream: Readable) => {
      if (err || !stream) return reject(corrupt());
      const chunks: Buffer[] = [];
      let total = 0;
      let done = false;
      stream.on('data', (chunk: Buffer) => {
        if (done) return;
        total += chunk.length;
        if (total > maxPartBytes) {
          done = true;
          stream.destroy();
          reject(tooLarge(name, maxPartBytes, maxPartBytes, true));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (e: Error) => {
        if (done) return;
        done = true;
        // yauzl checks the real size against the header as it inflates.
        if (/too many bytes/i.test(e.message)) {
          reject(
            new GhplanError(
              ErrorCodes.PART_TOO_LARGE,
              msg('err.docxPartInflates', { part: name, size: formatBytes(entry.uncompressedSize) }),
            ),
          );
        } else {
          reject(corrupt());
        }
      });
      stream.on('end', () => {
        if (done) return;
        done = true;
        resolve(Buffer.concat(chunks, total));
      });
    });
  });
}

export async function openZip(bytes: Uint8Array, maxPartBytes: number): Promise<ZipParts> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await openBuffer(buf);
  const entries = await listEntries(zip, maxPartBytes);
  const cache = new Map<string, Promise<Buffer>>();
  return {
    names: () => [...entries.keys()],
    exists: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (!entry) return Promise.reject(new GhplanError(ErrorCodes.DOCX_CORRUPT, msg('err.docxPartMissing', { part: name })));
      let p = cache.get(name);
      if (!p) {
        p = inflate(zip, name, entry, maxPartBytes);
        cache.set(name, p);
      }
      return p;
    },
    close: () => zip.close(),
  };
}

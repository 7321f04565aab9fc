/**
 * A minimal zip writer for tests: deflated entries with UTF-8 names, a central directory, no
 * zip64. Enough for .docx files built from XML strings and for hostile archives (headers that
 * lie about sizes, a zip bomb too large to hold uncompressed).
 */
import { writeFileSync } from 'node:fs';
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer | string;
  /** Uncompressed size to write in the headers (a lie, for bomb tests); default the true size. */
  declaredSize?: number;
}

/** An entry whose data is `chunk` repeated `times`: gigabytes, without holding them in memory. */
export interface RepeatedZipEntry {
  name: string;
  chunk: Buffer;
  times: number;
}

/** One entry once compressed: what its headers say and its compressed bytes. */
interface Packed {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

/**
 * The fields a local header (from byte 4) and a central header (from byte 6) share: version
 * needed, flags (UTF-8 name), method (deflate), time, date (1980-01-01), CRC, sizes, name length.
 */
function writeCommon(header: Buffer, at: number, { name, crc, size, data }: Packed): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt16LE(0x21, at + 8);
  header.writeUInt32LE(crc, at + 10);
  header.writeUInt32LE(data.length, at + 14);
  header.writeUInt32LE(size, at + 18);
  header.writeUInt16LE(name.length, at + 22);
}

/** The local headers with the data, the central directory and its end record. */
function assemble(packed: readonly Packed[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of packed) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, entry);
    locals.push(local, entry.name, entry.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    writeCommon(central, 6, entry);
    central.writeUInt32LE(offset, 42); // where the local header is
    centrals.push(central, entry.name);
    offset += 30 + entry.name.length + entry.data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(packed.length, 8);
  eocd.writeUInt16LE(packed.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** A zip of the entries, in memory. */
export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const packed = entries.map((e): Packed => {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    return {
      name: Buffer.from(e.name, 'utf8'),
      crc: zlib.crc32(data),
      size: e.declaredSize ?? data.length,
      data: zlib.deflateRawSync(data),
    };
  });
  return new Uint8Array(assemble(packed));
}

/**
 * Writes a zip of repeated data to `path`, compressing as a stream (level 1): only the
 * compressed bytes are held. The headers tell the true sizes (which must fit in 32 bits).
 */
export async function writeRepeatedZip(path: string, entries: readonly RepeatedZipEntry[]): Promise<void> {
  const packed: Packed[] = [];
  for (const { name, chunk, times } of entries) {
    const def = zlib.createDeflateRaw({ level: 1 });
    const comp: Buffer[] = [];
    def.on('data', (d: Buffer) => comp.push(d));
    const ended = new Promise((r) => def.on('end', r));
    let crc = 0;
    let size = 0;
    for (let i = 0; i < times; i++) {
      crc = zlib.crc32(chunk, crc);
      size += chunk.length;
      if (!def.write(chunk)) await new Promise((r) => def.once('drain', r));
    }
    def.end();
    await ended;
    packed.push({ name: Buffer.from(name, 'utf8'), crc: crc >>> 0, size, data: Buffer.concat(comp) });
  }
  writeFileSync(path, assemble(packed));
}

// Bench baseline: what a .docx needs at the least — unzip word/document.xml as a stream and
// run it through a SAX parser (saxes), counting paragraphs, table rows and text. No tree.
import { readFile } from 'node:fs/promises';
import yauzl from 'yauzl';
import { SaxesParser } from 'saxes';

const buf = await readFile(process.argv[2]);
const zip = await new Promise((res, rej) => yauzl.fromBuffer(buf, { lazyEntries: true }, (e, z) => (e ? rej(e) : res(z))));
const counts = { p: 0, tr: 0, chars: 0 };
await new Promise((resolve, reject) => {
  zip.on('entry', (entry) => {
    if (entry.fileName !== 'word/document.xml') return zip.readEntry();
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const sax = new SaxesParser();
      sax.on('opentag', (t) => {
        if (t.name === 'w:p') counts.p++;
        else if (t.name === 'w:tr') counts.tr++;
      });
      sax.on('text', (s) => (counts.chars += s.length));
      sax.on('error', reject);
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => sax.write(chunk));
      stream.on('end', () => {
        sax.close();
        resolve();
      });
      stream.on('error', reject);
    });
  });
  zip.on('end', resolve);
  zip.readEntry();
});
zip.close();
if (process.argv.includes('--print')) console.log(JSON.stringify(counts));

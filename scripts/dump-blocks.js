#!/usr/bin/env node
// Debug aid: prints the blocks a reader produces for a file, one line each.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readDocument, makeContext } from '../dist/readers/index.js';

const file = process.argv[2];
const res = await readDocument(new Uint8Array(readFileSync(file)), makeContext(basename(file)));
for (const b of res.blocks) {
  const at = `${b.at.page ? `p${b.at.page}:` : ''}${b.at.line}`;
  if (b.type === 'paragraph') {
    const flags = `${b.bold ? 'B' : ' '}${b.heading ? `h${b.heading}` : '  '}${b.bullet ?? ' '}${b.align === 'center' ? 'C' : ' '}`;
    console.log(`${at.padStart(7)} ${flags} ${b.text.slice(0, 140)}${b.lines.length > 1 ? `  [${b.lines.length} lines]` : ''}`);
  } else {
    console.log(`${at.padStart(7)} TABLE ${b.source}${b.layout ? ' layout' : ''} ${b.rows.length} rows`);
    for (const r of b.rows)
      console.log(
        `${String(r.at.line).padStart(9)} | ${r.cells.map((c) => (c.bold ? '*' : '') + c.text.slice(0, 40) + (c.colspan > 1 ? `<${c.colspan}>` : '') + (c.rowspan > 1 ? `^${c.rowspan}` : '')).join(' | ')}`,
      );
  }
}
for (const d of res.diagnostics) console.log(`DIAG ${d.severity} ${d.code} ${d.message}`);

// Bench baseline: a bare mammoth read of one .docx (convertToHtml), nothing else.
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';

const buffer = await readFile(process.argv[2]);
await mammoth.convertToHtml({ buffer });

#!/usr/bin/env node
/**
 * Renders the Tổng hợp sheet of a workbook as a person sees it: LibreOffice headless converts the
 * workbook to PDF (the first sheet comes first), pdftoppm turns its first page into a PNG,
 * cropped to the table (word boxes from `pdftotext -bbox`). Needs LibreOffice and poppler-utils
 * (apt-get install libreoffice-calc poppler-utils); CI does not run it.
 *
 *   node scripts/render-workbook.js [WORKBOOK.xlsx] [OUT.png]
 *
 * Without a workbook it makes one: `ghplan batch` over the seeds, a few real plans and bad files
 * with an --expected list, the picture in the README (docs/tong-hop.png).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DPI = 150;
const tmp = mkdtempSync(join(tmpdir(), 'ghplan-render-'));

function demoWorkbook() {
  const inputs = join(tmp, 'ke-hoach');
  mkdirSync(join(inputs, 'xa'), { recursive: true });
  for (const f of ['000_50b50b607dcb6ce6.txt', '001_e1cdb5c5b8b00bae.txt', '003_8c19b5a896f0fd48.txt'])
    copyFileSync(join(ROOT, 'fixtures/corpus', f), join(inputs, f));
  for (const f of ['KH_980-KH-UBND_NgheAn_2025_QD1899-TTg.txt', 'KH_310-KH-UBND_HaNoi_2025_5G-IoT-KhuCNC.txt'])
    copyFileSync(join(ROOT, 'fixtures/real', f), join(inputs, f));
  copyFileSync(join(ROOT, 'fixtures/xlsx/ke-hoach-01.md'), join(inputs, 'xa/ke-hoach-01.md'));
  copyFileSync(join(ROOT, 'fixtures/xlsx/ke-hoach-01.md'), join(inputs, 'xa/ke-hoach-01-ban-sao.md'));
  copyFileSync(join(ROOT, 'fixtures/bad/empty.txt'), join(inputs, 'xa/ke-hoach-trong.txt'));
  copyFileSync(join(ROOT, 'fixtures/bad/truncated.docx'), join(inputs, 'xa/ke-hoach-hong.docx'));
  writeFileSync(join(tmp, 'danh-sach.txt'), 'UBND xã Hòa Bình\nUBND xã An Phú\nUBND xã Tân Lập\n');
  const out = join(tmp, 'kq');
  spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin/ghplan.js'),
      'batch',
      inputs,
      '--out',
      out,
      '--format',
      'xlsx',
      '--expected',
      join(tmp, 'danh-sach.txt'),
      '--lang',
      'vi',
    ],
    { stdio: 'inherit' },
  );
  return join(out, 'tong-hop.xlsx');
}

function soffice() {
  for (const name of ['soffice', 'libreoffice']) if (spawnSync('sh', ['-c', `command -v ${name}`]).status === 0) return name;
  throw new Error('LibreOffice is not installed (apt-get install libreoffice-calc)');
}

/** The union of the word boxes of page 1, in PDF points. */
function contentBox(pdf) {
  const html = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], { encoding: 'utf8' });
  const box = { x0: Infinity, y0: Infinity, x1: 0, y1: 0 };
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)) {
    box.x0 = Math.min(box.x0, +m[1]);
    box.y0 = Math.min(box.y0, +m[2]);
    box.x1 = Math.max(box.x1, +m[3]);
    box.y1 = Math.max(box.y1, +m[4]);
  }
  return box;
}

try {
  const workbook = resolve(process.argv[2] ?? demoWorkbook());
  const png = resolve(process.argv[3] ?? join(ROOT, 'docs/tong-hop.png'));
  const copy = join(tmp, 'tong-hop.xlsx');
  copyFileSync(workbook, copy);
  execFileSync(
    soffice(),
    [
      `-env:UserInstallation=${pathToFileURL(join(tmp, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      tmp,
      copy,
    ],
    { stdio: 'ignore' },
  );
  const pdf = join(tmp, 'tong-hop.pdf');
  const b = contentBox(pdf);
  const px = (pt) => Math.round((pt * DPI) / 72);
  const margin = 6;
  execFileSync('pdftoppm', [
    '-f',
    '1',
    '-l',
    '1',
    '-r',
    String(DPI),
    '-png',
    '-singlefile',
    '-x',
    String(px(b.x0 - margin)),
    '-y',
    String(px(b.y0 - margin)),
    '-W',
    String(px(b.x1 - b.x0 + 2 * margin)),
    '-H',
    String(px(b.y1 - b.y0 + 2 * margin)),
    pdf,
    join(tmp, 'page'),
  ]);
  mkdirSync(dirname(png), { recursive: true });
  writeFileSync(png, readFileSync(join(tmp, 'page.png')));
  console.log(`${png}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

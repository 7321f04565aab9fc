/** Output names derived from input paths never leave --out, never clash, and stay short. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { safeJsonNames, safeStem } from '../../src/batch/names.js';
import { FIXTURES, ghplan, listFiles, readCsv, readJson, tempDir } from './helpers.js';

const SEED = join(FIXTURES, 'good/001_e1cdb5c5b8b00bae.txt');

describe('safeJsonNames', () => {
  it('flattens folders and keeps the extension', () => {
    expect(safeJsonNames(['a.txt', 'sub/a.txt', 'sub/deeper/a.docx'])).toEqual([
      'a.txt.json',
      'sub__a.txt.json',
      'sub__deeper__a.docx.json',
    ]);
  });

  it('drops .., absolute roots and drive letters', () => {
    for (const p of [
      '../../etc/passwd',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      'C:/x/../y.txt',
      '..',
      '.',
      '',
      '\\\\server\\share\\a.txt',
    ]) {
      const [name] = safeJsonNames([p]);
      expect(name, p).not.toMatch(/[\\/:]/);
      expect(name, p).not.toMatch(/^\./);
      expect(resolve('/out', name!).startsWith(`${resolve('/out')}${sep}`), p).toBe(true);
    }
    expect(safeStem('../../etc/passwd')).toBe('etc__passwd');
    expect(safeStem('C:\\Windows\\win.ini')).toBe('C___Windows__win.ini');
  });

  it('replaces characters Windows forbids and avoids reserved device names', () => {
    expect(safeStem('a<b>c:d"e|f?g*h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
    expect(safeStem('x\u0000\u001f.txt')).toBe('x__.txt');
    expect(safeStem('CON')).toBe('_CON');
    expect(safeStem('nul.txt')).toBe('_nul.txt');
    expect(safeStem('com1.docx')).toBe('_com1.docx');
    expect(safeStem('name. . ')).toBe('name');
    expect(safeStem('.hidden.txt')).toBe('_hidden.txt');
    expect(safeStem('a\u202ecod.txt')).toBe('acod.txt');
  });

  it('bounds very long names and keeps them apart', () => {
    const long1 = 'Kế hoạch '.repeat(60) + 'một.txt';
    const long2 = 'Kế hoạch '.repeat(60) + 'hai.txt';
    const [a, b] = safeJsonNames([long1, long2]);
    for (const n of [a!, b!]) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(200);
    expect(a).not.toBe(b);
    expect(a!.endsWith('một.txt.json')).toBe(true);
  });

  it('disambiguates clashes (also by case) deterministically', () => {
    expect(safeJsonNames(['a/b.txt', 'a__b.txt', 'A/B.txt', 'a__b.txt~2'])).toEqual([
      'a__b.txt.json',
      'a__b.txt~2.json',
      'A__B.txt~3.json',
      'a__b.txt~2~2.json',
    ]);
    expect(safeJsonNames(['x.txt', 'X.TXT'])).toEqual(safeJsonNames(['x.txt', 'X.TXT']));
  });

  it('normalises to NFC', () => {
    expect(safeStem('Ke\u0302\u0301 hoa\u0323ch.txt')).toBe('Kế hoạch.txt');
  });
});

describe('batch with unsafe input names', () => {
  it('writes every output inside --out', () => {
    const root = tempDir();
    const inside = join(root, 'in');
    const outside = join(root, 'outside');
    mkdirSync(join(inside, 'A'), { recursive: true });
    mkdirSync(join(inside, 'a'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    const names = ['A/p.txt', 'a/p.txt', 'CON.txt', `${'dài '.repeat(45)}.txt`, '=HYPERLINK(x).txt'];
    if (process.platform !== 'win32') names.push('a<b>:c|d.txt', 'tab\there.txt');
    for (const n of names) copyFileSync(SEED, join(inside, n));
    copyFileSync(SEED, join(outside, 'p.txt'));
    const out = join(root, 'out');
    const r = ghplan(['batch', '.', '../outside/p.txt', join(outside, 'p.txt'), '--out', '../out', '--json'], { cwd: inside });
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    // the same file given twice (relative and absolute) is read once
    expect(s.totals.files).toBe(names.length + 1);
    expect(s.files.map((f: any) => f.file)).toContain('../outside/p.txt');
    // nothing was written outside out/
    expect(
      listFiles(root)
        .filter((f) => !f.startsWith('out/'))
        .sort(),
    ).toEqual([...names.map((n) => `in/${n}`), 'outside/p.txt'].sort());
    const json = readdirSync(join(out, 'json'));
    expect(json).toHaveLength(names.length + 1);
    expect(new Set(json.map((n) => n.toLowerCase())).size).toBe(json.length);
    // a file name that looks like a formula is written as text in the CSV `file` column
    const sections = readCsv(join(out, 'sections.csv')).rows.map((row) => row[0]);
    expect(sections).toContain("'=HYPERLINK(x).txt");
    expect(sections).not.toContain('=HYPERLINK(x).txt');
    for (const f of s.files) {
      expect(f.json).toMatch(/^json\/[^/\\]+\.json$/);
      expect(readJson(join(out, f.json)).source.file).toBe(f.file);
    }
  });
});

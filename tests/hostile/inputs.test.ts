// Issue 15, inputs and messages: hostile text, XML parts, file names and config files, built here
// at test time; the CLI is run as a process and each case asserts the exit code, one line naming
// the file, no stack and no echo of what the file holds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../helpers/docx.js';
import { ghplan, tempDir } from './helpers.js';

const dir = tempDir();
const file = (name: string, data: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const para = (t: string): string => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;

/** Every string anywhere in a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

const CONTROL_OR_BIDI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('control characters and bidi overrides leave the text, with a diagnostic', () => {
  it('a .txt with ESC sequences and bidi overrides: clean text fields, one warning at the first line that had one', async () => {
    const path = file(
      'controls.txt',
      'KẾ HOẠCH\nTriển khai thực hiện chương trình\n\nI. MỤC TIÊU\n' +
        '1. Đạt 90% hộ dân \u001b[2J có nước sạch \u202enăm 2030\u202c.\n2. Giảm \u2066tỷ lệ\u2069 hộ nghèo\u0007 còn 2% năm 2030.\n',
    );
    const r = await ghplan(['extract', path]);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    const { source: _source, ...rest } = plan;
    expect(strings(rest).filter((s) => CONTROL_OR_BIDI.test(s))).toEqual([]);
    expect(plan.indicators.map((i: { text: string }) => i.text)).toEqual([
      '1. Đạt 90% hộ dân [2J có nước sạch năm 2030.',
      '2. Giảm tỷ lệ hộ nghèo còn 2% năm 2030.',
    ]);
    const found = plan.diagnostics.filter((d: { code: string }) => d.code === 'input.control-chars');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].at).toEqual({ line: 5 });
    expect(found[0].message).toMatch(/^6 control/);
  });

  it('a .docx with bidi overrides and C1 controls in its runs: the same', async () => {
    const path = file(
      'controls.docx',
      makeDocx(
        para('KẾ HOẠCH') +
          para('Triển khai thực hiện \u202echương trình\u009b2J') +
          para('I. MỤC TIÊU') +
          para('1. Đạt 90% hộ dân có nước sạch \u2067năm 2030\u2069.'),
      ),
    );
    const r = await ghplan(['extract', path]);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    const { source: _source, ...rest } = plan;
    expect(strings(rest).filter((s) => CONTROL_OR_BIDI.test(s))).toEqual([]);
    expect(plan.document.title).toBe('Triển khai thực hiện chương trình2J');
    expect(plan.indicators[0].text).toBe('1. Đạt 90% hộ dân có nước sạch năm 2030.');
    const found = plan.diagnostics.filter((d: { code: string }) => d.code === 'input.control-chars');
    expect(found).toHaveLength(1);
    expect(found[0].at).toEqual({ line: 2 });
  });
});

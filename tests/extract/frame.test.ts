/** The signature and Nơi nhận block laid out as a borderless table (src/extract/frame.ts via prepare.ts), whatever its row split. */
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/api.js';
import { makeDocx } from '../helpers/docx.js';

const p = (text: string, bold = false): string =>
  `<w:p>${text
    .split('\n')
    .map((l, i) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${l}</w:t></w:r>`)
    .join('')}</w:p>`;
const tc = (paras: string[]): string => `<w:tc>${paras.length ? paras.join('') : '<w:p/>'}</w:tc>`;
const NONE = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="none"/>`).join('')}</w:tblBorders>`;
const layoutTable = (rows: string[][][]): string =>
  `<w:tbl><w:tblPr>${NONE}</w:tblPr>${rows.map((r) => `<w:tr>${r.map(tc).join('')}</w:tr>`).join('')}</w:tbl>`;

const BODY = [
  p('KẾ HOẠCH', true),
  p('Chuyển đổi số năm 2027', true),
  p('I. MỤC ĐÍCH, YÊU CẦU', true),
  p('Nâng cao hiệu quả quản lý.'),
  p('II. TỔ CHỨC THỰC HIỆN', true),
  p('Các phòng, ban triển khai thực hiện.'),
].join('');
const REC = [p('Nơi nhận:', true), p('- Như trên;'), p('- Lưu: VT.')];
const SIG = [p('TM. ỦY BAN NHÂN DÂN', true), p('KT. CHỦ TỊCH', true), p('PHÓ CHỦ TỊCH', true), p(''), p('Nguyễn Văn An', true)];

const plan = (table: string) => extractBytes(makeDocx(BODY + table), { fileName: 'sig.docx' });

describe('a signature table, whatever its row split', () => {
  it.each([
    ['one row', [[REC, SIG]]],
    [
      'two rows: opener and authority, then the rest',
      [
        [REC.slice(0, 1), SIG.slice(0, 1)],
        [REC.slice(1), SIG.slice(1)],
      ],
    ],
    [
      'two rows: the name alone in the second row',
      [
        [REC, SIG.slice(0, 3)],
        [[], SIG.slice(3)],
      ],
    ],
    [
      'three rows, a line a row on the right',
      [
        [REC.slice(0, 1), SIG.slice(0, 2)],
        [REC.slice(1, 2), SIG.slice(2, 3)],
        [REC.slice(2), SIG.slice(3)],
      ],
    ],
  ])('%s', async (_name, rows) => {
    const r = await plan(layoutTable(rows as string[][][]));
    expect(r.document.signer).toEqual({
      name: 'Nguyễn Văn An',
      position: 'PHÓ CHỦ TỊCH',
      authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
    });
    expect(r.document.recipients).toEqual(['Như trên', 'Lưu: VT']);
    // Layout tables never become sections or tasks.
    expect(r.sections.map((s) => s.number)).toEqual(['I', 'II']);
    expect(r.tasks).toEqual([]);
  });
});

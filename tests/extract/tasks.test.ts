/** Annex task tables (src/extract/tasks.ts) through the whole pipeline. */
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/api.js';

const plan = (text: string) => extractBytes(new TextEncoder().encode(text), { fileName: 'x.txt' });

describe('annex tasks', () => {
  const annex = (rows: string[]) =>
    plan(['KẾ HOẠCH', '', 'Thử', '', 'I. NHIỆM VỤ', '', 'Nội dung.', '', 'PHỤ LỤC', '', 'TT\tTên nhiệm vụ\tKết quả\tThời gian hoàn thành\tĐơn vị chủ trì\tĐơn vị phối hợp\tƯu tiên', ...rows, ''].join('\n'));
  it('group rows, sub-rows, continuation rows and repeated headers', async () => {
    const p = await annex([
      '<b>I</b>\t<b>Chuyển đổi xanh giao thông</b>\t\t\t\t\t',
      '1\tXây dựng đề án\tQuyết định\tQuý III/2027\tPhòng Kinh tế\tCác cơ quan; Điện lực\tx',
      '1.1\tLập đề án\tĐề án\tTháng\t\t\t',
      'TT\tTên nhiệm vụ\tKết quả\tThời gian hoàn thành\tĐơn vị chủ trì\tĐơn vị phối hợp\tƯu tiên',
      '\tvùng phát thải thấp\t\t12/2026\t\t\t',
    ]);
    expect(p.tasks.map((t) => [t.id, t.parent, t.groupTitle, t.name, t.deadline?.date ?? null, t.lead, t.support, t.priority])).toEqual([
      ['I.1', null, 'Chuyển đổi xanh giao thông', 'Xây dựng đề án', '2027-Q3', ['Phòng Kinh tế'], ['Các cơ quan', 'Điện lực'], true],
      ['I.1.1', 'I.1', 'Chuyển đổi xanh giao thông', 'Lập đề án vùng phát thải thấp', '2026-12', [], [], false],
    ]);
  });
});

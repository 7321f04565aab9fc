/**
 * Tasks written in the text (EXTRACTION.md): small plans in fixtures/text-tasks/, one shape of
 * item each, run through the CLI as a process; and one .docx with bold labels and line breaks.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ghplan, ROOT, tempDir } from '../batch/helpers.js';
import { makeDocx } from '../helpers/docx.js';

const DIR = join(ROOT, 'fixtures/text-tasks');

function extract(file: string): any {
  const r = ghplan(['extract', file]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** The text tasks of a plan, with the fields a test compares. */
function textTasks(file: string): any[] {
  return extract(file)
    .tasks.filter((t: any) => t.source === 'text')
    .map((t: any) => ({
      id: t.id,
      parent: t.parent,
      name: t.name,
      lead: t.lead,
      support: t.support,
      deadline: t.deadline,
      output: t.output,
    }));
}

const byId = (tasks: any[]): Record<string, any> => Object.fromEntries(tasks.map((t) => [t.id, t]));

describe('text tasks: labels after the content, as bullets or paragraphs', () => {
  const plan = extract(join(DIR, 'labels-after.txt'));
  const tasks = plan.tasks.filter((t: any) => t.source === 'text');

  it('gives one task per item with a lead or deadline field, and none for the item without fields', () => {
    expect(tasks.map((t: any) => t.id)).toEqual(['II.1', 'II.3', 'II.4']);
  });
  it('reads the contract example: name, lead, support split on ";", deadline date, output, group', () => {
    expect(tasks[1]).toEqual({
      source: 'text',
      id: 'II.3',
      group: 'II',
      groupTitle: 'NHIỆM VỤ, GIẢI PHÁP',
      number: '3',
      parent: null,
      name: 'Lắp đặt thùng phân loại rác tại các thôn',
      output: '20 bộ thùng phân loại rác được lắp đặt',
      deadline: { text: 'Quý II/2026', date: '2026-Q2' },
      lead: ['Phòng Kinh tế'],
      support: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'các thôn'],
      priority: false,
      at: { line: 35, column: 1 },
    });
  });
  it('a task without an output has output null; a text deadline without a date keeps its text', () => {
    expect(tasks[0]).toMatchObject({ output: null, lead: ['Văn phòng HĐND và UBND xã'], deadline: { text: 'Thường xuyên', date: null } });
  });
  it('"X chủ trì, phối hợp với Y, Z" is lead X and support "Y, Z"', () => {
    expect(tasks[2]).toMatchObject({
      lead: ['Phòng Kinh tế'],
      support: ['Trạm Y tế xã, Đoàn Thanh niên xã'],
      deadline: { date: '2026-06-30' },
    });
  });
  it('sentences of TỔ CHỨC THỰC HIỆN without labels are assignments, not text tasks', () => {
    expect(tasks.some((t: any) => t.id.startsWith('III'))).toBe(false);
    expect(plan.assignments.map((a: any) => a.unit)).toContain('Phòng Kinh tế xã');
  });
});

describe('text tasks: labels before the content, bold, italic or in capitals, with qualifiers', () => {
  const tasks = textTasks(join(DIR, 'labels-before.txt'));
  it('labels before and after the content belong to the item', () => {
    expect(tasks).toEqual([
      {
        id: 'II.1',
        parent: null,
        name: 'Xây dựng quy chế phối hợp thu gom rác thải',
        lead: ['Phòng Kinh tế'],
        support: [],
        deadline: { text: 'tháng 5/2026', date: '2026-05' },
        output: null,
      },
      {
        id: 'II.2',
        parent: null,
        name: 'Hỗ trợ hộ gia đình làm hố ủ phân hữu cơ',
        lead: ['Hội Nông dân xã'],
        support: [],
        deadline: { text: 'Năm 2026', date: '2026' },
        output: null,
      },
    ]);
  });
  it('"Thời gian gửi hồ sơ:" and "Thời gian thực hiện sau khi …" (no colon) are no fields', () => {
    expect(tasks.map((t) => t.id)).not.toContain('II.3');
    expect(tasks.map((t) => t.id)).not.toContain('II.4');
  });
});

describe('text tasks: portal text hard-wrapped at 80 columns', () => {
  it('a label cut from its value, or cut itself, by a wrap, and italic labels', () => {
    expect(textTasks(join(DIR, 'wrap.txt'))).toEqual([
      {
        id: 'II.1',
        parent: null,
        name: 'Tổ chức phổ biến Luật Thống kê cho cán bộ, công chức làm công tác thống kê',
        lead: ['Sở Tài chính'],
        support: ['các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường'],
        deadline: { text: 'Quý II/2026', date: '2026-Q2' },
        output: null,
      },
      {
        id: 'II.2',
        parent: null,
        name: 'Rà soát các văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành có liên quan đến công tác thống kê',
        lead: ['Sở Tư pháp'],
        support: [],
        deadline: { text: 'trước ngày 30 tháng 9 năm 2026', date: '2026-09-30' },
        output: null,
      },
    ]);
  });
});

describe('text tasks: nested items, a task with only a deadline, fields in clauses', () => {
  const tasks = byId(textTasks(join(DIR, 'nested.txt')));
  it('ids are number paths; parent is the enclosing text task', () => {
    expect(Object.keys(tasks)).toEqual(['II.1', 'II.1.1', 'II.1.2', 'II.2.a', 'II.2.b']);
    expect(tasks['II.1.1']!.parent).toBe('II.1');
    expect(tasks['II.2.a']!.parent).toBeNull();
  });
  it('a task with only a deadline', () => {
    expect(tasks['II.1.2']).toMatchObject({ lead: [], deadline: { text: 'tháng 10/2026', date: '2026-10' } });
  });
  it('a sentence item with fields as clauses after ";": its name is the text up to the first field', () => {
    expect(tasks['II.2.a']).toMatchObject({
      name: 'Nâng cấp mạng nội bộ của Ủy ban nhân dân xã',
      lead: ['Văn phòng HĐND và UBND xã'],
      deadline: { date: '2026-Q2' },
    });
  });
  it('a sentence item followed by its fields', () => {
    expect(tasks['II.2.b']!.name).toMatch(/^Đầu tư hệ thống camera giám sát an ninh/);
    expect(tasks['II.2.b']).toMatchObject({ lead: ['Công an xã'], deadline: { text: 'Quý IV/2026', date: '2026-Q4' } });
  });
  it('GP002: a nested text task inherits the lead of the text task above it', () => {
    const r = ghplan(['check', join(DIR, 'nested.txt'), '--format', 'json']);
    const findings = JSON.parse(r.stdout);
    expect(findings.some((f: any) => f.ruleId === 'GP001')).toBe(true); // the output is read right
    expect(findings.filter((f: any) => f.ruleId === 'GP002')).toEqual([]);
  });
});

describe('text tasks: only a deadline, only a lead', () => {
  it('are tasks, and GP002 names what each lacks (never an output) and where the task stands', () => {
    expect(textTasks(join(DIR, 'deadline-only.txt'))).toEqual([
      {
        id: 'II.1',
        parent: null,
        name: 'Rà soát hộ nghèo, hộ cận nghèo năm 2026',
        lead: [],
        support: [],
        deadline: { text: 'trước ngày 15/11/2026', date: '2026-11-15' },
        output: null,
      },
      {
        id: 'II.2',
        parent: null,
        name: 'Công bố kết quả rà soát',
        lead: ['Phòng Văn hóa - Xã hội'],
        support: [],
        deadline: null,
        output: null,
      },
    ]);
    const r = ghplan(['check', join(DIR, 'deadline-only.txt'), '--format', 'json']);
    const gp002 = JSON.parse(r.stdout).filter((f: any) => f.ruleId === 'GP002');
    expect(gp002.map((f: any) => [f.line, f.message])).toEqual([
      [
        17,
        'task II.1 "Rà soát hộ nghèo, hộ cận nghèo năm 2026" (written in the text under II "NHIỆM VỤ", line 17) has no lead unit (đơn vị chủ trì)',
      ],
      [21, 'task II.2 "Công bố kết quả rà soát" (written in the text under II "NHIỆM VỤ", line 21) has no deadline (thời gian hoàn thành)'],
    ]);
  });
});

describe('text tasks: several field groups under one item', () => {
  const tasks = byId(textTasks(join(DIR, 'groups.txt')));
  it('each bullet with its own fields is a task id-k, parent null; the item is a task for its own fields', () => {
    expect(Object.keys(tasks)).toEqual(['II.1', 'II.1-1', 'II.1-2', 'II.2']);
    expect(tasks['II.1']).toMatchObject({ lead: ['Văn phòng HĐND và UBND xã'], deadline: null });
    expect(tasks['II.1-1']).toMatchObject({
      parent: null,
      name: 'Quyết định ban hành quy chế khai thác, sử dụng dữ liệu của xã',
      lead: ['Phòng Văn hóa - Xã hội'],
      deadline: { text: 'tháng 6/2026', date: '2026-06' },
    });
    expect(tasks['II.1-2']).toMatchObject({
      parent: null,
      lead: ['Phòng Kinh tế'],
      support: ['Công an xã'],
      deadline: { date: '2026-Q4' },
    });
  });
  it('bullets without fields of their own leave the fields to the item', () => {
    expect(tasks['II.2']).toMatchObject({
      name: 'Tổ chức hội nghị phổ biến Luật Dữ liệu',
      lead: ['Phòng Văn hóa - Xã hội'],
      deadline: { date: '2026-Q2' },
    });
  });
});

describe('text tasks: headings that are only a label, empty fields with lines under them, phân công items', () => {
  const plan = extract(join(DIR, 'activities.txt'));
  const tasks = byId(plan.tasks.filter((t: any) => t.source === 'text'));
  it('"Hoạt động 1" is named by its "Nội dung:" field', () => {
    expect(tasks['II.1.a']).toMatchObject({
      name: 'Tổ chức Lễ phát động Tháng hành động vì bình đẳng giới',
      lead: ['Phòng Văn hóa - Xã hội'],
      support: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên hiệp Phụ nữ xã'],
      deadline: null,
    });
  });
  it('an empty field takes the bullets under it as its value', () => {
    expect(tasks['II.1.b']!.name).toMatch(/^Tổ chức tập huấn kỹ năng phòng ngừa bạo lực gia đình; Phát hành tờ rơi/);
    expect(tasks['II.1.b']).toMatchObject({
      lead: ['Hội Liên hiệp Phụ nữ xã', 'Đoàn Thanh niên xã'],
      support: ['Trạm Y tế xã'],
      deadline: { date: '2026-11' },
    });
  });
  it('an item of TỔ CHỨC THỰC HIỆN with fields is an assignment and a text task; one without is only an assignment', () => {
    expect(Object.keys(tasks)).toEqual(['II.1.a', 'II.1.b', 'III.1']);
    expect(tasks['III.1']).toMatchObject({ deadline: { date: '2026-Q4' }, lead: [] });
    expect(plan.assignments.map((a: any) => a.unit)).toEqual(['Trạm Y tế xã', 'Công an xã']);
  });
});

describe('text tasks: numbered items whose own text is a field ("b) Cơ quan chủ trì: …")', () => {
  it('belong to the item above them, whether short enough to look like headings or not', () => {
    expect(textTasks(join(DIR, 'letter-fields.txt'))).toEqual([
      {
        id: 'II.1',
        parent: null,
        name: 'Tổ chức quán triệt, phổ biến Luật cho cán bộ, công chức xã',
        lead: ['Văn phòng HĐND và UBND xã'],
        support: ['các ban, ngành, đoàn thể xã và các thôn, tổ dân phố trên địa bàn'],
        deadline: { text: 'Quý I/2026', date: '2026-Q1' },
        output: 'Hội nghị quán triệt',
      },
      {
        id: 'II.2',
        parent: null,
        name: 'Rà soát các văn bản do Ủy ban nhân dân xã ban hành',
        lead: ['Phòng Văn hóa - Xã hội'],
        support: [],
        deadline: { text: 'trước ngày 30/6/2026', date: '2026-06-30' },
        output: null,
      },
    ]);
  });
});

describe('text tasks: fields in brackets, an introduction before the units', () => {
  const tasks = byId(textTasks(join(DIR, 'brackets.txt')));
  it('fields in brackets at the end of a sentence item; the name stops before them', () => {
    expect(tasks['II.1']).toMatchObject({
      name: 'Xây dựng quy chế phối hợp quản lý trật tự đô thị giữa Ủy ban nhân dân xã và các thôn',
      lead: ['Phòng Kinh tế'],
      deadline: { text: 'tháng 6/2026', date: '2026-06' },
    });
  });
  it('"Cơ quan thực hiện: các lực lượng sau:" takes the bullets under it as units, without the introduction', () => {
    expect(tasks['II.2']).toMatchObject({ lead: ['Công an xã', 'Đội Quản lý trật tự đô thị xã'], deadline: { date: '2026-Q3' } });
  });
  it('"(Phòng Kinh tế chủ trì, …)" without a label is no field', () => {
    expect(Object.keys(tasks)).toEqual(['II.1', 'II.2']);
  });
});

describe('text tasks from a .docx', () => {
  const run = (text: string, bold = false): string =>
    `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const para = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
  const body = [
    para(run('ỦY BAN NHÂN DÂN XÃ AN PHÚ', true)),
    para(run('Số: 12/KH-UBND')),
    para(run('An Phú, ngày 10 tháng 3 năm 2026')),
    para(run('KẾ HOẠCH', true)),
    para(run('Phân loại chất thải rắn sinh hoạt tại nguồn năm 2026', true)),
    para(run('I. MỤC ĐÍCH, YÊU CẦU', true)),
    para(run('Nâng cao nhận thức của người dân về phân loại chất thải.')),
    para(run('II. NHIỆM VỤ, GIẢI PHÁP', true)),
    para(run('5. Tập huấn nghiệp vụ phân loại chất thải cho cán bộ thôn', true)),
    para(run('- Tổ chức 02 lớp tập huấn cho cán bộ các thôn, tổ dân phố.')),
    para(run('Đơn vị chủ trì:', true), run(' Phòng Kinh tế.')),
    para(run('Đơn vị phối hợp:', true), run(' Ủy ban Mặt trận Tổ quốc Việt Nam xã; các thôn.')),
    para(run('Thời gian thực hiện:', true), run(' Quý II/2026.')),
    // Two fields in one paragraph, on two lines (a line break, not a new paragraph).
    para(run('6. Kiểm tra việc phân loại rác tại các hộ gia đình', true)),
    para(
      `<w:r><w:t xml:space="preserve">Cơ quan chủ trì: Công an xã</w:t><w:br/><w:t xml:space="preserve">Thời hạn hoàn thành: tháng 12/2026</w:t></w:r>`,
    ),
    para(run('7. Tổng kết, đánh giá', true)),
    para(run('Tổng kết việc phân loại rác thải tại nguồn trên địa bàn xã.')),
    para(run('III. TỔ CHỨC THỰC HIỆN', true)),
    para(run('Phòng Kinh tế theo dõi, đôn đốc thực hiện Kế hoạch này.')),
    para(run('TM. ỦY BAN NHÂN DÂN', true)),
    para(run('CHỦ TỊCH', true)),
    para(run('Nguyễn Văn An', true)),
  ].join('');
  it('bold labels in their own runs, and fields on the lines of one paragraph', () => {
    const file = join(tempDir('ghplan-text-tasks-'), 'plan.docx');
    writeFileSync(file, makeDocx(body));
    expect(textTasks(file)).toEqual([
      {
        id: 'II.5',
        parent: null,
        name: 'Tập huấn nghiệp vụ phân loại chất thải cho cán bộ thôn',
        lead: ['Phòng Kinh tế'],
        support: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'các thôn'],
        deadline: { text: 'Quý II/2026', date: '2026-Q2' },
        output: null,
      },
      {
        id: 'II.6',
        parent: null,
        name: 'Kiểm tra việc phân loại rác tại các hộ gia đình',
        lead: ['Công an xã'],
        support: [],
        deadline: { text: 'tháng 12/2026', date: '2026-12' },
        output: null,
      },
    ]);
  });
});

/**
 * The field labels of tasks written in the text, in textlint's valid/invalid style: each line
 * a paragraph (or its opening) and the role its label gives, or none.
 */
import { describe, expect, it } from 'vitest';
import { isLabelHeading, splitFields } from '../../src/extract/fields.js';
import { splitLeadEntry } from '../../src/extract/lead-support.js';

const VALID: [string, string][] = [
  ['Đơn vị chủ trì: Phòng Kinh tế.', 'lead'],
  ['Cơ quan chủ trì: Sở Tư pháp', 'lead'],
  ['Sở, ngành chủ trì: Sở Nội vụ', 'lead'],
  ['Chủ trì thực hiện: Công an xã', 'lead'],
  ['Chủ trì: Phòng Văn hóa - Xã hội', 'lead'],
  ['Cơ quan thực hiện: Bộ Công an', 'lead'],
  ['Đơn vị thực hiện: Văn phòng Sở', 'lead'],
  ['Trách nhiệm thực hiện: Ủy ban nhân dân các xã', 'lead'],
  ['Đơn vị chủ trì thực hiện: Phòng Kinh tế', 'lead'],
  ['Cơ quan chủ trì (cơ quan thường trực): Sở Nội vụ', 'lead'],
  ['DON VI CHU TRI: Phong Kinh te', 'lead'],
  ['đơn vị chủ trì : Phòng Kinh tế', 'lead'],
  ['Cơ quan phối hợp: các sở, ngành', 'support'],
  ['Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'support'],
  ['Thời gian thực hiện: Quý II/2026.', 'deadline'],
  ['Thời gian hoàn thành: tháng 12/2026', 'deadline'],
  ['Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025', 'deadline'],
  ['Thời hạn: 30/6/2026', 'deadline'],
  ['Thời hạn hoàn thành: Quý IV/2026', 'deadline'],
  ['Thời hạn ban hành: trước ngày 01 tháng 01 năm 2026', 'deadline'],
  ['Thời hạn trình: tháng 6/2026', 'deadline'],
  ['Tiến độ: Quý III/2026', 'deadline'],
  ['Tiến độ thực hiện: năm 2027', 'deadline'],
  ['Thời gian thực hiện dự kiến: năm 2026', 'deadline'],
  ['Sản phẩm: Quyết định của Ủy ban nhân dân xã', 'output'],
  ['Kết quả dự kiến: 02 lớp tập huấn', 'output'],
  ['Kết quả đầu ra: Báo cáo tổng kết', 'output'],
  ['Hình thức văn bản: Kế hoạch', 'output'],
  ['Nội dung: Tổ chức Lễ phát động', 'name'],
  ['Nội dung thực hiện: Tổ chức phổ biến Luật', 'name'],
];

const INVALID: string[] = [
  'Thời gian gửi hồ sơ: trước ngày 15/4/2026',
  'Thời gian kiểm tra: tháng 5/2026',
  'Thời gian thực hiện sau khi kết thúc Quý III/2026, Phòng Kinh tế đánh giá kết quả.',
  'Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan bố trí kinh phí.',
  'Lãnh đạo phụ trách: Phó Giám đốc Sở',
  'Chỉ tiêu 1: Năm 2025 đạt 60% các cơ quan có lãnh đạo chủ chốt là nữ.',
  'Địa điểm: Hội trường Ủy ban nhân dân xã',
  'Căn cứ tình hình thực tế, các cơ quan, đơn vị phối hợp thực hiện các hoạt động sau:',
  'Xác định cụ thể nội dung công việc, thời hạn hoàn thành và trách nhiệm của các cơ quan: Sở Nội vụ',
];

describe('field labels', () => {
  describe('valid', () => {
    for (const [text, role] of VALID) {
      it(`${text} → ${role}`, () => {
        const s = splitFields(text);
        expect(s.content).toBe('');
        expect(s.fields.map((f) => f.role)).toEqual([role]);
      });
    }
    it('bold and italic markup around the label is ignored', () => {
      expect(splitFields('**Cơ quan chủ trì:** Sở Tài chính.').fields).toEqual([
        { role: 'lead', label: 'Cơ quan chủ trì', value: 'Sở Tài chính' },
      ]);
      expect(splitFields('*Thời gian thực hiện: *Quý II/2026.').fields).toEqual([
        { role: 'deadline', label: 'Thời gian thực hiện', value: 'Quý II/2026' },
      ]);
    });
  });
  describe('invalid', () => {
    for (const text of INVALID) {
      it(text, () => {
        expect(splitFields(text).fields).toEqual([]);
      });
    }
  });
  describe('clauses', () => {
    it('fields after ";" in one paragraph, the content before the first', () => {
      const s = splitFields('Nâng cấp mạng nội bộ; đơn vị thực hiện: Văn phòng xã; thời gian thực hiện: Quý II/2026.');
      expect(s.content).toBe('Nâng cấp mạng nội bộ');
      expect(s.fields.map((f) => [f.role, f.value])).toEqual([
        ['lead', 'Văn phòng xã'],
        ['deadline', 'Quý II/2026'],
      ]);
    });
    it('a field after a full stop', () => {
      const s = splitFields('Tổ chức 02 lớp tập huấn. Thời gian thực hiện: Quý III/2026.');
      expect(s).toEqual({
        content: 'Tổ chức 02 lớp tập huấn',
        fields: [{ role: 'deadline', label: 'Thời gian thực hiện', value: 'Quý III/2026' }],
      });
    });
    it('a clause without a label continues the field before it', () => {
      const s = splitFields('Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng; Văn phòng Sở.');
      expect(s.fields.map((f) => [f.role, f.value])).toEqual([
        ['lead', 'Phòng Quản lý Công nghiệp'],
        ['support', 'Phòng Quản lý Năng lượng; Văn phòng Sở'],
      ]);
    });
    it('fields in brackets', () => {
      const s = splitFields('Xây dựng quy chế (Cơ quan chủ trì: Sở Tư pháp; thời hạn: tháng 6/2026).');
      expect(s).toEqual({
        content: 'Xây dựng quy chế',
        fields: [
          { role: 'lead', label: 'Cơ quan chủ trì', value: 'Sở Tư pháp' },
          { role: 'deadline', label: 'thời hạn', value: 'tháng 6/2026' },
        ],
      });
    });
    it('a bracket that belongs to the value is kept', () => {
      expect(splitFields('Cơ quan phối hợp: Trung tâm Dịch vụ việc làm (Sở Nội vụ).').fields[0]!.value).toBe(
        'Trung tâm Dịch vụ việc làm (Sở Nội vụ)',
      );
    });
    it('a field at the start of a line of the paragraph', () => {
      const s = splitFields('Cơ quan chủ trì: Công an xã Thời hạn hoàn thành: tháng 12/2026', [
        'Cơ quan chủ trì: Công an xã',
        'Thời hạn hoàn thành: tháng 12/2026',
      ]);
      expect(s.fields.map((f) => [f.role, f.value])).toEqual([
        ['lead', 'Công an xã'],
        ['deadline', 'tháng 12/2026'],
      ]);
    });
  });
});

describe('headings that are only a label', () => {
  it.each(['Hoạt động 1', 'Nhiệm vụ 2', 'Hoạt động số 3', 'Nội dung 1:', 'Dự án 2'])('%s', (h) => expect(isLabelHeading(h)).toBe(true));
  it.each(['Hoạt động truyền thông', 'Nhiệm vụ trọng tâm năm 2026', 'Tháng hành động'])('not %s', (h) =>
    expect(isLabelHeading(h)).toBe(false),
  );
});

describe('"X chủ trì, phối hợp với Y" in a lead entry', () => {
  it.each([
    ['Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố', ['Sở Nội vụ'], ['các sở, ban, ngành, đoàn thể Thành phố']],
    ['Phòng Kinh tế chủ trì phối hợp với Trạm Y tế xã, Đoàn Thanh niên xã', ['Phòng Kinh tế'], ['Trạm Y tế xã, Đoàn Thanh niên xã']],
    [
      'Sở Giáo dục và Đào tạo và Sở Y tế chủ trì, phối hợp các đơn vị có liên quan',
      ['Sở Giáo dục và Đào tạo và Sở Y tế'],
      ['các đơn vị có liên quan'],
    ],
    ['SỞ TƯ PHÁP CHỦ TRÌ, PHỐI HỢP VỚI CÔNG AN TỈNH', ['SỞ TƯ PHÁP'], ['CÔNG AN TỈNH']],
  ])('%s', (entry, lead, support) => expect(splitLeadEntry(entry)).toEqual({ lead, support }));
  it.each([
    'Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch',
    'Chi cục Phát triển Nông thôn chủ trì nội dung OCOP',
    'Sở Xây dựng đăng tải thông điệp truyền thông',
    'Phòng Văn hóa - Xã hội',
  ])('kept whole: %s', (entry) => expect(splitLeadEntry(entry)).toEqual({ lead: [entry], support: [] }));
});

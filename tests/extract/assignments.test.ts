/** Who is assigned what: the unit an item names (src/extract/assignments.ts). */
import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../src/extract/assignments.js';

describe('assignments', () => {
  it.each([
    ['Hội đồng nhân dân phường xây dựng kế hoạch giám sát', 'Hội đồng nhân dân phường'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam phường, các tổ chức chính trị - xã hội phường đẩy mạnh công tác', 'Ủy ban Mặt trận Tổ quốc Việt Nam phường, các tổ chức chính trị - xã hội phường'],
    ['Ban Xây dựng Đảng chủ trì, phối hợp', 'Ban Xây dựng Đảng'],
    ['Giao phòng Kinh tế xã chủ trì theo dõi', 'phòng Kinh tế xã'],
    ['Đề nghị Ủy ban Mặt trận Tổ quốc và các Đoàn thể:', 'Ủy ban Mặt trận Tổ quốc và các Đoàn thể'],
    ['Phòng Tài chính, Kế hoạch và Đầu tư', 'Phòng Tài chính, Kế hoạch và Đầu tư'],
  ])('%s', (text, unit) => expect(subjectOf(text)?.unit).toBe(unit));
  it('items that name no unit are not assignments', () => {
    expect(subjectOf('Tăng cường công tác kiểm tra, giám sát')).toBeNull();
    expect(subjectOf('Ban hành quy chế phối hợp')).toBeNull();
  });
});

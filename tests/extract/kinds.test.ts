/** Section kinds from headings (src/extract/kinds.ts). */
import { describe, expect, it } from 'vitest';
import { headingKinds } from '../../src/extract/kinds.js';

describe('section kinds', () => {
  it.each([
    ['MỤC TIÊU, NHIỆM VỤ', ['muc_tieu', 'nhiem_vu']],
    ['PHÂN CÔNG NHIỆM VỤ', ['phan_cong']],
    ['NHIỆM VỤ VÀ GIẢI PHÁP', ['nhiem_vu']],
    ['NỘI DUNG TUYÊN TRUYỀN, QUÁN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN', ['nhiem_vu']],
    ['HÌNH THỨC TUYÊN TRUYỀN, QUẢN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN', ['khac']],
    ['TỔ CHỨC THỰC HIỆN', ['phan_cong']],
    ['Tổ chức thực hiện các cơ chế, chính sách', ['khac']],
    ['KINH PHÍ THỰC HIỆN', ['kinh_phi']],
    ['Lộ trình thực hiện', ['lo_trinh']],
    ['MỤC ĐÍCH, YÊU CẦU', ['muc_dich']],
    ['Mục tiêu cụ thể giai đoạn 2026 - 2030', ['muc_tieu']],
    ['Tầm nhìn đến năm 2050', ['muc_tieu']],
    ['MUC DICH, YEU CAU', ['muc_dich']],
    ['TRÁCH NHIỆM CỦA CÁC CƠ QUAN', ['phan_cong']],
    ['Phát triển nguồn nhân lực đáp ứng yêu cầu công nghiệp hiện đại', ['khac']],
    ['Tăng cường trách nhiệm lãnh đạo, chỉ đạo công tác quản lý', ['khac']],
  ])('%s', (heading, kinds) => expect(headingKinds(heading)).toEqual(kinds));
});

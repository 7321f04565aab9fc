/**
 * The organisation lexicon, matched with diacritics kept: look-alikes that fold to the same
 * letters (Số/Sở, Báo cáo/Báo, Trường hợp/Trường) stay apart.
 */
import { describe, expect, it } from 'vitest';
import {
  continuesHead,
  endsWithNamedHead,
  expandOrganisationAbbreviations,
  startsWithDecidingOrgan,
  startsWithOrganisation,
  startsWithPositionTitle,
} from '../../src/text/organisations.js';

describe('startsWithOrganisation', () => {
  it.each([
    'Sở Tài chính',
    'SỞ CÔNG THƯƠNG',
    'các sở, ban, ngành',
    'Ủy ban nhân dân xã',
    'Uỷ ban nhân dân xã',
    'UBND các xã, phường',
    'Ban Quản lý dự án đầu tư xây dựng khu vực',
    'Trạm Y tế xã',
    'Chi cục Thủy sản',
    'Bộ Chỉ huy Quân sự tỉnh',
    'Hội Nông dân',
    'Liên đoàn Lao động tỉnh',
    'Mặt trận Tổ quốc Việt Nam xã',
    'Đài Phát thanh',
    'Trường Tiểu học',
    'Thanh tra tỉnh',
    'Kho bạc Nhà nước',
    'Bảo hiểm xã hội tỉnh',
    'Ngân hàng Chính sách xã hội',
    'Công ty Điện lực',
    'Hợp tác xã nông nghiệp',
    'Các doanh nghiệp',
    'các thôn, tổ dân phố',
    'Tổ chức, doanh nghiệp có giấy phép',
    'Các tổ chức chính trị - xã hội',
    'Đoàn kiểm tra liên ngành',
    'Thủ trưởng các cơ quan, đơn vị',
    'Giám đốc các Sở',
    'Chủ tịch Ủy ban nhân dân xã',
  ])('valid: %s', (t) => expect(startsWithOrganisation(t)).toBe(true));
  it.each([
    'Số liệu báo cáo',
    'Số: 12/KH-UBND',
    'Báo cáo kết quả',
    'Trường hợp phát sinh',
    'Hội nghị sơ kết',
    'Hội thi',
    'Hội thảo khoa học',
    'Ban hành quy chế',
    'Phòng, chống ma túy',
    'Phòng chống thiên tai',
    'Các nội dung',
    'Kinh phí thực hiện',
    'Tổ chức tuyên truyền',
    'Cơ sở dữ liệu',
    'Đoàn kết toàn dân',
    'Lãnh đạo, chỉ đạo',
    'Tăng cường công tác',
  ])('invalid: %s', (t) => expect(startsWithOrganisation(t)).toBe(false));
});

describe('position titles and deciding organs', () => {
  it('finds titles in capitals and in normal case', () => {
    expect(startsWithPositionTitle('PHÓ CHỦ TỊCH')).toBe(true);
    expect(startsWithPositionTitle('KT. CHỦ TỊCH')).toBe(false);
    expect(startsWithPositionTitle('Giám đốc')).toBe(true);
    expect(startsWithPositionTitle('Nguyễn Văn An')).toBe(false);
  });
  it('a decision names who decides', () => {
    expect(startsWithDecidingOrgan('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH')).toBe(true);
    expect(startsWithDecidingOrgan('THỦ TƯỚNG CHÍNH PHỦ')).toBe(true);
    expect(startsWithDecidingOrgan('DOANH NGHIỆP NHỎ VÀ VỪA')).toBe(false);
  });
});

describe('names in normal case', () => {
  it('a proper name follows a named head; the rest of a longer head does not', () => {
    expect(endsWithNamedHead(['sở'])).toBe(true);
    expect(endsWithNamedHead(['trung', 'tâm'])).toBe(true);
    expect(endsWithNamedHead(['ủy', 'ban', 'nhân'])).toBe(false);
    expect(continuesHead('nhân')).toBe(true);
    expect(continuesHead('nông')).toBe(false);
  });
  it('expands abbreviations as whole words', () => {
    expect(expandOrganisationAbbreviations('UBND xã An Phú')).toBe('Ủy ban nhân dân xã An Phú');
    expect(expandOrganisationAbbreviations('UBMTTQ xã')).toBe('Ủy ban Mặt trận Tổ quốc xã');
    expect(expandOrganisationAbbreviations('UBNDX')).toBe('UBNDX');
  });
});

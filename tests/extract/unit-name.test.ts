/**
 * The unit parser (EXTRACTION.md "Assignments"), sentence by sentence in textlint's
 * valid/invalid style: each item text with the unit it must give, or none.
 */
import { describe, expect, it } from 'vitest';
import { readUnit } from '../../src/extract/unit-name.js';

const unitOf = (text: string, heading = false): string | null => readUnit(text, { heading })?.unit ?? null;

describe('readUnit: the whole name, up to its predicate', () => {
  it.each([
    ['Ban Quản lý dự án đầu tư xây dựng khu vực chủ trì, phối hợp với Phòng Kinh tế', 'Ban Quản lý dự án đầu tư xây dựng khu vực'],
    ['Trạm Y tế xã có nhiệm vụ hướng dẫn người dân', 'Trạm Y tế xã'],
    ['Phòng Văn hóa - Xã hội phụ trách công tác tuyên truyền', 'Phòng Văn hóa - Xã hội'],
    ['Các chủ cơ sở sản xuất chịu trách nhiệm thu gom chất thải', 'Các chủ cơ sở sản xuất'],
    ['Các hộ gia đình được hỗ trợ có trách nhiệm sử dụng đúng mục đích', 'Các hộ gia đình được hỗ trợ'],
    ['Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ', 'Các cơ quan, đơn vị được giao chủ trì'],
    ['Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Các sở, ban, ngành, đơn vị căn cứ chức năng, nhiệm vụ xây dựng kế hoạch', 'Các sở, ban, ngành, đơn vị'],
    [
      'Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan tuân thủ các quy định',
      'Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan',
    ],
    [
      'Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện',
      'Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường',
    ],
    ['Các đơn vị trực thuộc Sở triển khai thực hiện', 'Các đơn vị trực thuộc Sở'],
    ['Sở Tư pháp (cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật) chủ trì hướng dẫn', 'Sở Tư pháp'],
    ['Sở Tài chính: bố trí kinh phí thực hiện', 'Sở Tài chính'],
    ['Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm triển khai', 'Thủ trưởng các cơ quan, đơn vị có liên quan'],
    [
      'Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh',
      'Chủ tịch Ủy ban nhân dân các xã, phường',
    ],
    ['Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thực hiện', 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ'],
    ['Lãnh đạo Ban Dân nguyện chủ trì giúp Ủy ban thường vụ Quốc hội', 'Lãnh đạo Ban Dân nguyện'],
    ['Ủy ban nhân dân các xã, phường phân công cán bộ theo dõi', 'Ủy ban nhân dân các xã, phường'],
    [
      'Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm phối hợp',
      'Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này',
    ],
    [
      'Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường khẩn trương quán triệt',
      'Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường',
    ],
    ['Tổ chức, doanh nghiệp có giấy phép dịch vụ nổ mìn phải thông báo bằng văn bản', 'Tổ chức, doanh nghiệp có giấy phép dịch vụ nổ mìn'],
    ['Đoàn kiểm tra liên ngành có trách nhiệm báo cáo kết quả', 'Đoàn kiểm tra liên ngành'],
    ['Các tổ chức thành viên của Mặt trận tăng cường giám sát', 'Các tổ chức thành viên của Mặt trận'],
    ['Hội Liên hiệp Phụ nữ xã vận động hội viên', 'Hội Liên hiệp Phụ nữ xã'],
    ['Công an xã chủ trì đảm bảo an ninh trật tự', 'Công an xã'],
    ['Bộ Chỉ huy Quân sự tỉnh chỉ đạo lực lượng chức năng', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['Kho bạc Nhà nước khu vực thực hiện kiểm soát chi', 'Kho bạc Nhà nước khu vực'],
    ['Bảo hiểm xã hội tỉnh phối hợp tuyên truyền', 'Bảo hiểm xã hội tỉnh'],
    ['Các thôn, tổ dân phố tuyên truyền đến từng hộ gia đình', 'Các thôn, tổ dân phố'],
    ['UBND các xã, phường xây dựng kế hoạch triển khai', 'UBND các xã, phường'],
    ['Ngân hàng Chính sách xã hội chi nhánh tỉnh ưu tiên bố trí vốn vay', 'Ngân hàng Chính sách xã hội chi nhánh tỉnh'],
    ['Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, dẫn dắt sự phát triển kinh tế số', 'Các doanh nghiệp nhà nước, Tổng Công ty'],
    ['Các thành viên Ban Chỉ đạo có trách nhiệm theo dõi địa bàn được phân công', 'Các thành viên Ban Chỉ đạo'],
  ])('%s → %s', (text, unit) => expect(unitOf(text)).toBe(unit));
});

describe('readUnit: lead-ins are not part of the unit', () => {
  it.each([
    ['Giao phòng Kinh tế xã chủ trì theo dõi', 'phòng Kinh tế xã'],
    ['Giao cho Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã tổng hợp báo cáo', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'],
    ['Đề nghị Ủy ban Mặt trận Tổ quốc và các Đoàn thể:', 'Ủy ban Mặt trận Tổ quốc và các Đoàn thể'],
    ['Đối với Ủy ban nhân dân các xã: chỉ đạo các thôn thực hiện', 'Ủy ban nhân dân các xã'],
    [
      'Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh',
      'Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh',
    ],
    ['Riêng đối với Công an tỉnh: tăng cường kiểm tra', 'Công an tỉnh'],
    ['Căn cứ chức năng, nhiệm vụ được giao, các sở, ban, ngành xây dựng kế hoạch', 'các sở, ban, ngành'],
    ['Trên cơ sở nội dung Kế hoạch này, Sở Nội vụ tham mưu khen thưởng', 'Sở Nội vụ'],
  ])('%s → %s', (text, unit) => expect(unitOf(text)).toBe(unit));
});

describe('readUnit: a sub-heading is a name, also with words that are verbs elsewhere', () => {
  it.each([
    ['Trung tâm Xúc tiến đầu tư, thương mại và du lịch', 'Trung tâm Xúc tiến đầu tư, thương mại và du lịch'],
    [
      'Báo và phát thanh, truyền hình Sơn La, Cổng thông tin điện tử tỉnh',
      'Báo và phát thanh, truyền hình Sơn La, Cổng thông tin điện tử tỉnh',
    ],
    ['Phòng Tài chính, Kế hoạch và Đầu tư', 'Phòng Tài chính, Kế hoạch và Đầu tư'],
    ['Các sở, ban, ngành tỉnh', 'Các sở, ban, ngành tỉnh'],
    ['phòng quản lý đô thị', 'phòng quản lý đô thị'],
  ])('%s → %s', (text, unit) => expect(unitOf(text, true)).toBe(unit));
});

describe('readUnit: items that name no organisation give no unit', () => {
  it.each([
    'Số liệu báo cáo gửi về Sở Tài chính trước ngày 15 hằng tháng',
    'Trường hợp phát sinh khó khăn, vướng mắc, các đơn vị báo cáo về Ủy ban nhân dân xã',
    'Hội nghị sơ kết được tổ chức vào tháng 6 hằng năm',
    'Hội thi tìm hiểu pháp luật tổ chức vào quý III',
    'Hội thảo khoa học về chuyển đổi số',
    'Các nội dung trên phải hoàn thành trong năm 2026',
    'Kinh phí thực hiện từ nguồn ngân sách xã',
    'Tăng cường công tác kiểm tra, giám sát',
    'Ban hành quy chế phối hợp',
    'Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh',
    'Tổ chức tuyên truyền sâu rộng đến các tầng lớp nhân dân',
    'Phòng, chống ma túy trong trường học',
    'Lãnh đạo, chỉ đạo các cấp ủy triển khai thực hiện',
    'Căn cứ chức năng, nhiệm vụ được giao, chủ động triển khai thực hiện',
    'Trên đây là Kế hoạch triển khai thực hiện của Ủy ban nhân dân xã',
  ])('%s → none', (text) => expect(unitOf(text)).toBeNull());
});

describe('readUnit: the issuer asking others to act', () => {
  it('is a request, not a duty of the issuer', () => {
    const r = readUnit('Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành nghiêm túc triển khai thực hiện');
    expect(r?.request).toBe(true);
    expect(readUnit('Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy sản thực hiện')?.request).toBe(false);
  });
  it('keeps the duty after the name', () => {
    expect(readUnit('Sở Tư pháp (cơ quan thường trực) chủ trì hướng dẫn')?.rest).toBe('chủ trì hướng dẫn');
    expect(readUnit('Sở Tài chính: bố trí kinh phí')?.rest).toBe('bố trí kinh phí');
  });
});

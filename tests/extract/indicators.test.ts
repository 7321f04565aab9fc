/**
 * Indicator rules of EXTRACTION.md, each as plan sentences in textlint's valid/invalid style:
 * every case is a sentence of a target section run through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/api.js';
import { targetYear, titleYear } from '../../src/extract/indicators.js';

interface Opts {
  title?: string;
  heading?: string;
}

const planText = (body: string, o: Opts = {}): string =>
  `KẾ HOẠCH\n\n${o.title ?? 'Thử nghiệm'}\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\n\nĐạt 50% mọi thứ.\n\n2. ${o.heading ?? 'Mục tiêu cụ thể đến năm 2030'}\n\n${body}\n\nII. TỔ CHỨC THỰC HIỆN\n\nVăn phòng chủ trì.\n`;

const run = (body: string, o?: Opts) => extractBytes(new TextEncoder().encode(planText(body, o)), { fileName: 'x.txt' });

async function targets(body: string, o?: Opts) {
  return (await run(body, o)).indicators.map((i) => ({
    value: i.value,
    unit: i.unit,
    op: i.op,
    change: i.change,
    year: i.year,
    ...(i.max !== undefined ? { max: i.max } : {}),
  }));
}

async function one(body: string, o?: Opts) {
  const xs = await targets(body, o);
  expect(xs, body).toHaveLength(1);
  return xs[0]!;
}

describe('comparators: the longest phrase before the number decides', () => {
  const valid: [string, string][] = [
    ['Tiết kiệm tối thiểu 8,5% tổng điện năng tiêu thụ.', '>='],
    ['Ít nhất 04 sản phẩm OCOP đạt tiêu chí xanh.', '>='],
    ['Tỷ lệ hài lòng của người dân đạt không dưới 90%.', '>='],
    ['Tỷ lệ trẻ em đến trường không thấp hơn 98%.', '>='],
    ['Mỗi năm có không ít hơn 30 doanh nghiệp thành lập mới.', '>='],
    ['Tỷ lệ hộ dân dùng nước sạch đạt trên 95%.', '>='],
    ['Thu hút hơn 200 doanh nghiệp đầu tư.', '>='],
    ['Tổng thu ngân sách vượt 5% dự toán.', '>='],
    ['Diện tích nuôi trồng thủy sản đạt tỷ lệ từ 75% trở lên.', '>='],
    ['Đạt 100% trở lên kế hoạch giao.', '>='],
    ['Tỷ lệ bao phủ bảo hiểm y tế ≥ 95%.', '>='],
    ['Tỷ lệ hộ nghèo tối đa 2%.', '<='],
    ['Tỷ lệ chất thải chôn lấp không quá 10%.', '<='],
    ['Tỷ lệ nợ xấu không vượt 3%.', '<='],
    ['Bội chi ngân sách không vượt quá 3% GRDP.', '<='],
    ['Chỉ số giá tiêu dùng tăng không cao hơn 4%.', '<='],
    ['Số vụ tai nạn giao thông không nhiều hơn 12 vụ.', '<='],
    ['Tỷ lệ hộ nghèo dưới 1,5%.', '<='],
    ['Thời gian xử lý hồ sơ 5 ngày trở xuống.', '<='],
    ['Tỷ lệ thất nghiệp ≤ 3%.', '<='],
    ['Thu hút khoảng 20 ha nhà màng.', '~'],
    ['Đón gần 500 nghìn lượt khách.', '~'],
    ['Tổng vốn đầu tư xấp xỉ 1.200 tỷ đồng.', '~'],
    ['Đón trên dưới 100 nghìn lượt khách du lịch.', '~'],
    ['Tổng mức đầu tư ~ 300 tỷ đồng.', '~'],
    ['Diện tích rừng trồng mới đạt 5.000 ha.', '='],
    ['Tỷ lệ che phủ rừng bằng 42%.', '='],
    ['100% hộ dân sử dụng nước sạch.', '='],
  ];
  it.each(valid)('%s → %s', async (body, op) => expect((await one(body)).op).toBe(op));

  // A phrase that is not right before its number (only fillers such as đạt, mức, tỷ lệ may stand between) decides nothing.
  const invalid: string[] = [
    'Trên địa bàn xã, tỷ lệ hộ dùng nước sạch đạt 80%.',
    'Dưới sự lãnh đạo của Đảng ủy, tỷ lệ thu nộp thuế đạt 90%.',
    'Hơn nữa, tỷ lệ tiêm chủng mở rộng đạt 98%.',
    'Tăng cường kiểm tra, bảo đảm 100% cơ sở được kiểm tra.',
    // diacritics count: "gắn" is not "gần", "đuôi" is not "dưới"
    'Lắp đặt, gắn 100 camera giám sát giao thông.',
    'Chỉnh trang đuôi 20 tuyến phố.',
  ];
  it.each(invalid)('"%s" stays "="', async (body) => expect((await one(body)).op).toBe('='));

  it('a comparator inside a rise or cut, and one a few filler words from its number', async () => {
    expect(await one('Giảm ít nhất 20% lượng nước thất thoát.')).toMatchObject({ value: 20, op: '>=', change: 'decrease' });
    expect(await one('Doanh thu tăng tối thiểu 10% mỗi năm.')).toMatchObject({ value: 10, op: '>=', change: 'increase' });
    expect(await one('Tỷ lệ hộ nghèo giảm xuống dưới 5%.')).toMatchObject({ value: 5, op: '<=', change: null });
    expect(await one('Nâng tỷ lệ đô thị hóa lên trên 35%.')).toMatchObject({ value: 35, op: '>=', change: null });
    expect(await one('Tỷ lệ cán bộ nữ các cấp ít nhất vào năm 2028 đạt 40%.')).toMatchObject({ value: 40, op: '>=', year: 2028 });
    expect(await one('Tỷ lệ tiêm chủng tối thiểu đạt 95%.')).toMatchObject({ op: '>=' });
    expect(await one('Tỷ lệ lấp đầy không thấp hơn mức 80%.')).toMatchObject({ op: '>=' });
  });
});

describe('change: the size of a rise or cut, or the level to reach', () => {
  const valid: [string, 'increase' | 'decrease' | null, number][] = [
    ['Doanh thu du lịch tăng 20% so với năm 2025.', 'increase', 20],
    ['Tổng sản phẩm trên địa bàn tăng khoảng 10%.', 'increase', 10],
    ['Phấn đấu tăng thêm ít nhất 20% số nhóm trẻ.', 'increase', 20],
    ['Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm.', 'decrease', 1.5],
    ['Cắt giảm 30% chi phí tuân thủ thủ tục hành chính.', 'decrease', 30],
    ['Tỷ lệ hộ nghèo giảm còn 2%.', null, 2],
    ['Tỷ lệ lao động chưa qua đào tạo giảm từ 40% xuống 25%.', null, 25],
    ['Nâng tỷ lệ từ 40% năm 2025 lên 60%.', null, 60],
    ['Tăng cường ứng dụng công nghệ, tỷ lệ hồ sơ trực tuyến đạt 80%.', null, 80],
    ['Tốc độ tăng trưởng kinh tế đạt 8%/năm.', null, 8],
    // "giám sát" is not "giảm", "hạ tầng" is not "tăng"
    ['Giám sát 100% hồ sơ trên môi trường điện tử.', null, 100],
    ['Hoàn thiện hạ tầng cho 100% khu công nghiệp.', null, 100],
  ];
  it.each(valid)('%s → %s', async (body, change, value) => expect(await one(body)).toMatchObject({ change, value }));
});

describe('units: the longest listed measure word, scale words kept, symbols as written', () => {
  const valid: [string, number, string][] = [
    ['Có ít nhất 20 khách sạn đạt chuẩn 3 sao.', 20, 'khách sạn'],
    ['Thu hút 150 doanh nghiệp đầu tư.', 150, 'doanh nghiệp'],
    ['Hình thành mới 05 Khu công nghiệp.', 5, 'khu công nghiệp'],
    ['Xây dựng 5 điểm đến du lịch an toàn.', 5, 'điểm đến'],
    ['Số hóa 2.000 hồ sơ địa chính.', 2000, 'hồ sơ'],
    ['Đón 100 nghìn lượt khách.', 100, 'nghìn lượt'],
    ['Thu ngân sách đạt 150 tỷ đồng.', 150, 'tỷ đồng'],
    ['Sản lượng đạt 1,5 triệu tấn.', 1.5, 'triệu tấn'],
    ['Nồng độ bụi PM2,5 dưới 25 µg/m3.', 25, 'µg/m3'],
    ['Cấp 3.000 m³ nước sạch mỗi ngày.', 3000, 'm³'],
    ['Điện mặt trời mái nhà đạt 40 kWh mỗi hộ.', 40, 'kWh'],
    ['Công suất bổ sung khoảng 2.989,5 MW.', 2989.5, 'MW'],
    ['Tiếp đón 3.000 lượt/ngày tại bến thuyền.', 3000, 'lượt/ngày'],
    ['Giá thu mua 500 nghìn đồng/tấn mía.', 500, 'nghìn đồng/tấn'],
    ['GRDP tăng bình quân 12%/năm.', 12, '%'],
    ['Trồng mới 5.000 cây xanh đô thị.', 5000, 'cây'],
    ['Nạo vét 20 tuyến kênh tiêu úng.', 20, 'tuyến'],
    ['Phát triển 20ha nhà lưới.', 20, 'ha'],
    ['Tỷ lệ hộ dân được dùng điện đạt 99,86%.', 99.86, '%'],
    ['GRDP bình quân đầu người đạt 150 triệu đồng/người/năm.', 150, 'triệu đồng/người/năm'],
    ['Số giường bệnh đạt 35 giường bệnh/vạn dân.', 35, 'giường bệnh/vạn dân'],
    ['Tuổi thọ trung bình đạt 75 tuổi.', 75, 'tuổi'],
    ['Tỷ lệ hộ nghèo giảm 5 điểm phần trăm.', 5, 'điểm phần trăm'],
    ['Kim ngạch xuất khẩu đạt 1,2 tỷ USD.', 1.2, 'tỷ USD'],
  ];
  it.each(valid)('%s → %s %s', async (body, value, unit) => expect(await one(body)).toMatchObject({ value, unit }));

  it('a measure word that is not listed keeps the indicator, its first word as unit, with an info diagnostic at its value', async () => {
    // the column of the value the unit follows, counted in each line (the body is a line of its own, from column 1)
    for (const [body, unit, column] of [
      ['Có 15 homestay đạt chuẩn.', 'homestay', 4],
      ['Phát triển 8 farmstay gắn với vườn cây ăn trái.', 'farmstay', 12],
      ['Tỷ suất sinh giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ.', 'ca', 52],
    ] as const) {
      const p = await run(body);
      expect(
        p.indicators.map((i) => i.unit),
        body,
      ).toEqual([unit]);
      expect(p.indicators[0]!.at.column, body).toBe(1);
      expect(p.diagnostics.filter((d) => d.code === 'indicator.unknown-unit')).toEqual([
        expect.objectContaining({ severity: 'info', at: { ...p.indicators[0]!.at, column } }),
      ]);
    }
    const known = await run('Có 15 khách sạn đạt chuẩn.');
    expect(known.diagnostics.filter((d) => d.code === 'indicator.unknown-unit')).toEqual([]);
  });

  // Digits that belong to a name, a citation, a label or a year are not values.
  const invalid: string[] = [
    'Phủ sóng 5G toàn bộ khu dân cư.',
    'Chấm dứt tình trạng đốt rơm rạ theo Nghị quyết số 08-NQ/TU ngày 29/01/2026.',
    'Triển khai phong trào 1 phải 5 giảm trong toàn xã.',
    'Sản xuất theo tiêu chuẩn VietGAP, hữu cơ.',
    'Thực hiện Đề án 06 của Chính phủ trên địa bàn.',
    'Bộ, ngành đạt cấp độ 4 mức độ trưởng thành.',
    'Lập hồ sơ theo Mẫu biểu số 02, 03 đính kèm.',
    'Bố trí vốn giai đoạn 2026 - 2028 chi tiết theo phụ lục.',
  ];
  it.each(invalid)('"%s" has no indicator', async (body) => expect(await targets(body)).toEqual([]));
});

describe('splitting: one measured thing per indicator', () => {
  const texts = async (body: string) => (await run(body)).indicators.map((i) => [i.value, i.text]);
  it('a new sentence that opens with a number is a new indicator', async () => {
    expect(await texts('Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%. 100% hồ sơ được số hóa.')).toEqual([
      [98, 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.'],
      [100, '100% hồ sơ được số hóa.'],
    ]);
    expect(await texts('Hoàn thành đúng hạn các nhiệm vụ. 90% xã đạt chuẩn nông thôn mới.')).toEqual([
      [90, '90% xã đạt chuẩn nông thôn mới.'],
    ]);
  });
  it('"A% X và B% Y" and "A X, B Y" give one indicator each', async () => {
    expect(await texts('Phấn đấu 100% chợ và 80% cửa hàng tiện lợi thanh toán không dùng tiền mặt.')).toEqual([
      [100, 'Phấn đấu 100% chợ'],
      [80, '80% cửa hàng tiện lợi thanh toán không dùng tiền mặt.'],
    ]);
    expect((await targets('Có ít nhất 20 khách sạn và 5 điểm đến đạt chuẩn.')).map((i) => [i.value, i.unit])).toEqual([
      [20, 'khách sạn'],
      [5, 'điểm đến'],
    ]);
    expect(
      (await targets('Hình thành ít nhất 100 doanh nghiệp khởi nghiệp sáng tạo, 50 doanh nghiệp khoa học công nghệ.')).map((i) => i.value),
    ).toEqual([100, 50]);
    expect((await targets('100% bộ, ngành, địa phương đạt cấp độ 4 và 90% đạt cấp độ 5.')).map((i) => i.value)).toEqual([100, 90]);
  });
  it('a new subject after a comma or ";" is a new indicator', async () => {
    expect(
      await targets(
        'Diện tích trồng trọt theo tiêu chuẩn GAP, hữu cơ đạt tỷ lệ 20%, diện tích nuôi trồng thủy sản ứng dụng công nghệ cao đạt tỷ lệ từ 75% trở lên.',
      ),
    ).toEqual([
      { value: 20, unit: '%', op: '=', change: null, year: 2030 },
      { value: 75, unit: '%', op: '>=', change: null, year: 2030 },
    ]);
    expect(
      (await targets('Hình thành mới 05 Khu công nghiệp, nâng tổng số lên 12 KCN, tỷ lệ lấp đầy bình quân đạt trên 80%.')).map((i) => [
        i.value,
        i.unit,
        i.op,
      ]),
    ).toEqual([
      [5, 'khu công nghiệp', '='],
      [12, 'KCN', '='],
      [80, '%', '>='],
    ]);
    expect(await targets('Phủ sóng 5G đạt 100% địa bàn; tỷ lệ hồ sơ trực tuyến đạt 100%.')).toHaveLength(2);
  });
  it('a boundary never falls inside a list of names', async () => {
    expect(await texts('100% cán bộ, công chức, viên chức và 80% người lao động được tập huấn kỹ năng số.')).toEqual([
      [100, '100% cán bộ, công chức, viên chức'],
      [80, '80% người lao động được tập huấn kỹ năng số.'],
    ]);
    expect(await texts('Trên 80% số trạm y tế xã, phường và 100% cơ sở cai nghiện đủ điều kiện xác định tình trạng nghiện.')).toEqual([
      [80, 'Trên 80% số trạm y tế xã, phường'],
      [100, '100% cơ sở cai nghiện đủ điều kiện xác định tình trạng nghiện.'],
    ]);
    expect((await targets('100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới.')).map((i) => i.value)).toEqual([
      100,
    ]);
    expect((await targets('100% các khu, cụm công nghiệp có tối thiểu 1 trạm sạc xe điện.')).map((i) => i.value)).toEqual([100]);
  });
  it('a number that qualifies the scope is not a second indicator', async () => {
    expect(
      (await targets('100% diện tích cây ăn quả tập trung (trên 40 ha) áp dụng quy trình giảm phát thải.')).map((i) => i.value),
    ).toEqual([100]);
    expect((await targets('Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán đạt 95%.')).map((i) => [i.value, i.op])).toEqual([
      [95, '='],
    ]);
    expect((await targets('Tỷ lệ người dùng truy cập băng rộng với tốc độ 01 Gb/s đạt 100%.')).map((i) => i.value)).toEqual([100]);
    expect(
      (await targets('Giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi xuống dưới 15%.')).map((i) => [i.value, i.unit, i.op]),
    ).toEqual([[15, '%', '<=']]);
  });
  it('a sub-target after "trong đó" is its own indicator, each with its own year', async () => {
    expect((await targets('Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%.')).map((i) => i.value)).toEqual([
      75, 35,
    ]);
    expect(
      (await targets('Phấn đấu có 100% xã đạt chuẩn nông thôn mới, trong đó 30% xã đạt chuẩn nông thôn mới nâng cao.')).map((i) => i.value),
    ).toEqual([100, 30]);
    expect((await targets('Tỷ lệ hồ sơ trực tuyến năm 2026: 90%; năm 2027: 95%.')).map((i) => [i.value, i.year])).toEqual([
      [90, 2026],
      [95, 2027],
    ]);
  });
});

describe('ranges and ranks', () => {
  const valid: [string, number, number, string][] = [
    ['Tỷ lệ che phủ rừng đạt 60-70%.', 60, 70, '%'],
    ['Tỷ lệ lấp đầy đạt từ 60 đến 70%.', 60, 70, '%'],
    ['Tỷ lệ lấp đầy đạt 60% - 70%.', 60, 70, '%'],
    ['Trồng mới từ 5 đến 10 ha rừng phòng hộ.', 5, 10, 'ha'],
    ['Tốc độ tăng bình quân 05 - 07%/năm.', 5, 7, '%'],
  ];
  it.each(valid)('%s is a range', async (body, value, max, unit) => expect(await one(body)).toMatchObject({ value, max, unit, op: '>=' }));

  const invalid: [string, number][] = [
    ['Tỷ lệ hồ sơ trực tuyến đạt 95% đến 2030.', 2030],
    ['Tỷ lệ hồ sơ trực tuyến đạt 95% đến năm 2030.', 2030],
    ['Tỷ lệ hồ sơ trực tuyến đạt 95% tới 2028.', 2028],
  ];
  it.each(invalid)('%s is no range: the second number is the year', async (body, year) => {
    const x = await one(body);
    expect(x).toMatchObject({ value: 95, unit: '%', op: '=', year });
    expect(x).not.toHaveProperty('max');
  });

  it.each([
    ['Huyện nằm trong nhóm 10 địa phương dẫn đầu cả nước về chỉ số PCI.', 10, 'địa phương'],
    ['Tỉnh thuộc top 5 tỉnh dẫn đầu vùng về chuyển đổi số.', 5, 'tỉnh'],
    ['Việt Nam thuộc nhóm 30 nước dẫn đầu thế giới về đổi mới sáng tạo.', 30, 'nước'],
  ])('%s is a rank, op <=', async (body, value, unit) => expect(await one(body as string)).toMatchObject({ value, unit, op: '<=' }));
});

describe('year: statement, lead-in, heading, then the plan title', () => {
  it('the statement names its year, a cited date does not count', async () => {
    expect((await one('Đạt 60% vào năm 2028.')).year).toBe(2028);
    expect((await one('Tỷ lệ mua sắm công xanh tối thiểu 35% theo Nghị quyết số 08-NQ/TU ngày 29/01/2026.')).year).toBe(2030);
  });
  it('the lead-in line, then the section heading', async () => {
    expect((await targets('Phấn đấu đến năm 2027:\n\n- 100% xã có điểm bưu điện.\n\n- 80% hộ có Internet.')).map((i) => i.year)).toEqual([
      2027, 2027,
    ]);
    expect((await one('Đạt 60% hộ có Internet.', { heading: 'Chỉ tiêu giai đoạn 2026 – 2028' })).year).toBe(2028);
  });
  it("the plan's own period in its title, else null", async () => {
    expect(
      (await one('Đạt 60% hộ có Internet.', { heading: 'Mục tiêu cụ thể', title: 'Phát triển kinh tế số xã An Phú giai đoạn 2026 – 2030' }))
        .year,
    ).toBe(2030);
    expect((await one('Đạt 60% hộ có Internet.', { heading: 'Mục tiêu cụ thể', title: 'Cải cách hành chính năm 2026' })).year).toBe(2026);
    expect((await one('Đạt 60% hộ có Internet.', { heading: 'Mục tiêu cụ thể', title: 'Phát triển kinh tế số' })).year).toBeNull();
  });
  it.each([
    ['Phát triển du lịch giai đoạn 2026 – 2030, tầm nhìn đến năm 2045', 2030],
    ['Cải cách hành chính năm 2026', 2026],
    ['Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị', null],
    ['Chuyển đổi số đến năm 2030', 2030],
  ])('titleYear(%s) = %s', (title, year) => expect(titleYear(title)).toBe(year));
});

describe('indicators: comparators, units, two targets in one statement, target year', () => {
  const plan = (text: string) => extractBytes(new TextEncoder().encode(text), { fileName: 'x.txt' });
  const targets = async (body: string) =>
    (
      await plan(`KẾ HOẠCH\n\nThử\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\n\nĐạt 50% mọi thứ.\n\n2. Mục tiêu cụ thể đến năm 2030\n\n${body}\n`)
    ).indicators.map((i) => ({ value: i.value, unit: i.unit, op: i.op, year: i.year, ...(i.max ? { max: i.max } : {}) }));
  it('reads comparators, units and Vietnamese numbers', async () => {
    expect(await targets('Tiết kiệm tối thiểu 8,5% tổng điện năng tiêu thụ vào năm 2030.')).toEqual([
      { value: 8.5, unit: '%', op: '>=', year: 2030 },
    ]);
    expect(await targets('Ít nhất 04 sản phẩm OCOP đạt tiêu chí xanh.')).toEqual([{ value: 4, unit: 'sản phẩm', op: '>=', year: 2030 }]);
    expect(await targets('Thu hút khoảng 20 ha nhà màng.')).toEqual([{ value: 20, unit: 'ha', op: '~', year: 2030 }]);
    expect(await targets('Diện tích đạt 5.000 ha.')).toEqual([{ value: 5000, unit: 'ha', op: '=', year: 2030 }]);
    expect(await targets('Tỷ lệ chất thải không quá 10%.')).toEqual([{ value: 10, unit: '%', op: '<=', year: 2030 }]);
    expect(await targets('Tỷ lệ che phủ rừng đạt 60-70%.')).toEqual([{ value: 60, unit: '%', op: '>=', year: 2030, max: 70 }]);
  });
  it('splits two targets in one statement, one op each', async () => {
    expect(
      await targets(
        'Diện tích trồng trọt theo tiêu chuẩn GAP, hữu cơ đạt tỷ lệ 20%, diện tích nuôi trồng thủy sản ứng dụng công nghệ cao đạt tỷ lệ từ 75% trở lên.',
      ),
    ).toEqual([
      { value: 20, unit: '%', op: '=', year: 2030 },
      { value: 75, unit: '%', op: '>=', year: 2030 },
    ]);
    expect(await targets('Phủ sóng 5G đạt 100% địa bàn; tỷ lệ hồ sơ trực tuyến đạt 100%.')).toHaveLength(2);
  });
  it('a scope number is not a second indicator; names and citations are not values', async () => {
    expect(await targets('100% diện tích cây ăn quả tập trung (trên 40 ha) áp dụng quy trình giảm phát thải.')).toHaveLength(1);
    expect(await targets('Chấm dứt hoàn toàn tình trạng đốt rơm rạ theo Nghị quyết số 08-NQ/TU ngày 29/01/2026.')).toEqual([]);
  });
  it('net zero is value 0 without unit, and the stated year wins', async () => {
    expect(await targets('Đạt phát thải ròng bằng “0” vào năm 2045.')).toEqual([{ value: 0, unit: null, op: '=', year: 2045 }]);
  });
  it('target year: the statement, not a cited date', () => {
    expect(targetYear('đạt tối thiểu 35% theo Nghị quyết số 08-NQ/TU ngày 29/01/2026')).toBeNull();
    expect(targetYear('giai đoạn 2026 – 2030')).toBe(2030);
    expect(targetYear('Tầm nhìn đến năm 2050')).toBe(2050);
    expect(targetYear('Giảm ít nhất 10% lượng nhựa dùng một lần so với năm 2025')).toBeNull();
  });
});

describe('indicator tables: one indicator per row, with the same comparator, range and change rules', () => {
  it('reads value, range, comparator, change and unit from the columns', async () => {
    const table = [
      'TT\tChỉ tiêu\tĐơn vị tính\tMục tiêu đến năm 2030',
      '1\tTỷ lệ che phủ rừng\t%\t60-70',
      '2\tGiảm tỷ lệ hộ nghèo hằng năm\t%\t1,5',
      '3\tSố doanh nghiệp thành lập mới\tDoanh nghiệp\t≥ 500',
    ].join('\n');
    expect(await targets(table, { heading: 'Chỉ tiêu chủ yếu' })).toEqual([
      { value: 60, max: 70, unit: '%', op: '>=', change: null, year: 2030 },
      { value: 1.5, unit: '%', op: '=', change: 'decrease', year: 2030 },
      { value: 500, unit: 'doanh nghiệp', op: '>=', change: null, year: 2030 },
    ]);
  });
});

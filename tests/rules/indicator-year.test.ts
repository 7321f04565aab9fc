import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/indicator-year.js';
import { indicator, lines, plan, run } from './helpers.js';

describe('GP005 indicator-year', () => {
  it('has an id, a slug and a warning default', () => {
    expect([rule.id, rule.slug, rule.defaultSeverity]).toEqual(['GP005', 'indicator-year', 'warning']);
  });
  it('valid: every indicator has a year, or there are none', () => {
    expect(run(rule, plan({ indicators: [indicator(), indicator({ year: 2045 })] }))).toEqual([]);
    expect(run(rule, plan())).toEqual([]);
  });
  it('invalid: an indicator with no year, named with its section', () => {
    const found = run(
      rule,
      plan({
        indicators: [
          indicator(),
          indicator({ text: 'Duy trì 112 ha vùng sản xuất lúa chất lượng cao', year: null, at: { line: 51 } }),
          indicator({ year: null, section: null, at: { line: 9, page: 2 } }),
        ],
      }),
    );
    expect(lines(found)).toEqual([
      '51: indicator "Duy trì 112 ha vùng sản xuất lúa chất lượng cao" in section II.2 has no target year (đến năm …)',
      '9: indicator "100% hộ dân sử dụng nước sạch" has no target year (đến năm …)',
    ]);
    expect(found[1]!.at).toEqual({ line: 9, page: 2 });
  });
});

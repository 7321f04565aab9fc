/**
 * Indicator tables (EXTRACTION.md): a table with a "Chỉ tiêu" column and a unit or value
 * column and no task column, wherever it stands: each data row is one indicator.
 */
import type { Block, TableBlock } from '../../model/blocks.js';
import type { Indicator } from '../../model/plan.js';
import { parseViNumber } from '../../text/numbers.js';
import { squash } from '../../text/vietnamese.js';
import { isLayoutTable } from '../prepare.js';
import { type SectionNode, walkSections } from '../sections.js';
import { asDataTable, colOf, isColumnNumberRow, isRepeatedHeader } from '../tables.js';
import { changeFor } from './change.js';
import { opFor } from './comparator.js';
import { maskForValues } from './mask.js';
import { headingYear } from './target-sections.js';
import { isMeasureWord } from './measure-units.js';
import { mentions, type Mention } from './values.js';
import { targetYear } from './years.js';

function sectionOfLine(tree: SectionNode[], line: number): SectionNode | null {
  let found: SectionNode | null = null;
  for (const n of walkSections(tree)) if (n.at.line <= line) found = n;
  return found;
}

/** A unit cell as written, in normal case: "Doanh nghiệp" → "doanh nghiệp", "%" and "Tbps" kept. */
function normalUnit(u: string): string {
  if (u === '%' || /^phần trăm$/i.test(u)) return '%';
  const lower = u.toLocaleLowerCase('vi');
  return isMeasureWord(lower) ? lower : u;
}

/** Tables with a "Chỉ tiêu" column: each data row is one indicator. */
export function indicatorTables(blocks: Block[], tree: SectionNode[], planYear: number | null): Indicator[] {
  const out: Indicator[] = [];
  for (const b of blocks) {
    if (b.type !== 'table' || isLayoutTable(b as TableBlock)) continue;
    const t = asDataTable(b);
    if (!t) continue;
    const ci = colOf(t, 'indicator');
    if (ci < 0 || colOf(t, 'name') >= 0) continue;
    const cu = colOf(t, 'unit');
    // In an indicator table the "Kết quả" / "Mục tiêu" / year columns hold the target values.
    const valueCols = t.columns
      .filter((c) => c.role === 'target' || c.role === 'output' || (c.role === null && /\d{4}/.test(c.header)))
      .map((c) => c.index);
    const node = sectionOfLine(tree, b.at.line);
    const cn = colOf(t, 'number');
    let groupYear: number | null = null;
    for (const r of t.rows) {
      if (isRepeatedHeader(r, t.headerTexts) || isColumnNumberRow(r)) continue;
      const name = squash(r.cells[ci]?.text ?? '');
      // Group rows ("I | Đến năm 2030") give the year of the rows below.
      const rowNo = cn >= 0 ? squash(r.cells[cn]?.text ?? '').replace(/\.$/, '') : '';
      if (/^[IVXLC]+$/.test(rowNo) || (!rowNo && r.cells.filter((c) => c.text.trim()).length === 1)) {
        groupYear = targetYear(r.cells.map((c) => c.text).join(' ')) ?? groupYear;
        continue;
      }
      if (!name) continue;
      const valueText = valueCols.map((i) => r.cells[i]?.text ?? '').find((x) => /\d/.test(x)) ?? '';
      const unitText = cu >= 0 ? squash(r.cells[cu]?.text ?? '') : '';
      const ms = mentions(`${valueText} ${unitText}`.trim());
      const num = /(\d+(?:[.,]\d+)*)/.exec(maskForValues(valueText));
      if (!num) continue;
      const value = parseViNumber(num[1]!);
      if (value == null) continue;
      const unit = unitText ? normalUnit(unitText) : (ms[0]?.unit ?? (/%/.test(valueText) ? '%' : null));
      const start = valueText.indexOf(num[1]!);
      const m: Mention = { start, end: start + num[1]!.length, numberEnd: start + num[1]!.length, value, unit, known: true };
      // "60-70" in the value cell is a range; "Giảm tỷ lệ hộ nghèo | 1,5" is the size of a cut.
      if (ms[0]?.value === value && ms[0].max !== undefined) m.max = ms[0].max;
      const colHeader = valueCols.map((i) => t.columns[i]?.header ?? '').join(' ');
      out.push({
        text: name,
        value,
        unit,
        op: opFor(valueText, m, valueText.slice(0, start)),
        ...(m.max !== undefined ? { max: m.max } : {}),
        change: changeFor(`${name} ${valueText.slice(0, start)}`),
        year: targetYear(valueText) ?? targetYear(name) ?? groupYear ?? targetYear(colHeader) ?? headingYear(node) ?? planYear,
        section: node?.path ?? null,
        at: r.at,
      });
    }
  }
  return out;
}

/** Small Plan objects for rule tests: only what a rule reads needs to be given. */
import type { Indicator, Plan, PlanDocument, Section, Task } from '../../src/model/plan.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/rules/types.js';
import { sectionPath } from '../../src/extract/sections.js';

export function section(
  number: string | null,
  heading: string,
  kinds: Section['kinds'],
  line: number,
  children: Section[] = [],
  text = '',
  level = 1,
): Section {
  return { number, heading, kinds, level, path: null, at: { line }, text, children };
}

/** Section.path as extraction sets it (sections are built bottom-up here, so paths come last). */
function withPaths(sections: Section[], parent: string | null = null): Section[] {
  return sections.map((s) => {
    const path = sectionPath(parent, s.number);
    return { ...s, path, children: withPaths(s.children, path) };
  });
}

export function task(id: string, over: Partial<Task> = {}): Task {
  const parts = id.split('.');
  return {
    id,
    group: parts.length > 1 ? parts[0]! : null,
    groupTitle: null,
    number: parts.slice(1).join('.') || id,
    parent: parts.length > 2 ? parts.slice(0, -1).join('.') : null,
    name: `Nhiệm vụ ${id}`,
    output: 'Quyết định phê duyệt',
    deadline: { text: 'Tháng 12/2026', date: '2026-12' },
    lead: ['Phòng Kinh tế'],
    support: [],
    priority: false,
    at: { line: 100, table: 1, row: 2 },
    ...over,
  };
}

export function indicator(over: Partial<Indicator> = {}): Indicator {
  return { text: '100% hộ dân sử dụng nước sạch', value: 100, unit: '%', op: '=', year: 2030, section: 'II.2', at: { line: 40 }, ...over };
}

export const DOCUMENT: PlanDocument = {
  kind: 'KH',
  number: '16/KH-UBND',
  symbol: 'KH-UBND',
  issuer: 'Ủy ban nhân dân xã Vĩnh Am',
  place: 'Vĩnh Am',
  date: '2026-06-05',
  title: 'Triển khai thực hiện …',
  references: [],
  signer: { name: 'Nguyễn Thị Len', position: 'PHÓ CHỦ TỊCH', authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'] },
  recipients: [],
};

export function plan(
  over: { sections?: Section[]; tasks?: Task[]; indicators?: Indicator[]; document?: Partial<PlanDocument> } = {},
): Plan {
  return {
    schemaVersion: '1',
    source: { file: 'plan.txt', format: 'txt', sha256: '0'.repeat(64), bytes: 1 },
    document: { ...DOCUMENT, ...over.document },
    sections: withPaths(over.sections ?? []),
    indicators: over.indicators ?? [],
    tasks: over.tasks ?? [],
    assignments: [],
    diagnostics: [],
  };
}

/** Runs a rule with its options parsed (defaults applied), as the runner does. */
export function run(rule: Rule, p: Plan, options: Record<string, unknown> = {}, context: RuleContext = { stage: 'draft' }): RuleFinding[] {
  return rule.run(p, rule.options.parse(options) as never, context);
}

/** Findings as `line: message` strings, easy to compare. */
export function lines(findings: RuleFinding[]): string[] {
  return findings.map((f) => `${f.at.line}: ${f.message}`);
}

/**
 * GP002 task-complete ("6 rõ"): every annex task names a lead unit, a deadline and an output.
 * A parent row is complete when its sub-rows carry what it lacks (the findings then point at
 * the sub-rows), and a sub-row inherits what its parent row states. A task written in the text
 * can carry only a lead and a deadline: it is not asked for an output.
 */
import { z } from 'zod';
import type { Task } from '../model/plan.js';
import { defineRule, finding, posOf, type RuleFinding } from './types.js';
import type { Text } from '../i18n/index.js';
import { clip } from './util.js';
import { en } from '../i18n/en.js';

const FieldSchema = z.enum(['lead', 'deadline', 'output']);
type Field = z.infer<typeof FieldSchema>;

/** What a task written in the text can state ("Đơn vị chủ trì: …", "Thời gian thực hiện: …"). */
const TEXT_FIELDS: readonly Field[] = ['lead', 'deadline'];

/** Table rows and text tasks may share an id: a task's family is looked up within its source. */
const keyOf = (source: Task['source'], id: string): string => `${source}|${id}`;

/** The finding for a task that lacks `missing`: a text task's message also says where it stands. */
function incomplete(task: Task, missing: Text[]): RuleFinding {
  const params = { id: task.id, name: clip(task.name, 50), missing, line: task.at.line };
  if (task.source !== 'text') return finding(posOf(task.at), 'rule.taskIncomplete', params);
  if (!task.group) return finding(posOf(task.at), 'rule.textTaskIncomplete', params);
  const section = task.groupTitle ? `${task.group} "${clip(task.groupTitle, 40)}"` : task.group;
  return finding(posOf(task.at), 'rule.textTaskIncompleteIn', { ...params, section });
}

const FIELD_NAMES: Record<Field, Text> = {
  lead: { key: 'field.lead' },
  deadline: { key: 'field.deadline' },
  output: { key: 'field.output' },
};

function has(task: Task, field: Field, datedDeadline: boolean): boolean {
  switch (field) {
    case 'lead':
      return task.lead.some((l) => l.trim() !== '');
    case 'deadline':
      return !!task.deadline && task.deadline.text.trim() !== '' && (!datedDeadline || task.deadline.date !== null);
    case 'output':
      return (task.output ?? '').trim() !== '';
  }
}

export default defineRule({
  id: 'GP002',
  slug: 'task-complete',
  description: en['rule.about.GP002'],
  defaultSeverity: 'error',
  options: z
    .object({
      fields: z.array(FieldSchema).min(1).default(['lead', 'deadline', 'output']).describe('what every task must state'),
      datedDeadline: z
        .boolean()
        .default(false)
        .describe('require a deadline with a date ("Tháng 12/2026"), not only text such as "Thường xuyên"'),
    })
    .strict(),
  run(plan, { fields, datedDeadline }) {
    const byId = new Map<string, Task>();
    const hasChildren = new Set<string>();
    for (const t of plan.tasks) byId.set(keyOf(t.source, t.id), t);
    for (const t of plan.tasks) if (t.parent !== null && byId.has(keyOf(t.source, t.parent))) hasChildren.add(keyOf(t.source, t.parent));
    const out: RuleFinding[] = [];
    for (const task of plan.tasks) {
      if (hasChildren.has(keyOf(task.source, task.id))) continue; // judged through its sub-rows
      const missing: Text[] = [];
      const wanted = task.source === 'text' ? fields.filter((f) => TEXT_FIELDS.includes(f)) : fields;
      for (const f of new Set(wanted)) {
        let ok = has(task, f, datedDeadline);
        for (let p = task.parent, hops = 0; !ok && p !== null && hops < 20; hops++) {
          const parent = byId.get(keyOf(task.source, p));
          if (!parent) break;
          ok = has(parent, f, datedDeadline);
          p = parent.parent;
        }
        if (!ok) missing.push(f === 'deadline' && datedDeadline && task.deadline ? { key: 'field.datedDeadline' } : FIELD_NAMES[f]);
      }
      if (missing.length) out.push(incomplete(task, missing));
    }
    return out;
  },
});

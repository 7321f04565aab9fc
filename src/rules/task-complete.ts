/**
 * GP002 task-complete ("6 rõ"): every annex task names a lead unit, a deadline and an output.
 * A parent row is complete when its sub-rows carry what it lacks (the findings then point at
 * the sub-rows), and a sub-row inherits what its parent row states.
 */
import { z } from 'zod';
import type { Task } from '../model/plan.js';
import { defineRule, finding, posOf, type RuleFinding } from './types.js';
import type { Text } from '../i18n/index.js';
import { clip } from './util.js';

const FieldSchema = z.enum(['lead', 'deadline', 'output']);
type Field = z.infer<typeof FieldSchema>;

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
  description: 'Every annex task has a lead unit, a deadline and an output ("6 rõ"); a parent row is complete when its sub-rows carry them.',
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
    for (const t of plan.tasks) byId.set(t.id, t);
    for (const t of plan.tasks) if (t.parent !== null && byId.has(t.parent)) hasChildren.add(t.parent);
    const out: RuleFinding[] = [];
    for (const task of plan.tasks) {
      if (hasChildren.has(task.id)) continue; // judged through its sub-rows
      const missing: Text[] = [];
      for (const f of new Set(fields)) {
        let ok = has(task, f, datedDeadline);
        for (let p = task.parent, hops = 0; !ok && p !== null && hops < 20; hops++) {
          const parent = byId.get(p);
          if (!parent) break;
          ok = has(parent, f, datedDeadline);
          p = parent.parent;
        }
        if (!ok) missing.push(f === 'deadline' && datedDeadline && task.deadline ? { key: 'field.datedDeadline' } : FIELD_NAMES[f]);
      }
      if (missing.length) out.push(finding(posOf(task.at), 'rule.taskIncomplete', { id: task.id, name: clip(task.name, 50), missing }));
    }
    return out;
  },
});

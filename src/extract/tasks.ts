/**
 * Task tables → tasks (EXTRACTION.md "Tasks from tables"), wherever they stand: each logical
 * table (tables.ts) that has task columns gives its rows (table-tasks/), ids unique in the plan;
 * every other table is skipped with a word.
 */
import type { Block } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import type { Task } from '../model/plan.js';
import { result, type Result } from '../model/result.js';
import type { Frame } from './frame.js';
import type { SectionNode } from './sections.js';
import { logicalTables } from './tables.js';
import { tableTasks, taskColumns } from './table-tasks/index.js';

export function extractTasks(blocks: Block[], _tree: SectionNode[], frame: Frame): Result<Task[]> {
  const tasks: Task[] = [];
  const diagnostics: Diagnostic[] = [];
  const ids = new Set<string>();
  let place = 0;
  for (const { table, index, block } of logicalTables(blocks)) {
    const cols = table ? taskColumns(table, frame.annex !== null && block >= frame.annex) : null;
    const rows = table && cols ? tableTasks(table, cols, index) : result<Task[]>([]);
    diagnostics.push(...rows.diagnostics);
    const found = rows.value;
    if (!found.length) {
      // Indicator tables give indicators, not nothing.
      const why = !table ? 'no header names its columns' : cols ? 'no task rows' : 'no task column with a lead or deadline column';
      if (!table?.columns.some((c) => c.role === 'indicator'))
        diagnostics.push(diag('info', 'table.skipped', `table ${index} gives no tasks: ${why}`, { ...blocks[block]!.at, table: index }));
      continue;
    }
    place++;
    const unique = uniqueIds(found, ids, place);
    tasks.push(...unique.value);
    diagnostics.push(...unique.diagnostics);
  }
  return result(tasks, diagnostics);
}

/**
 * Ids are unique in a plan: a table whose ids were already given (a second table numbering
 * from 1 again) has its ids prefixed with its place among the task tables ("2:1").
 */
function uniqueIds(found: Task[], ids: Set<string>, place: number): Result<Task[]> {
  const diagnostics: Diagnostic[] = [];
  const clash = found.some((t) => ids.has(t.id));
  const own = new Set<string>();
  for (const t of found) {
    if (clash) {
      t.id = `${place}:${t.id}`;
      if (t.parent) t.parent = `${place}:${t.parent}`;
    }
    if (own.has(t.id)) diagnostics.push(diag('warning', 'annex.duplicate-id', `task id ${t.id} appears more than once`, t.at));
    own.add(t.id);
  }
  for (const id of own) ids.add(id);
  return result(found, diagnostics);
}

/**
 * Tasks written in the text (EXTRACTION.md "Tasks written in the text"): the innermost numbered
 * heading or item under which a lead or deadline field stands ("Đơn vị chủ trì: …", "Thời gian
 * thực hiện: …"). Several bullets that each carry their own fields are tasks of their own
 * (`id-k`). Field values follow the table rules: the same unit splitting and deadline dates.
 */
import type { ParagraphBlock, SourcePos } from '../model/blocks.js';
import { diag } from '../model/diagnostics.js';
import type { Task } from '../model/plan.js';
import { result, type Result } from '../model/result.js';
import type { FieldRole } from '../text/keywords/columns.js';
import { squash } from '../text/vietnamese.js';
import { parseDeadline } from './dates.js';
import { isLabelHeading, splitFields, tidyValue, type Field } from './fields.js';
import { leadAndSupport } from './lead-support.js';
import type { SectionNode } from './sections.js';
import { textItems, walkItems, type TextItem } from './text-items.js';
import { splitUnits } from './unit-cells.js';
import { trimEndWhile } from '../text/trim.js';

/** A field with its value's parts: the text after the colon, or the lines under an empty one. */
interface Collected {
  role: FieldRole;
  parts: string[];
}

/** A text and the fields that go with it: the item itself, or one of its bullets. */
interface Group {
  name: string;
  fields: Collected[];
  at: SourcePos;
}

const collect = (fields: readonly Field[]): Collected[] => fields.map((f) => ({ role: f.role, parts: f.value ? [f.value] : [] }));

const lineTexts = (p: ParagraphBlock): string[] => p.lines.map((l) => l.text);

/** An empty field ("Thời gian thực hiện:", or one ending in a colon) takes the lines under it as its value. */
function wantsMore(f: Collected): boolean {
  return f.parts.length === 0 || f.parts[f.parts.length - 1]!.endsWith(':');
}

/** The state of the last field read: the lines under an empty field are its value. */
interface OpenField {
  field: Collected;
  /** The bullet of the field's own paragraph. */
  bullet: string | undefined;
  /** The bullet of the lines taken so far as its value (null: one plain paragraph was taken). */
  taking?: string | null;
}

/** A paragraph that continues an empty field: bullets of another marker, or the one plain paragraph after it. */
function continues(p: ParagraphBlock, open: OpenField): boolean {
  if (open.taking !== undefined) return !!p.bullet && p.bullet === open.taking;
  if (!wantsMore(open.field)) return false;
  if (p.bullet) return p.bullet !== open.bullet;
  return open.field.parts.length === 0;
}

/** The item's own text and the paragraphs under it, as the item's group and its bullets' groups. */
function readGroups(item: TextItem): { head: Group; groups: Group[] } {
  const own = splitFields(item.text);
  const head: Group = { name: own.content || squash(item.text), fields: collect(own.fields), at: item.at };
  const groups: Group[] = [];
  let current = head;
  let open: OpenField | null = null;
  for (const p of item.body) {
    const s = splitFields(p.text, lineTexts(p));
    const isField = !s.content && s.fields.length > 0;
    if (open && !isField && continues(p, open)) {
      open.field.parts.push(tidyValue(p.text));
      open.taking = p.bullet ?? null;
      continue;
    }
    open = null;
    const fields = collect(s.fields);
    if (isField) current.fields.push(...fields);
    else {
      current = { name: s.content, fields, at: p.at };
      groups.push(current);
    }
    if (fields.length) open = { field: fields[fields.length - 1]!, bullet: p.bullet };
  }
  return { head, groups };
}

const triggers = (g: Group): boolean => g.fields.some((f) => f.role === 'lead' || f.role === 'deadline');

function partsOf(fields: readonly Collected[], role: FieldRole): string[] {
  return fields.filter((f) => f.role === role).flatMap((f) => f.parts);
}

/** Parts of lead or support fields: an introduction to the lines under it ("các cơ quan sau:") names no unit. */
function unitParts(fields: readonly Collected[], role: 'lead' | 'support'): string[] {
  return fields
    .filter((f) => f.role === role)
    .flatMap((f) => (f.parts.length > 1 && f.parts[0]!.endsWith(':') ? f.parts.slice(1) : f.parts));
}

/** The date of a deadline of several parts is the last part's date, as for a table task's sub-rows. */
function deadlineOf(parts: readonly string[]): Task['deadline'] {
  if (!parts.length) return null;
  let date: string | null = null;
  for (let i = parts.length - 1; i >= 0 && date === null; i--) date = parseDeadline(parts[i]!);
  return { text: parts.join('; '), date };
}

function nameOf(g: Group): string {
  const content = partsOf(g.fields, 'name');
  const name = isLabelHeading(g.name) && content.length ? content.join('; ') : g.name;
  return trimEndWhile(name, /[\s.:;,]/);
}

function toTask(item: TextItem, g: Group, id: string, number: string, parent: string | null): Task {
  const { lead, support } = leadAndSupport(unitParts(g.fields, 'lead'));
  const output = partsOf(g.fields, 'output');
  return {
    source: 'text',
    id,
    group: item.root.number || null,
    groupTitle: item.root.text || null,
    number,
    parent,
    name: nameOf(g),
    output: output.length ? output.join('; ') : null,
    deadline: deadlineOf(partsOf(g.fields, 'deadline')),
    lead,
    support: [...unitParts(g.fields, 'support').flatMap((p) => splitUnits(p)), ...support],
    priority: false,
    at: g.at,
  };
}

function nearestTask(item: TextItem, ids: Map<TextItem, string>): string | null {
  for (let p = item.parent; p; p = p.parent) {
    const id = ids.get(p);
    if (id !== undefined) return id;
  }
  return null;
}

/** The tasks of one item: itself, or its bullets when several carry fields of their own. */
function itemTasks(item: TextItem, parent: string | null): { tasks: Task[]; self: boolean } {
  const { head, groups } = readGroups(item);
  const own = groups.filter(triggers);
  if (own.length >= 2) {
    const tasks = own.map((g, k) => toTask(item, g, `${item.path}-${k + 1}`, `${item.number}-${k + 1}`, null));
    if (!triggers(head)) return { tasks, self: false };
    return { tasks: [toTask(item, head, item.path, item.number, parent), ...tasks], self: true };
  }
  const merged: Group = { ...head, fields: [...head.fields, ...groups.flatMap((g) => g.fields)] };
  if (!triggers(merged)) return { tasks: [], self: false };
  return { tasks: [toTask(item, merged, item.path, item.number, parent)], self: true };
}

export function extractTextTasks(tree: SectionNode[]): Result<Task[]> {
  const tasks: Task[] = [];
  const ids = new Map<TextItem, string>();
  for (const item of walkItems(textItems(tree))) {
    const found = itemTasks(item, nearestTask(item, ids));
    if (found.self) ids.set(item, item.path);
    tasks.push(...found.tasks);
  }
  const seen = new Set<string>();
  const diagnostics = [];
  for (const t of tasks) {
    if (seen.has(t.id))
      diagnostics.push(
        diag('warning', 'text-task.duplicate-id', `text task id ${t.id} appears more than once (the plan repeats a number)`, t.at),
      );
    seen.add(t.id);
  }
  return result(tasks, diagnostics);
}

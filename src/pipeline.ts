/**
 * The whole flow, in one direction: read → blocks → frame and sections → extractors → result.
 * `extractFromBytes` is the in-process API the CLI, the batch workers and integrators use.
 */
import { createHash } from 'node:crypto';
import type { Block } from './model/blocks.js';
import type { Diagnostic } from './model/diagnostics.js';
import type { Plan } from './model/plan.js';
import { SCHEMA_VERSION } from './model/schema-version.js';
import { readDocument, makeContext, type ReadOptions } from './readers/index.js';
import { prepareBlocks } from './extract/prepare.js';
import { findFrame } from './extract/frame.js';
import { extractMetadata } from './extract/metadata.js';
import { referencesIn } from './extract/references.js';
import { buildSections, toOutputSections } from './extract/sections.js';
import { extractIndicators } from './extract/indicators.js';
import { extractTasks } from './extract/tasks.js';
import { extractTextTasks } from './extract/text-tasks.js';
import { extractAssignments } from './extract/assignments.js';
import { documentDiagnostics } from './extract/checks.js';

export interface ExtractOptions extends ReadOptions {
  /** Add `extractedAt` (ISO time) to the result. Off by default: output is deterministic. */
  timestamps?: boolean;
}

function allTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b.text);
    else for (const r of b.rows) for (const c of r.cells) if (c.text) out.push(c.text);
  }
  return out;
}

/** Extracts the structured plan from a file's bytes. `fileName` is used for messages and format hints. */
export async function extractFromBytes(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<Plan> {
  const ctx = makeContext(fileName, options);
  const read = await readDocument(bytes, ctx);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const blocks = prepareBlocks(read.blocks);
  const frame = findFrame(blocks);
  const document = extractMetadata(blocks, frame);
  document.references = referencesIn(allTexts(blocks), document.number);
  const tree = buildSections(blocks, frame);
  const indicators = extractIndicators(blocks, tree, { title: document.title });
  diagnostics.push(...indicators.diagnostics);
  const tableTasks = extractTasks(blocks, tree, frame, diagnostics);
  const textTasks = extractTextTasks(tree);
  diagnostics.push(...textTasks.diagnostics);
  const tasks = [...tableTasks, ...textTasks.value];
  const assignments = extractAssignments(tree);
  diagnostics.push(...documentDiagnostics(document, tree, blocks));
  const plan: Plan = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      file: fileName,
      format: read.format,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
    },
    document,
    sections: toOutputSections(tree),
    indicators: indicators.value,
    tasks,
    assignments,
    diagnostics,
  };
  if (options.timestamps) plan.extractedAt = new Date().toISOString();
  return plan;
}

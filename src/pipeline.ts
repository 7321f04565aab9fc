/**
 * The whole flow, in one direction: read → blocks → frame and sections → extractors → result.
 * `extractFromBytes` is the in-process API the CLI, the batch workers and integrators use.
 */
import { createHash } from 'node:crypto';
import type { Block, ReadResult } from './model/blocks.js';
import type { Diagnostic } from './model/diagnostics.js';
import type { Plan } from './model/plan.js';
import { SCHEMA_VERSION } from './model/schema-version.js';
import { readDocument, makeContext, type ReadOptions } from './readers/index.js';
import { prepareBlocks } from './extract/prepare.js';
import { findFrame } from './extract/frame.js';
import { extractMetadata } from './extract/metadata.js';
import { extractReferences } from './extract/references.js';
import { extractSections, toOutputSections } from './extract/sections.js';
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

/** The messages of each stage, in the order the stages ran: one list for the plan. */
function messagesOf(...stages: { diagnostics: Diagnostic[] }[]): Diagnostic[] {
  return stages.flatMap((s) => s.diagnostics);
}

/**
 * Every stage after the reader, each returning its value with its messages (src/model/result.ts):
 * blocks → frame → document and its references → sections → indicators, tasks, assignments → checks.
 */
function extractParts(read: ReadResult): Omit<Plan, 'schemaVersion' | 'source'> {
  const prepared = prepareBlocks(read.blocks);
  const blocks = prepared.value;
  const frame = findFrame(blocks);
  const metadata = extractMetadata(blocks, frame.value);
  const references = extractReferences(allTexts(blocks), metadata.value.number);
  const document = { ...metadata.value, references: references.value };
  const tree = extractSections(blocks, frame.value);
  const indicators = extractIndicators(blocks, tree.value, { title: document.title });
  const tableTasks = extractTasks(blocks, tree.value, frame.value);
  const textTasks = extractTextTasks(tree.value);
  const assignments = extractAssignments(tree.value);
  const checks = documentDiagnostics(document, tree.value, blocks);
  return {
    document,
    sections: toOutputSections(tree.value),
    indicators: indicators.value,
    tasks: [...tableTasks.value, ...textTasks.value],
    assignments: assignments.value,
    diagnostics: messagesOf(read, prepared, frame, metadata, references, tree, indicators, tableTasks, textTasks, assignments, checks),
  };
}

/** Extracts the structured plan from a file's bytes. `fileName` is used for messages and format hints. */
export async function extractFromBytes(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<Plan> {
  const read = await readDocument(bytes, makeContext(fileName, options));
  const plan: Plan = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      file: fileName,
      format: read.format,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
    },
    ...extractParts(read),
  };
  if (options.timestamps) plan.extractedAt = new Date().toISOString();
  return plan;
}

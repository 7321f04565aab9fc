/** Diagnostics about the document as a whole: not a plan, nothing found where a plan has it. */
import type { Block } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import type { PlanDocument } from '../model/plan.js';
import { result, type Result } from '../model/result.js';
import type { SectionNode } from './sections.js';

/** The stage's value is nothing: it only has messages. */
export function documentDiagnostics(doc: PlanDocument, tree: SectionNode[], blocks: Block[]): Result<null> {
  const out: Diagnostic[] = [];
  const first = blocks[0]?.at;
  if (doc.kind === 'other')
    out.push(
      diag(
        'warning',
        'document.not-a-plan',
        'the document is not a plan (no "KẾ HOẠCH" or "CHƯƠNG TRÌNH" title); extracted what could be found',
        first,
      ),
    );
  if (!tree.length) out.push(diag('warning', 'sections.none', 'no numbered sections were found'));
  if (!doc.title) out.push(diag('info', 'document.no-title', 'no title (trích yếu) was found'));
  if (!doc.signer?.name) out.push(diag('info', 'document.no-signer', 'no signer was found'));
  return result(null, out);
}

/**
 * GP006 metadata: the document says who issues it, when, and who signs it. Plans are drafts
 * by default, where a blank number ("Số: /KH-UBND") and a blank day ("ngày … tháng 5 năm
 * 2026") are normal; at stage `issued` a blank or missing number, a date without its day and
 * a signature without a name are findings too.
 */
import { z } from 'zod';
import { DOCUMENT_POS, defineRule, finding, type RuleFinding } from './types.js';
import type { MessageKey, Params } from '../i18n/index.js';
import { en } from '../i18n/en.js';

/** "16/KH-UBND" has a number; "/KH-UBND", "-CTr/ĐU" and "KH-UBND" do not. */
function hasNumber(number: string | null): boolean {
  return !!number && /^\s*\d/.test(number);
}

export default defineRule({
  id: 'GP006',
  slug: 'metadata',
  description: en['rule.about.GP006'],
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  run(plan, _options, { stage }) {
    const d = plan.document;
    const out: RuleFinding[] = [];
    const add = (key: MessageKey, params?: Params): void => void out.push(finding(DOCUMENT_POS, key, params));
    if (!d.issuer) add('rule.noIssuer');
    if (!d.date) add('rule.noDate');
    if (!d.signer) add('rule.noSigner');
    if (stage === 'issued') {
      if (d.number === null) add('rule.noNumber');
      else if (!hasNumber(d.number)) add('rule.blankNumber', { number: d.number });
      if (d.date && !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) add('rule.dateNoDay', { date: d.date });
      if (d.signer && !d.signer.name) add('rule.signerNoName');
    }
    return out;
  },
});

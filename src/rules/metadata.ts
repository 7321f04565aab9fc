/**
 * GP006 metadata: the document says who issues it, when, and who signs it. Plans are drafts
 * by default, where a blank number ("Số: /KH-UBND") and a blank day ("ngày … tháng 5 năm
 * 2026") are normal; at stage `issued` a blank or missing number, a date without its day and
 * a signature without a name are findings too.
 */
import { z } from 'zod';
import { DOCUMENT_POS, defineRule, type RuleFinding } from './types.js';

/** "16/KH-UBND" has a number; "/KH-UBND", "-CTr/ĐU" and "KH-UBND" do not. */
function hasNumber(number: string | null): boolean {
  return !!number && /^\s*\d/.test(number);
}

export default defineRule({
  id: 'GP006',
  slug: 'metadata',
  description: 'The issuer (cơ quan ban hành), the date and the signer are present; with stage "issued", also the number (số ký hiệu), the day of the date and the signer\'s name.',
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  run(plan, _options, { stage }) {
    const d = plan.document;
    const out: RuleFinding[] = [];
    const add = (message: string): void => void out.push({ message, at: DOCUMENT_POS });
    if (!d.issuer) add('no issuer (cơ quan ban hành) in the header or the text');
    if (!d.date) add('no date line ("…, ngày … tháng … năm …")');
    if (!d.signer) add('no signature block (người ký)');
    if (stage === 'issued') {
      if (d.number === null) add('no number line ("Số: …"); an issued plan has a số ký hiệu');
      else if (!hasNumber(d.number)) add(`the number is blank ("Số: ${d.number}"); an issued plan has a số ký hiệu`);
      if (d.date && !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) add(`the date has no day (${d.date}); an issued plan is dated to the day`);
      if (d.signer && !d.signer.name) add('the signature block has no name; an issued plan is signed');
    }
    return out;
  },
});

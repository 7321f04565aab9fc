/** Lines of a document's frame (header block, signature, recipients), recognised wherever they stand. */
import { fold } from './vietnamese.js';
import { AUTHORITY_MARKER, MOTTO_LINES, RECIPIENTS_OPENER } from './keywords/document.js';

/** "Số: …", the motto, "Nơi nhận:", "TM. …"/"KT. …", "Hà Nội, ngày … tháng … năm 2026". */
export function isFrameLine(l: string): boolean {
  const f = fold(l);
  return (
    /^so\s*:/.test(f) ||
    MOTTO_LINES.some((m) => f.startsWith(m)) ||
    RECIPIENTS_OPENER.test(l.trim()) ||
    AUTHORITY_MARKER.test(l.trim()) ||
    /, ngay .{0,12}thang .{0,6}nam \d{4}/.test(f)
  );
}

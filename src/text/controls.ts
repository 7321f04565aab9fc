/**
 * Control characters and bidi overrides: in a file name or a message they forge lines, clear
 * the terminal or reorder what people read; in extracted text they are noise. `showControls`
 * makes them visible (for messages), `stripControls` removes them (for text fields).
 */

/** C0 and C1 controls, DEL, and the bidi embedding/override/isolate marks. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** The same, but keeping tab and line ends (text keeps its layout). */
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u202a-\u202e\u2066-\u2069]/gu;

function visible(ch: string): string {
  const c = ch.codePointAt(0)!;
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/** The string with every control or bidi character shown as an escape (`\x1b`, `\u202e`). */
export function showControls(s: string): string {
  return s.replace(CONTROLS, visible);
}

/** Text without control and bidi characters (tabs and line ends kept), and how many were removed. */
export function stripControls(s: string): { text: string; removed: number } {
  let removed = 0;
  const text = s.replace(TEXT_CONTROLS, () => {
    removed++;
    return '';
  });
  return { text, removed };
}

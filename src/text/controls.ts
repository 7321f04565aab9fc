/**
 * Control characters and bidi overrides: in a file name or a message they forge lines, clear
 * the terminal or reorder what people read; in extracted text they are noise. `showControls`
 * (in src/i18n, which says every message) makes them visible, `stripControls` removes them (for text fields).
 */

export { showControls } from '../i18n/index.js';

/** C0 and C1 controls but tab and line ends, DEL, and the bidi embedding/override/isolate marks (text keeps its layout). */
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u202a-\u202e\u2066-\u2069]/gu;
const ANY_CONTROL = new RegExp(TEXT_CONTROLS.source, 'u');

/** Text without control and bidi characters (tabs and line ends kept), and how many were removed. */
export function stripControls(s: string): { text: string; removed: number } {
  // most texts have none: a test allocates nothing, a replace makes a new string each time
  if (!ANY_CONTROL.test(s)) return { text: s, removed: 0 };
  let removed = 0;
  const text = s.replace(TEXT_CONTROLS, () => {
    removed++;
    return '';
  });
  return { text, removed };
}

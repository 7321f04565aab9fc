/**
 * A line that is only a page number, as page footers and text exports print them: "12",
 * "- 12 -", "– 12 –", "Trang 12", "12/30", "Trang 12/30". Readers drop such lines where they
 * cut a table or a page and mark the page break instead.
 */
const PAGE_NUMBER = /^(?:trang\s*)?(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?(?:\s*\/\s*\d{1,4})?$/i;

export function isPageNumberLine(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

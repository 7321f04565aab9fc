/**
 * Page data to blocks: bordered tables rebuilt from their grids, running page numbers and
 * headers/footers dropped, two-column zones (issuer/date header, recipients/signature)
 * read column by column, and lines joined back into paragraphs across page breaks.
 *
 * The steps live in ./layout/: running (headers, footers, page numbers), tables (grids to rows),
 * columns (two-column zones), flow (a page's reading order), paragraphs (lines to paragraphs),
 * join (tables continued across pages) and assemble (the steps put together).
 */
export { layoutPages } from './layout/assemble.js';

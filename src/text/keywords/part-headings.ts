/**
 * Headings that open a part of a document, as written (capitals): where a flattened portal
 * table gives way to document text again ("PHỤ LỤC", "KẾ HOẠCH"), and the words of a part row
 * inside a table ("PHẦN I", "Mục 2").
 */

/** A line opening a new document or annex after a table. */
export const DOCUMENT_HEADINGS: readonly string[] = ['PHỤ LỤC', 'KẾ HOẠCH', 'QUYẾT ĐỊNH', 'CHƯƠNG TRÌNH'];

/** A part of a plan, numbered ("PHẦN I", "Mục 2"): opens a row of a table. */
export const PART_WORDS: readonly string[] = ['PHẦN', 'Phần', 'MỤC', 'Mục'];

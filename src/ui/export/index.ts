/** Pure exports of a finished run: Markdown, CSV (UTF-8 with BOM) and printable HTML for PDF. */
export { BOM, toCsv, type CsvOptions } from './csv';
export { checklistMarkdown, toMarkdown } from './markdown';
export {
  escapeHtml,
  markdownToHtml,
  PRINT_CSS,
  printableDocument,
  printableHtml,
  type PrintableInput,
} from './print';
export { exportBaseName } from './text';
export type { ChecklistItem } from './types';

import type { Input, Output } from './contract';

const BOM = '\uFEFF';

export type Download = (name: string, content: string, mime: string) => void;

/** Hands a file to the browser's downloads through a temporary Blob link. */
export function blobDownload(name: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The browser's export: Markdown or CSV as a download (CSV always with a UTF-8 BOM, so Excel
 * reads Chinese right, as the shell writes it), PDF through the print dialog.
 */
export function saveExport(
  input: Input<'export.saveFile'>,
  download: Download,
): Output<'export.saveFile'> {
  if (input.format === 'pdf') {
    window.print();
    return { saved: true };
  }
  const ext = input.format === 'csv' ? 'csv' : 'md';
  const name = input.suggestedName.endsWith(`.${ext}`)
    ? input.suggestedName
    : `${input.suggestedName}.${ext}`;
  const csv = input.format === 'csv';
  const content = csv && !input.content.startsWith(BOM) ? BOM + input.content : input.content;
  download(name, content, csv ? 'text/csv;charset=utf-8' : 'text/markdown;charset=utf-8');
  return { saved: true, path: name };
}

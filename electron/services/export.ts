import { writeFileSync } from 'atomically';
import { join } from 'node:path';
import type { SaveDialogOptions, WebContents } from 'electron';
import type { Input, Output } from '../../src/platform/contract';

export interface ExportDeps {
  /** The save dialog, parented on the caller's window. */
  showSaveDialog: (
    sender: WebContents,
    options: SaveDialogOptions,
  ) => Promise<{ canceled: boolean; filePath?: string }>;
  /** Where the dialog opens (the user's documents folder). */
  defaultDir: () => string;
}

const FORMATS = {
  markdown: { ext: 'md', label: 'Markdown' },
  csv: { ext: 'csv', label: 'CSV (UTF-8)' },
  pdf: { ext: 'pdf', label: 'PDF' },
} as const;

const BOM = '\uFEFF';

/**
 * Saves an export the renderer prepared: Markdown or CSV text as given (CSV always starts with
 * a UTF-8 BOM, so Excel reads Chinese right), or the calling page printed to PDF. The player
 * picks the place; cancelling is not an error.
 */
export async function saveExport(
  deps: ExportDeps,
  sender: WebContents,
  input: Input<'export.saveFile'>,
): Promise<Output<'export.saveFile'>> {
  const { ext, label } = FORMATS[input.format];
  const name = input.suggestedName.toLowerCase().endsWith(`.${ext}`)
    ? input.suggestedName
    : `${input.suggestedName}.${ext}`;
  const choice = await deps.showSaveDialog(sender, {
    defaultPath: join(deps.defaultDir(), name),
    filters: [{ name: label, extensions: [ext] }],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  let data: string | Uint8Array;
  if (input.format === 'pdf') {
    data = await sender.printToPDF({
      landscape: input.landscape,
      printBackground: true,
      pageSize: 'A4',
    });
  } else if (input.format === 'csv' && !input.content.startsWith(BOM)) {
    data = BOM + input.content;
  } else {
    data = input.content;
  }
  writeFileSync(choice.filePath, data);
  return { saved: true, path: choice.filePath };
}

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ok, setup } from './ipc-fixtures';

vi.mock('electron', () => ({ default: {} }));

describe('export.saveFile', () => {
  it('CSV gets a UTF-8 BOM, once; the dialog offers the right name and filter', async () => {
    const out = join(setup().dir, 'report.csv');
    const { handlers, dialogCalls } = setup(out);
    const result = await ok(handlers, 'export.saveFile', {
      format: 'csv',
      suggestedName: '复盘-tutorial',
      content: 'kpi,value\n转化率,0.05\n',
    });
    expect(result).toEqual({ saved: true, path: out });
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFFkpi,value\n转化率,0.05\n');
    expect(dialogCalls[0]).toMatchObject({
      defaultPath: '/home/learner/Documents/复盘-tutorial.csv',
      filters: [{ extensions: ['csv'] }],
    });
    await ok(handlers, 'export.saveFile', {
      format: 'csv',
      suggestedName: 'x.csv',
      content: '\uFEFFa',
    });
    expect(readFileSync(out, 'utf8')).toBe('\uFEFFa');
  });

  it('Markdown is written as given; cancelling is not an error', async () => {
    const out = join(setup().dir, 'review.md');
    writeFileSync(out, 'old');
    expect(
      await ok(setup(out).handlers, 'export.saveFile', {
        format: 'markdown',
        suggestedName: 'r',
        content: '# 复盘',
      }),
    ).toEqual({ saved: true, path: out });
    expect(readFileSync(out, 'utf8')).toBe('# 复盘');
    expect(
      await ok(setup(null).handlers, 'export.saveFile', {
        format: 'markdown',
        suggestedName: 'r',
        content: 'x',
      }),
    ).toEqual({ saved: false });
  });

  it('PDF prints the calling page', async () => {
    const out = join(setup().dir, 'review.pdf');
    const printToPDF = vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7 fake')));
    const { handlers } = setup(out);
    await ok(
      handlers,
      'export.saveFile',
      { format: 'pdf', suggestedName: 'review', landscape: false },
      { printToPDF },
    );
    expect(printToPDF).toHaveBeenCalledWith({
      landscape: false,
      printBackground: true,
      pageSize: 'A4',
    });
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.7 fake');
  });
});

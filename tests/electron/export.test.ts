import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from '../../electron/ipc/dispatch';
import type { Channel, Input, IpcResult, Output } from '../../src/platform/contract';
import { APP_PAGE, eventFrom, setup } from './ipc-fixtures';

vi.mock('electron', () => ({ default: {} }));

/** Calls a channel as the app's page would and returns the value (fails the test on an error). */
async function ok<C extends Channel>(
  handlers: Handlers,
  channel: C,
  payload?: Input<C>,
  sender = {},
) {
  const result: IpcResult<Output<C>> = await dispatch(
    channel,
    eventFrom(APP_PAGE, sender),
    payload,
    handlers,
  );
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

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

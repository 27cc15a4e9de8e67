import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { COMMAND_TYPES, type Role } from '../../../src/sim/ids';
import { chromiumAvailable, launch, shot, type Browser } from '../../e2e/harness';
import type { LoggedAct } from './harness/main';

/**
 * Each station panel mounted in Chromium beside bots, driven by clicks on its controls: every
 * command it sends must pass the sim's payload schema (a refusal for the world's state is fine,
 * a `bad_payload` is a broken form), and no page error may happen.
 */
type Step = string | number;

const RUNS: { name: string; role: Role; scenario: string; t: number; steps: Step[] }[] = [
  {
    name: 'ops',
    role: 'ops',
    scenario: 'full-chain-day',
    t: 600,
    steps: [
      'read-funnel',
      'ops-tab-products',
      '^set-price-',
      '^set-discount-',
      '^improve-',
      'reorder-storage-box',
      'ops-tab-promos',
      'create-coupon',
      'create-promotion',
      'schedule-flash-sale',
      'ops-tab-ads',
      '^set-ad-budget-',
    ],
  },
  {
    name: 'warehouse',
    role: 'warehouse',
    scenario: 'full-chain-day',
    t: 3600,
    steps: [
      '^pick-wave-',
      900,
      'warehouse-tab-outbound',
      'pack-orders',
      900,
      'print-waybill',
      'handover',
      'warehouse-tab-stock',
      '^cycle-count-',
      '^report-stockout-',
    ],
  },
  {
    name: 'warehouse-returns',
    role: 'warehouse',
    scenario: 'aftersales-returns-wave',
    t: 14_400,
    steps: ['warehouse-tab-returns', '^receive-return-', 60, '^inspect-return-'],
  },
  {
    name: 'support',
    role: 'support',
    scenario: 'full-chain-day',
    // 11:00: the longest wait in the queue is an urge about a paid order (look-ups have a target).
    t: 7200,
    steps: [
      '$-pick-up',
      '$-reply-greeting',
      '$-lookup-order',
      '$-lookup-logistics',
      '$-change-address',
      '$-intercept',
      '$-coupon',
      '$-compensate',
      '$-escalate',
      '$-resolve',
    ],
  },
  {
    name: 'support-aftersales',
    role: 'support',
    scenario: 'aftersales-returns-wave',
    t: 5400,
    steps: ['support-tab-aftersales', '$-approve', '$-reject', '$-resend', 'support-tab-reviews'],
  },
  {
    name: 'buyer',
    role: 'buyer',
    scenario: 'tutorial-one-order',
    t: 10,
    steps: [
      '^browse-',
      '^ask-cotton',
      '^cart-',
      '^order-cotton',
      '$-change_address',
      '$-pay_order',
      '$-urge_shipment',
      5000,
      '$-confirm_receipt',
      '$-write_review',
      '^review-submit-',
      '$-request_aftersale',
      '^aftersale-submit-',
      'buyer-tab-mystery',
      'friction-missing_size_chart',
      'buyer-tab-store',
      '^order-canvas',
      'buyer-tab-orders',
      '$-cancel_order',
    ],
  },
];

/** Commands these short runs cannot reach (no bad review, no rejection in time); the control map test covers them. */
const UNREACHED = new Set(['follow_up_review', 'ship_return', 'open_dispute']);

describe.skipIf(!chromiumAvailable())('station panels in Chromium', () => {
  let server: ViteDevServer;
  let base = '';
  let browser: Browser;
  const issued = new Map<string, string[]>();

  beforeAll(async () => {
    server = await createServer({
      root: 'tests/ui/stations/harness',
      configFile: false,
      logLevel: 'error',
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
    base = server.resolvedUrls?.local[0] ?? '';
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(RUNS)('$name: every control sends a valid payload', async (run) => {
    const { page } = browser;
    await page.goto(`${base}?role=${run.role}&scenario=${run.scenario}&t=${run.t}`);
    await page.waitForSelector('[data-testid="station-panel"]', { timeout: 30_000 });
    for (const step of run.steps) {
      if (typeof step === 'number') {
        await page.evaluate(
          (n) => (window as unknown as { advanceSim(n: number): void }).advanceSim(n),
          step,
        );
        await page.waitForTimeout(50);
        continue;
      }
      const sel = step.startsWith('^')
        ? `[data-testid^="${step.slice(1)}"]`
        : step.startsWith('$')
          ? `[data-testid$="${step.slice(1)}"]`
          : `[data-testid="${step}"]`;
      await page.locator(sel).first().click({ timeout: 5000 });
      await page.waitForTimeout(30);
    }
    await shot(page, `station-${run.name}`);
    const log = await page.evaluate(
      () => (window as unknown as { stationLog: LoggedAct[] }).stationLog,
    );
    expect(log.filter((x) => x.key === 'bad_payload')).toEqual([]);
    for (const x of log)
      issued.set(x.type, [...(issued.get(x.type) ?? []), x.ok ? 'ok' : (x.key ?? '')]);
    expect(browser.errors).toEqual([]);
  });

  it('reached every command of the four roles', () => {
    const roles = ['buyer', 'support', 'ops', 'warehouse'] as const;
    const missing = roles.flatMap((r) =>
      COMMAND_TYPES[r].filter((c) => !issued.has(c) && !UNREACHED.has(c)),
    );
    expect(missing).toEqual([]);
  });
});

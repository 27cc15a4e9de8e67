import type { Page } from 'playwright-core';
import { shot } from './harness';
import { newProfile, tid, type Lang, type PlayRole } from './steps';

/**
 * A person playing through the UI at human pace under the e2e's manual clock
 * (`?clock=manual`): real time never moves the sim; after each action the test advances it by
 * the scenario's human latency (`humanPaceSeconds` at its 1×), and when nothing needs the
 * person it presses "skip to the next thing that needs you". Deterministic on any machine.
 */

interface Hook {
  advance(n: number): number;
  pace: number;
  clock(): number;
  skipping(): boolean;
  finished(): boolean;
  todo(): string[];
}
declare const window: { __shopdojoE2E?: Hook };

/** The sim clock as the hook reports it (−1 once the play screen is gone). */
const simClock = (page: Page) => page.evaluate(() => window.__shopdojoE2E?.clock() ?? -1);

/** The run is over: the hook (installed with the play screen) is gone or says so. */
export const ended = (page: Page) => page.evaluate(() => window.__shopdojoE2E?.finished() ?? true);

/** Waits until the DOM shows sim time `clock` (the play screen re-renders at ~10 Hz). */
async function rendered(page: Page, clock: number) {
  const t0 = Date.now();
  await page
    .waitForFunction(
      (c) => {
        const el = document.querySelector('[data-testid="play"]');
        return !el || Number(el.getAttribute('data-clock')) >= c;
      },
      clock,
      { timeout: 10_000, polling: 20 },
    )
    .catch(() => undefined);
  if (process.env.E2E_TRACE) console.log('[humanplay] rendered', clock, Date.now() - t0, 'ms');
}

/** One human latency passes: the sim advances by the scenario's pace, the screen catches up. */
export async function think(page: Page, paces = 1) {
  const clock = await page.evaluate((n) => {
    const h = window.__shopdojoE2E;
    return h ? h.advance(h.pace * n) : -1;
  }, paces);
  await rendered(page, clock);
}

/** Presses the skip control when it is enabled and waits until the fast-forward stopped. */
export async function skip(page: Page): Promise<boolean> {
  const button = page.locator(tid('hud-skip'));
  if (!(await button.count()) || !(await button.isEnabled())) return false;
  const before = await simClock(page);
  await button.click();
  if (process.env.E2E_TRACE) console.log('[humanplay] skip from', before, Date.now() % 1e6);
  await page.waitForFunction(
    () => {
      const h = window.__shopdojoE2E;
      return !h || h.finished() || !h.skipping();
    },
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  if (await ended(page)) return true;
  const after = await simClock(page);
  await rendered(page, after);
  return after > before;
}

/** Clicks a control (one action of the person) and lets a human latency pass. */
export async function act(page: Page, selector: string) {
  await page.locator(selector).first().click();
  await think(page);
}

const visible = async (page: Page, selector: string) =>
  (await page.locator(selector).count()) > 0 && (await page.locator(selector).first().isEnabled());

/**
 * A role's policy: does one action (true), or one action and the latency after it in the same
 * round trip (the sim clock it reached), or finds nothing to do (false).
 */
export type Turn = (page: Page) => Promise<boolean | number>;

/**
 * Plays until the debrief: one action per human latency; when the policy finds nothing, skip
 * to the next thing (or, if the skip is refused because work waits the policy cannot do, one
 * latency passes). `mid` is called once, after `midAfter` actions, for the mid-run screenshot.
 */
export async function playOut(page: Page, turn: Turn, mid: () => Promise<void>, midAfter = 6) {
  let actions = 0;
  let shotTaken = false;
  for (let guard = 0; guard < 5_000 && !(await ended(page)); guard++) {
    if (process.env.E2E_TRACE && guard % 20 === 0)
      console.log(
        `[humanplay] step ${guard} clock ${await simClock(page)} actions ${actions} at ${Date.now() % 1e6}`,
      );
    const did = await turn(page);
    if (did !== false) {
      actions++;
      if (typeof did === 'number') await rendered(page, did);
      if (!shotTaken && actions >= midAfter) {
        shotTaken = true;
        await mid();
      }
      if (did === true) await think(page);
    } else if (!(await skip(page))) {
      if (process.env.E2E_TRACE) {
        console.log(
          '[humanplay] waits on',
          await page.evaluate(() => window.__shopdojoE2E?.todo()),
        );
        await page.screenshot({ path: '/tmp/hp-wait.png' });
      }
      await think(page);
    }
  }
  if (!shotTaken) await mid();
  return actions;
}

// ------------------------------------------------- support, warehouse, operations (in the page)

/**
 * One action of a staffed role, decided and clicked inside the page (one round trip: the
 * machines these tests run on are busy): returns what was clicked, or '' when nothing needs the
 * person. Tab switches are free (a glance), a command button is the action.
 */
function inPage(role: 'support' | 'warehouse' | 'ops'): string {
  const did = ((): string => {
    const q = (s: string) => document.querySelector<HTMLElement>(s);
    const usable = (s: string) => {
      const el = q(s);
      return el && !(el as HTMLButtonElement).disabled ? el : null;
    };
    const press = (s: string) => {
      const el = usable(s);
      if (!el) return '';
      el.click();
      return el.getAttribute('data-testid') ?? s;
    };
    const tab = (id: string) => q(`[data-testid="${id}"]`)?.click();
    const memo = ((window as unknown as { __hp?: Record<string, number> }).__hp ??= {});
    if (role === 'support') {
      const view = q('[data-testid^="ticket-view-"]');
      const onChats = q('[data-testid="support-tab-chats"][aria-selected="true"]');
      if (onChats && view) {
        const id = (view.getAttribute('data-testid') ?? '').replace('ticket-view-', '');
        const state = view.getAttribute('data-state');
        const first: Record<string, string> = {
          address: 'address_confirm',
          damaged: 'apology',
          aftersale: 'aftersale_guide',
          wismo: 'logistics_status',
        };
        if (state !== 'resolved' && state !== 'escalated' && state !== 'closed') {
          const inView = (s: string) => `[data-testid="ticket-view-${id}"] ${s}`;
          const picks = [
            `[data-testid^="ticket-${id}-answer-resolve-"]`,
            view.getAttribute('data-replied') === 'no'
              ? `[data-testid="ticket-${id}-reply-${first[view.getAttribute('data-topic') ?? ''] ?? 'greeting'}"]`
              : '',
            `[data-testid="ticket-${id}-lookup-order"]`,
            `[data-testid="ticket-${id}-lookup-logistics"]`,
            ...(view.getAttribute('data-solved') === 'no'
              ? [
                  inView('[data-testid^="aftersale-"][data-testid$="-approve"]'),
                  inView('[data-testid^="order-"][data-testid$="-change-address"]'),
                  inView('[data-testid^="order-"][data-testid$="-intercept"]'),
                  inView('[data-testid^="order-"][data-testid$="-compensate"]'),
                ]
              : []),
            `[data-testid="ticket-${id}-resolve"]`,
          ];
          for (const s of picks) if (s && press(s)) return s;
        }
        // The chat on screen is done: open the next one that is not.
        const next = q(
          '.st-queue-row[data-state="waiting"], .st-queue-row[data-state="assigned"], .st-queue-row[data-state="in_conversation"]',
        );
        if (next && next.getAttribute('data-testid') !== `ticket-${id}`) {
          next.click();
          return 'tab';
        }
      }
      const count = (id: string) =>
        Number(q(`[data-testid="${id}"] .st-count`)?.textContent ?? '0') || 0;
      if (count('support-tab-aftersales') > 0) {
        tab('support-tab-aftersales');
        return 'tab';
      }
      if (q('[data-testid="support-tab-aftersales"][aria-selected="true"]'))
        for (const s of [
          '[data-testid^="claim-"][data-testid$="-lookup-order"]',
          '[data-testid^="claim-"][data-testid$="-lookup-logistics"]',
          '[data-testid^="aftersale-"][data-testid$="-approve"]',
        ])
          if (press(s)) return s;
      if (count('support-tab-reviews') > 0 && !q('[data-testid="bad-reviews"]')) {
        tab('support-tab-reviews');
        return 'tab';
      }
      if (press('[data-testid^="review-"][data-testid$="-follow-up"]')) return 'follow-up';
      if (!onChats) {
        tab('support-tab-chats');
        return 'tab';
      }
      return '';
    }
    if (role === 'warehouse') {
      const onTab = (id: string) =>
        !!q(`[data-testid="warehouse-tab-${id}"][aria-selected="true"]`);
      const onShift = q('[data-testid="warehouse-shift"]')?.getAttribute('data-on-shift') === 'yes';
      const step = memo.wh ?? 0;
      // Looks at the outbound tab, then the pick list, then returns, in turn.
      const order = ['outbound', 'pick', 'returns'];
      const want = order[step % 3] ?? 'outbound';
      if (!onTab(want)) {
        tab(`warehouse-tab-${want}`);
        return 'tab';
      }
      memo.wh = step + 1;
      const picks =
        want === 'outbound'
          ? [
              '[data-testid="handover"]',
              '[data-testid="print-waybill"]',
              '[data-testid="pack-orders"]',
            ]
          : want === 'pick'
            ? onShift
              ? ['[data-testid^="pick-wave-"]']
              : []
            : ['[data-testid^="receive-return-"]', '[data-testid^="inspect-return-"]'];
      for (const s of picks) if (press(s)) return s;
      return step % 3 === 2 ? '' : 'look';
    }
    const clock = window.__shopdojoE2E?.clock() ?? 0;
    const hour = Math.floor(clock / 3600);
    if (memo.readHour !== hour) {
      if (!q('[data-testid="read-funnel"]')) {
        tab('ops-tab-funnel');
        return 'tab';
      }
      memo.readHour = hour;
      return press('[data-testid="read-funnel"]');
    }
    if (!q('[data-testid="sku-table"]')) {
      tab('ops-tab-products');
      return 'tab';
    }
    for (const cell of document.querySelectorAll<HTMLElement>('.st-listing-cell')) {
      const b = cell.querySelector<HTMLButtonElement>('[data-testid^="improve-"]');
      if (Number(cell.getAttribute('data-quality')) < 0.9 && b && !b.disabled) {
        b.click();
        return b.getAttribute('data-testid') ?? 'improve';
      }
    }
    return '';
  })();
  if (did === '' || did === 'tab' || did === 'look') return did;
  // The action is taken: a human latency passes before the next look (same round trip).
  const h = window.__shopdojoE2E;
  return h ? `@${h.advance(h.pace)}` : did;
}

/** A staffed role's turn: tab glances cost nothing, a command costs one human latency. */
function staffTurn(role: 'support' | 'warehouse' | 'ops'): Turn {
  return async (page) => {
    for (let glance = 0; glance < 6; glance++) {
      const did = await page.evaluate(inPage, role);
      if (did === '') return false;
      if (did.startsWith('@')) return Number(did.slice(1));
      if (did !== 'tab' && did !== 'look') return true;
      await page.evaluate(() => new Promise((ok) => setTimeout(ok, 0)));
    }
    return false;
  };
}

export const supportTurn = staffTurn('support');
export const warehouseTurn = staffTurn('warehouse');
export const opsTurn = () => staffTurn('ops');

// -------------------------------------------------------------------------------- buyer

async function click(page: Page, selector: string) {
  await page.locator(selector).first().click();
  return true;
}

/** 买家 in the tutorial: ask about the size, order and pay, then confirm, review, report. */
export function buyerTurn(lang: Lang): Turn {
  let asked = false;
  let reported = false;
  return async (page) => {
    if (!asked) {
      asked = true;
      await page.click(tid('buyer-tab-store'));
      await page.click(tid('browse-cotton-tee'));
      await page.fill(
        tid('ask-text-cotton-tee'),
        lang === 'zh-CN' ? '身高170穿M码合适吗？' : 'I am 170 cm: is M right?',
      );
      return click(page, tid('ask-cotton-tee'));
    }
    await page.click(tid('buyer-tab-chats'));
    const answered = (await page.locator(`${tid('my-chats')} .st-msg-in`).count()) > 0;
    await page.click(tid('buyer-tab-orders'));
    const orders = await page
      .locator(
        '[data-testid^="my-order-"][data-testid$="-urge_shipment"], [data-testid^="my-order-"][data-testid$="-pay_order"], [data-testid^="my-order-"][data-testid$="-write_review"], [data-testid^="my-order-"][data-testid$="-confirm_receipt"], [data-testid^="my-order-"][data-testid$="-request_aftersale"]',
      )
      .count();
    if (answered && orders === 0) {
      await page.click(tid('buyer-tab-store'));
      if (await visible(page, tid('cart-cotton-tee'))) {
        await page.click(tid('cart-cotton-tee'));
        return click(page, tid('order-cotton-tee'));
      }
      await page.click(tid('buyer-tab-orders'));
    }
    for (const a of ['pay_order', 'confirm_receipt', 'write_review']) {
      const sel = `[data-testid^="my-order-"][data-testid$="-${a}"]`;
      if (await visible(page, sel)) {
        await page.click(sel);
        if (a !== 'write_review') return true;
        await page.click('[data-testid^="review-"][data-testid$="-service-4"]');
        await page.fill('[data-testid^="review-text-"]', lang === 'zh-CN' ? '尺码合适。' : 'Fits.');
        return click(page, '[data-testid^="review-submit-"]');
      }
    }
    if (!reported && orders > 0) {
      reported = true;
      await page.click(tid('buyer-tab-mystery'));
      await page.fill(
        tid('friction-note'),
        lang === 'zh-CN' ? '详情页没有尺码表' : 'No size chart on the page',
      );
      return click(page, tid('friction-missing_size_chart'));
    }
    return false;
  };
}

// ------------------------------------------------------------------------------ the run

/** Which built-in scenario each focus role plays. */
export const HUMAN_RUNS: Record<PlayRole, { scenario: string; turn: (lang: Lang) => Turn }> = {
  support: { scenario: 'support-first-response', turn: () => supportTurn },
  warehouse: { scenario: 'flash-sale-shipping', turn: () => warehouseTurn },
  ops: { scenario: 'conversion-boost', turn: () => opsTurn() },
  buyer: { scenario: 'tutorial-one-order', turn: (lang) => buyerTurn(lang) },
};

/** A new learner opens the scenario as `role` with the manual clock; the play screen is up. */
export async function startHuman(page: Page, base: string, lang: Lang, role: PlayRole) {
  await newProfile(page, base, lang, `human-${role}`, 1, '&clock=manual');
  await page.click(tid(`scenario-${HUMAN_RUNS[role].scenario}`));
  await page.waitForSelector(tid('briefing'));
  await page.click(tid(`role-${role}`));
  await page.click(tid('start-run'));
  await page.waitForSelector(tid('hud'));
  await page.waitForSelector(`${tid('station-panel')}[data-role="${role}"]`);
}

/** The debrief's own verdict on the learner: targets met of the learner's role's targets. */
export async function learnerVerdict(page: Page) {
  await page.waitForSelector(tid('debrief'), { timeout: 180_000, state: 'attached' });
  await page.waitForSelector('[data-debrief="ready"]', { timeout: 180_000 });
  const line = page.locator(tid('debrief-learner'));
  return {
    verdict: await line.getAttribute('data-verdict'),
    met: Number(await line.getAttribute('data-met')),
    total: Number(await line.getAttribute('data-total')),
    /** Guided steps (a tutorial role without targets of its own is scored by them). */
    stepsDone: Number((await line.getAttribute('data-steps-done')) ?? 0),
    stepsTotal: Number((await line.getAttribute('data-steps-total')) ?? 0),
    text: (await line.textContent()) ?? '',
  };
}

export { shot };

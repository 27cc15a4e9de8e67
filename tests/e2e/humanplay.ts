import type { Page } from 'playwright-core';
import { LOCALES } from '../../src/i18n';
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

type Staff = 'support' | 'warehouse' | 'ops';

/**
 * What the 客服 reads on screen, in the learner's language: the order's state on a look-up, a
 * claim's words, photos, trace and type (the page shows them as text, never as codes).
 */
interface Reading {
  orderState: Record<string, string>;
  statement: Record<string, string>;
  photo: Record<string, string>;
  traceStatus: Record<'not_shipped' | 'in_transit' | 'lost' | 'delivered', string>;
  signedBy: Record<'in_person' | 'locker' | 'front_desk', string>;
  aftersaleType: Record<string, string>;
  /** Order states before the hand-over to the courier: the address can still be changed. */
  changeable: string[];
  /** Order states with no courier trace yet. */
  unshipped: string[];
  reasonSigned: string;
  reasonEvidence: string;
}

const reading = (lang: Lang): Reading => {
  const m = LOCALES[lang];
  const changeable = ['created', 'paid', 'picking', 'picked', 'packing', 'packed', 'labelled'];
  return {
    orderState: m.stations.orderState,
    statement: m.claim.statement,
    photo: m.claim.photo,
    traceStatus: m.claim.traceStatus,
    signedBy: m.claim.signedBy,
    aftersaleType: m.common.aftersaleType,
    changeable,
    unshipped: [...changeable, 'handed_over', 'abandoned', 'cancelled'],
    reasonSigned:
      lang === 'zh-CN'
        ? '物流显示包裹已签收，现有凭证不支持该申请'
        : 'The trace shows the parcel was signed for; the evidence does not support the claim',
    reasonEvidence:
      lang === 'zh-CN'
        ? '凭证图片与买家记录不支持该申请'
        : 'The photos and the buyer record do not support the claim',
  };
};

/**
 * One action of a staffed role, decided and clicked inside the page (one round trip: the
 * machines these tests run on are busy): returns what was clicked, or '' when nothing needs the
 * person. Tab switches are free (a glance), a command button is the action.
 */
function inPage([role, read]: [Staff, Reading | undefined]): string {
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
      const rd = read as Reading;
      const txt = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
      const codeOf = (table: Record<string, string>, s: string) =>
        Object.keys(table).find((k) => table[k] === s);
      /** Presses `s` once for `key` (a look-up, an order action): later turns pass it by. */
      const once = (key: string, s: string) => {
        if (memo[key]) return '';
        const did = press(s);
        if (did) memo[key] = 1;
        return did;
      };
      const tabOn = (id: string) =>
        q(`[data-testid="support-tab-${id}"]`)?.getAttribute('aria-selected') === 'true';
      const count = (id: string) =>
        Number(q(`[data-testid="support-tab-${id}"] .st-count`)?.textContent ?? '0') || 0;

      /**
       * One step on one after-sales request (its decision box `box`, in a chat or on the
       * after-sales tab): the look-ups the SOP asks for, then approve or reject from what the
       * panel shows — the buyer's words and photos, the buyer's record, the courier's trace.
       */
      const weigh = (box: Element): string => {
        const order = (box.getAttribute('data-testid') ?? '').replace('aftersale-', '');
        const sel = (s: string) =>
          `[data-testid="aftersale-${order}"] [data-testid="${s.replace('#', order)}"]`;
        const looked = press(sel('claim-#-lookup-order')) || press(sel('claim-#-lookup-logistics'));
        if (looked) return looked;
        if (memo[`decided:${order}`]) return '';
        const type = codeOf(rd.aftersaleType, txt(box.querySelector('.st-badge')));
        const statement = codeOf(rd.statement, txt(q(sel('claim-#-statement'))));
        const photos = codeOf(rd.photo, txt(q(sel('claim-#-photos'))));
        const record =
          txt(q(sel('claim-#-buyer')))
            .match(/\d+/g)
            ?.map(Number) ?? [];
        const trace = txt(q(sel('claim-#-trace')));
        const delivered = trace.includes(rd.traceStatus.delivered);
        const inPerson = trace.includes(rd.signedBy.in_person);
        const lostOrOnWay =
          trace.includes(rd.traceStatus.lost) || trace.includes(rd.traceStatus.in_transit);
        // A 售后 checklist: a parcel signed for that "never came" or "came empty", photos
        // lifted from our listing or too vague for a refund without return, a buyer with a
        // record of claims speak against it; clear photos, or a parcel really lost, for it.
        let doubt = 0;
        const missing = statement === 'not_received' || statement === 'empty_parcel';
        if (missing && delivered) doubt += inPerson ? 2 : 1;
        else if (statement === 'not_received' && lostOrOnWay) doubt -= 3;
        if (photos === 'listing_photo') doubt += 2;
        else if (photos === 'fault_clear' || photos === 'item_shown') doubt -= 2;
        else if (statement === 'defect' && type === 'refund_only') doubt += 1;
        doubt += Math.min(2, record[1] ?? 0);
        // Returns and exchanges bring the goods back: the inspection settles them.
        if (type !== 'refund_only' || doubt < 3) {
          const did = press(sel('aftersale-#-approve'));
          if (did) memo[`decided:${order}`] = 1;
          return did;
        }
        const reason = q(sel('aftersale-#-reason')) as HTMLInputElement | null;
        if (reason && !reason.value) {
          // Types the reason; the button reads it once the box has re-rendered.
          reason.value = delivered ? rd.reasonSigned : rd.reasonEvidence;
          reason.dispatchEvent(new Event('input', { bubbles: true }));
          return 'look';
        }
        const did = press(sel('aftersale-#-reject'));
        if (did) memo[`decided:${order}`] = 1;
        return did;
      };

      if (tabOn('chats')) {
        const rows = [...document.querySelectorAll<HTMLElement>('.st-queue-row')];
        const open = (r: HTMLElement) =>
          ['waiting', 'assigned', 'in_conversation'].includes(r.getAttribute('data-state') ?? '');
        const rowId = (r: HTMLElement) => (r.getAttribute('data-testid') ?? '').slice(7);
        const view = q('[data-testid^="ticket-view-"]');
        const id = (view?.getAttribute('data-testid') ?? '').replace('ticket-view-', '');
        // Whoever has waited longest without a first reply is served first (the queue lists
        // them on top, their timers still running).
        const unanswered = rows.find((r) => open(r) && !r.querySelector('.st-timer-stopped'));
        if (unanswered && rowId(unanswered) !== id) {
          unanswered.click();
          return 'tab';
        }
        const state = view?.getAttribute('data-state');
        if (view && (state === 'waiting' || state === 'assigned' || state === 'in_conversation')) {
          const topic = view.getAttribute('data-topic') ?? '';
          const solved = view.getAttribute('data-solved') === 'yes';
          const inView = (s: string) => `[data-testid="ticket-view-${id}"] ${s}`;
          const tid = (s: string) => inView(`[data-testid="${s}"]`);
          // An answer that settles the topic and needs no look-up first: one click.
          const closer = q(inView(`[data-testid^="ticket-${id}-answer-resolve-"]`));
          const plain = topic !== 'urge' && topic !== 'wismo';
          if (view.getAttribute('data-replied') === 'no') {
            if (closer && plain)
              return press(inView(`[data-testid^="ticket-${id}-answer-resolve-"]`));
            const first: Record<string, string> = {
              address: 'address_confirm',
              damaged: 'apology',
              aftersale: 'aftersale_guide',
            };
            return press(tid(`ticket-${id}-reply-${first[topic] ?? 'greeting'}`));
          }
          const card = view.querySelector('[data-testid^="order-card-"]');
          const order = (card?.getAttribute('data-testid') ?? '').replace('order-card-', '');
          const orderState = codeOf(
            rd.orderState,
            txt(q(tid(`order-${order}-details`))?.querySelector('.st-badge')),
          );
          const claim = view.querySelector('.st-aftersale');
          const picks: (() => string)[] = [
            // Look the order up before answering or acting on it (the SOP's first step)…
            () => (order ? once(`${id}:order`, tid(`ticket-${id}-lookup-order`)) : ''),
            // …and the trace before promising a delivery or deciding a claim.
            () =>
              order &&
              !claim &&
              (topic === 'wismo' || topic === 'damaged') &&
              orderState &&
              !rd.unshipped.includes(orderState)
                ? once(`${id}:logistics`, tid(`ticket-${id}-lookup-logistics`))
                : '',
            () => (claim ? weigh(claim) : ''),
            () =>
              !solved && topic === 'address' && orderState
                ? rd.changeable.includes(orderState)
                  ? once(`${id}:address`, tid(`order-${order}-change-address`))
                  : orderState === 'handed_over' || orderState === 'in_transit'
                    ? once(`${id}:intercept`, tid(`order-${order}-intercept`))
                    : ''
                : '',
            // A damaged parcel without a claim: a goodwill payment within the SOP's authority.
            () =>
              !solved && topic === 'damaged' && order && !claim
                ? once(`${id}:compensate`, tid(`order-${order}-compensate`))
                : '',
            () =>
              closer
                ? once(`${id}:done`, inView(`[data-testid^="ticket-${id}-answer-resolve-"]`))
                : '',
            () => once(`${id}:done`, tid(`ticket-${id}-resolve`)),
          ];
          for (const pick of picks) {
            const did = pick();
            if (did) return did;
          }
        }
        // The chat on screen is done: open the next one that is not.
        const next = rows.find((r) => open(r) && rowId(r) !== id && !memo[`${rowId(r)}:done`]);
        if (next) {
          next.click();
          return 'tab';
        }
      }
      // Chats waiting for a first reply come first; then claims, then bad reviews.
      if (count('chats') > 0 && !tabOn('chats')) {
        tab('support-tab-chats');
        return 'tab';
      }
      if (count('aftersales') > 0) {
        if (!tabOn('aftersales')) {
          tab('support-tab-aftersales');
          return 'tab';
        }
        for (const box of document.querySelectorAll(
          '[data-testid="aftersale-list"] .st-aftersale',
        )) {
          const did = weigh(box);
          if (did) return did;
        }
      }
      if (count('reviews') > 0) {
        if (!tabOn('reviews')) {
          tab('support-tab-reviews');
          return 'tab';
        }
        if (press('[data-testid^="review-"][data-testid$="-follow-up"]')) return 'follow-up';
      }
      if (!tabOn('chats')) {
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
  return h ? `@${h.advance(h.pace)} ${did}` : did;
}

/** A staffed role's turn: tab glances cost nothing, a command costs one human latency. */
function staffTurn(role: Staff, lang: Lang): Turn {
  const arg: [Staff, Reading | undefined] = [role, role === 'support' ? reading(lang) : undefined];
  return async (page) => {
    for (let glance = 0; glance < 6; glance++) {
      const did = await page.evaluate(inPage, arg);
      if (process.env.E2E_TRACE && did) console.log('[humanplay] did', did);
      if (did === '') return false;
      if (did.startsWith('@')) return Number(did.slice(1).split(' ')[0]);
      if (did !== 'tab' && did !== 'look') return true;
      await page.evaluate(() => new Promise((ok) => setTimeout(ok, 0)));
    }
    return false;
  };
}

export const supportTurn = (lang: Lang) => staffTurn('support', lang);
export const warehouseTurn = (lang: Lang) => staffTurn('warehouse', lang);
export const opsTurn = (lang: Lang) => staffTurn('ops', lang);

// -------------------------------------------------------------------------------- buyer

async function click(page: Page, selector: string) {
  await page.locator(selector).first().click();
  return true;
}

/**
 * 买家 in the tutorial, its guided steps in the order the tutorial lists them: ask about the
 * size, order and pay, confirm receipt once the parcel arrives, review, and only then report the
 * mystery shopper's friction (a step counts only after the one before it).
 */
export function buyerTurn(lang: Lang): Turn {
  let asked = false;
  let reviewed = false;
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
        reviewed = true;
        return click(page, '[data-testid^="review-submit-"]');
      }
    }
    if (reviewed && !reported) {
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
  support: { scenario: 'support-first-response', turn: supportTurn },
  warehouse: { scenario: 'flash-sale-shipping', turn: warehouseTurn },
  ops: { scenario: 'conversion-boost', turn: opsTurn },
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

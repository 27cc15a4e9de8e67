import { describe, expect, it } from 'vitest';
import { advance } from '../../../src/sim/engine/advance';
import { REPLY_TEMPLATES } from '../../../src/sim/ids';
import { clockLabel, durationLabel, refNo } from '../../../src/ui/stations/format';
import { sopDue } from '../../../src/ui/stations/model-sop';
import {
  buyerActions,
  myOrders,
  storefront,
  timelineStep,
} from '../../../src/ui/stations/model-buyer';
import { adChannels, funnel, skuRows } from '../../../src/ui/stations/model-ops';
import {
  badReviews,
  orderInfo,
  replyOptions,
  sopLimit,
  supportQueue,
} from '../../../src/ui/stations/model-support';
import {
  batchOf,
  lateForPickup,
  nextPickup,
  pickList,
  shiftNow,
  queueOrders,
  returnsQueue,
} from '../../../src/ui/stations/model-warehouse';
import {
  buyPaid,
  deliverOrder,
  humanWorld,
  libraryCard,
  ok,
  order,
  pick,
  tinyScenario,
} from '../../sim/helpers';

describe('support view model', () => {
  it('sorts the queue by unanswered wait and turns the SLA red past 120 s', () => {
    const w = humanWorld();
    ok(w, 'b', 'ask_presale', { sku: 'tee' });
    advance(w, 100);
    ok(w, 'b2', 'ask_presale', { sku: 'mug' });
    advance(w, 30);
    const q = supportQueue(w);
    expect(q.map((r) => r.wait)).toEqual([130, 30]);
    expect(q.map((r) => r.late)).toEqual([true, false]);
    const first = q[0]!.ticket.id;
    ok(w, 's', 'reply_ticket', { ticket: first, template: 'presale_answer' });
    advance(w, 50);
    const after = supportQueue(w);
    // The answered chat drops below the waiting one and its timer stops at the first reply.
    expect(after.map((r) => r.ticket.id)[1]).toBe(first);
    expect(after[1]!.answered).toBe(true);
    expect(after[1]!.wait).toBe(130);
    expect(after[0]!.wait).toBe(80);
  });

  it('offers every reply template, the SOP cards first, the topic answer flagged', () => {
    const w = humanWorld(
      tinyScenario({ sops: ['chat-service'], sopCards: [libraryCard('chat-service')] }),
    );
    const opts = replyOptions(w, 'presale');
    expect(opts.map((o) => o.template).sort()).toEqual([...REPLY_TEMPLATES].sort());
    const sop = libraryCard('chat-service').quickReplies;
    expect(opts.slice(0, sop.length).every((o) => o.sop)).toBe(true);
    expect(opts.find((o) => o.template === 'presale_answer')).toMatchObject({
      sop: true,
      solves: true,
    });
    expect(opts.filter((o) => o.solves).map((o) => o.template)).toEqual(['presale_answer']);
    // Without SOP cards in play nothing is highlighted but everything is still there.
    expect(replyOptions(humanWorld(), 'urge').every((o) => !o.sop)).toBe(true);
  });

  it('shows the authority limits of the SOP cards in play', () => {
    const w = humanWorld(
      tinyScenario({ sops: ['aftersale-review'], sopCards: [libraryCard('aftersale-review')] }),
    );
    const limits = libraryCard('aftersale-review').rules.filter((r) => r.kind === 'max_amount');
    expect(limits.length).toBeGreaterThan(0);
    for (const r of limits)
      if (r.kind === 'max_amount' && (r.command === 'compensate' || r.command === 'issue_coupon'))
        expect(sopLimit(w, r.command)).toBe(r.limit);
    expect(sopLimit(humanWorld(), 'compensate')).toBeUndefined();
  });

  it('looks up an order: state, ship-by, courier and tracking ETA once shipped', () => {
    const w = humanWorld();
    const id = buyPaid(w);
    expect(orderInfo(w, id)).toMatchObject({ shipBy: order(w, id).shipBy, courier: undefined });
    deliverOrder(w, id);
    const info = orderInfo(w, id)!;
    expect(info.courier).toBe('swift');
    expect(info.shippedAt).toBeDefined();
    expect(info.etaAt).toBeGreaterThan(info.shippedAt!);
    expect(orderInfo(w, 'nope')).toBeUndefined();
  });

  it('lists bad reviews, unanswered first', () => {
    const w = humanWorld();
    const id = buyPaid(w);
    deliverOrder(w, id);
    ok(w, 'b', 'confirm_receipt', { order: id });
    ok(w, 'b', 'write_review', { order: id, description: 1, service: 1, logistics: 2 });
    const rows = badReviews(w);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.review.followedUp).toBe(false);
    ok(w, 's', 'follow_up_review', { review: rows[0]!.index });
    expect(badReviews(w)[0]!.review.followedUp).toBe(true);
  });
});

describe('SOP deadlines', () => {
  it('lists the time-bound SOP steps a role owes, with the time left', () => {
    const w = humanWorld(
      tinyScenario({ sops: ['aftersale-review'], sopCards: [libraryCard('aftersale-review')] }),
    );
    const id = buyPaid(w);
    deliverOrder(w, id);
    ok(w, 'b', 'request_aftersale', { order: id, type: 'refund_only', reason: 'defect' });
    advance(w, 100);
    const due = sopDue(w, 'support');
    expect(due.map((d) => [d.rule.id, d.ref])).toEqual([['answer-aftersale', id]]);
    expect(due[0]!.left).toBeLessThanOrEqual(7200 - 99);
    expect(due[0]!.left).toBeGreaterThan(7000);
    expect(sopDue(w, 'warehouse')).toEqual([]);
    ok(w, 's', 'approve_aftersale', { order: id });
    advance(w, 1);
    expect(sopDue(w, 'support')).toEqual([]);
  });
});

describe('warehouse view model', () => {
  it('groups the pick list by SKU and bin with the earliest ship-by first', () => {
    const w = humanWorld();
    const a = buyPaid(w, 'b', 'tee', 2);
    advance(w, 60);
    const b = buyPaid(w, 'b2', 'mug', 1);
    const list = pickList(w);
    expect(list.map((g) => [g.sku, g.bin, g.units])).toEqual([
      ['tee', 'A-01', 2],
      ['mug', 'B-02', 1],
    ]);
    expect(list[0]!.shipBy).toBe(order(w, a).shipBy);
    expect(list[1]!.orders.map((o) => o.id)).toEqual([b]);
    pick(w, a);
    expect(pickList(w).map((g) => g.sku)).toEqual(['mug']);
    expect(queueOrders(w, 'picked').map((o) => o.id)).toEqual([a]);
  });

  it("gives each courier's next pick-up and the day's cut-off", () => {
    const w = humanWorld();
    // The run starts at 09:00; swift collects at 10:00, 14:00, 18:00; rapid at 12:00.
    expect(nextPickup(w, 'swift')).toMatchObject({ next: 3600, cutoff: 9 * 3600, onDock: 0 });
    expect(nextPickup(w, 'rapid')).toMatchObject({ next: 3 * 3600, cutoff: 3 * 3600 });
    advance(w, 5400);
    expect(nextPickup(w, 'swift')!.next).toBe(5 * 3600);
    expect(clockLabel(w, nextPickup(w, 'swift')!.next)).toBe('14:00');
    advance(w, 4 * 3600);
    // Past rapid's only pick-up: the next one is tomorrow.
    expect(clockLabel(w, nextPickup(w, 'rapid')!.next)).toBe('12:00 +1');
    expect(nextPickup(w, 'nobody')).toBeUndefined();
  });

  it("labels last week's times with the days before the drill, not a negative clock", () => {
    const w = humanWorld();
    // The run starts at 09:00: 3 days and 1.5 hours earlier was 07:30, three days before.
    expect(clockLabel(w, -(3 * 86_400 + 5400))).toBe('07:30 -3');
    expect(clockLabel(w, -5400)).toBe('07:30');
  });

  it('says when the crew is off shift and when work starts', () => {
    const sc = tinyScenario();
    sc.warehouse.shift = ['10:00', '22:00'];
    const w = humanWorld(sc);
    // 09:00: nobody at work until 10:00 (one hour away).
    expect(shiftNow(w)).toMatchObject({ from: '10:00', to: '22:00', onShift: false, opens: 3600 });
    expect(clockLabel(w, shiftNow(w).opens)).toBe('10:00');
    advance(w, 3600);
    expect(shiftNow(w).onShift).toBe(true);
  });

  it('counts the orders whose ship-by falls before the next pick-up', () => {
    const w = humanWorld();
    const a = buyPaid(w);
    const shipBy = order(w, a).shipBy!;
    expect(lateForPickup(w, shipBy + 60)).toBe(1);
    expect(lateForPickup(w, shipBy)).toBe(0);
    pick(w, a);
    expect(lateForPickup(w, shipBy + 60)).toBe(1);
  });

  it('takes at most the batch limit of the selection, as its button says', () => {
    const ids = Array.from({ length: 797 }, (_, i) => `o${i}`);
    expect(batchOf(ids, 200)).toHaveLength(200);
    expect(batchOf(ids.slice(0, 5), 200)).toHaveLength(5);
  });

  it('shows a return parcel at the door, then to inspect', () => {
    const w = humanWorld();
    const id = buyPaid(w);
    deliverOrder(w, id);
    ok(w, 'b', 'request_aftersale', { order: id, type: 'return', reason: 'size' });
    ok(w, 's', 'approve_aftersale', { order: id });
    ok(w, 'b', 'ship_return', { order: id });
    for (let i = 0; i < 200 && !returnsQueue(w).length; i++) advance(w, 60);
    expect(returnsQueue(w).map((r) => r.stage)).toEqual(['at_door']);
    ok(w, 'w', 'receive_return', { order: id });
    expect(returnsQueue(w).map((r) => r.stage)).toEqual(['received']);
    ok(w, 'w', 'inspect_return', { order: id, disposition: 'restock', refund: 'full' });
    expect(returnsQueue(w).map((r) => r.stage)).toEqual(['inspecting']);
  });
});

describe('ops view model', () => {
  it('reads the funnel and the per-SKU rows', () => {
    const w = humanWorld();
    buyPaid(w);
    ok(w, 'b2', 'browse', { sku: 'mug' });
    const f = funnel(w);
    expect([f.uv, f.cart, f.paying, f.paidOrders]).toEqual([2, 1, 1, 1]);
    expect(f.conversion).toBeCloseTo(0.5);
    ok(w, 'o', 'set_discount', { sku: 'tee', pct: 0.1 });
    ok(w, 'o', 'improve_listing', { sku: 'tee', aspect: 'detail' });
    advance(w, 600);
    const tee = skuRows(w).find((r) => r.sku.id === 'tee')!;
    expect(tee.unitPrice).toBeCloseTo(53.1);
    expect(tee.unitMargin).toBeCloseTo((53.1 - 22) / 53.1);
    expect(tee.listing.find((l) => l.aspect === 'detail')!.workLeft).toBe(1200);
    expect(tee.listing.find((l) => l.aspect === 'title')!.workLeft).toBeUndefined();
  });

  it('offers only the ad channels the scenario has', () => {
    expect(adChannels(humanWorld())).toEqual([]);
    const w = humanWorld(
      tinyScenario({
        demand: {
          channels: { search_ads: { visitorsPerHour: 10, cpc: 1, budgetPerHour: 50 } },
          personas: [{ id: 'student', name: { 'zh-CN': '学生', en: 'Student' }, share: 1 }],
        },
      }),
    );
    expect(adChannels(w)).toEqual([{ channel: 'search_ads', perHour: 50 }]);
  });
});

describe('buyer view model', () => {
  it("shows the storefront and the customer's own orders with their actions", () => {
    const w = humanWorld();
    const shelf = storefront(w);
    expect(shelf.map((s) => [s.sku.id, s.price, s.soldOut])).toEqual([
      ['tee', 59, false],
      ['mug', 35, false],
    ]);
    const customer = w.seats.b!.customer;
    ok(w, 'b', 'place_order', { sku: 'tee', qty: 1 });
    const [o] = myOrders(w, customer);
    expect(timelineStep(o!)).toBe(0);
    expect(buyerActions(o!)).toEqual(['pay_order', 'cancel_order', 'change_address']);
    ok(w, 'b', 'pay_order', { order: o!.id });
    expect(buyerActions(o!)).toEqual(['cancel_order', 'change_address', 'urge_shipment']);
    expect(myOrders(w, w.seats.b2!.customer)).toEqual([]);
    deliverOrder(w, o!.id);
    expect(buyerActions(o!)).toEqual(['confirm_receipt', 'request_aftersale']);
    expect(timelineStep(o!)).toBe(4);
  });
});

describe('formats', () => {
  it('writes durations as m:ss and h:mm:ss', () => {
    expect(durationLabel(65)).toBe('1:05');
    expect(durationLabel(3725)).toBe('1:02:05');
    expect(durationLabel(-30)).toBe('-0:30');
  });
});

describe('ids as the learner reads them', () => {
  it('shows orders and chats by number, never by internal id', () => {
    expect(refNo('h675')).toBe('#675');
    expect(refNo('t1174')).toBe('#1174');
    expect(refNo('o55')).toBe('#55');
  });
});

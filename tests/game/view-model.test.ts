import { describe, expect, it } from 'vitest';
import {
  BANNER_AT,
  CELL,
  LANE_RECT,
  MAP_H,
  MAP_W,
  STATION_RECT,
  laneCapacity,
  pixelRatioFor,
  slotPosition,
} from '../../src/game/layout';
import { recentActivity, stationStats, staffing } from '../../src/game/stats';
import {
  LANES,
  LANE_STATION,
  STATIONS,
  activeIncidents,
  buildView,
  chatQueue,
  incidentStation,
  share,
  tokensFor,
  emptyCounts,
} from '../../src/game/view-model';
import { createWorld } from '../../src/sim/engine/create-world';
import type { OrderState } from '../../src/sim/machines/order.machine';
import type { Order, World } from '../../src/sim/world';
import { tinyScenario } from '../sim/helpers';

function world(): World {
  const w = createWorld(tinyScenario());
  w.orders = {};
  return w;
}

function order(w: World, id: string, state: OrderState, extra: Partial<Order> = {}): void {
  w.orders[id] = {
    id,
    customer: 'c',
    sku: 'tee',
    qty: 1,
    unitPrice: 59,
    discount: 0,
    amount: 59,
    channel: 'organic',
    state,
    createdAt: 0,
    addressOk: true,
    refunded: 0,
    compensation: 0,
    ...extra,
  };
}

describe('map view-model', () => {
  it('puts each order at the station its state belongs to', () => {
    const w = world();
    const where: [OrderState, string, string][] = [
      ['created', 'storefront', 'checkout'],
      ['paid', 'storefront', 'paid'],
      ['picking', 'warehouse', 'pick'],
      ['picked', 'warehouse', 'pick'],
      ['packing', 'warehouse', 'pack'],
      ['labelled', 'warehouse', 'label'],
      ['handed_over', 'dock', 'dock'],
      ['in_transit', 'dock', 'road'],
      ['return_requested', 'support', 'aftersales'],
      ['disputed', 'support', 'aftersales'],
      ['return_in_transit', 'returns', 'returns'],
      ['exchange_received', 'returns', 'returns'],
    ];
    where.forEach(([state], i) => order(w, `o${i}`, state));
    order(w, 'done1', 'delivered');
    order(w, 'done2', 'refunded');
    const tokens = tokensFor(w, 300);
    expect(tokens).toHaveLength(where.length);
    where.forEach(([, station, lane], i) => {
      expect(tokens.find((t) => t.id === `o${i}`)).toMatchObject({ station, lane });
    });
  });

  it('caps the tokens but counts every order, and keeps the front of each queue', () => {
    const w = world();
    for (let i = 0; i < 400; i++) order(w, `p${i}`, 'picking');
    for (let i = 0; i < 100; i++) order(w, `k${i}`, 'packed', { late: i === 0 });
    const view = buildView(w, 300);
    expect(view.tokens).toHaveLength(300);
    expect(view.counts.pick).toBe(400);
    expect(view.counts.pack).toBe(100);
    expect(view.shown).toMatchObject({ pick: 200, pack: 100 });
    const pick = view.tokens.filter((t) => t.lane === 'pick');
    expect(pick.map((t) => t.slot)).toEqual([...Array(200).keys()]);
    expect(pick[0]?.id).toBe('p0');
    expect(view.tokens.find((t) => t.id === 'k0')?.alert).toBe(true);
    expect(view.tokens.find((t) => t.id === 'k1')?.alert).toBe(false);
  });

  it('respects each lane room and drives the newest parcel onto the road first', () => {
    const w = world();
    for (let i = 0; i < 20; i++) order(w, `r${i}`, 'in_transit');
    for (let i = 0; i < 20; i++) order(w, `c${i}`, 'created');
    const view = buildView(w, 300, (lane) => (lane === 'road' ? 5 : 8));
    expect(view.shown).toMatchObject({ road: 5, checkout: 8 });
    const road = view.tokens.filter((t) => t.lane === 'road').sort((a, b) => a.slot - b.slot);
    expect(road.map((t) => t.id)).toEqual(['r19', 'r18', 'r17', 'r16', 'r15']);
  });

  it('shares the cap fairly between lanes', () => {
    const counts = { ...emptyCounts(), pick: 1000, pack: 3, dock: 50 };
    const q = share(counts, 60, () => Infinity);
    expect(q).toMatchObject({ pack: 3, dock: 28, pick: 29 });
    expect(Object.values(q).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60);
  });

  it('sends each incident to the station it hits', () => {
    expect(incidentStation({ kind: 'courier_delay' })).toBe('dock');
    expect(incidentStation({ kind: 'traffic_surge' })).toBe('storefront');
    expect(incidentStation({ kind: 'bad_review_storm' })).toBe('support');
    expect(incidentStation({ kind: 'oversell' })).toBe('warehouse');
    expect(incidentStation({ kind: 'system_outage', system: 'chat' })).toBe('support');
    expect(incidentStation({ kind: 'system_outage', system: 'waybill' })).toBe('warehouse');
    const w = world();
    w.incidents.a = { id: 'a', kind: 'courier_delay', start: 0, end: 9, active: true };
    w.incidents.b = { id: 'b', kind: 'oversell', start: 0, end: 9, active: false };
    expect(activeIncidents(w)).toEqual([{ id: 'a', kind: 'courier_delay', station: 'dock' }]);
  });

  it('knows who works each station and what each panel shows', () => {
    const w = world();
    const seats = Object.values(w.seats);
    expect(seats.length).toBeGreaterThan(0);
    const human = seats.find((s) => s.role === 'support');
    const staff = staffing(w, human?.id);
    expect(staff.support).toBe('human');
    expect(staff.warehouse).toMatch(/novice|competent|expert/);
    order(w, 'x', 'in_transit');
    const view = buildView(w, 300);
    expect(stationStats(w, view.counts).inTransit).toBe(1);
  });

  it("marks a class teammate's station as a teammate's, not as the learner's own", () => {
    const w = world();
    const seats = Object.values(w.seats);
    const support = seats.find((s) => s.role === 'support');
    const warehouse = seats.find((s) => s.role === 'warehouse');
    if (!support || !warehouse) throw new Error('fixture without support or warehouse seats');
    for (const s of [support, warehouse]) delete s.bot;
    expect(staffing(w, support.id)).toMatchObject({ support: 'human', warehouse: 'mate' });
    expect(staffing(w, warehouse.id)).toMatchObject({ support: 'mate', warehouse: 'human' });
  });

  it('lists the open chats by how they stand', () => {
    const w = world();
    const base = {
      customer: 'c',
      topic: 'wismo',
      openedAt: 0,
      patienceAt: 99,
      replies: 0,
    } as const;
    const extra = { templates: [], solved: false, escalated: false };
    w.tickets.t1 = { id: 't1', state: 'waiting', ...base, ...extra };
    w.tickets.t2 = { id: 't2', state: 'in_conversation', ...base, ...extra };
    w.tickets.t3 = { id: 't3', state: 'escalated', ...base, ...extra };
    w.queues.tickets = ['t1', 't2', 't3', 'gone'];
    expect(chatQueue(w, 9)).toEqual(['waiting', 'talking', 'escalated']);
    expect(chatQueue(w, 2)).toEqual(['waiting', 'talking']);
  });

  it('reads only the new part of the log for bot activity', () => {
    const w = world();
    const bot = Object.values(w.seats).find((s) => s.bot && s.role === 'warehouse');
    expect(bot).toBeDefined();
    const start = w.log.length;
    w.log.push({ t: 1, type: 'command', seat: bot?.id, role: 'warehouse', command: 'pick_wave' });
    w.log.push({ t: 1, type: 'order_paid', order: 'o1' });
    w.log.push({ t: 1, type: 'shipped', order: 'o1' });
    const act = recentActivity(w, start);
    expect(act).toEqual({ cursor: start + 3, stations: ['warehouse'], shipped: 1 });
    expect(recentActivity(w, act.cursor)).toMatchObject({ stations: [], shipped: 0 });
  });
});

describe('map layout', () => {
  it('keeps stations on the map and apart', () => {
    for (const a of STATIONS) {
      const r = STATION_RECT[a];
      expect(r.x >= 0 && r.y >= 0 && r.x + r.w <= MAP_W && r.y + r.h <= MAP_H).toBe(true);
      for (const b of STATIONS) {
        if (a === b) continue;
        const q = STATION_RECT[b];
        const apart = r.x + r.w <= q.x || q.x + q.w <= r.x || r.y + r.h <= q.y || q.y + q.h <= r.y;
        expect(apart, `${a} / ${b}`).toBe(true);
      }
    }
  });

  it('puts every slot a lane has room for inside the lane (and its station)', () => {
    for (const lane of LANES) {
      const r = LANE_RECT[lane];
      const s = STATION_RECT[LANE_STATION[lane]];
      expect(r.x >= s.x && r.y >= s.y && r.x + r.w <= s.x + s.w && r.y + r.h <= s.y + s.h).toBe(
        true,
      );
      for (let slot = 0; slot < laneCapacity(lane); slot++) {
        const p = slotPosition(lane, slot);
        expect(p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h).toBe(true);
      }
    }
  });

  it('pops incident banners inside their station', () => {
    for (const s of STATIONS) {
      const r = STATION_RECT[s];
      const b = BANNER_AT[s];
      expect(b.x > r.x && b.x < r.x + r.w && b.y > r.y && b.y < r.y + r.h, s).toBe(true);
    }
  });

  it('renders sharper when the map is scaled up or the screen is HiDPI', () => {
    expect(pixelRatioFor(1280, 720, 1)).toBe(1);
    expect(pixelRatioFor(1920, 1080, 1)).toBe(1.5);
    expect(pixelRatioFor(1280, 720, 2)).toBe(2);
    expect(pixelRatioFor(3840, 2160, 2)).toBe(2);
    expect(pixelRatioFor(0, 0, 1)).toBe(1);
    expect(pixelRatioFor(800, 450, 1)).toBe(1);
  });

  it("lines the road up from the dock to the courier card's edge, never past it", () => {
    expect(slotPosition('road', 0).x).toBeLessThan(slotPosition('road', 2).x);
    const dock = STATION_RECT.dock;
    const last = slotPosition('road', laneCapacity('road') - 1);
    expect(last.x + CELL / 2).toBeLessThanOrEqual(dock.x + dock.w);
    expect(slotPosition('road', laneCapacity('road')).x).toBe(slotPosition('road', 0).x);
  });
});

import { LISTING_ASPECTS } from '../ids';
import type { SimEvent } from '../events';
import { eventsOf, msg, SOP_COMMANDS, type Analyser, type Finding } from './evidence';
import { finding, skuList } from './finding';
import type { World } from '../world';
import type { ReviewParam } from './types';

type PriceKind = 'price_raised' | 'below_cost' | 'deep_discount';

/** A listing aspect below this level is "weak". */
const WEAK_LISTING = 0.5;

/** The first price change of each SKU that crossed a line, and the extreme price it reached. */
function priceFinding(world: World, kind: PriceKind, sku?: string): Finding[] {
  const out: Finding[] = [];
  const bySku = new Map<string, SimEvent[]>();
  for (const e of eventsOf(world, ['price_changed'], sku)) {
    if (!e.sku || e.value === undefined) continue;
    const list = bySku.get(e.sku) ?? [];
    list.push(e);
    bySku.set(e.sku, list);
  }
  for (const id of [...bySku.keys()].sort()) {
    const s = world.skus[id];
    if (!s) continue;
    const hits = (bySku.get(id) ?? []).filter((e) => {
      const v = e.value ?? 0;
      if (kind === 'price_raised') return v > s.listPrice * 1.05;
      if (kind === 'below_cost') return v < s.cost;
      return v < s.listPrice * 0.8 && v >= s.cost;
    });
    const first = hits[0];
    if (!first) continue;
    const values = hits.map((e) => e.value ?? 0);
    const price = kind === 'price_raised' ? Math.max(...values) : Math.min(...values);
    out.push(
      finding(world, {
        kind,
        sopCommands: SOP_COMMANDS.pricing,
        key: `cause.${kind}`,
        params: {
          sku: { type: 'sku', sku: id },
          price: { type: 'amount', unit: 'money', value: price },
          cost: { type: 'amount', unit: 'money', value: s.cost },
          pct: { type: 'amount', unit: 'ratio', value: Math.abs(price / s.listPrice - 1) },
          time: { type: 'time', t: first.t },
        },
        times: [first.t],
        count: hits.length,
        skus: [id],
        ownerRole: 'ops',
        incidentKinds: ['price_mistake'],
        linkedIncidents: hits.map((e) => e.incident),
        sopRoles: ['ops'],
        fix: msg('fix.price_check', { sku: { type: 'sku', sku: id } }),
      }),
    );
  }
  return out;
}

export const priceRaised: Analyser = ({ world, result }) =>
  priceFinding(world, 'price_raised', result.sku);
export const belowCost: Analyser = ({ world, result }) =>
  priceFinding(world, 'below_cost', result.sku);
export const deepDiscount: Analyser = ({ world, result }) =>
  priceFinding(world, 'deep_discount', result.sku);

/** SKUs whose listing still has weak aspects at the end (the three most popular). */
export const weakListing: Analyser = ({ world, result }) =>
  Object.values(world.skus)
    .filter((s) => result.sku === undefined || s.id === result.sku)
    .map((s) => ({
      sku: s,
      weak: LISTING_ASPECTS.filter(
        (a) => s.listing[a] < WEAK_LISTING && (a !== 'size_chart' || s.sized),
      ),
    }))
    .filter((x) => x.weak.length > 0)
    .sort((a, b) => b.sku.popularity - a.sku.popularity || (a.sku.id < b.sku.id ? -1 : 1))
    .slice(0, 3)
    .map(({ sku, weak }) => {
      const aspects: ReviewParam = {
        type: 'list',
        items: weak.map((id) => ({ type: 'term', group: 'listingAspect', id })),
      };
      return finding(world, {
        kind: 'weak_listing',
        sopCommands: SOP_COMMANDS.listing,
        key: 'cause.weak_listing',
        params: { sku: { type: 'sku', sku: sku.id }, aspects },
        times: [],
        count: weak.length,
        refs: [sku.id],
        ownerRole: 'ops',
        sopRoles: ['ops'],
        fix: msg('fix.improve_listing', { sku: { type: 'sku', sku: sku.id }, aspects }),
      });
    });

/** SKUs with nothing left to sell at the end of the run. */
export const soldOutAtEnd: Analyser = ({ world, result }) => {
  const skus = Object.values(world.skus)
    .filter((s) => (result.sku === undefined || s.id === result.sku) && s.sellable <= 0)
    .map((s) => s.id)
    .sort();
  if (skus.length === 0) return [];
  return [
    finding(world, {
      kind: 'sold_out_end',
      sopCommands: SOP_COMMANDS.stock,
      key: 'cause.sold_out_end',
      params: { skus: skuList(skus) },
      times: [],
      count: skus.length,
      refs: skus,
      ownerRole: 'ops',
      sopRoles: ['ops'],
      fix: msg('fix.reorder_early', { skus: skuList(skus) }),
    }),
  ];
};

/** Unpaid orders, reported only when a checkout outage explains them. */
export const checkoutAbandon: Analyser = ({ world, result }) => {
  const gone = eventsOf(world, ['order_abandoned'], result.sku);
  if (gone.length === 0) return [];
  const f = finding(world, {
    kind: 'abandoned_orders',
    key: 'cause.abandoned_orders',
    times: gone.map((e) => e.t),
    refs: gone.map((e) => e.order),
    skus: gone.map((e) => e.sku),
    refsKey: 'evidence.orders',
    ownerRole: 'ops',
    incidentKinds: ['system_outage'],
    lookbackS: world.scenario.policies.unpaidTimeoutMin * 60,
    fix: msg('fix.checkout_outage'),
  });
  const outage = f.incidents.some((i) => world.incidents[i.id]?.system === 'checkout');
  return outage ? [f] : [];
};

/** Ad spend against the sales it brought, with the largest budget settings. */
export const adEfficiency: Analyser = ({ world }) => {
  const k = world.kpi;
  const changes = eventsOf(world, ['ad_budget_changed']);
  const top = [...changes]
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.t - b.t)
    .slice(0, 3)
    .map((e) =>
      msg('evidence.budget_change', {
        channel: { type: 'term', group: 'channel', id: e.detail ?? '' },
        amount: { type: 'amount', unit: 'money', value: e.value ?? 0 },
        time: { type: 'time', t: e.t },
      }),
    );
  const money = (value: number): ReviewParam => ({ type: 'amount', unit: 'money', value });
  return [
    finding(world, {
      kind: k.adSpend > 0 ? 'ad_efficiency' : 'ads_off',
      sopCommands: SOP_COMMANDS.ads,
      key: k.adSpend > 0 ? 'cause.ad_efficiency' : 'cause.ads_off',
      params: {
        spend: money(k.adSpend),
        adGmv: money(k.adGmv),
        roas: { type: 'kpi', kpi: 'roas', value: k.adSpend > 0 ? k.adGmv / k.adSpend : 0 },
      },
      times: changes.map((e) => e.t),
      ownerRole: 'ops',
      sopRoles: ['ops'],
      evidence: top,
      fix: msg(k.adSpend > 0 ? 'fix.ad_budget' : 'fix.add_traffic'),
    }),
  ];
};

/** Paid traffic that never ran: reported only when the run spent nothing on ads. */
export const noAdTraffic: Analyser = (ctx) => (ctx.world.kpi.adSpend > 0 ? [] : adEfficiency(ctx));

/** Compensation paid out, and how much of it was automatic late-shipment compensation. */
export const compensation: Analyser = ({ world }) => {
  const paid = eventsOf(world, ['compensation_paid']);
  if (paid.length === 0) return [];
  const sum = (list: SimEvent[]) => list.reduce((s, e) => s + (e.value ?? 0), 0);
  const late = paid.filter((e) => e.role === 'system');
  const mostlyLate = late.length * 2 > paid.length;
  return [
    finding(world, {
      kind: 'compensation',
      sopCommands: SOP_COMMANDS.compensation,
      key: 'cause.compensation',
      params: { amount: { type: 'amount', unit: 'money', value: sum(paid) } },
      times: paid.map((e) => e.t),
      refs: paid.map((e) => e.order),
      refsKey: 'evidence.orders',
      ownerRole: mostlyLate ? 'warehouse' : 'support',
      incidentKinds: ['traffic_surge', 'courier_delay', 'system_outage'],
      sopRoles: mostlyLate ? ['warehouse'] : ['support'],
      evidence:
        late.length > 0
          ? [
              msg('evidence.late_compensation', {
                count: late.length,
                amount: { type: 'amount', unit: 'money', value: sum(late) },
              }),
            ]
          : [],
      fix: msg(mostlyLate ? 'fix.ship_before_cutoff' : 'fix.margin_guard'),
    }),
  ];
};

import type { Role } from '../ids';
import type { World } from '../world';
import { eventsOf, msg, ranked, SOP_COMMANDS, type Analyser } from './evidence';
import { finding } from './finding';
import type { Msg, ReviewParam } from './types';

/** What to change for the most common after-sales reason, and who changes it. */
function reasonFix(reason: string, sku: string): { fix: Msg; owner: Role } {
  const s: ReviewParam = { type: 'sku', sku };
  switch (reason) {
    case 'defect':
      return { fix: msg('fix.quality_check', { sku: s }), owner: 'ops' };
    case 'wrong_item':
      return { fix: msg('fix.verify_scan'), owner: 'warehouse' };
    case 'size':
      return { fix: msg('fix.size_chart', { sku: s }), owner: 'ops' };
    case 'not_received':
      return { fix: msg('fix.logistics_lookup'), owner: 'support' };
    case 'fake_claim':
      return { fix: msg('fix.inspect_before_refund'), owner: 'support' };
    default:
      return { fix: msg('fix.listing_accuracy', { sku: s }), owner: 'ops' };
  }
}

/** The top after-sales reason (event detail `type:reason`) and its most affected SKU. */
function topReason(world: World, sku?: string): { reason: string; sku: string } | undefined {
  const asks = eventsOf(world, ['aftersale_requested'], sku);
  const top = ranked(asks.map((e) => (e.detail ?? '').split(':')[1] ?? ''))[0];
  if (!top) return undefined;
  const skus = asks.filter((e) => (e.detail ?? '').endsWith(`:${top.id}`)).map((e) => e.sku ?? '');
  return { reason: top.id, sku: ranked(skus)[0]?.id ?? '' };
}

/** After-sales requests by type and reason, and the incidents that caused them. */
export const aftersaleReasons: Analyser = ({ world, result }) => {
  const asks = eventsOf(world, ['aftersale_requested'], result.sku);
  const top = topReason(world, result.sku);
  if (asks.length === 0 || !top) return [];
  const reasons = ranked(asks.map((e) => e.detail ?? ''))
    .slice(0, 3)
    .map(({ id, count }): ReviewParam => {
      const [type = '', reason = ''] = id.split(':');
      return {
        type: 'msg',
        msg: msg('evidence.reason_count', {
          reason: { type: 'term', group: 'returnReason', id: reason },
          type: { type: 'term', group: 'aftersaleType', id: type },
          count,
        }),
      };
    });
  const { fix, owner } = reasonFix(top.reason, top.sku);
  return [
    finding(world, {
      kind: 'aftersale_reasons',
      sopCommands: SOP_COMMANDS.aftersales,
      key: 'cause.aftersale_reasons',
      params: { reasons: { type: 'list', items: reasons } },
      times: asks.map((e) => e.t),
      refs: asks.map((e) => e.order),
      skus: asks.map((e) => e.sku),
      refsKey: 'evidence.orders',
      ownerRole: owner,
      incidentKinds: ['quality_complaint_wave', 'fraudulent_refund', 'bad_review_storm'],
      linkedIncidents: asks.map((e) => e.incident),
      sopRoles: [owner],
      fix,
    }),
  ];
};

/** Requests the seller never answered, approved by the platform at the deadline. */
export const autoApproved: Analyser = ({ world, result }) => {
  const auto = eventsOf(world, ['aftersale_auto_approved'], result.sku);
  if (auto.length === 0) return [];
  return [
    finding(world, {
      kind: 'auto_approved',
      sopCommands: SOP_COMMANDS.aftersales,
      key: 'cause.auto_approved',
      times: auto.map((e) => e.t),
      refs: auto.map((e) => e.order),
      skus: auto.map((e) => e.sku),
      refsKey: 'evidence.orders',
      ownerRole: 'support',
      incidentKinds: ['quality_complaint_wave', 'fraudulent_refund'],
      lookbackS: world.scenario.policies.sellerResponseHours * 3600,
      sopRoles: ['support'],
      fix: msg('fix.answer_aftersale'),
    }),
  ];
};

/** Money refunded, and the top reason behind it. */
export const refunds: Analyser = ({ world, result }) => {
  const paid = eventsOf(world, ['refunded'], result.sku);
  if (paid.length === 0) return [];
  const amount = paid.reduce((s, e) => s + (e.value ?? 0), 0);
  const gmv = result.sku ? (world.kpi.skuGmv[result.sku] ?? 0) : world.kpi.gmv;
  const top = topReason(world, result.sku);
  const { fix, owner } = top
    ? reasonFix(top.reason, top.sku)
    : { fix: msg('fix.ship_before_cutoff'), owner: 'warehouse' as const };
  return [
    finding(world, {
      kind: 'refunds',
      sopCommands: SOP_COMMANDS.aftersales,
      key: 'cause.refunds',
      params: {
        amount: { type: 'amount', unit: 'money', value: amount },
        share: { type: 'amount', unit: 'ratio', value: gmv > 0 ? amount / gmv : 0 },
      },
      times: paid.map((e) => e.t),
      refs: paid.map((e) => e.order),
      skus: paid.map((e) => e.sku),
      refsKey: 'evidence.orders',
      ownerRole: owner,
      incidentKinds: ['quality_complaint_wave', 'fraudulent_refund', 'price_mistake'],
      sopRoles: ['support'],
      fix,
    }),
  ];
};

/** Bad reviews, where they landed, and how many were followed up. */
export const badReviews: Analyser = ({ world, result }) => {
  const bad = eventsOf(world, ['bad_review_posted'], result.sku);
  if (bad.length === 0) return [];
  const indices = new Set(bad.map((e) => e.detail));
  const followed = eventsOf(world, ['review_followed_up']).filter((e) =>
    indices.has(e.detail),
  ).length;
  const sku = ranked(bad.map((e) => e.sku ?? ''))[0]?.id ?? '';
  return [
    finding(world, {
      kind: 'bad_reviews',
      sopCommands: SOP_COMMANDS.reviews,
      key: 'cause.bad_reviews',
      params: { sku: { type: 'sku', sku }, followed },
      times: bad.map((e) => e.t),
      refs: bad.map((e) => e.order),
      skus: bad.map((e) => e.sku),
      refsKey: 'evidence.orders',
      ownerRole: 'support',
      incidentKinds: ['bad_review_storm', 'quality_complaint_wave', 'courier_delay'],
      lookbackS: 86_400,
      sopRoles: ['support'],
      fix: msg('fix.follow_up_reviews'),
    }),
  ];
};

const AXIS = {
  description: { kpi: 'dsr_description', owner: 'ops' },
  service: { kpi: 'dsr_service', owner: 'support' },
  logistics: { kpi: 'dsr_logistics', owner: 'warehouse' },
} as const;

/** Reviews scoring one DSR axis 2 or lower. */
export const lowDsr =
  (axis: keyof typeof AXIS): Analyser =>
  ({ world, result }) => {
    const low = world.reviews.filter(
      (r) => r[axis] <= 2 && (result.sku === undefined || r.sku === result.sku),
    );
    if (low.length === 0) return [];
    const sku = ranked(low.map((r) => r.sku))[0]?.id ?? '';
    const delayed = eventsOf(world, ['courier_delayed', 'parcel_lost']);
    const courier = ranked(delayed.map((e) => e.detail ?? ''))[0]?.id;
    let fix: Msg;
    if (axis === 'description') fix = msg('fix.listing_accuracy', { sku: { type: 'sku', sku } });
    else if (axis === 'service') fix = msg('fix.follow_up_reviews');
    else if (courier) fix = msg('fix.courier_choice', { courier: { type: 'courier', courier } });
    else fix = msg('fix.ship_before_cutoff');
    return [
      finding(world, {
        kind: 'low_dsr',
        sopCommands: SOP_COMMANDS.reviews,
        key: 'cause.low_dsr',
        params: { axis: { type: 'kpiName', kpi: AXIS[axis].kpi }, sku: { type: 'sku', sku } },
        times: low.map((r) => r.t),
        refs: low.map((r) => r.order),
        skus: low.map((r) => r.sku),
        refsKey: 'evidence.orders',
        ownerRole: AXIS[axis].owner,
        incidentKinds: ['bad_review_storm', 'quality_complaint_wave', 'courier_delay'],
        lookbackS: 86_400,
        sopRoles: [AXIS[axis].owner],
        fix,
      }),
    ];
  };

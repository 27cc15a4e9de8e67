import type { EventType, SimEvent } from '../events';
import type { CommandType, IncidentKind } from '../ids';
import type { TargetResult } from '../scoring/score';
import type { Violation, World } from '../world';
import type { Cause, IncidentRef, Msg, ReviewKey, ReviewParam, SopRef, TimeWindow } from './types';

/** The review's time resolution: bad events are clustered in 10-minute buckets. */
export const BUCKET_S = 600;

/** The commands each family of causes is about, for picking the SOP violations that bear on it. */
export const SOP_COMMANDS = {
  // Packing without the verify scan is faster, not slower: it cannot make a parcel late.
  shipping: ['pick_wave', 'print_waybill', 'handover'],
  stock: ['report_stockout', 'reorder_stock', 'cycle_count', 'pick_wave'],
  picking: ['pick_wave', 'pack_orders'],
  returns: ['receive_return', 'inspect_return'],
  chat: ['pick_up_ticket', 'reply_ticket', 'resolve_ticket', 'escalate_ticket'],
  aftersales: [
    'approve_aftersale',
    'reject_aftersale',
    'resend_item',
    'lookup_order',
    'lookup_logistics',
    'inspect_return',
  ],
  reviews: ['follow_up_review', 'compensate'],
  pricing: [
    'set_price',
    'set_discount',
    'schedule_flash_sale',
    'create_coupon',
    'create_promotion',
  ],
  ads: ['set_ad_budget', 'read_funnel'],
  compensation: ['compensate', 'issue_coupon', 'handover', 'pick_wave'],
  listing: ['improve_listing'],
} as const satisfies Record<string, readonly CommandType[]>;

/** What a cause analyser sees: the world and the missed target. */
export interface AnalyserContext {
  world: World;
  result: TargetResult;
  /** Index of the target in the scenario (and in the score). */
  index: number;
}

/** A cause before it gets its id and target index. */
export type Finding = Omit<Cause, 'id' | 'target' | 'kpi'>;
export type Analyser = (ctx: AnalyserContext) => Finding[];

export const msg = (key: ReviewKey, params: Record<string, ReviewParam> = {}): Msg => ({
  key,
  params,
});

/** Events of the given types in log order, optionally about one SKU. */
export function eventsOf(world: World, types: readonly EventType[], sku?: string): SimEvent[] {
  const wanted = new Set<EventType>(types);
  return world.log.filter((e) => wanted.has(e.type) && (sku === undefined || e.sku === sku));
}

/** The bucket holding the most of `times` (the earliest on a tie). */
export function peakWindow(
  times: readonly number[],
  bucket = BUCKET_S,
): { window: TimeWindow; peak: number } | undefined {
  const counts = new Map<number, number>();
  for (const t of times) {
    const b = Math.floor(t / bucket);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  let best: number | undefined;
  let peak = 0;
  for (const [b, n] of counts) {
    if (n > peak || (n === peak && best !== undefined && b < best)) {
      best = b;
      peak = n;
    }
  }
  if (best === undefined) return undefined;
  return { window: { from: best * bucket, to: (best + 1) * bucket }, peak };
}

/** Values counted and sorted by count (descending), then by value: a stable ranking. */
export function ranked(values: readonly string[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Up to `n` distinct ids, in first-seen order. */
export function examples(ids: readonly (string | undefined)[], n = 3): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (id !== undefined && !out.includes(id)) out.push(id);
    if (out.length >= n) break;
  }
  return out;
}

/** Incident cards of the given kinds whose span overlaps [from, to), sorted by start then id. */
export function incidentsDuring(
  world: World,
  from: number,
  to: number,
  kinds: readonly IncidentKind[],
): IncidentRef[] {
  return Object.values(world.incidents)
    .filter((inc) => kinds.includes(inc.kind) && inc.start < to && inc.end > from)
    .map((inc) => ({ id: inc.id, kind: inc.kind, start: inc.start, end: inc.end }))
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * SOP violations grouped by card and rule, most frequent first (then earliest, then id).
 * `keep` filters the violations that count.
 */
export function sopClusters(
  world: World,
  keep: (v: Violation) => boolean = () => true,
): (SopRef & { times: number[]; refs: string[] })[] {
  const groups = new Map<string, SopRef & { times: number[]; refs: string[] }>();
  for (const v of world.violations) {
    if (!keep(v)) continue;
    const key = `${v.sop}\u0000${v.rule}`;
    let g = groups.get(key);
    if (!g) {
      g = { sop: v.sop, rule: v.rule, role: v.role, count: 0, first: v.t, times: [], refs: [] };
      groups.set(key, g);
    }
    g.count++;
    g.first = Math.min(g.first, v.t);
    g.times.push(v.t);
    if (v.ref !== undefined) g.refs.push(v.ref);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.count - a.count ||
      a.first - b.first ||
      (a.sop + a.rule < b.sop + b.rule ? -1 : a.sop + a.rule > b.sop + b.rule ? 1 : 0),
  );
}

import type { EventType, SimEvent } from '../events';
import type { CommandType, IncidentKind, Role, SeatRole } from '../ids';
import type { TargetResult } from '../scoring/score';
import type { Violation, World } from '../world';
import type {
  Cause,
  CauseKind,
  IncidentRef,
  Msg,
  ReviewKey,
  ReviewParam,
  SopRef,
  TimeWindow,
} from './types';

/** The review's time resolution: bad events are clustered in 10-minute buckets. */
export const BUCKET_S = 600;

/** The commands each family of causes is about, for picking the SOP violations that bear on it. */
export const SOP_COMMANDS = {
  shipping: ['pick_wave', 'pack_orders', 'print_waybill', 'handover'],
  stock: ['report_stockout', 'reorder_stock', 'cycle_count', 'pick_wave'],
  picking: ['pick_wave', 'pack_orders'],
  returns: ['receive_return', 'inspect_return'],
  chat: ['pick_up_ticket', 'reply_ticket', 'resolve_ticket', 'escalate_ticket'],
  aftersales: [
    'approve_aftersale',
    'reject_aftersale',
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

/** Adds the incidents named by id to a list, keeping it unique and sorted by start then id. */
function withLinked(
  world: World,
  list: IncidentRef[],
  ids: readonly (string | undefined)[],
): IncidentRef[] {
  const out = [...list];
  for (const id of ids) {
    const inc = id === undefined ? undefined : world.incidents[id];
    if (!inc || out.some((r) => r.id === inc.id)) continue;
    out.push({ id: inc.id, kind: inc.kind, start: inc.start, end: inc.end });
  }
  return out.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Evidence line for an incident. */
export const incidentEvidence = (inc: IncidentRef): Msg =>
  msg('evidence.incident', {
    incident: { type: 'incident', kind: inc.kind },
    id: inc.id,
    window: { type: 'window', from: inc.start, to: inc.end },
  });

/** Evidence line for a cluster of SOP violations. */
export const sopEvidence = (s: SopRef): Msg =>
  msg('evidence.sop', {
    sop: { type: 'sop', sop: s.sop },
    rule: { type: 'rule', sop: s.sop, rule: s.rule },
    count: s.count,
    role: { type: 'role', role: s.role },
    time: { type: 'time', t: s.first },
  });

export interface FindingSpec {
  kind: CauseKind;
  key: ReviewKey;
  params?: Record<string, ReviewParam>;
  /** Times of the bad events: their number and 10-minute peak go into the text. */
  times: readonly number[];
  refs?: readonly (string | undefined)[];
  refsKey?: 'evidence.orders' | 'evidence.tickets';
  ownerRole: Role;
  /** Incident kinds that may explain the events. */
  incidentKinds?: readonly IncidentKind[];
  /** How far before the peak window an incident may have started its damage, in seconds. */
  lookbackS?: number;
  /** Incidents the events name themselves (SimEvent.incident), added to the overlapping ones. */
  linkedIncidents?: readonly (string | undefined)[];
  /** SKUs the events are about: incidents tied to another SKU are left out. */
  skus?: readonly (string | undefined)[];
  /**
   * Violations by these roles are listed as evidence (the two largest clusters), counting those
   * from an hour (or the look-back, if longer) before the peak window to its end.
   */
  sopRoles?: readonly SeatRole[];
  /**
   * Only violations of rules about these commands count (time-bound rules, which name no
   * command, always do): keeps a pricing cause from citing a chat rule.
   */
  sopCommands?: readonly CommandType[];
  evidence?: Msg[];
  fix: Msg | ((incidents: IncidentRef[]) => Msg);
  count?: number;
}

/**
 * Builds a finding from the times of its bad events: the count, the 10-minute peak window,
 * the incidents overlapping it (with a look-back), the matching SOP violations, examples.
 */
export function finding(world: World, spec: FindingSpec): Finding {
  const peak = peakWindow(spec.times);
  const count = spec.count ?? spec.times.length;
  const params: Record<string, ReviewParam> = { count, ...spec.params };
  if (peak) {
    params.window = { type: 'window', ...peak.window };
    params.peak = peak.peak;
  }
  const overlapping =
    peak && spec.incidentKinds
      ? incidentsDuring(
          world,
          peak.window.from - (spec.lookbackS ?? 0),
          peak.window.to,
          spec.incidentKinds,
        )
      : [];
  const skus = spec.skus?.filter((x): x is string => x !== undefined);
  const aboutSku = (inc: IncidentRef) => {
    const sku = world.incidents[inc.id]?.sku;
    return !skus || sku === undefined || skus.includes(sku);
  };
  const incidents = withLinked(world, overlapping.filter(aboutSku), spec.linkedIncidents ?? []);
  const roles = spec.sopRoles ?? [];
  const from = peak ? peak.window.from - Math.max(3600, spec.lookbackS ?? 0) : -Infinity;
  const to = peak ? peak.window.to : Infinity;
  const cmds = spec.sopCommands;
  const near = (v: Violation) =>
    roles.includes(v.role) &&
    v.t >= from &&
    v.t < to &&
    (v.command === undefined || cmds === undefined || cmds.includes(v.command));
  const sops = sopClusters(world, near)
    .slice(0, 2)
    .map(({ sop, rule, role, count: n, first }) => ({ sop, rule, role, count: n, first }));
  const refs = examples(spec.refs ?? []);
  const evidence = [
    ...(spec.evidence ?? []),
    ...incidents.map(incidentEvidence),
    ...sops.map(sopEvidence),
  ];
  if (refs.length > 0 && spec.refsKey)
    evidence.push(msg(spec.refsKey, { ids: { type: 'list', items: refs } }));
  const out: Finding = {
    kind: spec.kind,
    text: msg(spec.key, params),
    evidence,
    count,
    incidents,
    sops,
    refs,
    ownerRole: spec.ownerRole,
    fix: typeof spec.fix === 'function' ? spec.fix(incidents) : spec.fix,
  };
  if (peak) out.window = peak.window;
  return out;
}

/** A list parameter of SKU names. */
export const skuList = (ids: readonly string[]): ReviewParam => ({
  type: 'list',
  items: ids.map((sku) => ({ type: 'sku', sku })),
});

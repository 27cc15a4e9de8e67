/** Builds a cause finding from the times of its bad events, with its evidence. */
import type { CommandType, IncidentKind, Role, SeatRole } from '../ids';
import { isLearnerViolation } from '../scoring/learner';
import { activeSopCards } from '../sop/rules';
import type { Violation, World } from '../world';
import { examples, incidentsDuring, msg, peakWindow, sopClusters, type Finding } from './evidence';
import { whenOf, type PeakUnit } from './when';
import type { CauseKind, IncidentRef, Msg, ReviewKey, ReviewParam, SopRef } from './types';

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

/** The causes whose events are not counted as cases (个) in the "when" clause. */
const UNIT: Partial<Record<CauseKind, PeakUnit>> = {
  slow_first_reply: 'people',
  abandoned: 'people',
  disputes: 'people',
  presale_lost: 'people',
  mispick: 'items',
  low_dsr: 'reviews',
  bad_reviews: 'reviews',
  refunds: 'payments',
  compensation: 'payments',
};

export interface FindingSpec {
  kind: CauseKind;
  key: ReviewKey;
  params?: Record<string, ReviewParam>;
  /** Times of the bad events: their number and 10-minute peak go into the text. */
  times: readonly number[];
  /** What the events are counted in, where not cases (orders, chats, requests). */
  unit?: PeakUnit;
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
  /**
   * The finding is about lateness (slow replies, late parcels): only time-bound rules
   * (`respond_within`) bear on it. Skipping a look-up or a scan makes work faster, not slower,
   * so a "look up the order first" violation is never cited as a cause of a slow reply.
   */
  lateness?: boolean;
  evidence?: Msg[];
  fix: Msg | ((incidents: IncidentRef[]) => Msg);
  count?: number;
  /**
   * When the trouble started, where it could still be prevented (a chat opened, an order
   * paid): where "replay from here" starts. Defaults to the first bad event.
   */
  began?: number;
}

/**
 * Builds a finding from the times of its bad events: the count, the 10-minute peak window,
 * the incidents overlapping it (with a look-back), the matching SOP violations, examples.
 */
export function finding(world: World, spec: FindingSpec): Finding {
  const peak = peakWindow(spec.times);
  const count = spec.count ?? spec.times.length;
  const params: Record<string, ReviewParam> = { count, ...spec.params };
  params.when = whenOf(spec.times, spec.unit ?? UNIT[spec.kind] ?? 'cases');
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
  const timed = spec.lateness ? timeBoundRules(world) : undefined;
  const near = (v: Violation) =>
    roles.includes(v.role) &&
    v.t >= from &&
    v.t < to &&
    (timed === undefined || timed.has(`${v.sop}\u0000${v.rule}`)) &&
    (v.command === undefined || cmds === undefined || cmds.includes(v.command));
  // The rules broken near the bad events, told with their whole-run count and first time (the
  // learner's, as the SOP section counts them), so a rule never shows two different counts.
  const mine = isLearnerViolation(world);
  const totals = new Map(
    sopClusters(world, mine).map((c) => [`${c.sop}\u0000${c.rule}\u0000${c.role}`, c]),
  );
  const sops = sopClusters(world, (v) => near(v) && mine(v))
    .slice(0, 2)
    .map(({ sop, rule, role, count: n, first }) => {
      const all = totals.get(`${sop}\u0000${rule}\u0000${role}`);
      return { sop, rule, role, count: all?.count ?? n, first: all?.first ?? first };
    });
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
  if (spec.began !== undefined) out.began = spec.began;
  else if (spec.times.length > 0) out.began = Math.min(...spec.times);
  return out;
}

/** The time-bound rules (`respond_within`) of the cards in play, as `sop\0rule` keys. */
function timeBoundRules(world: World): Set<string> {
  const out = new Set<string>();
  for (const card of activeSopCards(world))
    for (const rule of card.rules)
      if (rule.kind === 'respond_within') out.add(`${card.id}\u0000${rule.id}`);
  return out;
}

/** A list parameter of SKU names. */
export const skuList = (ids: readonly string[]): ReviewParam => ({
  type: 'list',
  items: ids.map((sku) => ({ type: 'sku', sku })),
});

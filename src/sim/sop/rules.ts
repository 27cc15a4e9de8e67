import type { SopCard, SopRule } from '../../scenario/schema';
import { emit } from '../engine/log';
import type { CommandType, RuleTrigger, SeatRole } from '../ids';
import type { Command, World } from '../world';

/** What a command is about, for rules that look at the same order, ticket or SKU. */
export interface CommandRefs {
  order?: string;
  ticket?: string;
  sku?: string;
  review?: string;
  /** The SKU price the command would leave in place (price rules). */
  price?: number;
}

interface ActiveSops {
  sops: readonly string[];
  sopsLength: number;
  cardsLength: number;
  cards: SopCard[];
  /** Time-bound rules by the log event that starts their clock, in card and rule order. */
  timed: Map<string, { card: SopCard; rule: Extract<SopRule, { kind: 'respond_within' }> }[]>;
}

/**
 * The cards in play, worked out once per scenario rather than on every tick and command (a
 * derived cache; checked against the scenario's lists so an edited scenario is read afresh).
 */
const ACTIVE = new WeakMap<readonly SopCard[], ActiveSops>();

function active(world: World): ActiveSops {
  const { sops, sopCards } = world.scenario;
  const known = ACTIVE.get(sopCards);
  if (
    known?.sops === sops &&
    known.sopsLength === sops.length &&
    known.cardsLength === sopCards.length
  )
    return known;
  const used = new Set(sops);
  const cards = sopCards.filter((c) => used.has(c.id));
  const timed: ActiveSops['timed'] = new Map();
  for (const card of cards)
    for (const rule of card.rules) {
      if (rule.kind !== 'respond_within') continue;
      const event = TRIGGER_REF[rule.trigger].event;
      const list = timed.get(event) ?? [];
      list.push({ card, rule });
      timed.set(event, list);
    }
  const entry = { sops, sopsLength: sops.length, cardsLength: sopCards.length, cards, timed };
  ACTIVE.set(sopCards, entry);
  return entry;
}

/** The SOP cards in play in this scenario (shared: do not modify). */
export function activeSopCards(world: World): SopCard[] {
  return active(world).cards;
}

function violate(
  world: World,
  card: SopCard,
  rule: SopRule,
  cmd: Pick<Command, 'seat' | 'role' | 'type'> | undefined,
  ref?: string,
): void {
  // The aftermath's routine crew is not the learner: nothing it does is charged as a violation.
  if (world.phase !== 'drill') return;
  const role: SeatRole = cmd?.role ?? card.role;
  const seat =
    cmd?.seat ?? Object.values(world.seats).find((s) => s.role === card.role)?.id ?? card.role;
  world.violations.push({
    t: world.clock,
    sop: card.id,
    rule: rule.id,
    role,
    seat,
    command: cmd?.type,
    ref,
  });
  emit(world, {
    type: 'sop_violation',
    role: role === 'trainer' ? 'trainer' : role,
    seat,
    sop: card.id,
    rule: rule.id,
    command: cmd?.type,
    detail: ref,
  });
}

function breaks(world: World, rule: SopRule, cmd: Command, refs: CommandRefs): boolean {
  switch (rule.kind) {
    case 'requires_prior': {
      if (rule.command !== cmd.type) return false;
      if (rule.template && cmd.payload.template !== rule.template) return false;
      // Steps about an order or ticket count for it; shop-wide steps (reading the funnel) count for the seat.
      const keys = [
        refs.ticket,
        refs.order,
        refs.order || refs.ticket ? undefined : `seat:${cmd.seat}`,
      ];
      const done = keys.flatMap((k) => (k ? (world.trail[k] ?? []) : []));
      return !rule.prior.some((p) => done.includes(p as CommandType));
    }
    case 'max_amount':
      return rule.command === cmd.type && Number(cmd.payload.amount ?? 0) > rule.limit;
    case 'price_floor': {
      if (refs.price === undefined || !refs.sku) return false;
      const sku = world.skus[refs.sku];
      return !!sku && (refs.price - sku.cost) / refs.price < rule.minMargin;
    }
    case 'stock_guard': {
      if (!rule.commands.includes(cmd.type)) return false;
      if (refs.sku) return (world.skus[refs.sku]?.sellable ?? 0) < rule.minStock;
      let total = 0;
      for (const s of Object.values(world.skus)) total += s.sellable;
      return total < rule.minStock;
    }
    case 'requires_flag':
      return rule.command === cmd.type && !cmd.payload[rule.flag];
    case 'respond_within':
      return false;
  }
}

/**
 * Checks an accepted command against every SOP rule in play, records violations, answers
 * pending time-bound rules, and remembers the step for later `requires_prior` checks.
 */
export function checkCommandRules(world: World, cmd: Command, refs: CommandRefs): void {
  // A command may answer a trigger from this very second, before the tick has looked at it.
  scanTriggers(world);
  for (const card of activeSopCards(world)) {
    for (const rule of card.rules) {
      if (breaks(world, rule, cmd, refs))
        violate(world, card, rule, cmd, refs.order ?? refs.ticket ?? refs.sku);
      if (rule.kind === 'respond_within' && rule.commands.includes(cmd.type))
        answerPending(world, rule.id, refs);
    }
  }
  for (const key of [
    refs.order,
    refs.ticket,
    refs.order || refs.ticket ? undefined : `seat:${cmd.seat}`,
  ]) {
    if (key) (world.trail[key] ??= []).push(cmd.type);
  }
}

function answerPending(world: World, ruleId: string, refs: CommandRefs): void {
  const keys = [refs.order, refs.sku, refs.review, '*'];
  const i = world.pendingRules.findIndex((p) => p.rule === ruleId && keys.includes(p.ref));
  if (i >= 0) world.pendingRules.splice(i, 1);
}

const TRIGGER_REF: Record<
  RuleTrigger,
  {
    event: string;
    ref: (e: { order?: string; sku?: string; detail?: string }) => string | undefined;
  }
> = {
  bad_review_posted: {
    event: 'bad_review_posted',
    ref: (e) => (e.detail ? `review:${e.detail}` : undefined),
  },
  return_received: { event: 'return_received', ref: (e) => e.order },
  stockout: { event: 'stockout', ref: (e) => e.sku },
  aftersale_requested: { event: 'aftersale_requested', ref: (e) => e.order },
  incident_started: { event: 'incident_started', ref: () => '*' },
};

/** Starts the clock of time-bound rules on trigger events the log gained since the last look. */
function scanTriggers(world: World): void {
  const { timed } = active(world);
  const log = world.log;
  if (timed.size === 0) {
    world.ruleCursor = Math.max(world.ruleCursor, log.length);
    return;
  }
  for (; world.ruleCursor < log.length; world.ruleCursor++) {
    const e = log[world.ruleCursor];
    const rules = e && timed.get(e.type);
    if (!rules) continue;
    for (const { card, rule } of rules) {
      const ref = TRIGGER_REF[rule.trigger].ref(e);
      const dup = world.pendingRules.some((p) => p.rule === rule.id && p.ref === ref);
      if (ref && !dup)
        world.pendingRules.push({ rule: rule.id, sop: card.id, due: e.t + rule.withinS, ref });
    }
  }
}

/** Starts the clock of time-bound rules on new trigger events and records missed deadlines. */
export function tickTimedRules(world: World): void {
  scanTriggers(world);
  if (world.pendingRules.length === 0) return;
  const cards = activeSopCards(world);
  for (let i = world.pendingRules.length - 1; i >= 0; i--) {
    const p = world.pendingRules[i];
    if (!p || p.due > world.clock) continue;
    world.pendingRules.splice(i, 1);
    const card = cards.find((c) => c.id === p.sop);
    const rule = card?.rules.find((r) => r.id === p.rule);
    if (card && rule) violate(world, card, rule, undefined, p.ref);
  }
}

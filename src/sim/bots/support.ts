import type { ReplyTemplate, TicketTopic } from '../ids';
import type { ClaimView, SupportObservation, TicketView } from '../observe';
import { judgeClaim } from './claims';
import type { BotProfile } from './levels';
import type { BotCommand, BotPolicy, BotTurn } from './policy';

const ANSWER: Record<TicketTopic, ReplyTemplate> = {
  presale: 'presale_answer',
  bargain: 'bargain_decline',
  urge: 'ship_eta',
  address: 'address_confirm',
  wismo: 'logistics_status',
  damaged: 'apology',
  aftersale: 'aftersale_guide',
  bad_review: 'review_follow_up',
};
const WRONG: ReplyTemplate = 'greeting';
const REQUESTED = ['refund_requested', 'return_requested', 'exchange_requested'];

type Step = (c: BotCommand) => boolean;

/**
 * Chats this agent will never act on again while they stay open: solved, answered with the
 * right reply, looked up as far as the agent looks, and forgotten (never resolved, `fg` note
 * 1). A chat's order is fixed, solved / replies / look-ups only accumulate and notes persist,
 * so nothing can wake one; later turns pass them by without building their views (a forgetful
 * agent's queue grows all day). Derived, kept beside the bot's notes and not in them: losing
 * it costs only time.
 */
const DORMANT = new WeakMap<Record<string, number>, Set<string>>();

const LOOKS_UP_LOGISTICS: readonly TicketTopic[] = ['wismo', 'aftersale', 'damaged'];

function dormantChats(notes: Record<string, number>): Set<string> {
  let set = DORMANT.get(notes);
  if (!set) DORMANT.set(notes, (set = new Set()));
  return set;
}

/** Whether `chatTurn` would pass this chat by now and on every later turn (see `DORMANT`). */
export function isDormant(t: TicketView, notes: Record<string, number>): boolean {
  if (notes[`fg:${t.id}`] !== 1 || !t.solved || t.firstReplyAt === undefined) return false;
  if (!t.templates.includes(ANSWER[t.topic])) return false;
  if (!t.order) return true;
  const looks = notes[`lk:${t.id}`];
  if (looks === 0) return true;
  if (looks !== 1 || !t.done.includes('lookup_order')) return false;
  return !LOOKS_UP_LOGISTICS.includes(t.topic) || t.done.includes('lookup_logistics');
}

/** A conversation the agent leaves alone this turn: over, handed on, or not noticed yet. */
function passesOver(obs: SupportObservation, p: BotProfile, t: TicketView): boolean {
  if (t.state === 'escalated' || t.state === 'closed' || t.state === 'resolved') return true;
  return t.firstReplyAt === undefined && obs.clock - t.openedAt < p.noticeS;
}

/**
 * Whether this turn would do nothing at all — no command, no dice, no note — so the runner
 * may skip it: every chat is passed over, no claim waits and every open bad review has been
 * weighed and left. Read through the same observation as the turn; never true by mistake.
 */
export function supportIdle(obs: SupportObservation, turn: BotTurn): boolean {
  const p = turn.profile;
  if (obs.queued() > 0) {
    for (const t of obs.tickets(DORMANT.get(turn.notes))) if (!passesOver(obs, p, t)) return false;
    for (const _ of obs.aftersales()) return false;
  }
  if (p.followsReviews > 0)
    for (const r of obs.badReviews()) if (turn.notes[`rv:${r.index}`] !== 0) return false;
  return true;
}

/**
 * 客服 bot: oldest conversations first; look up, answer with the right quick reply, act on
 * the order where the topic needs it, resolve. Sloppier levels skip look-ups, misanswer,
 * promise goodwill money on a simple urge, and approve claims without weighing them.
 */
export const supportBot: BotPolicy<'support'> = (obs, turn) => {
  const { profile: p, notes } = turn;
  let budget = p.supportActions * obs.agents;
  const step: Step = (c) => {
    budget--;
    return turn.act(c);
  };
  const dormant = dormantChats(notes);
  for (const t of obs.tickets(dormant)) {
    if (budget <= 0) break;
    if (passesOver(obs, p, t)) continue;
    if (isDormant(t, notes)) {
      dormant.add(t.id);
      continue;
    }
    chatTurn(obs, turn, t, step);
  }
  for (const claim of obs.aftersales()) {
    if (budget <= 0) break;
    reviewClaim(obs, turn, claim.order, step);
  }
  if (p.followsReviews > 0) {
    for (const r of obs.badReviews()) {
      if (budget <= 0) break;
      const key = `rv:${r.index}`;
      if (notes[key] === undefined) notes[key] = turn.chance(p.followsReviews) ? 1 : 0;
      if (notes[key] !== 1) continue;
      step({ type: 'follow_up_review', payload: { review: r.index } });
    }
  }
};

/** One step on one conversation (exported for the test that dormant chats are truly inert). */
export function chatTurn(obs: SupportObservation, turn: BotTurn, t: TicketView, step: Step): void {
  const { profile: p, notes } = turn;
  const order = t.order;
  const lookupKey = `lk:${t.id}`;
  if (order && notes[lookupKey] === undefined) notes[lookupKey] = turn.chance(p.lookupRate) ? 1 : 0;
  const looks = !!order && notes[lookupKey] === 1;
  if (order && looks && !t.done.includes('lookup_order')) {
    step({ type: 'lookup_order', payload: { order: order.id, ticket: t.id } });
    return;
  }
  if (
    order &&
    looks &&
    order.shippedAt !== undefined &&
    (t.topic === 'wismo' || t.topic === 'aftersale' || t.topic === 'damaged') &&
    !t.done.includes('lookup_logistics')
  ) {
    step({ type: 'lookup_logistics', payload: { order: order.id, ticket: t.id } });
    return;
  }
  if (order && !t.solved && actOnOrder(obs, turn, t, step)) return;
  if (t.firstReplyAt === undefined || !t.templates.includes(ANSWER[t.topic])) {
    const wrong = notes[`wr:${t.id}`] === undefined && turn.chance(p.wrongTemplate);
    notes[`wr:${t.id}`] = 1;
    step({
      type: 'reply_ticket',
      payload: { ticket: t.id, template: wrong ? WRONG : ANSWER[t.topic] },
    });
    return;
  }
  if (!t.solved && t.topic === 'bargain') {
    step({ type: 'issue_coupon', payload: { ticket: t.id, amount: 5 } });
    return;
  }
  if (!t.solved && t.replies >= 3) {
    step({ type: 'escalate_ticket', payload: { ticket: t.id } });
    return;
  }
  const forgetKey = `fg:${t.id}`;
  if (notes[forgetKey] === undefined) notes[forgetKey] = turn.chance(p.forgetResolve) ? 1 : 0;
  if (notes[forgetKey] === 1) return;
  step({ type: 'resolve_ticket', payload: { ticket: t.id } });
}

/**
 * Reviews one claim as this level does: a careful agent looks the order and the trace up
 * first, then weighs what they show; a hurried one approves what it has not looked at.
 */
function reviewClaim(
  obs: SupportObservation,
  turn: BotTurn,
  orderId: string,
  step: Step,
  ticket?: string,
): boolean {
  const { profile: p, notes } = turn;
  const key = `lk:${orderId}`;
  if (notes[key] === undefined) notes[key] = turn.chance(p.lookupRate) ? 1 : 0;
  const claim = obs.claim(orderId);
  if (!claim) return false;
  const ref = ticket ? { ticket } : {};
  if (notes[key] === 1 && !claim.lookedUpOrder)
    return step({ type: 'lookup_order', payload: { order: orderId, ...ref } });
  if (notes[key] === 1 && p.rejectClaimAt < Infinity && claim.shipped && !claim.lookedUpLogistics)
    return step({ type: 'lookup_logistics', payload: { order: orderId, ...ref } });
  return decide(claim, p, step, ref);
}

function decide(claim: ClaimView, p: BotProfile, step: Step, ref: { ticket?: string }): boolean {
  const verdict = judgeClaim(claim, p.rejectClaimAt);
  // 补发 beats a refund when a new unit costs less than the money back and keeps the sale.
  if (!verdict.reject && p.resends && claim.resendable && claim.resendCost < claim.amount)
    return step({ type: 'resend_item', payload: { order: claim.order, ...ref } });
  return step(
    verdict.reject
      ? {
          type: 'reject_aftersale',
          payload: { order: claim.order, ...ref, reason: verdict.reason },
        }
      : { type: 'approve_aftersale', payload: { order: claim.order, ...ref } },
  );
}

/** The order action a topic needs, if any; returns true when a step was taken. */
function actOnOrder(obs: SupportObservation, turn: BotTurn, t: TicketView, step: Step): boolean {
  const o = t.order;
  if (!o) return false;
  switch (t.topic) {
    case 'address':
      if (o.addressChangeable) return step({ type: 'change_address', payload: { order: o.id } });
      if (o.state === 'handed_over' || o.state === 'in_transit')
        return step({ type: 'request_intercept', payload: { order: o.id, ticket: t.id } });
      return false;
    case 'damaged':
    case 'aftersale':
      if (REQUESTED.includes(o.state)) return reviewClaim(obs, turn, o.id, step, t.id);
      return false;
    case 'urge': {
      if (o.compensation > 0) return false;
      if (o.late)
        return step({ type: 'compensate', payload: { order: o.id, amount: 5, ticket: t.id } });
      // 先赔再说: a novice soothes a buyer whose parcel is not even late with goodwill money.
      const key = `op:${t.id}`;
      if (turn.notes[key] === undefined)
        turn.notes[key] = turn.chance(turn.profile.overPromise) ? 1 : 0;
      if (turn.notes[key] !== 1) return false;
      return step({ type: 'compensate', payload: { order: o.id, amount: 10, ticket: t.id } });
    }
    default:
      return false;
  }
}

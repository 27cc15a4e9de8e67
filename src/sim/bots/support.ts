import type { ReplyTemplate, TicketTopic } from '../ids';
import { chance } from '../rng';
import type { Order, Ticket, World } from '../world';
import type { BotPolicy } from './run';
import { ADDRESS_CHANGEABLE } from '../orders/states';

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

/** Whether this claim is a genuine one, judged as a careful agent would: by the tracking. */
function looksGenuine(world: World, order: Order, checksFraud: boolean): boolean {
  const as = order.aftersale;
  if (!as) return true;
  // "Not received / empty parcel" on a parcel the tracking shows signed for is the classic 恶意退款.
  if (
    checksFraud &&
    as.type === 'refund_only' &&
    (as.reason === 'fake_claim' || as.reason === 'not_received')
  ) {
    return order.deliveredAt === undefined;
  }
  return true;
}

/**
 * 客服 bot: oldest conversations first; look up, answer with the right quick reply, act on
 * the order where the topic needs it, resolve. Sloppier levels skip look-ups and misanswer.
 */
export const supportBot: BotPolicy = (world, _seat, p, act) => {
  let budget = p.supportActions * world.scenario.support.agents;
  const notes = world.bots[_seat.id]?.notes ?? {};
  const did = (t: Ticket, c: string) => (world.trail[t.id] ?? []).includes(c as never);
  for (const id of [...world.queues.tickets]) {
    if (budget <= 0) break;
    const t = world.tickets[id];
    if (!t || t.state === 'escalated' || t.state === 'closed' || t.state === 'resolved') continue;
    if (t.firstReplyAt === undefined && world.clock - t.openedAt < p.noticeS) continue;
    const order = t.order ? world.orders[t.order] : undefined;
    const step = (c: Parameters<typeof act>[0]) => {
      budget--;
      return act(c);
    };
    const lookupKey = `lk:${t.id}`;
    if (order && notes[lookupKey] === undefined) {
      notes[lookupKey] = chance(world.rng, p.lookupRate) ? 1 : 0;
    }
    if (order && notes[lookupKey] === 1 && !did(t, 'lookup_order')) {
      step({ type: 'lookup_order', payload: { order: order.id, ticket: t.id } });
      continue;
    }
    if (
      order &&
      notes[lookupKey] === 1 &&
      order.shippedAt !== undefined &&
      (t.topic === 'wismo' || t.topic === 'aftersale' || t.topic === 'damaged') &&
      !did(t, 'lookup_logistics')
    ) {
      step({ type: 'lookup_logistics', payload: { order: order.id, ticket: t.id } });
      continue;
    }
    if (order && !t.solved && actOnOrder(world, t, order, p.checksFraud, step)) continue;
    if (t.firstReplyAt === undefined || !t.templates.includes(ANSWER[t.topic])) {
      const wrong = notes[`wr:${t.id}`] === undefined && chance(world.rng, p.wrongTemplate);
      notes[`wr:${t.id}`] = 1;
      step({
        type: 'reply_ticket',
        payload: { ticket: t.id, template: wrong ? WRONG : ANSWER[t.topic] },
      });
      continue;
    }
    if (!t.solved && t.topic === 'bargain') {
      step({ type: 'issue_coupon', payload: { ticket: t.id, amount: 5 } });
      continue;
    }
    if (!t.solved && t.replies >= 3) {
      step({ type: 'escalate_ticket', payload: { ticket: t.id } });
      continue;
    }
    const forgetKey = `fg:${t.id}`;
    if (notes[forgetKey] === undefined)
      notes[forgetKey] = chance(world.rng, p.forgetResolve) ? 1 : 0;
    if (notes[forgetKey] === 1) continue;
    step({ type: 'resolve_ticket', payload: { ticket: t.id } });
  }
  for (const id of [...world.queues.aftersales]) {
    if (budget <= 0) break;
    const o = world.orders[id];
    if (!o) continue;
    budget--;
    decide(world, o, p.checksFraud, (c) => act(c));
  }
  if (p.followsReviews > 0) {
    world.reviews.forEach((r, i) => {
      if (budget <= 0 || r.followedUp || r.stars > 2) return;
      const key = `rv:${i}`;
      if (notes[key] === undefined) notes[key] = chance(world.rng, p.followsReviews) ? 1 : 0;
      if (notes[key] !== 1) return;
      budget--;
      act({ type: 'follow_up_review', payload: { review: i } });
    });
  }
};

type Step = (c: {
  type:
    | 'approve_aftersale'
    | 'reject_aftersale'
    | 'change_address'
    | 'request_intercept'
    | 'compensate'
    | 'follow_up_review';
  payload: Record<string, unknown>;
}) => boolean;

function decide(
  world: World,
  o: Order,
  checksFraud: boolean,
  step: Step,
  ticket?: string,
): boolean {
  const genuine = looksGenuine(world, o, checksFraud);
  const payload: Record<string, unknown> = { order: o.id };
  if (ticket) payload.ticket = ticket;
  if (!genuine) payload.reason = 'tracking shows the parcel was signed for';
  return step({ type: genuine ? 'approve_aftersale' : 'reject_aftersale', payload });
}

/** The order action a topic needs, if any; returns true when a step was taken. */
function actOnOrder(world: World, t: Ticket, o: Order, checksFraud: boolean, step: Step): boolean {
  switch (t.topic) {
    case 'address':
      if (ADDRESS_CHANGEABLE.includes(o.state)) {
        return step({ type: 'change_address', payload: { order: o.id } });
      }
      if (o.state === 'handed_over' || o.state === 'in_transit')
        return step({ type: 'request_intercept', payload: { order: o.id, ticket: t.id } });
      return false;
    case 'damaged':
    case 'aftersale':
      if (['refund_requested', 'return_requested', 'exchange_requested'].includes(o.state))
        return decide(world, o, checksFraud, step, t.id);
      return false;
    case 'urge':
      if (o.late && o.compensation === 0)
        return step({ type: 'compensate', payload: { order: o.id, amount: 5, ticket: t.id } });
      return false;
    default:
      return false;
  }
}

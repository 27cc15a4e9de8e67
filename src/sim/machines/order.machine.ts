import { setup, type EventFromLogic } from 'xstate';

/**
 * The order lifecycle. Flat and context-free on purpose: the order's data lives in the world,
 * the machine only says which move is legal from which state, so a snapshot is just its state
 * value and no deadline hides in an `after` delay (the sim clock drives all timing).
 */
export const orderMachine = setup({
  types: {
    events: {} as
      | { type: 'PAY' }
      | { type: 'CANCEL' }
      | { type: 'TIMEOUT' }
      | { type: 'PICK' }
      | { type: 'PICKED' }
      | { type: 'STOCKOUT' }
      | { type: 'PACK' }
      | { type: 'PACKED' }
      | { type: 'MISPICK_CAUGHT' }
      | { type: 'LABEL' }
      | { type: 'RELABEL' }
      | { type: 'HANDOVER' }
      | { type: 'COLLECT' }
      | { type: 'DELIVER' }
      | { type: 'LOSE' }
      | { type: 'INTERCEPT' }
      | { type: 'RESHIP' }
      | { type: 'RESEND' }
      | { type: 'REFUND' }
      | { type: 'CONFIRM' }
      | { type: 'REVIEW' }
      | { type: 'REQUEST_REFUND' }
      | { type: 'REQUEST_RETURN' }
      | { type: 'REQUEST_EXCHANGE' }
      | { type: 'APPROVE' }
      | { type: 'REJECT' }
      | { type: 'SHIP_RETURN' }
      | { type: 'RECEIVE' }
      | { type: 'INSPECT_FULL' }
      | { type: 'INSPECT_PARTIAL' }
      | { type: 'INSPECT_REFUSE' }
      | { type: 'DISPUTE' }
      | { type: 'ACCEPT' }
      | { type: 'RULE_BUYER' }
      | { type: 'RULE_SELLER' },
  },
}).createMachine({
  id: 'order',
  initial: 'created',
  states: {
    created: { on: { PAY: 'paid', CANCEL: 'cancelled', TIMEOUT: 'abandoned' } },
    paid: { on: { PICK: 'picking', CANCEL: 'cancelled', STOCKOUT: 'paid' } },
    // A buyer may withdraw an unshipped order mid-pick (未发货仅退款): the picker's trip is wasted.
    picking: { on: { PICKED: 'picked', STOCKOUT: 'paid', CANCEL: 'cancelled' } },
    picked: { on: { PACK: 'packing', CANCEL: 'cancelled' } },
    packing: { on: { PACKED: 'packed', MISPICK_CAUGHT: 'paid' } },
    packed: { on: { LABEL: 'labelled', CANCEL: 'cancelled' } },
    labelled: { on: { HANDOVER: 'handed_over', RELABEL: 'packed', CANCEL: 'cancelled' } },
    // At the dock, no courier scan (揽收) yet: a late buyer's refund is granted and the parcel pulled
    // back, as the platform treats a "shipped" order without a scan as not shipped (虚假发货).
    handed_over: { on: { COLLECT: 'in_transit', INTERCEPT: 'intercepted', CANCEL: 'cancelled' } },
    in_transit: { on: { DELIVER: 'delivered', LOSE: 'lost', INTERCEPT: 'intercepted' } },
    intercepted: { on: { RESHIP: 'labelled', REFUND: 'refunded' } },
    lost: { on: { RESHIP: 'paid', REFUND: 'refunded' } },
    delivered: {
      on: {
        CONFIRM: 'completed',
        REQUEST_REFUND: 'refund_requested',
        REQUEST_RETURN: 'return_requested',
        REQUEST_EXCHANGE: 'exchange_requested',
      },
    },
    completed: {
      on: {
        REVIEW: 'reviewed',
        REQUEST_REFUND: 'refund_requested',
        REQUEST_RETURN: 'return_requested',
        REQUEST_EXCHANGE: 'exchange_requested',
      },
    },
    reviewed: {
      on: {
        REQUEST_REFUND: 'refund_requested',
        REQUEST_RETURN: 'return_requested',
        REQUEST_EXCHANGE: 'exchange_requested',
      },
    },
    // 补发: the seller sends a new unit instead of paying back; the claim is settled.
    refund_requested: {
      on: { APPROVE: 'refunded', REJECT: 'aftersale_rejected', RESEND: 'paid' },
    },
    return_requested: {
      on: { APPROVE: 'return_approved', REJECT: 'aftersale_rejected', RESEND: 'paid' },
    },
    exchange_requested: { on: { APPROVE: 'exchange_approved', REJECT: 'aftersale_rejected' } },
    return_approved: { on: { SHIP_RETURN: 'return_in_transit', ACCEPT: 'completed' } },
    exchange_approved: { on: { SHIP_RETURN: 'exchange_in_transit', ACCEPT: 'completed' } },
    return_in_transit: { on: { RECEIVE: 'return_received' } },
    exchange_in_transit: { on: { RECEIVE: 'exchange_received' } },
    return_received: {
      on: {
        INSPECT_FULL: 'refunded',
        INSPECT_PARTIAL: 'partially_refunded',
        INSPECT_REFUSE: 'aftersale_rejected',
      },
    },
    exchange_received: { on: { INSPECT_FULL: 'paid', INSPECT_REFUSE: 'aftersale_rejected' } },
    aftersale_rejected: { on: { DISPUTE: 'disputed', ACCEPT: 'completed' } },
    disputed: { on: { RULE_BUYER: 'refunded', RULE_SELLER: 'completed' } },
    abandoned: { type: 'final' },
    cancelled: { type: 'final' },
    refunded: { type: 'final' },
    partially_refunded: { type: 'final' },
  },
});

export type OrderState =
  | 'created'
  | 'paid'
  | 'picking'
  | 'picked'
  | 'packing'
  | 'packed'
  | 'labelled'
  | 'handed_over'
  | 'in_transit'
  | 'intercepted'
  | 'lost'
  | 'delivered'
  | 'completed'
  | 'reviewed'
  | 'refund_requested'
  | 'return_requested'
  | 'exchange_requested'
  | 'return_approved'
  | 'exchange_approved'
  | 'return_in_transit'
  | 'exchange_in_transit'
  | 'return_received'
  | 'exchange_received'
  | 'aftersale_rejected'
  | 'disputed'
  | 'abandoned'
  | 'cancelled'
  | 'refunded'
  | 'partially_refunded';

export type OrderEvent = EventFromLogic<typeof orderMachine>;

/** States where an order's story ends (final, or at rest when the run ends). */
export const ORDER_END_STATES: readonly OrderState[] = [
  'abandoned',
  'cancelled',
  'refunded',
  'partially_refunded',
  'reviewed',
  'completed',
];

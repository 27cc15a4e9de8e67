import { COMMAND_TYPES, type Role } from '../../sim/ids';

type StationRole = Role;
type Commands<R extends StationRole> = (typeof COMMAND_TYPES)[R][number];

/**
 * Where each command of each role is taken in the station panels: the panel file that issues
 * it and the data-testid of its control (`<id>` stands for the order, ticket, SKU, … it acts on,
 * `<command>` for the command's own name).
 * Typed per role, so a command added to the sim without a control fails to compile; a test
 * also checks that each file really issues its command.
 */
export const CONTROLS: {
  [R in StationRole]: Record<Commands<R>, { file: string; testid: string }>;
} = {
  support: {
    pick_up_ticket: { file: 'support-queue.tsx', testid: 'ticket-<id>-pick-up' },
    reply_ticket: { file: 'support-reply.tsx', testid: 'ticket-<id>-reply-<template>' },
    lookup_order: { file: 'support-order.tsx', testid: 'ticket-<id>-lookup-order' },
    lookup_logistics: { file: 'support-order.tsx', testid: 'ticket-<id>-lookup-logistics' },
    change_address: { file: 'support-order.tsx', testid: 'order-<id>-change-address' },
    issue_coupon: { file: 'support-actions.tsx', testid: 'ticket-<id>-coupon' },
    compensate: { file: 'support-actions.tsx', testid: 'order-<id>-compensate' },
    approve_aftersale: { file: 'support-aftersale.tsx', testid: 'aftersale-<id>-approve' },
    reject_aftersale: { file: 'support-aftersale.tsx', testid: 'aftersale-<id>-reject' },
    resend_item: { file: 'support-aftersale.tsx', testid: 'aftersale-<id>-resend' },
    request_intercept: { file: 'support-order.tsx', testid: 'order-<id>-intercept' },
    escalate_ticket: { file: 'support-actions.tsx', testid: 'ticket-<id>-escalate' },
    resolve_ticket: { file: 'support-actions.tsx', testid: 'ticket-<id>-resolve' },
    follow_up_review: { file: 'support-reviews.tsx', testid: 'review-<id>-follow-up' },
  },
  ops: {
    read_funnel: { file: 'ops-funnel.tsx', testid: 'read-funnel' },
    set_price: { file: 'ops-skus.tsx', testid: 'set-price-<sku>' },
    set_discount: { file: 'ops-skus.tsx', testid: 'set-discount-<sku>' },
    improve_listing: { file: 'ops-skus.tsx', testid: 'improve-<sku>-<aspect>' },
    reorder_stock: { file: 'ops-skus.tsx', testid: 'reorder-<sku>' },
    create_coupon: { file: 'ops-promos.tsx', testid: 'create-coupon' },
    create_promotion: { file: 'ops-promos.tsx', testid: 'create-promotion' },
    schedule_flash_sale: { file: 'ops-promos.tsx', testid: 'schedule-flash-sale' },
    set_ad_budget: { file: 'ops-ads.tsx', testid: 'set-ad-budget-<channel>' },
  },
  warehouse: {
    pick_wave: { file: 'warehouse-pick.tsx', testid: 'pick-wave-<sku>' },
    pack_orders: { file: 'warehouse-outbound.tsx', testid: 'pack-orders' },
    print_waybill: { file: 'warehouse-outbound.tsx', testid: 'print-waybill' },
    handover: { file: 'warehouse-outbound.tsx', testid: 'handover' },
    report_stockout: { file: 'warehouse-stock.tsx', testid: 'report-stockout-<sku>' },
    cycle_count: { file: 'warehouse-stock.tsx', testid: 'cycle-count-<sku>' },
    receive_return: { file: 'warehouse-returns.tsx', testid: 'receive-return-<id>' },
    inspect_return: { file: 'warehouse-returns.tsx', testid: 'inspect-return-<id>' },
  },
  buyer: {
    browse: { file: 'buyer-store.tsx', testid: 'browse-<sku>' },
    ask_presale: { file: 'buyer-store.tsx', testid: 'ask-<sku>' },
    add_to_cart: { file: 'buyer-store.tsx', testid: 'cart-<sku>' },
    place_order: { file: 'buyer-store.tsx', testid: 'order-<sku>' },
    pay_order: { file: 'buyer-orders.tsx', testid: 'my-order-<id>-<command>' },
    cancel_order: { file: 'buyer-orders.tsx', testid: 'my-order-<id>-<command>' },
    change_address: { file: 'buyer-orders.tsx', testid: 'my-order-<id>-<command>' },
    urge_shipment: { file: 'buyer-orders.tsx', testid: 'my-order-<id>-<command>' },
    confirm_receipt: { file: 'buyer-orders.tsx', testid: 'my-order-<id>-<command>' },
    write_review: { file: 'buyer-review.tsx', testid: 'review-submit-<id>' },
    request_aftersale: { file: 'buyer-aftersale.tsx', testid: 'aftersale-submit-<id>' },
    ship_return: { file: 'buyer-orders.tsx', testid: 'my-order-<id>-<command>' },
    open_dispute: { file: 'buyer-orders.tsx', testid: 'my-order-<id>-<command>' },
    report_friction: { file: 'buyer-mystery.tsx', testid: 'friction-<kind>' },
  },
};

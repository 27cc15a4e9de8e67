import type { CommandType, IncidentKind, KpiId, Role } from './ids';

/**
 * Domain events appended to the world's log. The 复盘 draws its evidence from them, the UI
 * animates them, and tutorial steps wait for them.
 */
export const EVENT_TYPES = [
  'run_started',
  'run_finished',
  'aftermath_started',
  'command',
  'visitor_inquired',
  'order_created',
  'order_paid',
  'order_abandoned',
  'order_cancelled',
  'order_oversold',
  'stockout',
  'stock_reported',
  'pick_started',
  'picked',
  'mispick',
  'mispick_caught',
  'packed',
  'labelled',
  'handed_over',
  'shipped',
  'ship_late',
  'courier_delayed',
  'parcel_lost',
  'intercepted',
  'item_resent',
  'delivered',
  'confirmed',
  'review_posted',
  'bad_review_posted',
  'follow_up_posted',
  'review_followed_up',
  'aftersale_requested',
  'aftersale_approved',
  'aftersale_rejected',
  'aftersale_auto_approved',
  'return_shipped',
  'return_received',
  'return_inspected',
  'refunded',
  'dispute_opened',
  'dispute_ruled',
  'ticket_opened',
  'ticket_first_reply',
  'ticket_resolved',
  'ticket_escalated',
  'ticket_abandoned',
  'ticket_closed',
  'compensation_paid',
  'coupon_issued',
  'price_changed',
  'promotion_started',
  'promotion_ended',
  'ad_budget_changed',
  'listing_improved',
  'restock_ordered',
  'restock_arrived',
  'incident_started',
  'incident_ended',
  'sop_violation',
  'friction_reported',
  'target_crossed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One entry of the event log. Flat so it serialises small and filters fast. */
export interface SimEvent {
  /** Sim-seconds since the start of the run. */
  t: number;
  type: EventType;
  role?: Role | 'trainer' | 'customer' | 'system';
  seat?: string;
  order?: string;
  ticket?: string;
  sku?: string;
  customer?: string;
  incident?: string;
  incidentKind?: IncidentKind;
  sop?: string;
  rule?: string;
  command?: CommandType;
  kpi?: KpiId;
  value?: number;
  detail?: string;
}

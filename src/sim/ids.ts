/**
 * The fixed vocabularies of the simulation. Scenario files, exports and tests use these ids,
 * so they never change meaning; tables keyed by them are typed `Record<Id, Def>` so a missing
 * entry fails to compile.
 */

export const ROLES = ['buyer', 'support', 'ops', 'warehouse'] as const;
export type Role = (typeof ROLES)[number];

/** A trainer seat may inject incidents; it plays no shop role. */
export type SeatRole = Role | 'trainer';

export const BOT_LEVELS = ['novice', 'competent', 'expert'] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const KPI_IDS = [
  'uv',
  'add_to_cart_rate',
  'conversion_rate',
  'paid_orders',
  'gmv',
  'aov',
  'refund_amount',
  'refund_rate',
  'net_sales',
  'ad_spend',
  'roas',
  'gross_margin',
  'net_profit',
  'first_response_avg_s',
  'first_response_p90_s',
  'response_3min_rate',
  'inquiry_conversion_rate',
  'resolution_rate',
  'csat',
  'on_time_ship_rate',
  'pick_accuracy',
  'stockouts',
  'oversold_orders',
  'return_processing_avg_s',
  'dsr_description',
  'dsr_service',
  'dsr_logistics',
  'bad_review_rate',
  'dispute_rate',
  'repeat_purchase_rate_pred',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

export const CHANNELS = ['organic', 'search_ads', 'feed_ads', 'livestream', 'returning'] as const;
export type Channel = (typeof CHANNELS)[number];
export const AD_CHANNELS = ['search_ads', 'feed_ads', 'livestream'] as const;
export type AdChannel = (typeof AD_CHANNELS)[number];

export const LISTING_ASPECTS = ['title', 'image', 'detail', 'size_chart'] as const;
export type ListingAspect = (typeof LISTING_ASPECTS)[number];

export const INCIDENT_KINDS = [
  'traffic_surge',
  'courier_delay',
  'oversell',
  'price_mistake',
  'bad_review_storm',
  'fraudulent_refund',
  'supplier_delay',
  'system_outage',
  'quality_complaint_wave',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const OUTAGE_SYSTEMS = ['waybill', 'chat', 'checkout'] as const;
export type OutageSystem = (typeof OUTAGE_SYSTEMS)[number];

/** What a customer writes to support about. Each topic has its own way to be solved. */
export const TICKET_TOPICS = [
  'presale',
  'bargain',
  'urge',
  'address',
  'wismo',
  'damaged',
  'aftersale',
  'bad_review',
] as const;
export type TicketTopic = (typeof TICKET_TOPICS)[number];

/** Quick replies available to support; the SOP cards say which to use when. */
export const REPLY_TEMPLATES = [
  'greeting',
  'presale_answer',
  'bargain_decline',
  'ship_eta',
  'logistics_status',
  'address_confirm',
  'apology',
  'aftersale_guide',
  'review_follow_up',
] as const;
export type ReplyTemplate = (typeof REPLY_TEMPLATES)[number];

export const AFTERSALE_TYPES = ['refund_only', 'return', 'exchange'] as const;
export type AftersaleType = (typeof AFTERSALE_TYPES)[number];

export const RETURN_REASONS = [
  'defect',
  'wrong_item',
  'size',
  'no_reason',
  'not_received',
  'fake_claim',
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const DISPOSITIONS = ['restock', 'refurbish', 'write_off'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const REFUND_DECISIONS = ['full', 'partial', 'none'] as const;
export type RefundDecision = (typeof REFUND_DECISIONS)[number];

/** Friction a mystery shopper (the buyer role) can report. */
export const FRICTIONS = [
  'slow_reply',
  'late_shipment',
  'sold_out',
  'price_error',
  'missing_size_chart',
  'poor_listing',
  'parcel_delay',
  'bad_aftersale',
] as const;
export type Friction = (typeof FRICTIONS)[number];

export const SCENARIO_MODULES = [
  'tutorial',
  'ops',
  'support',
  'warehouse',
  'aftersales',
  'full_chain',
] as const;
export type ScenarioModule = (typeof SCENARIO_MODULES)[number];

export const COMMAND_TYPES = {
  buyer: [
    'browse',
    'ask_presale',
    'add_to_cart',
    'place_order',
    'pay_order',
    'cancel_order',
    'change_address',
    'urge_shipment',
    'confirm_receipt',
    'write_review',
    'request_aftersale',
    'ship_return',
    'open_dispute',
    'report_friction',
  ],
  support: [
    'pick_up_ticket',
    'reply_ticket',
    'lookup_order',
    'lookup_logistics',
    'change_address',
    'issue_coupon',
    'compensate',
    'approve_aftersale',
    'reject_aftersale',
    'resend_item',
    'request_intercept',
    'escalate_ticket',
    'resolve_ticket',
    'follow_up_review',
  ],
  ops: [
    'set_price',
    'set_discount',
    'create_coupon',
    'create_promotion',
    'schedule_flash_sale',
    'set_ad_budget',
    'improve_listing',
    'reorder_stock',
    'read_funnel',
  ],
  warehouse: [
    'pick_wave',
    'pack_orders',
    'print_waybill',
    'handover',
    'report_stockout',
    'receive_return',
    'inspect_return',
    'cycle_count',
  ],
  trainer: ['inject_incident'],
} as const satisfies Record<SeatRole, readonly string[]>;

export type CommandType = (typeof COMMAND_TYPES)[SeatRole][number];
export const ALL_COMMAND_TYPES = [
  ...new Set(Object.values(COMMAND_TYPES).flat()),
] as readonly CommandType[];

/** Moments a time-bound SOP rule can start its clock on. */
export const RULE_TRIGGERS = [
  'bad_review_posted',
  'return_received',
  'stockout',
  'aftersale_requested',
  'incident_started',
] as const;
export type RuleTrigger = (typeof RULE_TRIGGERS)[number];

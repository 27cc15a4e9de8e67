import type {
  AftersaleType,
  Channel,
  Disposition,
  IncidentKind,
  OutageSystem,
  RefundDecision,
  ReplyTemplate,
  ReturnReason,
  TicketTopic,
} from './ids';
import type { CampaignState } from './machines/campaign.machine';
import type { OrderState } from './machines/order.machine';
import type { TicketState } from './machines/ticket.machine';

/** The things a shop's day is made of: customers, orders, conversations, reviews, promotions. */

export interface Customer {
  id: string;
  persona: string;
  channel: Channel;
  /** 0..1: how the shop has treated this buyer; drives reviews and repurchase. */
  satisfaction: number;
  paid: boolean;
  inquired: boolean;
  /** A customer who needs an order decision after a pre-sale chat. */
  pendingSku?: string;
  /** The customer's latest conversation with support. */
  ticket?: string;
  /** The customer's latest order. */
  order?: string;
  scripted?: number;
  /** The seat that plays this customer, if a person or buyer bot does. */
  seat?: string;
  uvCounted?: boolean;
}

export interface Order {
  id: string;
  customer: string;
  sku: string;
  qty: number;
  unitPrice: number;
  discount: number;
  amount: number;
  coupon?: string;
  channel: Channel;
  state: OrderState;
  createdAt: number;
  paidAt?: number;
  shipBy?: number;
  courier?: string;
  handedAt?: number;
  shippedAt?: number;
  deliveredAt?: number;
  etaAt?: number;
  pickedSku?: string;
  verified?: boolean;
  addressOk: boolean;
  refunded: number;
  compensation: number;
  /** What 价保 has already paid back on this order: a second cut pays only the new difference. */
  priceProtected?: number;
  oversold?: boolean;
  stockout?: boolean;
  late?: boolean;
  /** Already counted in on-time shipping (a re-shipped parcel is not counted again). */
  shipCounted?: boolean;
  lost?: boolean;
  delayed?: boolean;
  defective?: boolean;
  aftersale?: Aftersale;
  review?: number;
  fromPresale?: boolean;
  exchanged?: boolean;
  /** Did not fit or suit when tried on: a size return or exchange is on its way. */
  misfit?: boolean;
  /** 补发: a replacement unit was sent for a faulty or missing one, without a refund. */
  resent?: boolean;
}

export interface Aftersale {
  type: AftersaleType;
  reason: ReturnReason;
  requestedAt: number;
  deadline: number;
  decidedAt?: number;
  approved?: boolean;
  rejectReason?: string;
  receivedAt?: number;
  inspectedAt?: number;
  disposition?: Disposition;
  /** Refunded by the platform's 极速退款 when the parcel was posted, before inspection. */
  instantRefund?: boolean;
  /** What the returned parcel really holds; revealed by inspection. */
  condition: 'good' | 'used' | 'defective' | 'empty';
  disputed?: boolean;
  /** The parcel is at the warehouse door, waiting to be signed for. */
  arrived?: boolean;
  /** The verdict being carried out by an inspector. */
  verdict?: { disposition: Disposition; decision: RefundDecision };
  /** An inspector is opening the parcel to see what it holds (before any verdict). */
  examining?: boolean;
  /** When an inspector opened the parcel: from then on its condition is known. */
  examinedAt?: number;
}

export interface Ticket {
  id: string;
  customer: string;
  order?: string;
  sku?: string;
  topic: TicketTopic;
  state: TicketState;
  openedAt: number;
  patienceAt: number;
  pickedBy?: string;
  firstReplyAt?: number;
  replies: number;
  templates: ReplyTemplate[];
  solved: boolean;
  escalated: boolean;
  resolvedAt?: number;
  rating?: number;
}

export interface Review {
  order?: string;
  sku: string;
  t: number;
  stars: number;
  description: number;
  service: number;
  logistics: number;
  textKey: string;
  followedUp: boolean;
  /** The platform's 默认好评: counts among reviews, not in DSR. */
  isDefault?: boolean;
  /** The buyer's 追评, days later. */
  followUp?: { t: number; negative: boolean };
}

export interface Campaign {
  id: string;
  kind: 'flash_sale' | 'coupon' | 'promotion';
  state: CampaignState;
  sku?: string;
  pct?: number;
  start: number;
  end: number;
}

export interface Coupon {
  id: string;
  amount: number;
  minSpend: number;
  /** Coupons issued to one buyer by support; shop-wide coupons have none. */
  customer?: string;
  remaining: number;
  campaign?: string;
  threshold?: number;
}

export interface ActiveIncident {
  id: string;
  kind: IncidentKind;
  start: number;
  end: number;
  sku?: string;
  courier?: string;
  factor?: number;
  system?: OutageSystem;
  mode?: 'sync_lag' | 'mismatch';
  count?: number;
  defectRate?: number;
  extraHours?: number;
  active: boolean;
  /** Price before a price mistake, so the debrief can show the damage. */
  priorPrice?: number;
  injectedBy?: string;
}

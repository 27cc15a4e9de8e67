import type { Scenario } from '../scenario/schema';
import type { SimEvent } from './events';
import type {
  AdChannel,
  AftersaleType,
  BotLevel,
  Channel,
  CommandType,
  Disposition,
  RefundDecision,
  IncidentKind,
  KpiId,
  ListingAspect,
  OutageSystem,
  ReplyTemplate,
  ReturnReason,
  SeatRole,
  TicketTopic,
} from './ids';
import type { OrderState } from './machines/order.machine';
import type { TicketState } from './machines/ticket.machine';
import type { CampaignState } from './machines/campaign.machine';

/**
 * The whole state of one run: plain JSON data, so it can be saved, hashed, sent to a
 * classroom host and replayed. Everything random comes from `rng`; time only from `clock`.
 */
export interface World {
  scenario: Scenario;
  seed: number;
  /** Sim-seconds since the start of the run. */
  clock: number;
  /** Run length in sim-seconds. */
  end: number;
  finished: boolean;
  rng: RngState;
  seq: number;
  seats: Record<string, Seat>;
  skus: Record<string, SkuState>;
  customers: Record<string, Customer>;
  orders: Record<string, Order>;
  tickets: Record<string, Ticket>;
  reviews: Review[];
  campaigns: Record<string, Campaign>;
  coupons: Record<string, Coupon>;
  adBudgets: Record<AdChannel, number>;
  incidents: Record<string, ActiveIncident>;
  queues: Queues;
  labor: Labor;
  agenda: AgendaItem[];
  dsr: DsrState;
  kpi: KpiAccumulators;
  series: KpiSeries;
  log: SimEvent[];
  commandLog: LoggedCommand[];
  /** Commands a seat issued per order / ticket, for SOP rules that need a prior step. */
  trail: Record<string, CommandType[]>;
  pendingRules: PendingRule[];
  /** How far into the log time-bound SOP rules have looked for their triggers. */
  ruleCursor: number;
  violations: Violation[];
  frictionsReported: string[];
  bots: Record<string, BotMemory>;
}

export interface RngState {
  a: number;
  b: number;
  c: number;
  d: number;
}

export interface Seat {
  id: string;
  role: SeatRole;
  /** A seat without a level is played by a person. */
  bot?: BotLevel;
  /** The persona customer a buyer seat plays. */
  customer?: string;
}

export interface SkuState {
  id: string;
  price: number;
  listPrice: number;
  cost: number;
  /** Units physically on the shelves. */
  stock: number;
  /** Units the storefront shows as available (lags during a sync incident). */
  sellable: number;
  /** Units paid for but not yet picked. */
  committed: number;
  discountPct: number;
  listing: Record<ListingAspect, number>;
  /** Listing work in progress: aspect → sim time it completes. */
  listingWork: Partial<Record<ListingAspect, number>>;
  defectRate: number;
  popularity: number;
  sized: boolean;
  bin: string;
  stockoutReported: boolean;
  lastCountAt: number;
}

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
  /** What the returned parcel really holds; revealed by inspection. */
  condition: 'good' | 'used' | 'defective' | 'empty';
  disputed?: boolean;
  /** The parcel is at the warehouse door, waiting to be signed for. */
  arrived?: boolean;
  /** The verdict being carried out by an inspector. */
  verdict?: { disposition: Disposition; decision: RefundDecision };
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

export interface Queues {
  /** Paid orders waiting to be picked, oldest first. */
  pick: string[];
  picked: string[];
  packed: string[];
  labelled: string[];
  dock: string[];
  returns: string[];
  tickets: string[];
  /** Orders with an after-sales request waiting for the seller's answer. */
  aftersales: string[];
}

export interface Labor {
  pickers: number[];
  packers: number[];
}

export type AgendaKind =
  | 'pay'
  | 'unpaid_timeout'
  | 'pick_done'
  | 'pack_done'
  | 'inspect_done'
  | 'courier_pickup'
  | 'deliver'
  | 'after_delivery'
  | 'confirm'
  | 'review'
  | 'ship_return'
  | 'return_arrive'
  | 'aftersale_deadline'
  | 'dispute_ruling'
  | 'urge_check'
  | 'ship_by_check'
  | 'ticket_patience'
  | 'presale_decide'
  | 'restock'
  | 'listing_done'
  | 'incident_start'
  | 'incident_end'
  | 'campaign_start'
  | 'campaign_end'
  | 'scripted_customer'
  | 'incident_drip';

export interface AgendaItem {
  at: number;
  seq: number;
  kind: AgendaKind;
  ref: string;
  n?: number;
}

export interface DsrState {
  description: { sum: number; n: number };
  service: { sum: number; n: number };
  logistics: { sum: number; n: number };
}

export interface KpiAccumulators {
  uv: number;
  cartVisitors: number;
  payingBuyers: number;
  /** Buyers of orders placed before the run (after-sales drills); not part of the funnel. */
  historyBuyers: number;
  paidOrders: number;
  gmv: number;
  refundAmount: number;
  refundedOrders: number;
  adSpend: number;
  adGmv: number;
  cogsKept: number;
  fulfilment: number;
  couponCost: number;
  firstResponses: number[];
  inquirers: number;
  inquirersPaid: number;
  ticketsTotal: number;
  ticketsResolvedClean: number;
  ratings: { sum: number; n: number };
  dueOrders: number;
  onTimeOrders: number;
  picks: number;
  correctPicks: number;
  stockouts: number;
  oversold: number;
  returnProcessing: { sum: number; n: number };
  reviews: number;
  badReviews: number;
  disputes: number;
  repurchaseSum: number;
  /** Per-SKU visitors and paying visitors, for SKU-scoped targets. */
  skuUv: Record<string, number>;
  skuPaid: Record<string, number>;
  skuGmv: Record<string, number>;
  skuStockouts: Record<string, number>;
}

export type KpiSeries = Record<KpiId, number[]>;

export interface LoggedCommand {
  t: number;
  command: Command;
}

export interface PendingRule {
  rule: string;
  sop: string;
  due: number;
  /** The order, SKU, review (`review:<i>`) or incident the answer must be about. */
  ref: string;
}

export interface Violation {
  t: number;
  sop: string;
  rule: string;
  role: SeatRole;
  seat: string;
  command?: CommandType;
  ref?: string;
}

/** Bots keep a little memory between turns, inside the world so runs stay replayable. */
export interface BotMemory {
  nextAt: number;
  notes: Record<string, number>;
}

/** A player's or bot's action. `seat` identifies who sent it; `role` what they claim to be. */
export interface Command {
  seat: string;
  role: SeatRole;
  type: CommandType;
  payload: Record<string, unknown>;
}

export type CommandResult =
  | { ok: true; events: SimEvent[] }
  | { ok: false; reason: string; reasonKey: string; params?: Record<string, string | number> };

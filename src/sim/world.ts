import type { Scenario } from '../scenario/schema';
import type { SimEvent } from './events';
import type {
  Customer,
  Order,
  Aftersale,
  Ticket,
  Review,
  Campaign,
  Coupon,
  ActiveIncident,
} from './entities';
import type { AdChannel, BotLevel, CommandType, KpiId, ListingAspect, SeatRole } from './ids';

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
  /** 'aftermath': the drill is over and the world runs on to let its consequences land. */
  phase: 'drill' | 'aftermath' | 'done';
  /** Sim time the drill stopped (earlier than `end` when the learner ended it early). */
  drillEndedAt?: number;
  /** The learner's own-work figures as they stood when the drill stopped (see `aftermath.ts`). */
  ownWorkAtDrillEnd?: OwnWorkTotals;
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

/**
 * What the learner's own-work KPIs are computed from. The aftermath's routine crew answers the chats,
 * picks and inspects, so these figures are frozen at the drill's end.
 */
export interface OwnWorkTotals {
  firstResponses: number[];
  /** Seconds each customer still unanswered at the drill's end had waited. */
  openWaits: number[];
  repliedWithin3Min: number;
  ticketsTotal: number;
  ticketsResolvedClean: number;
  ratings: { sum: number; n: number };
  /** The warehouse's own work: picks and return handling by the routine crew are not the learner's. */
  picks: number;
  correctPicks: number;
  returnProcessing: { sum: number; n: number };
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
  /** A bot colleague sharing the work of the person in this seat (see `engine/colleagues.ts`). */
  colleagueOf?: string;
  /** Commands this bot seat never issues: a counterfactual replay without them (复盘). */
  without?: CommandType[];
}

export interface SkuState {
  id: string;
  price: number;
  listPrice: number;
  /** The market price buyers compare with: demand answers to price against it. */
  refPrice: number;
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
  /** Negative 追评 on this SKU's listing: buyers read them (see `listingFactor`). */
  badFollowUps?: number;
  /** The unit price last seen by the 价保 watch (see marketplace/price-protection.ts). */
  watchedPrice?: number;
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
  | 'change_of_mind'
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
  | 'incident_drip'
  | 'auto_confirm'
  | 'default_review'
  | 'follow_up_review'
  | 'price_protect';

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
  /** GMV of the orders placed before the run: refunds are measured against it, AOV is not. */
  historyGmv: number;
  refundAmount: number;
  refundedOrders: number;
  adSpend: number;
  adGmv: number;
  cogsKept: number;
  fulfilment: number;
  couponCost: number;
  firstResponses: number[];
  /** First replies that came within three minutes (abandoned chats never do). */
  repliedWithin3Min: number;
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
  /** Disputes on the order of a chat counted as cleanly resolved: the resolution did not hold. */
  disputesAfterResolution: number;
  /** Disputes nobody ever talked to the buyer about: an unresolved case of their own. */
  disputesWithoutChat: number;
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

export type { Customer, Order, Aftersale, Ticket, Review, Campaign, Coupon, ActiveIncident };

import type { BotLevel, Role } from '../ids';

/** How a bot of each level plays: how often it looks, how much it does, how careful it is. */
export interface BotProfile {
  /** Sim-seconds between turns, per role. */
  think: Record<Role, number>;
  /** Seconds before a new chat gets noticed at all. */
  noticeS: number;
  /** Support actions per agent per turn. */
  supportActions: number;
  /** Chance of doing the SOP's look-up before answering. */
  lookupRate: number;
  /** Chance of answering with the wrong quick reply. */
  wrongTemplate: number;
  /** Chance of forgetting to resolve a solved conversation. */
  forgetResolve: number;
  /**
   * Weighs a claim's evidence (trace, photos, the buyer's record) and refuses it when the
   * suspicion points reach this figure; Infinity: approves whatever comes (see claims.ts).
   */
  rejectClaimAt: number;
  /**
   * Settles claims about faulty, wrong or missing goods with 补发 (a new unit) where that costs
   * less than the refund, instead of approving the refund.
   */
  resends: boolean;
  /** Chance of promising the customer a goodwill payment on an urge that is not late yet. */
  overPromise: number;
  /** Follows up bad reviews. */
  followsReviews: number;
  /** Orders per pick wave. */
  wave: number;
  /** Chance a picked unit is the wrong SKU. */
  mispick: number;
  /** Share of packing batches done with the 复核 scan check. */
  verifyRate: number;
  /** Chance of losing track of a courier's pick-up cut-off (no waybills or handover before it). */
  forgetCutoff: number;
  /** Chooses the courier by its next pick-up and the ship-by deadline. */
  smartCourier: boolean;
  /** Reports stock-outs, counts stock, reorders ahead. */
  stockCare: number;
  /** Opens returns before deciding and decides by what they hold (else restocks and refunds all). */
  carefulInspection: boolean;
  /** Operations: works on listings, fixes wrong prices, manages ads sensibly. */
  opsSkill: number;
  /** Mystery shopper: share of observed frictions reported. */
  frictionRecall: number;
}

export const BOT_PROFILES: Record<BotLevel, BotProfile> = {
  novice: {
    think: { buyer: 120, support: 75, ops: 1800, warehouse: 90 },
    noticeS: 60,
    supportActions: 2,
    lookupRate: 0.3,
    wrongTemplate: 0.25,
    forgetResolve: 0.3,
    rejectClaimAt: Infinity,
    resends: false,
    overPromise: 0.3,
    followsReviews: 0,
    wave: 1,
    mispick: 0.02,
    verifyRate: 0.3,
    forgetCutoff: 0.15,
    smartCourier: false,
    stockCare: 0,
    carefulInspection: false,
    opsSkill: 0,
    frictionRecall: 0.2,
  },
  competent: {
    think: { buyer: 60, support: 25, ops: 900, warehouse: 30 },
    noticeS: 5,
    supportActions: 4,
    lookupRate: 0.85,
    wrongTemplate: 0.05,
    forgetResolve: 0.05,
    rejectClaimAt: 4,
    resends: false,
    overPromise: 0.05,
    followsReviews: 0.5,
    wave: 6,
    mispick: 0.006,
    verifyRate: 1,
    forgetCutoff: 0.02,
    smartCourier: false,
    stockCare: 0.5,
    carefulInspection: true,
    opsSkill: 0.5,
    frictionRecall: 0.6,
  },
  expert: {
    think: { buyer: 30, support: 8, ops: 300, warehouse: 10 },
    noticeS: 0,
    supportActions: 8,
    lookupRate: 1,
    wrongTemplate: 0,
    forgetResolve: 0,
    rejectClaimAt: 3,
    resends: true,
    overPromise: 0,
    followsReviews: 1,
    wave: 12,
    mispick: 0.0005,
    verifyRate: 1,
    forgetCutoff: 0,
    smartCourier: true,
    stockCare: 1,
    carefulInspection: true,
    opsSkill: 1,
    frictionRecall: 1,
  },
};

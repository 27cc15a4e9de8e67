import type { reviewEn } from '../../i18n/locales/review.en';
import type { IncidentKind, KpiId, Role, SeatRole } from '../ids';
import type { KpiUnit } from '../kpi/defs';
import type {
  Judgement,
  Stars,
  TargetOp,
  TargetResult,
  TeamScore,
  Verdict,
} from '../scoring/score';
import type { Intervention } from './counterfactual/intervention';
import type { CounterfactualSet } from './counterfactual/replay';

/** Dotted paths to the string leaves of a nested message table. */
export type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPaths<T[K]>}`;
}[keyof T & string];

/** A key of the `review` locale section, e.g. `cause.ship_late`. */
export type ReviewKey = LeafPaths<typeof reviewEn>;

/** What an analyser found, e.g. `ship_late`; each has a short label in `review.label`. */
export type CauseKind = keyof typeof reviewEn.label;

/** Word lists of the `common` locale section that a parameter may name. */
export type TermGroup =
  | 'returnReason'
  | 'aftersaleType'
  | 'ticketTopic'
  | 'channel'
  | 'friction'
  | 'listingAspect'
  | 'outageSystem';

/**
 * A message parameter. Plain strings (ids) and numbers are shown as they are; tagged values are
 * rendered in the reader's language: sim times as the scenario clock "HH:MM", KPI values in
 * their unit, roles / incidents / SOPs / SKUs / couriers by their localized names.
 */
export type ReviewParam =
  | string
  | number
  | { type: 'time'; t: number }
  | { type: 'window'; from: number; to: number }
  | { type: 'duration'; seconds: number }
  | { type: 'kpi'; kpi: KpiId; value: number }
  | { type: 'kpiName'; kpi: KpiId }
  | { type: 'amount'; unit: KpiUnit; value: number }
  | { type: 'target'; kpi: KpiId; op: TargetOp; value: number }
  | { type: 'role'; role: SeatRole }
  | { type: 'incident'; kind: IncidentKind }
  | { type: 'sop'; sop: string }
  | { type: 'rule'; sop: string; rule: string }
  | { type: 'sku'; sku: string }
  | { type: 'courier'; courier: string }
  | { type: 'term'; group: TermGroup; id: string }
  | { type: 'msg'; msg: Msg }
  | { type: 'list'; items: ReviewParam[] }
  | { type: 'scenario'; field: 'title' | 'story' };

/** A sentence as data: a `review` message key and its parameters (no language inside). */
export interface Msg {
  key: ReviewKey;
  params: Record<string, ReviewParam>;
}

/** A sim-time span [from, to) in sim-seconds. */
export interface TimeWindow {
  from: number;
  to: number;
}

/** An incident card tied to a cause. */
export interface IncidentRef {
  id: string;
  kind: IncidentKind;
  start: number;
  end: number;
}

/** SOP violations of one rule, as evidence. */
export interface SopRef {
  sop: string;
  rule: string;
  role: SeatRole;
  count: number;
  first: number;
}

/** One reason a target was missed (or one cluster of SOP violations), with its evidence. */
export interface Cause {
  /** Stable id: `<target index>:<kind>` or `sop:<sop>:<rule>`. */
  id: string;
  /** Index into `results.targets`; absent for SOP-violation clusters. */
  target?: number;
  kpi?: KpiId;
  /** The analyser's finding, e.g. `ship_late`, `mispick`, `sop_violations`. */
  kind: CauseKind;
  /** The finding in one sentence: how many, when. */
  text: Msg;
  /** Supporting facts from the log: incidents, SOP rules, examples. */
  evidence: Msg[];
  /** The 10-minute (or hourly) window where most of the bad events happened. */
  window?: TimeWindow;
  count?: number;
  incidents: IncidentRef[];
  sops: SopRef[];
  /** Example order / ticket / SKU ids, for drill-down in the debrief. */
  refs: string[];
  ownerRole: Role;
  /** What to change; becomes an action item. */
  fix: Msg;
  /** Further changes from findings merged into this cause (same counterfactual test). */
  alsoFix?: Msg[];
  /** Sim time of the first bad event: where a what-if branch starts. */
  began?: number;
  /** The counterfactual replay that proved the cause moves its KPI. */
  proof?: CauseProof;
  /** The SOP card the cause's action concerns, when the analyser knows it. */
  sop?: string;
}

/** A cause's counterfactual: the same scenario and seed replayed with one change. */
export interface CauseProof {
  /** Intervention key (`expert:warehouse`, `incident:inc1`, …). */
  key: string;
  /** The replayed change; absent when the figure is exact arithmetic on the run's own log. */
  intervention?: Intervention;
  kpi: KpiId;
  /** The run's value. */
  from: number;
  /** The replay's value. */
  to: number;
  /** Share of the gap to the target that the change closes, 0..1. */
  share: number;
  /** The what-if sentence: "若按时揽收，发货及时率可从 72% 升至 96%（补上差距的 80%）". */
  text: Msg;
}

/** A met target reached through a move that hurt the shop: flagged, never praised. */
export interface HarmFlag {
  target: number;
  kpi: KpiId;
  kind: 'margin' | 'fraud' | 'refunds' | 'profit';
  text: Msg;
}

/** One row of the 改进清单. Editable in the debrief (`done`, `note`). */
export interface ActionItem {
  id: string;
  textKey: ReviewKey;
  params: Record<string, ReviewParam>;
  ownerRole: Role;
  /** The SOP card this action changes. */
  sopRef?: string;
  /** The causes that produced this action. */
  causes: string[];
  /** How to tell next time that it was done: the target it serves, or no more violations. */
  check?: { kpi: KpiId; op: TargetOp; value: number } | { violations: 0 };
  done: boolean;
  note: string;
}

/** A target as the scenario set it (回顾目标). */
export interface ReviewGoal {
  kpi: KpiId;
  op: TargetOp;
  /** The resolved threshold. */
  value: number;
  sku?: string;
  vsBaseline?: number;
  baseline?: number;
  ownerRole: Role;
}

/** A target's outcome (评估结果). */
export interface ReviewTargetResult extends TargetResult {
  /** 0..1: 1 when met, partial credit otherwise (see scoring/target.ts attainment). */
  attainment: number;
  /** The expert bots' value (shop-wide targets only, when an expert run was given). */
  expert?: number;
  expertMet?: boolean;
}

export interface ReviewResults {
  targets: ReviewTargetResult[];
  stars: Stars;
  metCount: number;
  total: number;
  violations: number;
  maxViolations: number;
  roleScores: Record<Role, number>;
  roleViolations: Record<Role, number>;
  /** The expert yardstick's stars; `scored: false` when its stretch was too short as well. */
  expert?: { stars: number; scored?: boolean };
  /** How the learner's stars came about; `metCount`/`total`/`violations` above are theirs. */
  verdict?: Verdict;
  judgement?: Judgement;
  /** The learner's guided steps, when those score them (see scoreRun). */
  steps?: { done: number; total: number };
  /** The whole team's result (every target, every seat's violations), shown apart. */
  team?: TeamScore;
  /** The roles the learner played. */
  roles?: Role[];
}

export interface ReviewLessons {
  keep: Msg[];
  improve: Msg[];
}

/** The 复盘 of one run: structured data the debrief, the CLI and the exports render. */
export interface ReviewDoc {
  scenario: string;
  scenarioVersion: number;
  seed: number;
  /** Sim time the review was taken at (the world clock). */
  at: number;
  goals: ReviewGoal[];
  results: ReviewResults;
  causes: Cause[];
  lessons: ReviewLessons;
  actions: ActionItem[];
  /** Met targets reached through a harmful move. */
  harms: HarmFlag[];
  /** The scenario's own story and its incidents, told whether or not targets were met. */
  story: Msg[];
  /** How many counterfactual replays tested the causes. */
  replays: number;
}

export interface ReviewOptions {
  /** The expert bots' run on the same scenario and seed: the debrief's yardstick. */
  expert?: { kpis: Record<KpiId, number>; stars: number; scored?: boolean };
  /**
   * Counterfactual replays already run (the debrief runs them one by one to stay responsive);
   * when absent the review runs the ones it needs; `false` skips them (causes stay unproven).
   */
  counterfactuals?: CounterfactualSet | false;
}

export type { Role };

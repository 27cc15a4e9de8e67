import type { TargetDef } from '../../scenario/schema';
import type { KpiId, Role } from '../ids';
import { computeKpis, kpiHasData, skuKpi } from '../kpi/compute';
import { KPI_DEFS } from '../kpi/defs';
import type { World } from '../world';

export type TargetOp = TargetDef['op'];
/**
 * The baseline a scenario's `vsBaseline` targets compare against: the KPIs of the baseline run
 * (same scenario and seed, the scenario's `baselineIdle` roles left idle). SKU-scoped targets
 * read `bySku[sku][kpi]`; build both with {@link baselineOf}.
 */
export type Baseline = Partial<Record<KpiId, number>> & {
  bySku?: Record<string, Partial<Record<KpiId, number>>>;
};

/** One target KPI of the scenario, measured at the end of the run. */
export interface TargetResult {
  kpi: KpiId;
  op: TargetOp;
  /** The resolved threshold (absolute, or baseline × vsBaseline). */
  value: number;
  actual: number;
  met: boolean;
  /** The role whose learner this target scores: the target's own `role`, else the KPI's owner. */
  role: Role;
  /** Nothing to measure (no chat, no order due…): not met, and shown as "no data". */
  noData?: boolean;
  sku?: string;
  /** The baseline KPI the threshold was derived from (vsBaseline targets only). */
  baseline?: number;
  /** The scenario's factor against the baseline (vsBaseline targets only). */
  vsBaseline?: number;
}

/** Float noise must not turn "exactly on target" into a miss. */
const EPS = 1e-9;

/** Whether `actual` satisfies `op value`. */
export function targetMet(op: TargetOp, actual: number, value: number): boolean {
  const tol = EPS * Math.max(1, Math.abs(value));
  return op === '>=' ? actual >= value - tol : actual <= value + tol;
}

/**
 * The KPIs a baseline run produced, with the SKU-scoped values its scenario's targets need.
 * Pass the result to {@link scoreRun} for the learner's run.
 */
export function baselineOf(baselineWorld: World): Baseline {
  const base: Baseline = { ...computeKpis(baselineWorld) };
  for (const t of baselineWorld.scenario.targets) {
    if (!t.sku) continue;
    const v = skuKpi(baselineWorld, t.kpi, t.sku);
    if (v === undefined) continue;
    base.bySku ??= {};
    (base.bySku[t.sku] ??= {})[t.kpi] = v;
  }
  return base;
}

/**
 * The absolute threshold of a target. For `vsBaseline` targets, `>=` means baseline × factor
 * and `<=` means baseline ÷ factor (a factor of 1.2 on a "lower is better" KPI asks for 20%
 * better than the baseline).
 * @throws Error when the target is relative and no baseline value is available
 */
export function resolveThreshold(
  target: TargetDef,
  baseline?: Baseline,
): { value: number; baseline?: number } {
  if (target.value !== undefined) return { value: target.value };
  const factor = target.vsBaseline ?? 1;
  const where = target.sku ? `${target.kpi} of SKU "${target.sku}"` : target.kpi;
  if (!baseline) {
    throw new Error(
      `Target ${where} is relative to the baseline (vsBaseline ${factor}) but no baseline was given: ` +
        'run the baseline first and pass baselineOf(baselineWorld) to scoreRun.',
    );
  }
  const base = target.sku ? baseline.bySku?.[target.sku]?.[target.kpi] : baseline[target.kpi];
  if (base === undefined || !Number.isFinite(base)) {
    throw new Error(
      `Target ${where} is relative to the baseline (vsBaseline ${factor}) but the baseline has no value for it` +
        (target.sku ? ' (build the baseline with baselineOf(), which adds SKU values).' : '.'),
    );
  }
  return { value: target.op === '>=' ? base * factor : base / factor, baseline: base };
}

/** The role a target scores: its own `role` when the scenario names one, else the KPI's owner. */
export function targetRole(target: Pick<TargetDef, 'kpi' | 'role'>): Role {
  return target.role ?? KPI_DEFS[target.kpi].role;
}

/** Measures one target in a world. `kpis` lets callers reuse one computeKpis() pass. */
export function evaluateTarget(
  world: World,
  target: TargetDef,
  baseline?: Baseline,
  kpis: Record<KpiId, number> = computeKpis(world),
): TargetResult {
  const threshold = resolveThreshold(target, baseline);
  const actual =
    (target.sku ? skuKpi(world, target.kpi, target.sku) : undefined) ?? kpis[target.kpi];
  const noData = !target.sku && !kpiHasData(world, target.kpi);
  const result: TargetResult = {
    kpi: target.kpi,
    op: target.op,
    value: threshold.value,
    actual,
    role: targetRole(target),
    // A target with nothing to measure is not a pass: an idle run must not earn it.
    met: !noData && targetMet(target.op, actual, threshold.value),
  };
  if (noData) result.noData = true;
  if (target.sku) result.sku = target.sku;
  if (threshold.baseline !== undefined) {
    result.baseline = threshold.baseline;
    result.vsBaseline = target.vsBaseline;
  }
  return result;
}

/**
 * How close a target came, 0..1: 1 when met; otherwise actual ÷ threshold ("higher is
 * better") or threshold ÷ actual ("lower is better"), capped at 0.9 so a miss never scores
 * like a hit. The target's own `op` decides the direction.
 */
export function attainment(
  result: Pick<TargetResult, 'op' | 'value' | 'actual' | 'met' | 'noData'>,
): number {
  if (result.met) return 1;
  if (result.noData) return 0;
  const { value, actual } = result;
  let ratio: number;
  if (result.op === '>=') ratio = value > 0 ? actual / value : 0;
  else ratio = actual > 0 ? value / actual : 0;
  if (!Number.isFinite(ratio)) ratio = 0;
  return Math.min(0.9, Math.max(0, ratio));
}

import type { TargetDef } from '../../scenario/schema';

export { evaluateTarget, type Baseline } from '../../sim/scoring/score';

/** A relative target cannot be judged before its baseline exists. */
export const needsBaselineFor = (t: TargetDef) => t.vsBaseline !== undefined;

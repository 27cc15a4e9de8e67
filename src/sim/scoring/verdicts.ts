/**
 * How a run's stars came about (see `scoreRun`): `scored`; `idle` — the learner issued no
 * command in a role with targets; `no_targets` — their role has neither targets nor guided
 * steps here; `too_short`, `before_deadline`, `no_data` — the drill ended before its targets
 * could be judged. A dependency-free list, so history files can validate against it.
 */
export const VERDICTS = [
  'scored',
  'idle',
  'no_targets',
  'too_short',
  'before_deadline',
  'no_data',
] as const;

export type Verdict = (typeof VERDICTS)[number];

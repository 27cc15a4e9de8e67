import type { Role } from './ids';
import type { World } from './world';

export interface TutorialStep {
  index: number;
  role: Role;
  done: boolean;
  /** Sim time the step was completed. */
  at?: number;
}

/**
 * Progress through the scenario's guided steps: a step is done once an event of its
 * `doneWhen` type has happened after the previous step of the same role was done.
 */
export function tutorialProgress(world: World): TutorialStep[] {
  const since: Partial<Record<Role, number>> = {};
  return world.scenario.tutorial.map((step, index) => {
    const from = since[step.role] ?? 0;
    const hit = world.log.find((e) => e.type === step.doneWhen && e.t >= from);
    if (hit) since[step.role] = hit.t;
    else since[step.role] = Infinity;
    return hit
      ? { index, role: step.role, done: true, at: hit.t }
      : { index, role: step.role, done: false };
  });
}

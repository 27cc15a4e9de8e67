import { drillPlayed } from '../../sim/scoring/learner';
import { GameSession } from './controller';

/** Whether a what-if branch can start at `at`: inside the drill the person played. */
export function canBranchAt(session: GameSession, at: number): boolean {
  return at >= 0 && at < drillPlayed(session.world);
}

/**
 * A what-if branch of a finished run (从这里重玩): the same scenario, seed and seats, the
 * person's commands up to `at` replayed, the clock stopped there, paused — then the person
 * plays on live. The sim is deterministic, so the branch's world at `at` is the run's own.
 */
export function branchSession(session: GameSession, at: number): GameSession {
  const save = session.save();
  const t = Math.max(0, Math.min(Math.floor(at), drillPlayed(session.world)));
  const branch = GameSession.resume(session.scenario, {
    ...save,
    // The aftermath's routine crew joined after the drill; the branch starts before it.
    seats: save.seats.filter((s) => !s.id.startsWith('routine-')),
    commands: save.commands.filter((c) => c.t <= t),
    clock: t,
    // A run of its own, recorded in history beside the run it branched from.
    runId: crypto.randomUUID(),
  });
  branch.whatIfFrom = t;
  return branch;
}

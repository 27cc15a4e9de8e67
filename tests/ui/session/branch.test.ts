import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { advance, finish } from '../../../src/sim/engine/advance';
import { botSeats } from '../../../src/sim/engine/create-world';
import { hashWorld } from '../../../src/sim/engine/hash';
import { branchSession, canBranchAt } from '../../../src/ui/session/branch';
import { GameSession } from '../../../src/ui/session/controller';

const scenario = loadScenarioFile('scenarios/support-first-response.yaml');
const seats = [
  { id: 'me', role: 'support' as const },
  ...botSeats(scenario).filter((s) => s.role !== 'support'),
];
const AT = 25 * 60;

/** A person in the support seat (beside their bot colleague) plays the whole hour and its aftermath. */
function played(): { session: GameSession; atAt: string; commandsBefore: number } {
  const session = new GameSession(scenario, { seed: 5, seats, humanSeat: 'me' });
  const w = session.world;
  let atAt = '';
  // Every 20 sim-seconds the person takes the oldest chat routed to them and greets it (a
  // person's clicks draw no random numbers: only what they did is replayed).
  while (w.phase === 'drill') {
    const next = Object.values(w.tickets).find((t) => t.state === 'waiting' && t.pickedBy === 'me');
    if (next && session.act('pick_up_ticket', { ticket: next.id }).ok)
      session.act('reply_ticket', { ticket: next.id, template: 'greeting' });
    // The moment AT includes what the person did at AT: the branch replays commands up to it.
    if (w.clock === AT) atAt = hashWorld(w);
    advance(w, Math.min(20, w.clock < AT ? AT - w.clock : Infinity));
  }
  const commandsBefore = w.commandLog.filter((c) => c.command.seat === 'me' && c.t <= AT).length;
  finish(w);
  return { session, atAt, commandsBefore };
}

describe('从这里重玩: a what-if branch of a finished run', () => {
  const { session, atAt, commandsBefore } = played();

  it('is the run itself at the moment it starts from (same scenario, seed, seats, commands replayed)', () => {
    expect(commandsBefore).toBeGreaterThan(3);
    const branch = branchSession(session, AT);
    expect(branch.world.clock).toBe(AT);
    expect(hashWorld(branch.world)).toBe(atAt);
    expect(branch.whatIfFrom).toBe(AT);
    // A run of its own: recorded in history beside the run it branched from.
    expect(branch.runId).not.toBe(session.runId);
    // The aftermath's crew and the run's later commands are not in it.
    expect(Object.keys(branch.world.seats).some((id) => id.startsWith('routine-'))).toBe(false);
    expect(branch.world.commandLog.filter((c) => c.command.seat === 'me')).toHaveLength(
      commandsBefore,
    );
  });

  it('comes back paused, then plays on live from there', () => {
    const branch = branchSession(session, AT);
    expect(branch.state).toBe('paused');
    branch.togglePause();
    for (let i = 0; i < 8; i++) branch.frame(250);
    expect(branch.world.clock).toBe(AT + 2 * scenario.timeScale);
    expect(branch.world.finished).toBe(false);
  });

  it('starts only inside the drill the person played', () => {
    expect(canBranchAt(session, AT)).toBe(true);
    expect(canBranchAt(session, session.world.end + 3600)).toBe(false);
  });
});

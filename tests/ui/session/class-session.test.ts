import { describe, expect, it } from 'vitest';
import type { CommandAnswer, LockstepSeat } from '../../../src/host/lockstep-client';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { advance } from '../../../src/sim/engine/advance';
import { createWorld } from '../../../src/sim/engine/create-world';
import { hashWorld } from '../../../src/sim/engine/hash';
import type { CommandType } from '../../../src/sim/ids';
import { ClassSession } from '../../../src/ui/session/class-session';

/**
 * A class seat as the play screen sees it, over a stand-in for the host link: what it sends,
 * what it refuses on its copy before sending, and what the room's state makes of the pace.
 */
function seated(answer: CommandAnswer = { ok: true, seq: 1 }) {
  const scenario = loadScenarioFile('scenarios/conversion-boost.yaml');
  const world = createWorld(scenario, {
    seed: scenario.seed,
    seats: [
      { id: 'ops', role: 'ops' },
      { id: 'support', role: 'support' },
    ],
  });
  const sent: { type: CommandType; payload: Record<string, unknown> }[] = [];
  const listeners = new Set<() => void>();
  const stateListeners = new Set<() => void>();
  const state = {
    paused: true,
    speed: 1,
    seats: new Map([
      ['ops', { role: 'ops', name: 'Lin', online: true }],
      ['support', { role: 'support', name: '', online: false }],
    ]),
  };
  const onStateChange = Object.assign((fn: () => void) => stateListeners.add(fn), {
    remove: (fn: () => void) => stateListeners.delete(fn),
  });
  const link = {
    world,
    welcome: { seat: 'ops', role: 'ops', key: 'k', roomId: 'ABCDE-1' },
    room: { state, onStateChange },
    subscribe: (fn: () => void) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    act: (type: CommandType, payload: Record<string, unknown>) => {
      sent.push({ type, payload });
      return Promise.resolve(answer);
    },
    leave: () => Promise.resolve(),
  } as unknown as LockstepSeat;
  const session = new ClassSession(link, 2);
  const roomChanged = () => stateListeners.forEach((fn) => fn());
  return { session, sent, state, roomChanged, world };
}

describe('a class seat as a play session', () => {
  it('sends a command its copy allows, and refuses at once one it does not', () => {
    const { session, sent } = seated();
    expect(session.act('read_funnel', {}).ok).toBe(true);
    const refused = session.act('pick_up_ticket', { ticket: 't1' });
    expect(refused).toMatchObject({ ok: false, reasonKey: 'not_your_role' });
    expect(sent.map((s) => s.type)).toEqual(['read_funnel']);
  });

  it('shows a refusal that only the host could make, once it answers', async () => {
    const { session } = seated({
      ok: false,
      refusal: 'command_refused',
      reasonKey: 'run_finished',
    });
    let changes = 0;
    session.subscribe(() => changes++);
    expect(session.act('read_funnel', {}).ok).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(session.refusals).toMatchObject([{ type: 'read_funnel', reasonKey: 'run_finished' }]);
    expect(changes).toBeGreaterThan(0);
    session.dismiss(session.refusals[0]?.id ?? -1);
    expect(session.refusals).toEqual([]);
  });

  it("follows the trainer's pace and lists the team, and its clock is not the learner's", () => {
    const { session, state, roomChanged, world } = seated();
    let changes = 0;
    session.subscribe(() => changes++);
    expect(session.state).toBe('paused');
    state.paused = false;
    state.speed = 4;
    roomChanged();
    expect(changes).toBe(1);
    expect(session.state).toBe('running');
    expect(session.speed).toBe(4);
    expect(session.remote).toBe(true);
    session.togglePause();
    session.skipToNext();
    expect(session.state).toBe('running');
    expect(session.mates()).toEqual([
      { seat: 'ops', role: 'ops', name: 'Lin', online: true },
      { seat: 'support', role: 'support', name: '', online: false },
    ]);
    world.finished = true;
    expect(session.state).toBe('finished');
  });

  it("opens the debrief on a copy of the team's world, the seat being the learner's", () => {
    const { session, world } = seated();
    advance(world, 3600);
    session.act('read_funnel', {});
    const run = session.toDebrief();
    expect(run.state).toBe('debrief');
    expect(run.humanSeat).toBe('ops');
    expect(run.world).not.toBe(world);
    expect(hashWorld(run.world)).toBe(hashWorld(world));
  });
});

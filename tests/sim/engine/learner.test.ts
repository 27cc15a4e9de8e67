import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { advance } from '../../../src/sim/engine/advance';
import { createWorld } from '../../../src/sim/engine/create-world';
import { hashWorld } from '../../../src/sim/engine/hash';
import {
  LEARNER_SEAT,
  learnerSeats,
  paceSimSeconds,
  playLearner,
} from '../../../src/sim/engine/learner';
import { observeSupport } from '../../../src/sim/observe/support';

const tutorial = () => loadScenarioFile('scenarios/tutorial-one-order.yaml');
const support = () => loadScenarioFile('scenarios/support-first-response.yaml');

/** The learner's own commands during the drill, with their sim times. */
const learnerTimes = (w: ReturnType<typeof playLearner>) =>
  w.commandLog
    .filter((c) => c.command.seat === LEARNER_SEAT && c.t <= (w.drillEndedAt ?? w.end))
    .map((c) => c.t);

describe('a simulated person in the focus seat', () => {
  it('acts at most once per humanPaceSeconds of real time at 1×', () => {
    const sc = support();
    const pace = paceSimSeconds(sc);
    // 8 real seconds at 2 sim-seconds per real second.
    expect(pace).toBe(16);
    const times = learnerTimes(playLearner(sc, { mode: 'human-paced' }));
    expect(times.length).toBeGreaterThan(20);
    for (let i = 1; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(pace);
  });

  it('an idle person issues nothing, and the same seed gives the same world', () => {
    const sc = tutorial();
    expect(learnerTimes(playLearner(sc, { mode: 'idle' }))).toEqual([]);
    const a = playLearner(sc, { mode: 'human-paced', seed: 4 });
    const b = playLearner(sc, { mode: 'human-paced', seed: 4 });
    expect(hashWorld(a)).toBe(hashWorld(b));
  });
});

describe('bot colleagues share a staffed role with the person', () => {
  it('adds a support colleague where the shop has several agents, none where it has one', () => {
    const two = createWorld(support(), { seats: learnerSeats(support()), colleagues: true });
    expect(two.seats['colleague-support']).toMatchObject({ colleagueOf: LEARNER_SEAT });
    const one = tutorial();
    const w = createWorld(one, { seats: learnerSeats(one), colleagues: true });
    expect(Object.values(w.seats).some((s) => s.colleagueOf)).toBe(false);
  });

  it("routes new chats in turn, and the person's queue shows only their own", () => {
    const sc = support();
    const w = playLearner(sc, { mode: 'idle' });
    const drill = Object.values(w.tickets).filter((t) => t.openedAt <= (w.drillEndedAt ?? 0));
    const mine = drill.filter((t) => t.pickedBy === LEARNER_SEAT).length;
    const theirs = drill.filter((t) => t.pickedBy === 'colleague-support').length;
    // Two agents: about half each.
    expect(Math.abs(mine - theirs)).toBeLessThanOrEqual(2);
    expect(mine).toBeGreaterThan(10);
  });

  it("hides a colleague's chats from the person's screen during the drill", () => {
    const sc = support();
    const w = createWorld(sc, { seats: learnerSeats(sc), colleagues: true });
    // Advance until both agents have chats.
    for (let i = 0; i < 200 && Object.keys(w.tickets).length < 6; i++) advance(w, 30);
    const mine = [...observeSupport(w, LEARNER_SEAT).tickets()].map((t) => t.id);
    const all = [...observeSupport(w).tickets()].map((t) => t.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    for (const id of mine) expect(w.tickets[id]?.pickedBy).not.toBe('colleague-support');
  });
});

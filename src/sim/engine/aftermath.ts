import { runBots } from '../bots/run';
import { ownWorkTotals } from '../kpi/compute';
import type { World } from '../world';
import { popDue } from './agenda';
import { dispatch } from './dispatch';
import { emit } from './log';

/** While work is queued the routine crew acts every minute; otherwise ten minutes do. */
const STEP_BUSY = 60;
const STEP_IDLE = 600;
const DAY = 86_400;

function busy(world: World): boolean {
  const q = world.queues;
  return (
    q.pick.length + q.picked.length + q.packed.length + q.labelled.length > 0 ||
    q.tickets.length + q.aftersales.length + q.returns.length > 0
  );
}

/**
 * The shop's routine after the drill: every seat a person played is taken over by an expert
 * bot, so the next shift ships the backlog and answers the after-sales queue as a good team
 * would — the learner is judged on what the drill caused (late parcels, mispicks, approved
 * fake claims), never on a weak routine after it.
 */
function addRoutineSeats(world: World): void {
  for (const seat of Object.values(world.seats)) {
    if (seat.bot || seat.role === 'buyer' || seat.role === 'trainer') continue;
    const id = `routine-${seat.role}`;
    world.seats[id] ??= { id, role: seat.role, bot: 'expert' };
  }
}

/**
 * Runs the world on after the drill (scenario `aftermathDays`, compressed: no visitors, no
 * player input, coarse steps) until the parcels, returns, reviews and disputes caused during
 * the drill have landed, so the KPIs and the 复盘 count them. KPIs of the learner's own work
 * (support replies, picks, return handling) stay as they stood when the drill ended; SOP rules
 * are not checked for the routine crew.
 */
export function runAftermath(world: World): void {
  const days = world.scenario.aftermathDays;
  world.drillEndedAt = world.clock;
  const s = ownWorkTotals(world);
  world.ownWorkAtDrillEnd = {
    ...s,
    firstResponses: [...s.firstResponses],
    ratings: { ...s.ratings },
    returnProcessing: { ...s.returnProcessing },
  };
  if (days <= 0) return;
  world.phase = 'aftermath';
  emit(world, { type: 'aftermath_started', role: 'system', value: days });
  addRoutineSeats(world);
  const stop = world.clock + Math.round(days * DAY);
  while (world.clock < stop) {
    world.clock = Math.min(stop, world.clock + (busy(world) ? STEP_BUSY : STEP_IDLE));
    for (let item = popDue(world); item; item = popDue(world)) dispatch(world, item);
    runBots(world);
  }
}

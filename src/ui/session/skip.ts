import type { Seat, World } from '../../sim/world';
import { advance } from '../../sim/engine/advance';
import { needsOf, somethingArrived, type Needs } from './needs';

/** Real milliseconds of one animation frame a skip may spend advancing the sim. */
const FRAME_BUDGET_MS = 12;

/**
 * Sim-seconds a skip advances between two looks at what needs the person: two real seconds
 * at the scenario's 1×, so a chat is noticed as quickly as a person at 1× would see it.
 */
export function skipChunkS(world: World): number {
  return Math.max(1, Math.round(world.scenario.timeScale * 2));
}

/**
 * A fast-forward to the next thing that needs the person in `seat`: advances the clock in
 * fixed chunks (so where it stops depends on the world only, never on how fast the machine
 * is) until something new arrives for their role or the drill ends.
 */
export class Skip {
  private readonly before: Needs;
  private readonly logFrom: number;
  private readonly chunk: number;
  done = false;

  constructor(
    private readonly world: World,
    private readonly seat: Seat | undefined,
  ) {
    this.logFrom = world.log.length;
    this.before = needsOf(world, seat, this.logFrom);
    this.chunk = skipChunkS(world);
  }

  /** Advances chunk by chunk for at most a frame's budget; true once it has stopped. */
  step(now: () => number = () => performance.now()): boolean {
    const until = now() + FRAME_BUDGET_MS;
    while (!this.done) {
      advance(this.world, this.chunk);
      if (
        this.world.finished ||
        this.world.phase !== 'drill' ||
        somethingArrived(this.before, needsOf(this.world, this.seat, this.logFrom))
      )
        this.done = true;
      else if (now() >= until) break;
    }
    return this.done;
  }
}

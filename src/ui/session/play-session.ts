import type { Scenario } from '../../scenario/schema';
import type { SessionState } from '../../sim/machines/session.machine';
import type { CommandType } from '../../sim/ids';
import type { CommandResult, Seat, World } from '../../sim/world';
import type { Speed } from './controller';

/**
 * What the play screen's parts (HUD, stations, map, sounds) need of a run: a solo run
 * (`GameSession`, the clock in this window) and a class seat (`ClassSession`, the clock and
 * the last word on the host) both are one.
 */
export interface PlaySession {
  readonly world: World;
  readonly scenario: Scenario;
  readonly humanSeat: string;
  readonly seat: Seat | undefined;
  readonly state: SessionState;
  readonly speed: Speed;
  readonly skipping: boolean;
  readonly slowed: boolean;
  /**
   * The clock is not this window's: a class host runs it at the trainer's pace, so pause,
   * speed, skip and "end now" are not the learner's to press.
   */
  readonly remote: boolean;
  teaching: boolean;
  decisionOpen: boolean;
  /** A what-if branch's start (solo only). */
  readonly whatIfFrom?: number;
  togglePause(): void;
  setSpeed(speed: Speed): void;
  skipToNext(): void;
  cancelSkip(): void;
  act(type: CommandType, payload: Record<string, unknown>): CommandResult;
  subscribe(listener: () => void): () => void;
}

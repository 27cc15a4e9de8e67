import type { CommandType, Role } from '../ids';
import type { ObservationByRole } from '../observe';
import type { BotProfile } from './levels';

/** A command as a bot issues it; the runner adds the seat and the role. */
export interface BotCommand {
  type: CommandType;
  payload: Record<string, unknown>;
}

/** What a bot has on its turn besides what it sees: its level, its memory, its dice, its hands. */
export interface BotTurn {
  profile: BotProfile;
  /** The bot's own notes, kept between turns inside the world so runs stay replayable. */
  notes: Record<string, number>;
  /** True with probability p, from the world's seeded RNG. */
  chance: (p: number) => boolean;
  /** An index drawn by weight from the world's seeded RNG. */
  pickWeighted: (weights: readonly number[]) => number;
  /** Issues a command through the same gate as a person's; true when it was accepted. */
  act: (c: BotCommand) => boolean;
}

/** A bot's turn: it reads only its seat's observation and acts through `turn.act`. */
export type BotPolicy<R extends Role> = (obs: ObservationByRole[R], turn: BotTurn) => void;

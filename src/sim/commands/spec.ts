import type { z } from 'zod';
import type { CommandType } from '../ids';
import type { CommandRefs } from '../sop/rules';
import type { Command, World } from '../world';

/** Why a command was refused: a message key (translated by the UI) and its parameters. */
export interface Rejection {
  key: string;
  params?: Record<string, string | number>;
}

/** Shorthand for a refusal. */
export const no = (key: string, params?: Record<string, string | number>): Rejection => ({
  key,
  params,
});

/**
 * One command: its payload shape, the state checks that may refuse it, and what it does.
 * `check` only reads the world; `run` is called only after `check` passed, so a refused
 * command never changes anything.
 */
export interface CommandSpec<P> {
  payload: z.ZodType<P>;
  // Method syntax on purpose: the table below holds specs of many payload types.
  check(world: World, p: P, cmd: Command): Rejection | null;
  run(world: World, p: P, cmd: Command): void;
  refs(world: World, p: P): CommandRefs;
}

/** Builds a spec while keeping the payload type tied to its schema. */
export function spec<P>(s: CommandSpec<P>): CommandSpec<P> {
  return s;
}

export type CommandTable = Record<CommandType, CommandSpec<unknown>>;

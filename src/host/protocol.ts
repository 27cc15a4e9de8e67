import { z } from 'zod';
import { ALL_COMMAND_TYPES, BOT_LEVELS, LANGS } from '../sim/ids';

/**
 * The wire protocol between a class host and its learners. Every message a client sends is
 * parsed with one of these schemas (`safeParse`): a malformed one is answered with a refusal,
 * never a kick. Shared by the host and the lockstep client, so both sides agree on shapes.
 */

/** Seconds a dropped learner's seat waits for the same connection to come back. */
export const RECONNECT_WINDOW_S = 30;

/** A class code: letters and digits without look-alikes (no 0/O, 1/I/L). */
export const CLASS_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const classCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,8}$/);

/** What a learner sends to join a team's room (Colyseus join options). */
export const joinOptionsSchema = z.strictObject({
  code: classCodeSchema,
  name: z.string().trim().min(1).max(40),
  /** Omitted: the first free seat of the team. */
  seat: z.string().min(1).max(32).optional(),
  /** The per-seat key a learner got when first taking the seat: takes it back after a drop. */
  seatKey: z.string().min(8).max(64).optional(),
  lang: z.enum(LANGS).optional(),
});
export type JoinOptions = z.infer<typeof joinOptionsSchema>;

/** A command from a learner: the seat and role come from the login, never from here. */
export const commandMessageSchema = z.strictObject({
  /** The client's id for this command: a resend after a drop is applied at most once. */
  cid: z.string().min(1).max(40),
  type: z.enum(ALL_COMMAND_TYPES),
  payload: z.record(z.string(), z.unknown()).default({}),
});
export type CommandMessage = z.infer<typeof commandMessageSchema>;

/** A client that saw a gap or a wrong hash asks for what it missed (or a whole snapshot). */
export const resyncMessageSchema = z.strictObject({
  /** The last stream entry the client applied; omitted asks for a full snapshot. */
  after: z.number().int().min(0).optional(),
});

/** The trainer's pace: pause all, or run at a speed (× the scenario's time scale). */
export const SPEEDS = [1, 2, 4] as const;
export const paceSchema = z.strictObject({
  paused: z.boolean().optional(),
  speed: z.union([z.literal(1), z.literal(2), z.literal(4)]).optional(),
});
export const botLevelSchema = z.enum(BOT_LEVELS);

/**
 * Why a join or a message was refused: an i18n key under `class.refuse`, so the learner reads
 * it in their own language. Also the `message` of the Colyseus error a refused join gets.
 */
export const REFUSALS = [
  'wrong_code',
  'class_closed',
  'seat_taken',
  'team_full',
  'unknown_seat',
  'bad_join',
  'bad_message',
  'too_fast',
  'command_refused',
] as const;
export type Refusal = (typeof REFUSALS)[number];

/** The Colyseus error code of a refused join (the message is the refusal key). */
export const REFUSED_JOIN_CODE = 4403;

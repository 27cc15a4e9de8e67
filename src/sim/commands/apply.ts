import { en } from '../../i18n/locales/en';
import { COMMAND_TYPES, type CommandType } from '../ids';
import { checkCommandRules } from '../sop/rules';
import type { Command, CommandResult, Seat, World } from '../world';
import { own } from './ref';
import { COMMANDS } from './registry';
import type { CommandSpec, Rejection } from './spec';

/** English text of a refusal, for logs and the CLI; the UI translates `reasonKey` itself. */
export function rejectionText(r: Rejection): string {
  const template = (en.reject as Record<string, string>)[r.key] ?? r.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(r.params?.[k] ?? ''));
}

function refuse(r: Rejection): CommandResult {
  const result: CommandResult = { ok: false, reason: rejectionText(r), reasonKey: r.key };
  if (r.params) result.params = r.params;
  return result;
}

function isCommandType(x: unknown): x is CommandType {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(COMMANDS, x);
}

/** A command that passed every check, with its parsed payload: ready to run. */
interface Checked {
  ok: true;
  spec: CommandSpec<unknown>;
  payload: unknown;
}

/**
 * Checks one command from a seat without changing the world. It is refused, with a reason,
 * when the seat is unknown or does not hold the role, the role may not issue it, the payload
 * is malformed, or the world's state does not allow it. A class learner's screen asks this of
 * its copy of the world before sending (the host still has the last word).
 */
export function checkCommand(world: World, command: Command): CommandResult | Checked {
  const seat = typeof command.seat === 'string' ? own(world.seats, command.seat) : undefined;
  if (!seat) return refuse({ key: 'unknown_seat', params: { seat: command.seat } });
  if (seat.role !== command.role)
    return refuse({ key: 'wrong_role', params: { seat: seat.id, role: command.role } });
  if (world.finished || (world.phase === 'aftermath' && !seat.bot))
    return refuse({ key: 'run_finished' });
  if (!isCommandType(command.type))
    return refuse({ key: 'unknown_command', params: { type: String(command.type) } });
  if (!(COMMAND_TYPES[seat.role] as readonly string[]).includes(command.type)) {
    return refuse({ key: 'not_your_role', params: { role: seat.role, type: command.type } });
  }
  const spec = COMMANDS[command.type];
  const parsed = spec.payload.safeParse(command.payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse({
      key: 'bad_payload',
      params: { field: issue?.path.join('.') || '(payload)', problem: issue?.message ?? '' },
    });
  }
  const refusal = spec.check(world, parsed.data, command);
  if (refusal) return refuse(refusal);
  return { ok: true, spec, payload: parsed.data };
}

/**
 * Applies one command from a seat: refused as `checkCommand` says, else checked against the
 * SOP rules in play, run, and appended to the command log for replay.
 */
export function applyCommand(world: World, command: Command): CommandResult {
  const checked = checkCommand(world, command);
  if (!('spec' in checked)) return checked;
  const { spec, payload } = checked;
  const seat = world.seats[command.seat] as Seat;
  const before = world.log.length;
  const refs = spec.refs(world, payload);
  checkCommandRules(world, command, refs);
  spec.run(world, payload, command);
  world.commandLog.push({
    t: world.clock,
    command: { ...command, payload: payload as Record<string, unknown> },
  });
  world.log.push({
    t: world.clock,
    type: 'command',
    role: seat.role,
    seat: seat.id,
    command: command.type,
    order: refs.order,
    ticket: refs.ticket,
    sku: refs.sku,
  });
  return { ok: true, events: world.log.slice(before) };
}

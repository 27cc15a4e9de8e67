import { MapSchema, schema } from '@colyseus/schema';

/**
 * The small synchronised state of a team's room (DESIGN §7): who sits where and whether they
 * are online, the clock, the pace, the stream position and the last checkpoint hash. The world
 * itself never goes into a Schema: clients rebuild it from the command stream.
 */
export const SeatState = schema(
  {
    role: 'string',
    /** The person's display name; empty while a bot plays the seat. */
    name: 'string',
    online: 'boolean',
  },
  'SeatState',
);
export type SeatState = InstanceType<typeof SeatState>;

export const TeamState = schema(
  {
    code: 'string',
    team: 'number',
    seats: { map: SeatState },
    clock: 'number',
    paused: 'boolean',
    speed: 'number',
    seq: 'number',
    hash: 'string',
    closed: 'boolean',
  },
  'TeamState',
);
export type TeamState = InstanceType<typeof TeamState>;

/** A fresh state object with an empty seat map. */
export function newTeamState(code: string, team: number): TeamState {
  const state = new TeamState();
  state.code = code;
  state.team = team;
  state.seats = new MapSchema<SeatState>();
  state.clock = 0;
  state.paused = true;
  state.speed = 1;
  state.seq = 0;
  state.hash = '';
  state.closed = false;
  return state;
}

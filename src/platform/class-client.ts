import type { LockstepSeat } from '../host/lockstep-client';
import type { JoinOptions } from '../host/protocol';

export type { LockstepSeat };

/**
 * The renderer's way to a class host (DESIGN §3): the seat list from the host's HTTP API and a
 * learner's seat over the WebSocket. The host is the page's own origin (a browser that opened
 * the join URL). The Colyseus client loads only when a learner joins, keeping it out of the
 * menu's initial JS.
 */

export interface PublicSeat {
  seat: string;
  role: string;
  taken: boolean;
  name: string;
}
export interface PublicClass {
  code: string;
  scenario: { id: string; title: Record<string, string> };
  paused: boolean;
  closed: boolean;
  teams: { team: number; roomId: string; seats: PublicSeat[] }[];
}

/** The class with this code on the page's host, or the refusal key (`wrong_code`). */
export async function findClass(code: string): Promise<PublicClass | { refusal: string }> {
  const res = await fetch(`/api/class/${encodeURIComponent(code.trim().toUpperCase())}`);
  const body = (await res.json()) as PublicClass | { refusal?: string };
  if (!res.ok || !('teams' in body)) {
    return { refusal: ('refusal' in body && body.refusal) || 'wrong_code' };
  }
  return body;
}

/** Joins a team room on the page's host; throws `JoinRefused` (with `why`) when refused. */
export async function joinClass(roomId: string, options: JoinOptions): Promise<LockstepSeat> {
  const { LockstepSeat } = await import('../host/lockstep-client');
  const endpoint = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
  return LockstepSeat.join(endpoint, roomId, options);
}

import type { World } from '../world';
import { eventsOf, msg, ranked } from './evidence';
import type { Cause, Msg, ReviewParam } from './types';

/** What an incident card left in this run's log: the events of its own kind. */
function touched(world: World, id: string, from: number, to: number): Msg {
  const inc = world.incidents[id];
  const inWindow = (t: number) => t >= from && t < to;
  const own = (types: Parameters<typeof eventsOf>[1]) =>
    eventsOf(world, types).filter((e) => e.incident === id);
  const asks = own(['aftersale_requested']);
  if (asks.length > 0) return msg('story.claims', { count: asks.length });
  switch (inc?.kind) {
    case 'oversell':
      // A sync lag or a miscount shows only when the shelf runs out: count its SKU's oversold
      // orders from the card's start to the end of the run, not within its window.
      return msg('story.oversold', {
        sku: { type: 'sku', sku: inc.sku ?? '' },
        count: eventsOf(world, ['order_oversold'], inc.sku).filter((e) => e.t >= from).length,
      });
    case 'courier_delay':
      return msg('story.delayed', {
        count: eventsOf(world, ['courier_delayed', 'parcel_lost']).filter(
          (e) => e.incident === id || inWindow(e.t),
        ).length,
      });
    case 'bad_review_storm':
      return msg('story.bad', {
        count: eventsOf(world, ['bad_review_posted']).filter(
          (e) => e.incident === id || inWindow(e.t),
        ).length,
      });
    default:
      return msg('story.chats', {
        count: eventsOf(world, ['ticket_opened']).filter((e) => inWindow(e.t)).length,
      });
  }
}

/**
 * The scenario's own story, told on every run (targets met or not): its premise, each incident
 * card with what it did in this run (and whether a replay without it was run, and moved a
 * target: `replayed` holds the keys of the replays run), and the
 * main after-sales reasons — size returns, spoiled fruit — that the scenario is about.
 */
export function storyLines(
  world: World,
  causes: readonly Cause[],
  replayed: readonly string[] = [],
): Msg[] {
  const out: Msg[] = [msg('story.premise', { story: { type: 'scenario', field: 'story' } })];
  for (const inc of Object.values(world.incidents).sort((a, b) => a.start - b.start)) {
    const proven = causes.some((c) => c.incidents.some((i) => i.id === inc.id));
    // Say a replay cleared the card only where one ran without it (replays are capped).
    const tested = replayed.includes(`incident:${inc.id}`);
    const key = proven
      ? 'story.incident_proven'
      : tested
        ? 'story.incident'
        : 'story.incident_untested';
    out.push(
      msg(key, {
        incident: { type: 'incident', kind: inc.kind },
        id: inc.id,
        window: { type: 'window', from: inc.start, to: inc.end },
        effect: { type: 'msg', msg: touched(world, inc.id, inc.start, inc.end) },
      }),
    );
  }
  const asks = eventsOf(world, ['aftersale_requested']);
  const reasons = ranked(asks.map((e) => (e.detail ?? '').split(':')[1] ?? '')).slice(0, 2);
  if (reasons.length > 0) {
    out.push(
      msg('story.aftersales', {
        count: asks.length,
        reasons: {
          type: 'list',
          items: reasons.map((r): ReviewParam => ({
            type: 'msg',
            msg: msg('story.reason', {
              reason: { type: 'term', group: 'returnReason', id: r.id },
              count: r.count,
            }),
          })),
        },
      }),
    );
  }
  return out;
}

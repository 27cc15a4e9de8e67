/** The "when" clause of a cause: its busiest 10 minutes, or how its events were spread out. */
import { msg, peakWindow } from './evidence';
import type { ReviewParam } from './types';

/** What the events are counted in (orders and chats, customers, items, reviews…). */
export type PeakUnit = 'cases' | 'people' | 'items' | 'reviews' | 'payments' | 'times';

/**
 * How the bad events fell in time. A busiest 10 minutes is named only where it holds two or
 * more: "the worst 10 minutes held 1 of 27" says nothing, so events that never bunch are told
 * as spread from the first to the last, and a single event by its time.
 */
export function whenOf(times: readonly number[], unit: PeakUnit): ReviewParam {
  const peak = peakWindow(times);
  if (!peak) return '';
  if (peak.peak >= 2) {
    return {
      type: 'msg',
      msg: msg(`when.peak.${unit}`, {
        window: { type: 'window', ...peak.window },
        peak: peak.peak,
      }),
    };
  }
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (times.length === 1 || first === last) {
    return { type: 'msg', msg: msg('when.once', { time: { type: 'time', t: first } }) };
  }
  return {
    type: 'msg',
    msg: msg(`when.spread.${unit}`, {
      from: { type: 'time', t: first },
      to: { type: 'time', t: last },
    }),
  };
}

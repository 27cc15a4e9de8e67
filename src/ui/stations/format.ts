import { absoluteTime } from '../../sim/engine/clock';
import type { Lang } from '../../sim/ids';
import type { World } from '../../sim/world';

const DAY = 86_400;
const pad = (n: number) => String(n).padStart(2, '0');

/** Time of day at sim time `t` as "HH:MM", with "+1" when it falls on a later day of the run. */
export function clockLabel(world: World, t: number): string {
  const abs = absoluteTime(world, t);
  const start = absoluteTime(world, 0);
  const day = Math.floor(abs / DAY) - Math.floor(start / DAY);
  // Last week's orders lie before the start: "15:34 -3" is three days before the drill's day.
  const s = ((abs % DAY) + DAY) % DAY;
  const hhmm = `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}`;
  return day > 0 ? `${hhmm} +${day}` : day < 0 ? `${hhmm} ${day}` : hhmm;
}

/** A duration in sim-seconds as "m:ss", or "h:mm:ss" past an hour; negative as "-m:ss". */
export function durationLabel(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const s = Math.floor(Math.abs(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(sec)}` : `${sign}${m}:${pad(sec)}`;
}

/** An order's or chat's number as the learner reads it: "h675" → "#675" (ids share one counter). */
export const refNo = (id: string): string => `#${id.replace(/^[a-z]+/i, '')}`;

/** Yuan with two decimals and thousands separators. */
export function money(n: number, lang: Lang): string {
  return `¥${n.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A 0..1 ratio as a percentage with one decimal. */
export function pct(r: number): string {
  return `${(r * 100).toFixed(1)}%`;
}

/** The text of a scenario field in the reader's language. */
export function text(v: { 'zh-CN': string; en: string }, lang: Lang): string {
  return v[lang];
}

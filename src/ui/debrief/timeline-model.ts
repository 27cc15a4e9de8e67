import type { SimEvent } from '../../sim/events';
import type { IncidentKind, SeatRole } from '../../sim/ids';
import { LOCALES } from '../../i18n';
import type { Lang } from '../../sim/ids';
import { formatClock, formatWindow } from '../../sim/review/format';
import { renderParam } from '../../sim/review/render';
import type { World } from '../../sim/world';
import { fill } from '../export/text';

/** The kinds of key event the debrief's timeline shows. */
export const TIMELINE_KINDS = [
  'incident',
  'stockout',
  'ship_late',
  'abandoned',
  'bad_review',
  'dispute',
  'sop',
  'price',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One row of the timeline: a single event, or a burst of like events in one time bucket. */
export interface TimelineItem {
  id: string;
  kind: TimelineKind;
  /** Sim time of the first event. */
  t: number;
  /** Sim time of the last event (a burst) or the end (an incident). */
  to: number;
  count: number;
  /** Example orders / reviews involved (at most {@link MAX_REFS}). */
  refs: string[];
  sku?: string;
  incident?: string;
  incidentKind?: IncidentKind;
  sop?: string;
  rule?: string;
  role?: SeatRole;
  /** Price changes: the new price. */
  value?: number;
  /** Price changes: the price before. */
  prior?: number;
  severity: 'bad' | 'warn' | 'info';
}

export const MAX_REFS = 12;

export interface TimelineOptions {
  /** Bursts are grouped per bucket of this many sim-seconds (default 30 minutes). */
  bucket?: number;
  /** SOP violations are grouped per rule and bucket of this many sim-seconds (default 1 hour). */
  sopBucket?: number;
}

const SEVERITY: Record<TimelineKind, TimelineItem['severity']> = {
  incident: 'warn',
  stockout: 'bad',
  ship_late: 'bad',
  abandoned: 'bad',
  bad_review: 'bad',
  dispute: 'bad',
  sop: 'warn',
  price: 'info',
};

/** The key events of a run, oldest first: incidents, bursts of trouble, SOP violations, prices. */
export function selectTimeline(world: World, options: TimelineOptions = {}): TimelineItem[] {
  const bucket = options.bucket ?? 1800;
  const sopBucket = options.sopBucket ?? 3600;
  const items: TimelineItem[] = [];
  const groups = new Map<string, TimelineItem>();
  const group = (key: string, kind: TimelineKind, e: SimEvent, extra: Partial<TimelineItem>) => {
    let item = groups.get(key);
    if (!item) {
      item = {
        id: key,
        kind,
        t: e.t,
        to: e.t,
        count: 0,
        refs: [],
        severity: SEVERITY[kind],
        ...extra,
      };
      groups.set(key, item);
      items.push(item);
    }
    item.count++;
    item.to = Math.max(item.to, e.t);
    const ref = e.order ?? (kind === 'abandoned' ? e.ticket : undefined) ?? e.detail;
    if (ref !== undefined && item.refs.length < MAX_REFS && !item.refs.includes(ref))
      item.refs.push(ref);
  };
  const prices: Record<string, number> = {};
  for (const s of world.scenario.catalogue) prices[s.id] = s.price;
  const incidents = new Map<string, TimelineItem>();

  world.log.forEach((e, i) => {
    const b = (size: number) => Math.floor(e.t / size);
    switch (e.type) {
      case 'incident_started': {
        const item: TimelineItem = {
          id: `incident:${e.incident ?? i}`,
          kind: 'incident',
          t: e.t,
          to: world.clock,
          count: 1,
          refs: [],
          severity: 'warn',
          ...(e.incident !== undefined ? { incident: e.incident } : {}),
          ...(e.incidentKind !== undefined ? { incidentKind: e.incidentKind } : {}),
          ...(e.sku !== undefined ? { sku: e.sku } : {}),
        };
        items.push(item);
        if (e.incident !== undefined) incidents.set(e.incident, item);
        break;
      }
      case 'incident_ended': {
        const item = e.incident === undefined ? undefined : incidents.get(e.incident);
        if (item) item.to = e.t;
        break;
      }
      case 'stockout':
        group(`stockout:${e.sku ?? ''}:${b(bucket)}`, 'stockout', e, e.sku ? { sku: e.sku } : {});
        break;
      case 'ship_late':
        group(`ship_late:${b(bucket)}`, 'ship_late', e, {});
        break;
      case 'ticket_abandoned':
        group(`abandoned:${b(bucket)}`, 'abandoned', e, {});
        break;
      case 'bad_review_posted':
        group(`bad_review:${b(bucket)}`, 'bad_review', e, {});
        break;
      case 'dispute_opened':
        group(`dispute:${b(bucket)}`, 'dispute', e, {});
        break;
      case 'sop_violation':
        group(`sop:${e.sop ?? ''}:${e.rule ?? ''}:${b(sopBucket)}`, 'sop', e, {
          ...(e.sop !== undefined ? { sop: e.sop } : {}),
          ...(e.rule !== undefined ? { rule: e.rule } : {}),
          ...(e.role !== undefined && e.role !== 'customer' && e.role !== 'system'
            ? { role: e.role }
            : {}),
        });
        break;
      case 'price_changed': {
        if (e.sku === undefined || e.value === undefined) break;
        const prior = prices[e.sku];
        prices[e.sku] = e.value;
        if (prior === e.value) break;
        items.push({
          id: `price:${i}`,
          kind: 'price',
          t: e.t,
          to: e.t,
          count: 1,
          refs: [],
          sku: e.sku,
          value: e.value,
          ...(prior !== undefined ? { prior } : {}),
          ...(e.incident !== undefined ? { incident: e.incident } : {}),
          severity: e.incident !== undefined ? 'bad' : 'info',
          ...(e.role !== undefined && e.role !== 'customer' && e.role !== 'system'
            ? { role: e.role }
            : {}),
        });
        break;
      }
      default:
        break;
    }
  });
  return items.sort(
    (a, b) => a.t - b.t || TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind),
  );
}

/** The items of some kinds only (all when `kinds` is empty). */
export function filterTimeline(
  items: readonly TimelineItem[],
  kinds: ReadonlySet<TimelineKind>,
): TimelineItem[] {
  return kinds.size === 0 ? [...items] : items.filter((i) => kinds.has(i.kind));
}

/** How many items of each kind, for the filter chips. */
export function countByKind(items: readonly TimelineItem[]): Record<TimelineKind, number> {
  const out = Object.fromEntries(TIMELINE_KINDS.map((k) => [k, 0])) as Record<TimelineKind, number>;
  for (const i of items) out[i.kind]++;
  return out;
}

/** The one-line title of a timeline row in one language ("6 × Look up the order before …"). */
export function timelineTitle(item: TimelineItem, lang: Lang, world: World): string {
  const m = LOCALES[lang];
  const titles = m.debrief.timeline.title;
  const sku = item.sku ? renderParam({ type: 'sku', sku: item.sku }, lang, world) : '';
  switch (item.kind) {
    case 'incident':
      return fill(titles.incident, {
        incident: item.incidentKind
          ? m.common.incidentKind[item.incidentKind]
          : (item.incident ?? ''),
      });
    case 'sop':
      return fill(titles.sop, {
        n: item.count,
        rule:
          item.sop && item.rule
            ? renderParam({ type: 'rule', sop: item.sop, rule: item.rule }, lang, world)
            : '',
      });
    case 'stockout':
      return fill(titles.stockout, { n: item.count, sku });
    case 'price':
      return fill(titles.price, { sku });
    default:
      return fill(titles[item.kind], { n: item.count });
  }
}

/** The timeline as text lines for the exports: "12:00–17:00 Courier delay", "15:02 6 bad reviews". */
export function timelineLines(items: readonly TimelineItem[], lang: Lang, world: World): string[] {
  const start = world.scenario.startTime;
  return items.map((i) => {
    const when =
      i.kind === 'incident' && i.to > i.t
        ? formatWindow(start, i.t, i.to, lang)
        : formatClock(start, i.t, lang);
    return `${when} ${timelineTitle(i, lang, world)}`;
  });
}

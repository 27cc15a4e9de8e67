import type { IncidentKind } from '../ids';
import type { World } from '../world';
import { eventsOf, msg, peakWindow, SOP_COMMANDS, type Analyser } from './evidence';
import { finding } from './finding';

/** Incidents that flood the chat queue or take the chat down. */
export const LOAD_KINDS: readonly IncidentKind[] = [
  'traffic_surge',
  'system_outage',
  'bad_review_storm',
  'quality_complaint_wave',
  'fraudulent_refund',
  'courier_delay',
];

/** A "slow" first reply: the target itself for first-response targets, else two minutes. */
const DEFAULT_LIMIT_S = 120;

interface Wait {
  ticket: string;
  opened: number;
  topic: string;
  wait: number;
  abandoned: boolean;
}

/** Every conversation's first-reply wait so far (still-open ones count their wait until now). */
export function firstReplyWaits(world: World): Wait[] {
  const rows = new Map<string, Wait>();
  for (const e of world.log) {
    if (!e.ticket) continue;
    if (e.type === 'ticket_opened') {
      rows.set(e.ticket, {
        ticket: e.ticket,
        opened: e.t,
        topic: e.detail ?? '',
        wait: -1,
        abandoned: false,
      });
    }
    const row = rows.get(e.ticket);
    if (!row || row.wait >= 0) continue;
    if (e.type === 'ticket_first_reply') row.wait = e.value ?? e.t - row.opened;
    if (e.type === 'ticket_abandoned') {
      row.wait = e.value ?? e.t - row.opened;
      row.abandoned = true;
    }
  }
  for (const row of rows.values()) if (row.wait < 0) row.wait = world.clock - row.opened;
  return [...rows.values()];
}

/** Customers who waited longer than the first-response limit. */
export const slowReplies: Analyser = ({ world, result }) => {
  const isFr = result.kpi === 'first_response_avg_s' || result.kpi === 'first_response_p90_s';
  const limit = isFr ? result.value : DEFAULT_LIMIT_S;
  const slow = firstReplyWaits(world).filter((w) => !w.abandoned && w.wait > limit);
  if (slow.length === 0) return [];
  const longest = slow.reduce((a, b) => (b.wait > a.wait ? b : a));
  const opened = eventsOf(world, ['ticket_opened']).map((e) => e.t);
  const busiest = peakWindow(opened, 3600);
  return [
    finding(world, {
      kind: 'slow_first_reply',
      lateness: true,
      sopCommands: SOP_COMMANDS.chat,
      key: 'cause.slow_first_reply',
      params: {
        limit: { type: 'duration', seconds: limit },
        longest: { type: 'duration', seconds: longest.wait },
        ticket: longest.ticket,
        topic: { type: 'term', group: 'ticketTopic', id: longest.topic },
      },
      times: slow.map((w) => w.opened),
      refs: [...slow].sort((a, b) => b.wait - a.wait).map((w) => w.ticket),
      refsKey: 'evidence.tickets',
      ownerRole: 'support',
      incidentKinds: LOAD_KINDS,
      sopRoles: ['support'],
      evidence: busiest
        ? [
            msg('evidence.busiest_hour', {
              window: { type: 'window', ...busiest.window },
              count: busiest.peak,
              agents: world.scenario.support.agents,
            }),
          ]
        : [],
      fix: msg('fix.queue_first', { limit: { type: 'duration', seconds: limit } }),
    }),
  ];
};

/** Customers who gave up waiting (ticket_abandoned). */
export const abandonedChats: Analyser = ({ world }) => {
  const gone = eventsOf(world, ['ticket_abandoned']);
  if (gone.length === 0) return [];
  // The customer could be kept from the moment the chat opened, not once they had left.
  const left = new Set(gone.map((e) => e.ticket));
  const opened = eventsOf(world, ['ticket_opened'])
    .filter((e) => left.has(e.ticket))
    .map((e) => e.t);
  return [
    finding(world, {
      kind: 'abandoned',
      lateness: true,
      ...(opened.length > 0 ? { began: Math.min(...opened) } : {}),
      sopCommands: SOP_COMMANDS.chat,
      key: 'cause.abandoned',
      times: gone.map((e) => e.t),
      refs: gone.map((e) => e.ticket),
      refsKey: 'evidence.tickets',
      ownerRole: 'support',
      incidentKinds: LOAD_KINDS,
      sopRoles: ['support'],
      fix: msg('fix.greet_quickly'),
    }),
  ];
};

/** Conversations rated 1–2 stars, and how many of them had waited too long. */
export const lowRatings: Analyser = ({ world }) => {
  const low = eventsOf(world, ['ticket_closed']).filter((e) => (e.value ?? 5) <= 2);
  if (low.length === 0) return [];
  const waits = new Map(firstReplyWaits(world).map((w) => [w.ticket, w.wait]));
  const slow = low.filter((e) => (waits.get(e.ticket ?? '') ?? 0) > DEFAULT_LIMIT_S).length;
  return [
    finding(world, {
      kind: 'low_ratings',
      sopCommands: SOP_COMMANDS.chat,
      key: 'cause.low_ratings',
      times: low.map((e) => e.t),
      refs: low.map((e) => e.ticket),
      refsKey: 'evidence.tickets',
      ownerRole: 'support',
      incidentKinds: LOAD_KINDS,
      sopRoles: ['support'],
      evidence:
        slow > 0
          ? [
              msg('evidence.low_rating_slow', {
                count: slow,
                limit: { type: 'duration', seconds: DEFAULT_LIMIT_S },
              }),
            ]
          : [],
      fix: msg('fix.solve_first_contact'),
    }),
  ];
};

/** Pre-sale chatters who did not buy, and how many of them were kept waiting. */
export const presaleLost: Analyser = ({ world }) => {
  const presale = firstReplyWaits(world).filter(
    (w) => w.topic === 'presale' || w.topic === 'bargain',
  );
  const lost = presale.filter((w) => {
    const customer = world.tickets[w.ticket]?.customer;
    return customer !== undefined && world.customers[customer]?.paid !== true;
  });
  if (lost.length === 0) return [];
  const slow = lost.filter((w) => w.abandoned || w.wait > 60).length;
  return [
    finding(world, {
      kind: 'presale_lost',
      lateness: true,
      sopCommands: SOP_COMMANDS.chat,
      key: 'cause.presale_lost',
      params: { total: presale.length, slow },
      times: lost.map((w) => w.opened),
      refs: lost.map((w) => w.ticket),
      refsKey: 'evidence.tickets',
      ownerRole: 'support',
      incidentKinds: LOAD_KINDS,
      sopRoles: ['support'],
      fix: msg('fix.presale_answer'),
    }),
  ];
};

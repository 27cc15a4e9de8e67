import type { IncidentKind } from '../ids';
import type { World } from '../world';
import { eventsOf, finding, msg, peakWindow, SOP_COMMANDS, type Analyser } from './evidence';

/** Incidents that flood the chat queue or take the chat down. */
const LOAD_KINDS: readonly IncidentKind[] = [
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
  return [
    finding(world, {
      kind: 'abandoned',
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

/** Conversations escalated, or closed without a solution. */
export const unresolved: Analyser = ({ world }) => {
  const out = [];
  const escalated = eventsOf(world, ['ticket_escalated']);
  if (escalated.length > 0) {
    out.push(
      finding(world, {
        kind: 'escalations',
        sopCommands: SOP_COMMANDS.chat,
        key: 'cause.escalations',
        times: escalated.map((e) => e.t),
        refs: escalated.map((e) => e.ticket),
        refsKey: 'evidence.tickets',
        ownerRole: 'support',
        incidentKinds: LOAD_KINDS,
        sopRoles: ['support'],
        fix: msg('fix.solve_first_contact'),
      }),
    );
  }
  const unsolved = eventsOf(world, ['ticket_resolved']).filter((e) => e.value === 0);
  if (unsolved.length > 0) {
    out.push(
      finding(world, {
        kind: 'unsolved',
        sopCommands: SOP_COMMANDS.chat,
        key: 'cause.unsolved',
        times: unsolved.map((e) => e.t),
        refs: unsolved.map((e) => e.ticket),
        refsKey: 'evidence.tickets',
        ownerRole: 'support',
        sopRoles: ['support'],
        fix: msg('fix.solve_first_contact'),
      }),
    );
  }
  return out;
};

/** Conversations nobody closed: still waiting, assigned or in conversation at the end. */
export const openTickets: Analyser = ({ world }) => {
  const open = Object.values(world.tickets)
    .filter((t) => t.state === 'waiting' || t.state === 'assigned' || t.state === 'in_conversation')
    .sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1));
  if (open.length === 0) return [];
  return [
    finding(world, {
      kind: 'open_tickets',
      sopCommands: SOP_COMMANDS.chat,
      key: 'cause.open_tickets',
      times: open.map((t) => t.openedAt),
      refs: open.map((t) => t.id),
      refsKey: 'evidence.tickets',
      ownerRole: 'support',
      incidentKinds: LOAD_KINDS,
      sopRoles: ['support'],
      fix: msg('fix.close_loop'),
    }),
  ];
};

/** Platform disputes and the rejections before them. */
export const disputes: Analyser = ({ world, result }) => {
  const opened = eventsOf(world, ['dispute_opened'], result.sku);
  if (opened.length === 0) return [];
  const rejected = eventsOf(world, ['aftersale_rejected'], result.sku).length;
  return [
    finding(world, {
      kind: 'disputes',
      sopCommands: SOP_COMMANDS.aftersales,
      key: 'cause.disputes',
      times: opened.map((e) => e.t),
      refs: opened.map((e) => e.order),
      skus: opened.map((e) => e.sku),
      refsKey: 'evidence.orders',
      ownerRole: 'support',
      incidentKinds: ['fraudulent_refund', 'quality_complaint_wave'],
      lookbackS: 86_400,
      sopRoles: ['support'],
      evidence: rejected > 0 ? [msg('evidence.rejected_before', { count: rejected })] : [],
      fix: msg('fix.reject_with_evidence'),
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

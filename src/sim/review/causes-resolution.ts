import { eventsOf, msg, SOP_COMMANDS, type Analyser } from './evidence';
import { finding } from './finding';
import { LOAD_KINDS } from './causes-support';

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

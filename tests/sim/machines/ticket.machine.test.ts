import { describe, expect, it } from 'vitest';
import { ticketMachine } from '../../../src/sim/machines/ticket.machine';
import { initialState, stepTicket } from '../../../src/sim/machines/step';
import { lifecycleChecks, shortestPaths } from './lifecycle';

lifecycleChecks('ticket', ticketMachine, (s, e) => stepTicket(s as never, e as never));

describe('ticket machine', () => {
  it('starts waiting for a first response', () => {
    expect(initialState(ticketMachine)).toBe('waiting');
  });

  it('refuses to resolve or escalate before anyone has replied', () => {
    expect(stepTicket('waiting', 'RESOLVE')).toBeNull();
    expect(stepTicket('waiting', 'ESCALATE')).toBeNull();
    expect(stepTicket('assigned', 'RESOLVE')).toBeNull();
    expect(stepTicket('assigned', 'PICK_UP')).toBeNull();
  });

  it('a customer who got an answer no longer walks away', () => {
    expect(stepTicket('in_conversation', 'ABANDON')).toBeNull();
    expect(stepTicket('escalated', 'ABANDON')).toBeNull();
  });

  it('nothing happens to a closed conversation', () => {
    for (const e of ['PICK_UP', 'REPLY', 'RESOLVE', 'ESCALATE', 'ABANDON', 'CLOSE'] as const) {
      expect(stepTicket('closed', e)).toBeNull();
    }
  });

  it('an escalated case is resolved by a supervisor and closed', () => {
    expect(shortestPaths(ticketMachine, 'escalated').get('closed')).toEqual(['CLOSE']);
    expect(stepTicket('escalated', 'RESOLVE')).toBe('resolved');
  });
});

import { describe, expect, it } from 'vitest';
import { ORDER_END_STATES, orderMachine } from '../../../src/sim/machines/order.machine';
import { initialState, stepOrder } from '../../../src/sim/machines/step';
import { declaredStates, lifecycleChecks, shortestPaths } from './lifecycle';

lifecycleChecks('order', orderMachine, (s, e) => stepOrder(s as never, e as never));

describe('order machine', () => {
  it('starts as created', () => {
    expect(initialState(orderMachine)).toBe('created');
  });

  it('refuses moves that skip steps of the flow', () => {
    expect(stepOrder('created', 'DELIVER')).toBeNull();
    expect(stepOrder('created', 'PICK')).toBeNull();
    expect(stepOrder('paid', 'PAY')).toBeNull();
    expect(stepOrder('paid', 'HANDOVER')).toBeNull();
    expect(stepOrder('picked', 'LABEL')).toBeNull();
    expect(stepOrder('in_transit', 'CONFIRM')).toBeNull();
    // Once the courier has collected it, only an intercept or a return can undo the sale.
    expect(stepOrder('in_transit', 'CANCEL')).toBeNull();
    expect(stepOrder('delivered', 'SHIP_RETURN')).toBeNull();
    expect(stepOrder('return_requested', 'RECEIVE')).toBeNull();
    expect(stepOrder('refund_requested', 'SHIP_RETURN')).toBeNull();
    for (const e of ['PAY', 'REQUEST_REFUND', 'DISPUTE', 'RESHIP'] as const) {
      expect(stepOrder('refunded', e)).toBeNull();
      expect(stepOrder('cancelled', e)).toBeNull();
    }
  });

  it('the happy path and the return path follow the designed flow', () => {
    const paths = shortestPaths(orderMachine);
    expect(paths.get('reviewed')).toEqual([
      'PAY',
      'PICK',
      'PICKED',
      'PACK',
      'PACKED',
      'LABEL',
      'HANDOVER',
      'COLLECT',
      'DELIVER',
      'CONFIRM',
      'REVIEW',
    ]);
    expect(paths.get('partially_refunded')?.slice(-6)).toEqual([
      'DELIVER',
      'REQUEST_RETURN',
      'APPROVE',
      'SHIP_RETURN',
      'RECEIVE',
      'INSPECT_PARTIAL',
    ]);
    expect(paths.get('abandoned')).toEqual(['TIMEOUT']);
  });

  it('an address can be fixed by re-printing the waybill, and an intercepted parcel goes out again', () => {
    expect(stepOrder('labelled', 'RELABEL')).toBe('packed');
    expect(stepOrder('intercepted', 'RESHIP')).toBe('labelled');
    expect(stepOrder('exchange_received', 'INSPECT_FULL')).toBe('paid');
  });

  it('the end states the debrief uses are states of the machine, covering every final one', () => {
    const states = declaredStates(orderMachine);
    for (const s of ORDER_END_STATES) expect(states.has(s), s).toBe(true);
    for (const [s, def] of states) if (def.final) expect(ORDER_END_STATES).toContain(s);
  });
});

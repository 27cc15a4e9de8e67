import { setup } from 'xstate';

/** One run as the player experiences it: briefing → running ⇄ paused → finished → debrief. */
export const sessionMachine = setup({
  types: {
    events: {} as
      | { type: 'START' }
      | { type: 'PAUSE' }
      | { type: 'RESUME' }
      | { type: 'FINISH' }
      | { type: 'DEBRIEF' },
  },
}).createMachine({
  id: 'session',
  initial: 'briefing',
  states: {
    briefing: { on: { START: 'running' } },
    running: { on: { PAUSE: 'paused', FINISH: 'finished' } },
    paused: { on: { RESUME: 'running', FINISH: 'finished' } },
    finished: { on: { DEBRIEF: 'debrief' } },
    debrief: { type: 'final' },
  },
});

export type SessionState = 'briefing' | 'running' | 'paused' | 'finished' | 'debrief';

import { setup, type EventFromLogic } from 'xstate';

/** A flash sale, coupon drive or 满减 promotion: planned → live → ended. */
export const campaignMachine = setup({
  types: { events: {} as { type: 'START' } | { type: 'END' } | { type: 'CANCEL' } },
}).createMachine({
  id: 'campaign',
  initial: 'planned',
  states: {
    planned: { on: { START: 'live', CANCEL: 'ended' } },
    live: { on: { END: 'ended' } },
    ended: { type: 'final' },
  },
});

export type CampaignState = 'planned' | 'live' | 'ended';
export type CampaignEvent = EventFromLogic<typeof campaignMachine>;

import { describe, expect, it } from 'vitest';
import { campaignMachine } from '../../../src/sim/machines/campaign.machine';
import { initialState, stepCampaign } from '../../../src/sim/machines/step';
import { lifecycleChecks } from './lifecycle';

lifecycleChecks('campaign', campaignMachine, (s, e) => stepCampaign(s as never, e as never));

describe('campaign machine', () => {
  it('is planned, then live, then ended, and never comes back', () => {
    expect(initialState(campaignMachine)).toBe('planned');
    expect(stepCampaign('planned', 'START')).toBe('live');
    expect(stepCampaign('live', 'END')).toBe('ended');
    expect(stepCampaign('planned', 'END')).toBeNull();
    expect(stepCampaign('live', 'START')).toBeNull();
    expect(stepCampaign('live', 'CANCEL')).toBeNull();
    expect(stepCampaign('ended', 'START')).toBeNull();
  });
});

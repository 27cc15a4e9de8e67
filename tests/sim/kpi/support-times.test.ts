import { describe, expect, it } from 'vitest';
import { computeKpis, kpiHasData, ownWorkTotals } from '../../../src/sim/kpi/compute';
import type { World } from '../../../src/sim/world';
import { stagedWorld } from '../review/fixture';

/** A customer who opened a chat `waited` seconds before the world's clock. */
function chat(w: World, id: string, waited: number, repliedAfter?: number): void {
  w.tickets[id] = {
    id,
    customer: `c-${id}`,
    topic: 'urge',
    state: repliedAfter === undefined ? 'waiting' : 'in_conversation',
    openedAt: w.clock - waited,
    patienceAt: w.clock + 600,
    replies: repliedAfter === undefined ? 0 : 1,
    templates: [],
    solved: false,
    escalated: false,
    ...(repliedAfter === undefined ? {} : { firstReplyAt: w.clock - waited + repliedAfter }),
  };
  w.queues.tickets.push(id);
}

describe('first-response times count the customers still waiting', () => {
  it('averages answered and unanswered waits: silence is not a fast reply', () => {
    const w = stagedWorld();
    w.kpi.firstResponses = [30, 90];
    w.kpi.ticketsTotal = 3;
    chat(w, 't1', 480);
    // (30 + 90 + 480) ÷ 3
    expect(computeKpis(w).first_response_avg_s).toBe(200);
  });

  it('ignores a queued chat that was already answered (its reply time is in the totals)', () => {
    const w = stagedWorld();
    w.kpi.firstResponses = [30];
    chat(w, 't1', 900, 30);
    expect(ownWorkTotals(w).openWaits).toEqual([]);
    expect(computeKpis(w).first_response_avg_s).toBe(30);
  });

  it('takes the P90 by nearest rank over replies and waits together', () => {
    const w = stagedWorld();
    w.kpi.firstResponses = [10, 30, 50, 70, 90, 110, 130, 150];
    chat(w, 't1', 200);
    chat(w, 't2', 20);
    // Ten waits in all: 10 20 30 50 70 90 110 130 150 200 → the 9th is 150.
    expect(computeKpis(w).first_response_p90_s).toBe(150);
    expect(ownWorkTotals(w).openWaits).toEqual([20, 200]);
    chat(w, 't3', 1000);
    // Eleven: the 10th (⌈9.9⌉) is 200.
    expect(computeKpis(w).first_response_p90_s).toBe(200);
  });

  it('lets one long-forgotten customer set the P90 of a quiet shift', () => {
    const w = stagedWorld();
    w.kpi.firstResponses = [10, 20];
    chat(w, 't1', 1000);
    expect(computeKpis(w).first_response_p90_s).toBe(1000);
  });

  it('counts a chat against the 3-minute rate only once it has waited more than 180 s', () => {
    const w = stagedWorld();
    w.kpi.firstResponses = [60];
    w.kpi.repliedWithin3Min = 1;
    chat(w, 't1', 180);
    expect(computeKpis(w).response_3min_rate).toBe(1);
    chat(w, 't2', 181);
    expect(computeKpis(w).response_3min_rate).toBe(0.5);
  });

  it('has no 3-minute rate while the only chat has waited three minutes or less', () => {
    const w = stagedWorld();
    w.kpi.ticketsTotal = 1;
    chat(w, 't1', 180);
    expect(kpiHasData(w, 'response_3min_rate')).toBe(false);
    expect(kpiHasData(w, 'first_response_avg_s')).toBe(true);
    w.clock += 1;
    expect(kpiHasData(w, 'response_3min_rate')).toBe(true);
    expect(computeKpis(w).response_3min_rate).toBe(0);
  });
});

describe("the learner's own work is frozen when the drill ends", () => {
  it("reads replies, picks and ratings as they stood at the drill's end, not the aftermath crew's", () => {
    const w = stagedWorld();
    // The routine crew of the aftermath answers fast, picks right and is rated well…
    w.kpi.firstResponses = [10, 10, 10, 10];
    w.kpi.repliedWithin3Min = 4;
    w.kpi.ticketsTotal = 4;
    w.kpi.ticketsResolvedClean = 4;
    w.kpi.ratings = { sum: 20, n: 4 };
    w.kpi.picks = 10;
    w.kpi.correctPicks = 10;
    w.kpi.returnProcessing = { sum: 40, n: 4 };
    // …but at the drill's end the learner had answered one chat late and left one waiting.
    w.ownWorkAtDrillEnd = {
      firstResponses: [300],
      openWaits: [600],
      repliedWithin3Min: 0,
      ticketsTotal: 2,
      ticketsResolvedClean: 1,
      ratings: { sum: 2, n: 1 },
      picks: 4,
      correctPicks: 3,
      returnProcessing: { sum: 900, n: 1 },
    };
    expect(computeKpis(w)).toMatchObject({
      first_response_avg_s: 450,
      first_response_p90_s: 600,
      response_3min_rate: 0,
      resolution_rate: 0.5,
      csat: 2,
      pick_accuracy: 0.75,
      return_processing_avg_s: 900,
    });
    w.ownWorkAtDrillEnd.ratings = { sum: 0, n: 0 };
    expect(kpiHasData(w, 'csat')).toBe(false);
  });
});

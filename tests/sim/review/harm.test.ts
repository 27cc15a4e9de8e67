import { describe, expect, it } from 'vitest';
import { generateReview } from '../../../src/sim/review/generate';
import { scoreRun } from '../../../src/sim/scoring/score';
import type { World } from '../../../src/sim/world';
import { stagedWorld, STAGED } from './fixture';

/** Dispute rate kept at 0 by approving every fake claim: three of three approved. */
function generousWorld(approved: boolean): World {
  const w = stagedWorld({ targets: [{ kpi: 'dispute_rate', op: '<=', value: 0.02 }] });
  w.kpi.paidOrders = 10;
  for (let i = 0; i < 3; i++) {
    w.orders[`f${i}`] = {
      paidAt: 60 * i,
      aftersale: { reason: 'fake_claim', approved },
    } as unknown as World['orders'][string];
  }
  return w;
}

describe('a target met through a harmful move', () => {
  it('is flagged, not praised, when fraudulent claims were approved to keep disputes at 0', () => {
    const w = generousWorld(true);
    const doc = generateReview(w, scoreRun(w), STAGED);
    expect(doc.results.targets[0]?.met).toBe(true);
    expect(doc.harms).toMatchObject([{ target: 0, kind: 'fraud', kpi: 'dispute_rate' }]);
    expect(doc.harms[0]?.text.params).toMatchObject({ approved: 3, total: 3 });
    expect(doc.lessons.keep.map((l) => l.key)).not.toContain('lesson.keep_target');
    expect(doc.lessons.improve.map((l) => l.key)).toContain('harm.fraud');
  });

  it('is praised when the fake claims were refused', () => {
    const w = generousWorld(false);
    const doc = generateReview(w, scoreRun(w), STAGED);
    expect(doc.harms).toEqual([]);
    expect(doc.lessons.keep.map((l) => l.key)).toContain('lesson.keep_target');
  });
});

import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A test file that plays the shop forward (the engine's clock, a scenario run) is slow. */
function playsTheShop(file: string): boolean {
  return /engine\/(advance|play)|laws\/shop|scoring\/fixture'/.test(readFileSync(file, 'utf8'));
}

/**
 * Staged unit tests first, the ones that play the shop last. Stryker stops a mutant's run at the
 * first failing test, so most mutants die in a millisecond test and only the survivors pay for
 * the simulations (Vitest's own order runs the longest files first).
 */
class StagedFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const slow = new Map(files.map((f) => [f, playsTheShop(f.moduleId)]));
    return Promise.resolve(
      [...files].sort(
        (a, b) => Number(slow.get(a)) - Number(slow.get(b)) || a.moduleId.localeCompare(b.moduleId),
      ),
    );
  }
}

/** The fast model tests each mutant runs against: no e2e, browser, electron or balance checks. */
export default defineConfig({
  test: {
    include: ['tests/sim/{kpi,scoring,review,demand,laws}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    sequence: { sequencer: StagedFirst },
  },
});

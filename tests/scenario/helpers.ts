import { ScenarioError } from '../../src/scenario/errors';
import { loadSopLibrary } from '../../src/scenario/load-file';

export const FIXTURES = 'tests/fixtures/scenarios';
export const MINIMAL = `${FIXTURES}/minimal.yaml`;

/** A small stand-in for the built-in library, so these tests do not depend on its contents. */
export const fixtureLibrary = () => loadSopLibrary(`${FIXTURES}/sop-library.yaml`);

/** The ScenarioError `fn` throws; fails the test when it throws nothing or something else. */
export function scenarioError(fn: () => unknown): ScenarioError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ScenarioError) return err;
    throw err;
  }
  throw new Error('expected a ScenarioError, but nothing was thrown');
}

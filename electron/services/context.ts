import type { Stores } from '../persistence/stores';
import type { Clock } from '../persistence/stamp';

/** What the data services need: the open stores, the clock and an id maker. */
export interface ServiceDeps {
  stores: Stores;
  now: Clock;
  newId: () => string;
}

import { runBots } from '../bots/run';
import { visit } from '../demand/visitor';
import { adClickPrice, visitorRate } from '../demand/factors';
import { CHANNELS, type Channel } from '../ids';
import { sampleSeries } from '../kpi/compute';
import { watchPrices } from '../marketplace/price-protection';
import { poisson } from '../rng';
import { tickTimedRules } from '../sop/rules';
import type { World } from '../world';
import { popDue } from './agenda';
import { runAftermath } from './aftermath';
import { dispatch } from './dispatch';
import { emit } from './log';

const isAd = (c: Channel) => c === 'search_ads' || c === 'feed_ads' || c === 'livestream';

/** One sim-second: due agenda items, arriving visitors, SOP deadlines, the minute sample, bots. */
function tick(world: World): void {
  for (let item = popDue(world); item; item = popDue(world)) dispatch(world, item);
  for (const channel of CHANNELS) {
    const rate = visitorRate(world, channel);
    if (rate <= 0) continue;
    const n = poisson(world.rng, rate);
    for (let i = 0; i < n; i++) {
      if (isAd(channel)) world.kpi.adSpend += adClickPrice(world, channel);
      visit(world, channel);
    }
  }
  tickTimedRules(world);
  if (world.clock % 60 === 0) {
    sampleSeries(world);
    if (world.scenario.platform.priceProtectionDays > 0) watchPrices(world);
  }
  runBots(world);
}

/**
 * Advances the world by `dt` sim-seconds (whole seconds; the caller keeps any fraction).
 * Time is an input: the sim never reads a clock of its own. Mutates `world` and nothing else.
 */
export function advance(world: World, dt: number): void {
  const target = Math.min(world.end, world.clock + Math.max(0, Math.floor(dt)));
  while (world.clock < target) {
    world.clock++;
    tick(world);
  }
  if (world.clock >= world.end && !world.finished) finish(world);
}

/**
 * Closes the run: a last sample of the drill, then the aftermath (the world runs on until the
 * drill's consequences land), and the log says it ended. Also ends a drill stopped early.
 */
export function finish(world: World): void {
  if (world.finished) return;
  if (world.clock % 60 !== 0) sampleSeries(world);
  runAftermath(world);
  world.phase = 'done';
  world.finished = true;
  emit(world, { type: 'run_finished', role: 'system' });
}

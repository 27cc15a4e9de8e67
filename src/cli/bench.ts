import { existsSync } from 'node:fs';
import { benchScaling, SCALING_BUDGET, scalingTable } from './bench-scaling';
import { benchReview, REPLAY_BUDGET } from './bench-review';
import { benchSim, MIN_ORDERS } from './bench-sim';

/**
 * `npm run bench`: every budget of DESIGN §5 this build can measure — the headless full-day
 * run, the map's frame rate with 300 moving tokens (Canvas, headless Chromium), cold start to
 * the interactive menu and the renderer's initial JS. Exits 1 when a budget is missed.
 */
const row = (k: string, v: string) => console.log(`  ${k.padEnd(36)} ${v}`);
const verdict = (ok: boolean, text: string) => `${ok ? 'PASS' : 'FAIL'} (${text})`;

async function main(): Promise<number> {
  let ok = true;
  const sim = benchSim();
  ok &&= sim.ok;
  console.log(
    `Headless simulation — ${sim.scenario}, expert bots, seed ${sim.seed}, ${sim.runs} runs`,
  );
  row('paid orders', `${sim.orders} (need ≥ ${MIN_ORDERS})`);
  row('sim length', `${sim.simSeconds} sim-s (${(sim.simSeconds / 3600).toFixed(1)} h)`);
  row(
    'wall time (median / min / max)',
    `${sim.wall.median.toFixed(3)} s / ${sim.wall.min.toFixed(3)} s / ${sim.wall.max.toFixed(3)} s`,
  );
  row('orders per second', `${Math.round(sim.orders / sim.wall.median)}`);
  row('sim-seconds per wall-second', `${Math.round(sim.simSeconds / sim.wall.median)}`);
  row('events / commands in the log', `${sim.events} / ${sim.commands}`);
  row('peak memory (max RSS)', `${sim.peakRssMb.toFixed(0)} MB`);
  row('deterministic across runs', sim.deterministic ? 'yes (one world hash)' : 'NO');
  row(
    'budget: full day + aftermath ≤ 1 s',
    verdict(sim.ok, `${sim.wall.median.toFixed(3)} s, one core`),
  );

  const scaling = benchScaling(sim.loaded);
  ok &&= scaling.ok;
  console.log(
    '\nScaling — the same day at more traffic, expert bots, crew scaled with it or fixed',
  );
  for (const line of scalingTable(scaling)) console.log(line);
  for (const crew of ['scaled', 'fixed'] as const)
    row(
      `budget: 8× ≤ 10× of 1× (crew ${crew})`,
      verdict(
        scaling.ratio[crew] <= SCALING_BUDGET,
        `time per order ${scaling.ratio[crew].toFixed(2)}× of 1×, need ≤ ${SCALING_BUDGET}`,
      ),
    );

  const review = benchReview();
  ok &&= review.ok;
  console.log(`\n复盘 replays — ${review.scenario}, novice bots, in-process as the CLI runs them`);
  row(
    'replays / aftermath each',
    `${review.replays} / ${review.aftermathDays.toFixed(2)} sim-days`,
  );
  row('the run itself (with its aftermath)', `${review.runS.toFixed(3)} s`);
  row(
    'all replays',
    `${review.replaysS.toFixed(3)} s (${(review.replaysS / Math.max(1, review.replays)).toFixed(3)} s each)`,
  );
  row(
    `budget: replays ≤ ${REPLAY_BUDGET}× the run`,
    verdict(review.ok, `${review.ratio.toFixed(2)}× the run`),
  );

  if (!existsSync('/usr/bin/chromium')) {
    console.log(
      '\nRenderer budgets skipped: /usr/bin/chromium is not installed (apt-get install chromium).',
    );
    return ok ? 0 : 1;
  }
  const { measureFps, FPS_BUDGET } = await import('./bench-fps');
  const fps = await measureFps();
  const fpsOk = fps.fps >= FPS_BUDGET;
  ok &&= fpsOk;
  console.log(
    `\nMap frame rate — ${fps.tokens} moving order tokens, ${fps.renderer} renderer, headless Chromium`,
  );
  row(`budget: ≥ ${FPS_BUDGET} fps`, verdict(fpsOk, `${fps.fps.toFixed(1)} fps`));

  const web = await import('./bench-web');
  const { buildWeb } = await import('../../tests/e2e/harness');
  const { rmSync } = await import('node:fs');
  const out = buildWeb();
  const bundle = web.measureBundle(out);
  const cold = await web.measureColdStart(out);
  rmSync(out, { recursive: true, force: true });
  const coldOk = cold <= web.COLD_START_BUDGET_MS;
  const jsOk = bundle.initialJsGzipKb <= web.INITIAL_JS_BUDGET_KB;
  ok &&= coldOk && jsOk;
  console.log('\nBrowser build');
  row(
    `budget: cold start ≤ ${web.COLD_START_BUDGET_MS} ms`,
    verdict(coldOk, `${cold} ms to the interactive menu`),
  );
  row(
    `budget: initial JS ≤ ${web.INITIAL_JS_BUDGET_KB} KB gzip`,
    verdict(jsOk, `${bundle.initialJsGzipKb} KB`),
  );
  return ok ? 0 : 1;
}

process.exitCode = await main();

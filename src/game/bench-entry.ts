import { createWorld, botSeats } from '../sim/engine/create-world';
import { advance } from '../sim/engine/advance';
import type { Lang } from '../sim/ids';
import { GameSession } from '../ui/session/controller';
import { builtInScenarios } from '../ui/session/scenarios';
import { mountShopMap, type ShopMapHandle } from './mount';
import { MAX_TOKENS } from './scene';
import { SyntheticOrders } from './synthetic';

/**
 * The bench page (bench/fps.html). `?mode=bench` (default): 300 synthetic orders changing state
 * continuously, Canvas renderer, frames counted over `?seconds=` (5) after a 1 s warm-up;
 * the result lands in `window.__bench`. `?mode=scenario&id=…&hours=…`: a real scenario world
 * played by bots, advanced and then running live, for screenshots (`window.__ready`).
 */
export interface BenchResult {
  fps: number;
  tokens: number;
  renderer: string;
  /** Mean ms of the map's update + render per frame: the headroom under 16.7 ms. */
  frameMs: number;
}

declare global {
  interface Window {
    __bench?: BenchResult;
    __ready?: boolean;
    __map?: ShopMapHandle;
    /** Stations clicked on the scenario map, in order. */
    __clicked?: string[];
  }
}

const params = new URLSearchParams(location.search);
const lang = (params.get('lang') === 'en' ? 'en' : 'zh-CN') satisfies Lang;
const parent = document.getElementById('map') ?? document.body;
const scenarios = builtInScenarios();

function frames(ms: number, onFrame: (now: number, dt: number) => void): Promise<number> {
  return new Promise((resolve) => {
    let count = 0;
    let last = performance.now();
    const start = last;
    const loop = (now: number) => {
      onFrame(now, now - last);
      last = now;
      if (now - start >= ms) return resolve((count / (now - start)) * 1000);
      count++;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

async function bench(): Promise<void> {
  const scenario = scenarios.find((s) => s.id === 'flash-sale-shipping') ?? scenarios[0];
  if (!scenario) throw new Error('no scenario');
  const world = createWorld(scenario);
  const orders = new SyntheticOrders(world, MAX_TOKENS);
  world.incidents.bench = { id: 'bench', kind: 'courier_delay', start: 0, end: 1e9, active: true };
  const map = mountShopMap(parent, { world }, { lang, renderer: 'canvas' });
  window.__map = map;
  const seconds = Number(params.get('seconds') ?? 5);
  await frames(1000, (now) => orders.tick(now));
  map.frameMs();
  let tokens = Infinity;
  const fps = await frames(seconds * 1000, (now) => {
    orders.tick(now);
    tokens = Math.min(tokens, map.stats().tokens);
  });
  // `tokens`: the fewest on screen in any frame of the measurement.
  window.__bench = {
    fps: Math.round(fps * 10) / 10,
    tokens,
    renderer: map.stats().renderer,
    frameMs: Math.round(map.frameMs() * 100) / 100,
  };
}

function scenario(): void {
  const found = scenarios.find((s) => s.id === (params.get('id') ?? 'full-chain-day'));
  if (!found) throw new Error('unknown scenario');
  const human = params.get('human') ?? 'buyer';
  const seats = botSeats(found).map((s) => (s.role === human ? { id: s.id, role: s.role } : s));
  const humanSeat = seats.find((s) => s.role === human)?.id ?? 'none';
  const session = new GameSession(found, { seed: found.seed, seats, humanSeat });
  advance(session.world, Math.round(Number(params.get('hours') ?? 3) * 3600));
  session.start();
  const renderer = params.get('renderer') === 'auto' ? 'auto' : 'canvas';
  window.__clicked = [];
  const onStationClick = (s: string) => window.__clicked?.push(s);
  const map = mountShopMap(parent, session, { lang, renderer, onStationClick });
  window.__map = map;
  void frames(1500, (_now, dt) => session.frame(dt)).then(() => {
    window.__ready = true;
    void frames(1e9, (_now, dt) => session.frame(dt));
  });
}

if (params.get('mode') === 'scenario') scenario();
else void bench();

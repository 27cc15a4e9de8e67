import type { Scenario } from '../../scenario/schema';
import { AD_CHANNELS, KPI_IDS, ROLES, type AdChannel, type BotLevel, type KpiId } from '../ids';
import { seedRng } from '../rng';
import type { KpiAccumulators, Seat, SkuState, World } from '../world';
import { schedule } from './agenda';
import { nextTimeOfDay, resolveWhen } from './clock';
import { emit } from './log';
import { newCustomer } from '../demand/visitor';
import { seedHistory } from './history';
import { addColleagues } from './colleagues';

export interface WorldOptions {
  /** Defaults to the scenario's own seed. */
  seed?: number;
  /** Who sits where. Defaults to one bot seat per role at the scenario's bot levels. */
  seats?: Seat[];
  /** Plays every bot seat at this level instead of the scenario's. */
  botLevel?: BotLevel;
  /**
   * Solo play: a person alone in a staffed support or warehouse seat gets bot colleagues
   * (see `colleagues.ts`). Off for a room where people fill the seats, and for command tests.
   */
  colleagues?: boolean;
}

function emptyKpi(): KpiAccumulators {
  return {
    uv: 0,
    cartVisitors: 0,
    payingBuyers: 0,
    historyBuyers: 0,
    paidOrders: 0,
    gmv: 0,
    historyGmv: 0,
    refundAmount: 0,
    refundedOrders: 0,
    adSpend: 0,
    adGmv: 0,
    cogsKept: 0,
    fulfilment: 0,
    couponCost: 0,
    firstResponses: [],
    repliedWithin3Min: 0,
    inquirers: 0,
    inquirersPaid: 0,
    ticketsTotal: 0,
    ticketsResolvedClean: 0,
    ratings: { sum: 0, n: 0 },
    dueOrders: 0,
    onTimeOrders: 0,
    picks: 0,
    correctPicks: 0,
    stockouts: 0,
    oversold: 0,
    returnProcessing: { sum: 0, n: 0 },
    reviews: 0,
    badReviews: 0,
    disputes: 0,
    disputesAfterResolution: 0,
    disputesWithoutChat: 0,
    repurchaseSum: 0,
    skuUv: {},
    skuPaid: {},
    skuGmv: {},
    skuStockouts: {},
  };
}

/** Default seats: one bot per role at the scenario's level (or `level` for all). */
export function botSeats(scenario: Scenario, level?: BotLevel): Seat[] {
  return ROLES.map((role) => ({ id: `bot-${role}`, role, bot: level ?? scenario.bots[role] }));
}

/**
 * Builds the world at sim time 0 for a validated scenario: catalogue, seats, scheduled
 * incidents, scripted customers and courier pick-ups. Pure: same inputs, same world.
 */
export function createWorld(scenario: Scenario, options: WorldOptions = {}): World {
  const seed = options.seed ?? scenario.seed;
  const skus: Record<string, SkuState> = {};
  for (const def of scenario.catalogue) {
    skus[def.id] = {
      id: def.id,
      price: def.price,
      listPrice: def.price,
      refPrice: def.referencePrice ?? def.price,
      cost: def.cost,
      stock: def.stock,
      sellable: def.stock,
      committed: 0,
      discountPct: 0,
      listing: { ...def.listing },
      listingWork: {},
      defectRate: def.defectRate,
      popularity: def.popularity,
      sized: def.sized,
      bin: def.bin,
      stockoutReported: false,
      lastCountAt: 0,
    };
  }
  const adBudgets = {} as Record<AdChannel, number>;
  for (const ch of AD_CHANNELS) adBudgets[ch] = scenario.demand.channels[ch]?.budgetPerHour ?? 0;
  const series = {} as Record<KpiId, number[]>;
  for (const id of KPI_IDS) series[id] = [];
  const seats: World['seats'] = {};
  for (const seat of options.seats ?? botSeats(scenario, options.botLevel)) {
    seats[seat.id] =
      options.botLevel && seat.bot ? { ...seat, bot: options.botLevel } : { ...seat };
  }
  const base = scenario.dsrWindowReviews;
  const world: World = {
    scenario,
    seed,
    clock: 0,
    end: Math.round(scenario.lengthMin * 60),
    phase: 'drill',
    finished: false,
    rng: seedRng(seed),
    seq: 1,
    seats,
    skus,
    customers: {},
    orders: {},
    tickets: {},
    reviews: [],
    campaigns: {},
    coupons: {},
    adBudgets,
    incidents: {},
    queues: {
      pick: [],
      picked: [],
      packed: [],
      labelled: [],
      dock: [],
      returns: [],
      tickets: [],
      aftersales: [],
    },
    labor: {
      pickers: new Array<number>(scenario.warehouse.pickers).fill(0),
      packers: new Array<number>(scenario.warehouse.packers).fill(0),
    },
    agenda: [],
    // DSR is the mean over the platform's 180-day window: the run's reviews join a long history.
    dsr: {
      description: { sum: scenario.initialDsr.description * base, n: base },
      service: { sum: scenario.initialDsr.service * base, n: base },
      logistics: { sum: scenario.initialDsr.logistics * base, n: base },
    },
    kpi: emptyKpi(),
    series,
    log: [],
    commandLog: [],
    trail: {},
    pendingRules: [],
    ruleCursor: 0,
    violations: [],
    frictionsReported: [],
    bots: {},
  };
  if (options.colleagues) addColleagues(world);
  for (const seat of Object.values(seats)) {
    if (seat.role !== 'buyer') continue;
    const persona =
      scenario.demand.scripted[0]?.persona ?? scenario.demand.personas[0]?.id ?? 'default';
    const customer = newCustomer(world, persona, 'organic');
    customer.seat = seat.id;
    seat.customer = customer.id;
  }
  scenario.incidents.forEach((inc, i) => {
    schedule(world, resolveWhen(world, inc.at), 'incident_start', `inc${i}`);
  });
  scenario.demand.scripted.forEach((sc, i) => {
    schedule(world, resolveWhen(world, sc.at), 'scripted_customer', String(i));
  });
  for (const courier of scenario.couriers) {
    const next = Math.min(...courier.pickups.map((p) => nextTimeOfDay(world, p, 0)));
    schedule(world, next, 'courier_pickup', courier.id);
  }
  seedHistory(world);
  emit(world, { type: 'run_started', role: 'system', value: seed });
  return world;
}

import type { PickRow, WarehouseObservation } from '../observe';
import type { BotTurn } from './policy';

/** Seconds of work a crew is kept booked ahead. */
export const LOOKAHEAD = 90;

type Wave = { sku: string; rows: { id: string; shipBy: number }[] };

/**
 * Reports each SKU whose bin a picker found empty, in the queue order of those stock-outs; a
 * careful crew counts the shelf at once.
 */
function reportStockouts(obs: WarehouseObservation, turn: BotTurn): void {
  const care = turn.profile.stockCare;
  if (care <= 0) return;
  const out = obs.pickSkus().filter((s) => s.firstStockoutRank !== undefined);
  out.sort((a, b) => (a.firstStockoutRank ?? 0) - (b.firstStockoutRank ?? 0));
  for (const { sku } of out) {
    if (!obs.shelf(sku)?.stockoutReported && turn.chance(care)) {
      turn.act({ type: 'report_stockout', payload: { sku } });
      if (care >= 1) turn.act({ type: 'cycle_count', payload: { sku } });
    }
  }
}

const toWaveRow = (o: PickRow) => ({ id: o.id, shipBy: o.shipBy ?? 0 });

/**
 * A careful planner's waves, most urgent first, one at a time: each SKU's next wave is its
 * `wave` most urgent orders not tried yet, so a turn costs SKUs × waves, not the backlog. SKUs
 * tie in the queue order of their first order; stock-outs already reported are left out.
 */
function* urgentWaves(obs: WarehouseObservation, wave: number): Generator<Wave> {
  const heads = obs.pickSkus().flatMap((s) => {
    const skipStockouts = s.stockouts > 0 && !!obs.shelf(s.sku)?.stockoutReported;
    const rank = skipStockouts ? s.firstOkRank : s.firstRank;
    return rank === undefined ? [] : [{ sku: s.sku, skipStockouts, rank }];
  });
  heads.sort((a, b) => a.rank - b.rank);
  const tried = new Set<string>();
  for (;;) {
    let best: Wave | undefined;
    for (const h of heads) {
      const rows = obs.pickRows(h.sku, {
        order: 'ship_by',
        limit: wave,
        skipStockouts: h.skipStockouts,
        skip: tried,
      });
      const first = rows[0];
      if (first && (!best || (first.shipBy ?? 0) < (best.rows[0]?.shipBy ?? 0)))
        best = { sku: h.sku, rows: rows.map(toWaveRow) };
    }
    if (!best) return;
    for (const r of best.rows) tried.add(r.id);
    yield best;
  }
}

/** Waves as a less careful crew cuts them: the whole list grouped by SKU in queue order. */
function queueWaves(obs: WarehouseObservation, wave: number): Wave[] {
  const bySku = new Map<string, { id: string; shipBy: number }[]>();
  for (const o of obs.pickQueue()) {
    if (o.stockout && obs.shelf(o.sku)?.stockoutReported) continue;
    const list = bySku.get(o.sku);
    if (list) list.push(toWaveRow(o));
    else bySku.set(o.sku, [toWaveRow(o)]);
  }
  const waves: Wave[] = [];
  for (const [sku, rows] of bySku)
    for (let i = 0; i < rows.length; i += wave) waves.push({ sku, rows: rows.slice(i, i + wave) });
  return waves.sort((a, b) => (a.rows[0]?.shipBy ?? 0) - (b.rows[0]?.shipBy ?? 0));
}

/** Reports stock-outs, then keeps the pickers booked with waves that group one SKU per bin. */
export function pickWork(obs: WarehouseObservation, turn: BotTurn): void {
  const p = turn.profile;
  reportStockouts(obs, turn);
  if (obs.crewBusyS('pickers') >= LOOKAHEAD) return;
  const skus = obs.shelves().map((s) => s.sku);
  const waves = p.smartCourier ? urgentWaves(obs, p.wave) : queueWaves(obs, p.wave);
  for (const wave of waves) {
    if (obs.crewBusyS('pickers') >= LOOKAHEAD) break;
    const wrong = wave.rows.filter(() => turn.chance(p.mispick)).map((r) => r.id);
    const right = wave.rows.map((r) => r.id).filter((id) => !wrong.includes(id));
    if (right.length > 0) turn.act({ type: 'pick_wave', payload: { orders: right } });
    for (const id of wrong)
      turn.act({
        type: 'pick_wave',
        payload: { orders: [id], sku: otherSku(skus, wave.sku, turn) },
      });
  }
}

function otherSku(skus: readonly string[], sku: string, turn: BotTurn): string {
  const others = skus.filter((s) => s !== sku);
  return others[turn.pickWeighted(others.map(() => 1))] ?? sku;
}

import { LOCALES } from '../i18n';
import type { BotLevel, IncidentKind, Lang } from '../sim/ids';
import type { World } from '../sim/world';
import { roleStation, type Lane, type Station } from './view-model';

/** The numbers each station's panel shows, read straight from the world. */
export interface StationStats {
  uv: number;
  paidOrders: number;
  gmv: number;
  campaigns: number;
  tickets: number;
  aftersales: number;
  lowStock: number;
  inTransit: number;
}

/** SKUs at or below this many sellable units count as low stock on the ops panel. */
export const LOW_STOCK = 5;

export function stationStats(world: World, counts: Record<Lane, number>): StationStats {
  let campaigns = 0;
  for (const c of Object.values(world.campaigns)) if (c.state === 'live') campaigns++;
  let lowStock = 0;
  for (const s of Object.values(world.skus)) if (s.sellable <= LOW_STOCK) lowStock++;
  return {
    uv: world.kpi.uv,
    paidOrders: world.kpi.paidOrders,
    gmv: Math.round(world.kpi.gmv),
    campaigns,
    tickets: world.queues.tickets.length,
    aftersales: world.queues.aftersales.length,
    lowStock,
    inTransit: counts.road,
  };
}

/** Who works each station: a bot's level, `'human'` for the player, or nothing. */
/** Who works a station: the person at this screen, a teammate (a class), or a bot's level. */
export type Staffing = Partial<Record<Station, BotLevel | 'human' | 'mate'>>;

export function staffing(world: World, humanSeat?: string): Staffing {
  const out: Staffing = {};
  for (const seat of Object.values(world.seats)) {
    const station = roleStation(seat.role);
    if (!station) continue;
    // Without a seat of their own (the trainer's view), every person's seat reads as "you".
    const mine = seat.id === humanSeat || (!seat.bot && humanSeat === undefined);
    if (mine) out[station] = 'human';
    else if (!seat.bot) {
      if (out[station] !== 'human') out[station] = 'mate';
    } else if (out[station] === undefined) out[station] = seat.bot;
  }
  return out;
}

/**
 * What happened since `cursor` (an index into the world's log): the stations where a bot issued
 * a command, how many parcels a courier collected, and the new cursor. Reads only the new part.
 */
export function recentActivity(
  world: World,
  cursor: number,
): { cursor: number; stations: Station[]; shipped: number } {
  const log = world.log;
  const from = cursor > log.length ? 0 : cursor;
  const out = new Set<Station>();
  let shipped = 0;
  for (let i = from; i < log.length; i++) {
    const e = log[i];
    if (e?.type === 'shipped') shipped++;
    if (e?.type !== 'command' || !e.seat) continue;
    const seat = world.seats[e.seat];
    const station = seat?.bot ? roleStation(seat.role) : null;
    if (station) out.add(station);
  }
  return { cursor: log.length, stations: [...out], shipped };
}

/** Fills `{{name}}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** The map's texts in one language. */
export function mapTexts(lang: Lang) {
  const m = LOCALES[lang];
  return {
    ...m.map,
    incident: (kind: IncidentKind) => m.common.incidentKind[kind],
    botLevel: (level: BotLevel) => m.common.botLevel[level],
    number: (n: number) => n.toLocaleString(lang),
  };
}
export type MapTexts = ReturnType<typeof mapTexts>;

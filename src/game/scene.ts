import * as Phaser from 'phaser';
import type { Lang } from '../sim/ids';
import type { World } from '../sim/world';
import { IncidentAlerts } from './alerts';
import { laneCapacity } from './layout';
import { StaffBadges } from './badges';
import { drawMap } from './draw-map';
import { MapLabels } from './labels';
import { mapTexts, staffing, stationStats, type MapTexts } from './stats';
import { TokenLayer, makeTokenTextures } from './tokens';
import { activeIncidents, buildView } from './view-model';

/** At most this many order tokens are drawn (the most recent orders still on the map). */
export const MAX_TOKENS = 300;
/** The view is rebuilt from the world at most this often (ms); tokens glide every frame. */
const REFRESH_MS = 100;

export interface ShopMapSource {
  /** The live world, mutated in place by the sim. */
  readonly world: World;
  readonly humanSeat?: string;
}

/**
 * The living shop map. Reads the world in `update()`: the full view (tokens, counts, alerts,
 * staffing) is rebuilt only when the sim clock moved, at most every REFRESH_MS; per frame only
 * the visible tokens move.
 */
export class ShopMapScene extends Phaser.Scene {
  private texts: MapTexts;
  private tokens?: TokenLayer;
  private labels?: MapLabels;
  private badges?: StaffBadges;
  private alerts?: IncidentAlerts;
  private lastClock = -1;
  private sinceRefresh = Infinity;
  private dirty = true;

  constructor(
    private readonly source: ShopMapSource,
    lang: Lang,
  ) {
    super({ key: 'shop-map' });
    this.texts = mapTexts(lang);
  }

  get tokenCount(): number {
    return this.tokens?.count ?? 0;
  }

  setLang(lang: Lang): void {
    this.texts = mapTexts(lang);
    this.dirty = true;
  }

  create(): void {
    drawMap(this.add.graphics());
    makeTokenTextures(this);
    this.tokens = new TokenLayer(this);
    this.labels = new MapLabels(this);
    this.badges = new StaffBadges(this);
    this.alerts = new IncidentAlerts(this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.tokens?.destroy();
      this.badges?.clear();
      this.alerts?.destroy();
    });
    this.refresh();
  }

  override update(_time: number, delta: number): void {
    this.sinceRefresh += delta;
    const world = this.source.world;
    if (this.dirty || (world.clock !== this.lastClock && this.sinceRefresh >= REFRESH_MS))
      this.refresh();
    this.tokens?.step(delta);
  }

  private refresh(): void {
    const world = this.source.world;
    this.lastClock = world.clock;
    this.sinceRefresh = 0;
    this.dirty = false;
    const view = buildView(world, MAX_TOKENS, laneCapacity);
    this.tokens?.sync(view.tokens);
    this.labels?.update(this.texts, view, stationStats(world, view.counts));
    this.badges?.update(this.texts, staffing(world, this.source.humanSeat), (s) =>
      this.labels ? this.labels.titleRight(s) : 0,
    );
    this.alerts?.sync(this.texts, activeIncidents(world));
  }
}

import * as Phaser from 'phaser';
import type { Lang } from '../sim/ids';
import type { World } from '../sim/world';
import { IncidentAlerts } from './alerts';
import { OpsChart } from './ops-chart';
import { Truck } from './truck';
import { ChatBubbles, MAX_BUBBLES } from './chat-bubbles';
import { MAP_H, MAP_W, STATION_RECT, laneCapacity } from './layout';
import { PX_KEY } from './palette';
import { StaffBadges } from './badges';
import { drawMap } from './draw-map';
import { MapLabels } from './labels';
import { recentActivity, mapTexts, staffing, stationStats, type MapTexts } from './stats';
import { TokenLayer, makeTokenTextures } from './tokens';
import { STATIONS, activeIncidents, buildView, chatQueue, type Station } from './view-model';

/** At most this many order tokens are drawn (the front of each lane's queue, shared fairly). */
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
 * staffing) is rebuilt only when the sim clock moved or the log grew (a command while paused),
 * at most every REFRESH_MS; per frame only the visible tokens move.
 */
export class ShopMapScene extends Phaser.Scene {
  private texts: MapTexts;
  private tokens?: TokenLayer;
  private labels?: MapLabels;
  private badges?: StaffBadges;
  private alerts?: IncidentAlerts;
  private chats?: ChatBubbles;
  private truck?: Truck;
  private chart?: OpsChart;
  private lastClock = -1;
  private lastLog = -1;
  private sinceRefresh = Infinity;
  private dirty = true;
  private logCursor = -1;

  constructor(
    private readonly source: ShopMapSource,
    lang: Lang,
    /** Backing pixels per map unit: the game is MAP_W·px wide and the camera zooms by px. */
    private readonly px = 1,
    /** Called when the player clicks a station (to open its panel). */
    private readonly onStation?: (station: Station) => void,
  ) {
    super({ key: 'shop-map' });
    this.texts = mapTexts(lang);
  }

  private work = { ms: 0, frames: 0, t0: 0 };

  /** Mean milliseconds of update + render per frame since the last call (bench headroom). */
  takeFrameMs(): number {
    const mean = this.work.frames ? this.work.ms / this.work.frames : 0;
    this.work.ms = 0;
    this.work.frames = 0;
    return mean;
  }

  get tokenCount(): number {
    return this.tokens?.count ?? 0;
  }

  setLang(lang: Lang): void {
    this.texts = mapTexts(lang);
    this.dirty = true;
  }

  create(): void {
    // The static floor is baked into one texture: one image to draw per frame, not hundreds of paths.
    this.registry.set(PX_KEY, this.px);
    this.cameras.main.setZoom(this.px).centerOn(MAP_W / 2, MAP_H / 2);
    const floor = this.make.graphics({}, false).setScale(this.px);
    drawMap(floor);
    floor.generateTexture('shop-map-floor', MAP_W * this.px, MAP_H * this.px);
    floor.destroy();
    this.add
      .image(0, 0, 'shop-map-floor')
      .setOrigin(0, 0)
      .setScale(1 / this.px);
    makeTokenTextures(this);
    this.tokens = new TokenLayer(this);
    this.labels = new MapLabels(this);
    this.badges = new StaffBadges(this);
    this.alerts = new IncidentAlerts(this);
    this.chats = new ChatBubbles(this);
    this.truck = new Truck(this);
    this.chart = new OpsChart(this);
    if (this.onStation) {
      for (const s of STATIONS) {
        const r = STATION_RECT[s];
        this.add
          .zone(r.x, r.y, r.w, r.h)
          .setOrigin(0, 0)
          .setInteractive({ useHandCursor: true })
          .on('pointerdown', () => this.onStation?.(s));
      }
    }
    const onPre = () => (this.work.t0 = performance.now());
    const onPost = () => {
      this.work.ms += performance.now() - this.work.t0;
      this.work.frames++;
    };
    this.game.events.on(Phaser.Core.Events.PRE_STEP, onPre);
    this.game.events.on(Phaser.Core.Events.POST_RENDER, onPost);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.game.events.off(Phaser.Core.Events.PRE_STEP, onPre);
      this.game.events.off(Phaser.Core.Events.POST_RENDER, onPost);
      this.tokens?.destroy();
      this.badges?.clear();
      this.alerts?.destroy();
    });
    this.refresh();
  }

  override update(_time: number, delta: number): void {
    this.sinceRefresh += delta;
    const world = this.source.world;
    const moved = world.clock !== this.lastClock || world.log.length !== this.lastLog;
    if (this.dirty || (moved && this.sinceRefresh >= REFRESH_MS)) this.refresh();
    this.tokens?.step(delta);
  }

  private refresh(): void {
    const world = this.source.world;
    this.lastClock = world.clock;
    this.lastLog = world.log.length;
    this.sinceRefresh = 0;
    this.dirty = false;
    const view = buildView(world, MAX_TOKENS, laneCapacity);
    this.tokens?.sync(view.tokens);
    this.labels?.update(this.texts, view, stationStats(world, view.counts));
    this.badges?.update(this.texts, staffing(world, this.source.humanSeat), (s) =>
      this.labels ? this.labels.titleRight(s) : 0,
    );
    this.alerts?.sync(this.texts, activeIncidents(world));
    this.chats?.update(chatQueue(world, MAX_BUBBLES));
    this.chart?.update(this.texts, world);
    // Bots at work: what they did before the map opened is history, not activity.
    const act = recentActivity(world, this.logCursor < 0 ? world.log.length : this.logCursor);
    this.logCursor = act.cursor;
    for (const s of act.stations) this.badges?.bump(s);
    if (act.shipped > 0) this.truck?.depart();
  }
}

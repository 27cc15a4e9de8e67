import type * as Phaser from 'phaser';
import { HEADER_H, LANE_RECT, STATION_RECT } from './layout';
import { pxOf, FONT, LANE_COLOR, PALETTE, css } from './palette';
import { fill, type MapTexts, type StationStats } from './stats';
import { LANES, STATIONS, type Lane, type MapView, type Station } from './view-model';

type Text = Phaser.GameObjects.Text;

/** Which stats each station lists, and where (relative to the panel's top-left). */
const STAT_SPOTS: { station: Station; key: keyof StationStats; x: number; y: number }[] = [
  { station: 'ops', key: 'gmv', x: 112, y: 54 },
  { station: 'ops', key: 'campaigns', x: 112, y: 82 },
  { station: 'ops', key: 'lowStock', x: 112, y: 110 },
  { station: 'support', key: 'tickets', x: 16, y: 144 },
  { station: 'support', key: 'aftersales', x: 16, y: 168 },
  { station: 'storefront', key: 'uv', x: 16, y: 70 },
  { station: 'storefront', key: 'paidOrders', x: 150, y: 70 },
];

// Sizes are in map units: at 1280×800 the map shows at about 0.55×, so 19 units read as ~10.5 px.
/** The map's text: station titles, lane names with live counts, station figures. */
export class MapLabels {
  private readonly titles = new Map<Station, Text>();
  private readonly laneNames = new Map<Lane, Text>();
  private readonly laneCounts = new Map<Lane, Text>();
  private readonly overflow = new Map<Lane, Text>();
  private readonly stats: Text[] = [];
  private last = '';

  constructor(scene: Phaser.Scene) {
    const px = pxOf(scene);
    for (const s of STATIONS) {
      const r = STATION_RECT[s];
      const t = scene.add.text(r.x + 50, r.y + HEADER_H / 2, '', {
        fontFamily: FONT,
        resolution: px,
        fontSize: '21px',
        fontStyle: 'bold',
        color: PALETTE.white,
      });
      this.titles.set(s, t.setOrigin(0, 0.5));
    }
    for (const lane of LANES) {
      const r = LANE_RECT[lane];
      const y = r.y - 15;
      const name = scene.add.text(r.x + 12, y, '', {
        fontFamily: FONT,
        resolution: px,
        fontSize: '19px',
        color: PALETTE.ink,
      });
      this.laneNames.set(lane, name.setOrigin(0, 0.5).setDepth(MapLabels.DEPTH));
      const count = scene.add.text(r.x + Math.min(r.w, 272), y, '', {
        fontFamily: FONT,
        resolution: px,
        fontSize: '20px',
        fontStyle: 'bold',
        color: css(LANE_COLOR[lane]),
      });
      this.laneCounts.set(lane, count.setOrigin(1, 0.5).setDepth(MapLabels.DEPTH));
      if (lane === 'road') continue;
      const more = scene.add.text(r.x + r.w, r.y + r.h, '', {
        fontFamily: FONT,
        resolution: px,
        fontSize: '15px',
        fontStyle: 'bold',
        color: PALETTE.white,
        backgroundColor: css(LANE_COLOR[lane]),
        padding: { x: 6, y: 2 },
      });
      this.overflow.set(lane, more.setOrigin(1, 1).setDepth(15));
    }
    for (const spot of STAT_SPOTS) {
      const r = STATION_RECT[spot.station];
      const t = scene.add.text(r.x + spot.x, r.y + spot.y, '', {
        fontFamily: FONT,
        resolution: px,
        fontSize: '19px',
        color: PALETTE.ink,
      });
      this.stats.push(t);
    }
  }

  /** Lane names and counts stay readable above the tokens gliding past. */
  static readonly DEPTH = 12;

  /** Where a station's title ends, so badges keep clear of it. */
  titleRight(s: Station): number {
    const t = this.titles.get(s);
    return t ? t.x + t.width : 0;
  }

  /** Updates every text; cheap when nothing changed. */
  update(texts: MapTexts, view: Omit<MapView, 'tokens'>, stats: StationStats): void {
    const { counts, shown } = view;
    const key = JSON.stringify([texts.title, counts, shown, stats]);
    if (key === this.last) return;
    this.last = key;
    for (const [s, t] of this.titles) t.setText(texts.station[s]);
    for (const [lane, t] of this.laneNames) t.setText(texts.lane[lane]);
    for (const [lane, t] of this.laneCounts) t.setText(texts.number(counts[lane]));
    for (const [lane, t] of this.overflow) {
      const hidden = counts[lane] - shown[lane];
      t.setText(fill(texts.more, { n: texts.number(hidden) })).setVisible(hidden > 0);
    }
    STAT_SPOTS.forEach((spot, i) => {
      const n = texts.number(stats[spot.key]);
      this.stats[i]?.setText(fill(texts.stat[spot.key], { n }));
    });
  }
}

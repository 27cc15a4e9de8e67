import type * as Phaser from 'phaser';
import type { World } from '../sim/world';
import { STATION_RECT } from './layout';
import { FONT, PALETTE, STATION_COLOR, pxOf, tint } from './palette';
import type { MapTexts } from './stats';

/** How many minutes the ops office's bar chart shows. */
export const CHART_MINUTES = 36;

/** Paid orders per sim-minute over the last `n` minutes, from the cumulative KPI series. */
export function ordersPerMinute(series: readonly number[], n: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(1, series.length - n); i < series.length; i++)
    out.push(Math.max(0, (series[i] ?? 0) - (series[i - 1] ?? 0)));
  return out;
}

/** The ops office's live dashboard: paid orders per minute as little bars. */
export class OpsChart {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private points = -1;

  constructor(scene: Phaser.Scene) {
    const r = STATION_RECT.ops;
    this.g = scene.add.graphics();
    this.label = scene.add
      // Above the bars it names, where a longer label ("Orders per minute") has the card's width.
      .text(r.x + 112, r.y + 152, '', {
        fontFamily: FONT,
        resolution: pxOf(scene),
        fontSize: '16px',
        color: PALETTE.inkSoft,
      })
      .setOrigin(0, 0.5);
  }

  update(texts: MapTexts, world: World): void {
    this.label.setText(texts.chart);
    const series = world.series.paid_orders;
    if (series.length === this.points) return;
    this.points = series.length;
    const bars = ordersPerMinute(series, CHART_MINUTES);
    const top = Math.max(1, ...bars);
    const r = STATION_RECT.ops;
    const x0 = r.x + 112;
    const base = r.y + 186;
    const g = this.g.clear();
    g.fillStyle(tint(STATION_COLOR.ops, 0.85), 1);
    g.fillRect(x0, base, CHART_MINUTES * 5, 1);
    g.fillStyle(STATION_COLOR.ops, 1);
    bars.forEach((n, i) => {
      const h = Math.max(1, Math.round((n / top) * 22));
      g.fillRect(x0 + i * 5, base - h, 4, h);
    });
  }
}

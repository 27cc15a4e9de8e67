import type * as Phaser from 'phaser';
import { drawTruck } from './icons';
import { HEADER_H, MAP_W, STATION_RECT } from './layout';
import { STATION_COLOR } from './palette';

/**
 * The courier's truck at the dock. When a courier collects parcels it drives off the map's
 * right edge, then the next one backs in.
 */
export class Truck {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly home: { x: number; y: number };
  private busy = false;

  constructor(private readonly scene: Phaser.Scene) {
    const d = STATION_RECT.dock;
    this.home = { x: d.x + 18, y: d.y + HEADER_H + 24 };
    this.g = scene.add.graphics(this.home).setDepth(8);
    drawTruck(this.g, 0, 0, 1.4, STATION_COLOR.dock, 0xffffff);
  }

  depart(): void {
    if (this.busy) return;
    this.busy = true;
    const tweens = this.scene.tweens;
    tweens.chain({
      targets: this.g,
      tweens: [
        { x: MAP_W + 20, duration: 1100, ease: 'Quad.easeIn' },
        { x: this.home.x - 40, alpha: 0, duration: 0 },
        { x: this.home.x, alpha: 1, duration: 700, delay: 500, ease: 'Quad.easeOut' },
      ],
      onComplete: () => {
        this.busy = false;
      },
    });
  }
}

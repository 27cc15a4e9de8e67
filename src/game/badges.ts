import type * as Phaser from 'phaser';
import { drawRobot } from './icons';
import { HEADER_H, STATION_RECT } from './layout';
import { pxOf, FONT, PALETTE, STATION_COLOR, css } from './palette';
import { fill, type MapTexts, type Staffing } from './stats';
import { STATIONS, type Station } from './view-model';
import type { BotLevel } from '../sim/ids';

/**
 * "Bot at work" badges in each station's title bar: a robot and the bot's level, with a
 * pulsing light; the player's own station gets a "You" badge instead.
 */
export class StaffBadges {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly robots = new Map<Station, { x: number; y: number; busy: boolean }>();
  private key = '';

  constructor(private readonly scene: Phaser.Scene) {}

  update(texts: MapTexts, staff: Staffing, titleRight: (s: Station) => number): void {
    const key = JSON.stringify([texts.bot, staff]);
    if (key === this.key) return;
    this.key = key;
    this.clear();
    for (const s of STATIONS) {
      const who = staff[s];
      if (who) this.badge(texts, s, who, titleRight(s));
    }
  }

  private badge(
    texts: MapTexts,
    s: Station,
    who: BotLevel | 'human' | 'mate',
    titleRight: number,
  ): void {
    const r = STATION_RECT[s];
    const human = who === 'human' || who === 'mate';
    const color = STATION_COLOR[s];
    const y = r.y + HEADER_H / 2;
    const g = this.scene.add.graphics();
    const text = this.scene.add
      .text(0, y, '', {
        fontFamily: FONT,
        resolution: pxOf(this.scene),
        fontSize: '15px',
        fontStyle: 'bold',
        color: human ? PALETTE.ink : css(color),
      })
      .setOrigin(0, 0.5);
    const pad = human ? 24 : 42;
    // One wording on every station ("机器人 · 熟练"): a narrow title bar gets a smaller font,
    // never a shorter label.
    text.setText(
      who === 'human'
        ? texts.you
        : who === 'mate'
          ? texts.mate
          : fill(texts.bot, { level: texts.botLevel(who) }),
    );
    for (const size of [15, 14, 13, 12]) {
      text.setFontSize(size);
      if (r.x + r.w - 12 - text.width - pad > titleRight + 10) break;
    }
    const w = text.width + pad;
    const x = r.x + r.w - 12 - w;
    g.fillStyle(human ? PALETTE.human : 0xffffff, 1);
    g.fillRoundedRect(x, y - 13, w, 26, 13);
    text.setX(x + (human ? 12 : 32));
    // Above the ripples (depth 5) that bot activity sends out from under the badge.
    g.setDepth(6);
    text.setDepth(6);
    this.objects.push(g, text);
    if (human) return;
    const robot = this.scene.add.graphics({ x: x + 17, y }).setDepth(6);
    this.robots.set(s, { x: x + 17, y, busy: false });
    drawRobot(robot, 0, 1, color);
    this.scene.tweens.add({
      targets: robot,
      scale: 1.2,
      duration: 650,
      yoyo: true,
      repeat: -1,
      ease: 'Sine.easeInOut',
    });
    this.objects.push(robot);
  }

  /** A bot just acted at `station`: a ring ripples out of its badge. */
  bump(station: Station): void {
    const at = this.robots.get(station);
    if (!at || at.busy) return;
    at.busy = true;
    const ring = this.scene.add.graphics({ x: at.x, y: at.y }).setDepth(5);
    ring.lineStyle(2, 0xffffff, 1);
    ring.strokeCircle(0, 0, 10);
    this.scene.tweens.add({
      targets: ring,
      scale: 2.4,
      alpha: 0,
      duration: 520,
      ease: 'Quad.easeOut',
      onComplete: () => {
        ring.destroy();
        at.busy = false;
      },
    });
  }

  clear(): void {
    this.robots.clear();
    for (const o of this.objects) {
      this.scene.tweens.killTweensOf(o);
      o.destroy();
    }
    this.objects.length = 0;
  }
}

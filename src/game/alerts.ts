import type * as Phaser from 'phaser';
import { BANNER_AT, STATION_RECT } from './layout';
import { pxOf, FONT, PALETTE } from './palette';
import { fill, type MapTexts } from './stats';
import type { Station } from './view-model';
import type { IncidentKind } from '../sim/ids';

interface Alert {
  kind: IncidentKind;
  station: Station;
  box: Phaser.GameObjects.Container;
  flash: Phaser.GameObjects.Graphics;
}

/**
 * Incident alerts: when an incident starts, its station flashes red and a banner pops up on
 * it, pulsing while the incident lasts; it fades when the incident ends.
 */
export class IncidentAlerts {
  private readonly alerts = new Map<string, Alert>();
  private lang = '';

  constructor(private readonly scene: Phaser.Scene) {}

  sync(texts: MapTexts, active: { id: string; kind: IncidentKind; station: Station }[]): void {
    const relabel = texts.title !== this.lang;
    this.lang = texts.title;
    const ids = new Set(active.map((a) => a.id));
    for (const [id, a] of this.alerts) if (!ids.has(id)) this.remove(id, a);
    const perStation = new Map<Station, number>();
    for (const inc of active) {
      const n = perStation.get(inc.station) ?? 0;
      perStation.set(inc.station, n + 1);
      const existing = this.alerts.get(inc.id);
      if (existing && !relabel) continue;
      if (existing) this.remove(inc.id, existing, true);
      this.alerts.set(inc.id, this.add(texts, inc.kind, inc.station, n, !existing));
    }
  }

  private add(
    texts: MapTexts,
    kind: IncidentKind,
    station: Station,
    n: number,
    fresh: boolean,
  ): Alert {
    const r = STATION_RECT[station];
    const flash = this.scene.add.graphics().setDepth(20);
    flash.lineStyle(5, PALETTE.alert, 1);
    flash.strokeRoundedRect(r.x - 3, r.y - 3, r.w + 6, r.h + 6, 18);
    flash.setAlpha(fresh ? 1 : 0);
    if (fresh)
      this.scene.tweens.add({ targets: flash, alpha: 0.15, duration: 420, yoyo: true, repeat: 3 });
    const label = fill(texts.alert, { name: texts.incident(kind) });
    const text = this.scene.add
      .text(0, 0, label, {
        fontFamily: FONT,
        resolution: pxOf(this.scene),
        fontSize: '18px',
        fontStyle: 'bold',
        color: PALETTE.white,
      })
      .setOrigin(0, 0.5);
    const w = text.width + 52;
    const g = this.scene.add.graphics();
    g.fillStyle(PALETTE.alertDark, 0.35);
    g.fillRoundedRect(-w / 2 + 2, -14, w, 32, 16);
    g.fillStyle(PALETTE.alert, 1);
    g.fillRoundedRect(-w / 2, -16, w, 32, 16);
    g.fillStyle(0xffffff, 1);
    g.fillTriangle(-w / 2 + 14, 8, -w / 2 + 36, 8, -w / 2 + 25, -10);
    g.fillStyle(PALETTE.alert, 1);
    g.fillRect(-w / 2 + 24, -3, 2, 6);
    g.fillRect(-w / 2 + 24, 5, 2, 2);
    text.setPosition(-w / 2 + 42, 0);
    const at = BANNER_AT[station];
    const box = this.scene.add.container(at.x, at.y - n * 38, [g, text]);
    box.setDepth(30);
    if (fresh) {
      box.setScale(0.4).setAlpha(0);
      this.scene.tweens.add({
        targets: box,
        scale: 1,
        alpha: 1,
        duration: 380,
        ease: 'Back.easeOut',
      });
    }
    this.scene.tweens.add({
      targets: g,
      alpha: 0.75,
      duration: 700,
      yoyo: true,
      repeat: -1,
      delay: 400,
      ease: 'Sine.easeInOut',
    });
    return { kind, station, box, flash };
  }

  private remove(id: string, a: Alert, now = false): void {
    this.alerts.delete(id);
    const done = () => {
      this.scene.tweens.killTweensOf([a.box, a.flash, ...a.box.list]);
      a.box.destroy();
      a.flash.destroy();
    };
    if (now) return done();
    this.scene.tweens.add({ targets: [a.box, a.flash], alpha: 0, duration: 500, onComplete: done });
  }

  destroy(): void {
    for (const [id, a] of this.alerts) this.remove(id, a, true);
  }
}

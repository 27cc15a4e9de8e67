import type * as Phaser from 'phaser';
import { ENTRY, slotPosition } from './layout';
import { LANE_COLOR, PALETTE, pxOf } from './palette';
import { LANES, type Lane, type TokenView } from './view-model';

const R = 6;
const SIZE = 18;

interface Token {
  img: Phaser.GameObjects.Image;
  tx: number;
  ty: number;
  tex: string;
  gen: number;
}

function textureKey(lane: Lane, alert: boolean): string {
  return alert ? `tok-${lane}-alert` : `tok-${lane}`;
}

/** Bakes one small round texture per lane colour (and an alert variant) for the tokens. */
export function makeTokenTextures(scene: Phaser.Scene): void {
  const px = pxOf(scene);
  const g = scene.make.graphics({}, false).setScale(px);
  for (const lane of LANES) {
    for (const alert of [false, true]) {
      g.clear();
      g.fillStyle(0x000000, 0.18);
      g.fillCircle(SIZE / 2 + 0.5, SIZE / 2 + 1.5, R + 1);
      g.fillStyle(alert ? PALETTE.alert : 0xffffff, 1);
      g.fillCircle(SIZE / 2, SIZE / 2, R + (alert ? 2.5 : 1.5));
      g.fillStyle(LANE_COLOR[lane], 1);
      g.fillCircle(SIZE / 2, SIZE / 2, R);
      g.generateTexture(textureKey(lane, alert), SIZE * px, SIZE * px);
    }
  }
  g.destroy();
}

/**
 * The moving order tokens: one pooled Image per visible order, gliding toward the slot its
 * state puts it in. `sync` retargets (when the world changed); `step` moves (every frame).
 */
export class TokenLayer {
  private readonly live = new Map<string, Token>();
  private readonly pool: Phaser.GameObjects.Image[] = [];
  private gen = 0;
  private first = true;

  private readonly scale: number;

  constructor(private readonly scene: Phaser.Scene) {
    this.scale = 1 / pxOf(scene);
  }

  get count(): number {
    return this.live.size;
  }

  sync(views: readonly TokenView[]): void {
    const gen = ++this.gen;
    for (const v of views) {
      const target = slotPosition(v.lane, v.slot);
      const tex = textureKey(v.lane, v.alert);
      let tok = this.live.get(v.id);
      if (!tok) {
        // Orders already on the map when it opens stand in place; new ones walk in the door.
        const from = this.first || v.lane !== 'checkout' ? target : ENTRY;
        const img = this.pool.pop() ?? this.scene.add.image(0, 0, tex);
        img
          .setTexture(tex)
          .setPosition(from.x, from.y)
          .setVisible(true)
          .setDepth(10)
          .setScale(this.scale);
        tok = { img, tx: target.x, ty: target.y, tex, gen };
        this.live.set(v.id, tok);
      }
      tok.gen = gen;
      tok.tx = target.x;
      tok.ty = target.y;
      if (tok.tex !== tex) {
        tok.tex = tex;
        tok.img.setTexture(tex);
      }
    }
    for (const [id, tok] of this.live) {
      if (tok.gen === gen) continue;
      tok.img.setVisible(false);
      this.pool.push(tok.img);
      this.live.delete(id);
    }
    this.first = false;
  }

  /** Moves every token part of the way to its target: smooth, frame-rate independent. */
  step(deltaMs: number): void {
    const k = 1 - Math.exp(-deltaMs / 160);
    for (const tok of this.live.values()) {
      const img = tok.img;
      const dx = tok.tx - img.x;
      const dy = tok.ty - img.y;
      if (dx * dx + dy * dy < 0.05) {
        if (dx !== 0 || dy !== 0) img.setPosition(tok.tx, tok.ty);
        continue;
      }
      img.setPosition(img.x + dx * k, img.y + dy * k);
    }
  }

  destroy(): void {
    for (const tok of this.live.values()) tok.img.destroy();
    for (const img of this.pool) img.destroy();
    this.live.clear();
    this.pool.length = 0;
  }
}

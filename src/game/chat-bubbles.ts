import type * as Phaser from 'phaser';
import { STATION_RECT } from './layout';
import { PALETTE, STATION_COLOR } from './palette';
import type { ChatMood } from './view-model';

/** How many chat bubbles fit the row under the support agents. */
export const MAX_BUBBLES = 14;

const MOOD_COLOR: Record<ChatMood, number> = {
  waiting: 0xf2a93b,
  talking: STATION_COLOR.support,
  escalated: PALETTE.alert,
};

/**
 * The support queue as a row of speech bubbles under the agents: amber waits for a first
 * reply, violet is being answered, red was escalated. Redrawn only when the queue changes.
 */
export class ChatBubbles {
  private readonly g: Phaser.GameObjects.Graphics;
  private key = '';

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics();
  }

  update(queue: readonly ChatMood[]): void {
    const key = queue.join();
    if (key === this.key) return;
    this.key = key;
    const g = this.g.clear();
    const r = STATION_RECT.support;
    queue.forEach((mood, i) => {
      const x = r.x + 16 + i * 16;
      const y = r.y + 118;
      g.fillStyle(MOOD_COLOR[mood], 1);
      g.fillRoundedRect(x, y, 14, 10, 4);
      g.fillTriangle(x + 3, y + 9, x + 8, y + 9, x + 3, y + 14);
      g.fillStyle(0xffffff, 1);
      for (let d = 0; d < 3; d++) g.fillCircle(x + 4 + d * 3, y + 5, 1);
    });
  }
}

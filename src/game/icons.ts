import type * as Phaser from 'phaser';
import type { Station } from './view-model';

type G = Phaser.GameObjects.Graphics;

/** Small station icons drawn with shapes, about 24×24 around (x, y). */
export function drawIcon(g: G, station: Station, x: number, y: number, color: number): void {
  g.fillStyle(color, 1);
  g.lineStyle(2.5, color, 1);
  switch (station) {
    case 'storefront':
      g.fillRect(x - 10, y - 2, 20, 12);
      for (let i = 0; i < 4; i++)
        g.fillTriangle(x - 12 + i * 6, y - 4, x - 6 + i * 6, y - 4, x - 9 + i * 6, y - 10);
      g.fillRect(x - 12, y - 12, 24, 3);
      break;
    case 'support':
      g.beginPath();
      g.arc(x, y + 1, 9, Math.PI, 0, false);
      g.strokePath();
      g.fillRoundedRect(x - 12, y - 1, 6, 10, 2);
      g.fillRoundedRect(x + 6, y - 1, 6, 10, 2);
      g.fillCircle(x + 3, y + 11, 2);
      break;
    case 'ops':
      g.fillRect(x - 10, y + 2, 5, 8);
      g.fillRect(x - 3, y - 4, 5, 14);
      g.fillRect(x + 4, y - 10, 5, 20);
      break;
    case 'warehouse':
      g.fillRect(x - 11, y - 1, 10, 10);
      g.fillRect(x + 1, y - 1, 10, 10);
      g.fillRect(x - 5, y - 12, 10, 10);
      break;
    case 'dock':
      drawTruck(g, x - 13, y - 9, 0.55, color, color);
      break;
    case 'returns':
      g.beginPath();
      g.arc(x, y, 9, -Math.PI * 0.1, Math.PI * 1.35, false);
      g.strokePath();
      g.fillTriangle(x + 4, y - 3, x + 13, y - 4, x + 9, y + 5);
      break;
  }
}

/** A delivery truck facing right; (x, y) is its top-left, about 48×32 at scale 1. */
export function drawTruck(g: G, x: number, y: number, s: number, body: number, cab: number): void {
  g.fillStyle(body, 1);
  g.fillRoundedRect(x, y, 30 * s, 22 * s, 3 * s);
  g.fillStyle(cab, 1);
  g.fillRoundedRect(x + 32 * s, y + 7 * s, 14 * s, 15 * s, 3 * s);
  g.fillStyle(0x2f3437, 1);
  g.fillCircle(x + 9 * s, y + 25 * s, 4.5 * s);
  g.fillCircle(x + 38 * s, y + 25 * s, 4.5 * s);
}

/** A cardboard box, (x, y) top-left. */
export function drawBox(g: G, x: number, y: number, w: number, h: number): void {
  g.fillStyle(0xd9a86c, 1);
  g.fillRoundedRect(x, y, w, h, 2);
  g.fillStyle(0xc28d4f, 1);
  g.fillRect(x + w / 2 - 2, y, 4, h);
}

/** A shelf rack with boxes, (x, y) top-left, w wide, three levels. */
export function drawShelf(g: G, x: number, y: number, w: number): void {
  g.fillStyle(0x8c99a6, 1);
  g.fillRect(x, y, 3, 40);
  g.fillRect(x + w - 3, y, 3, 40);
  for (let i = 0; i < 3; i++) {
    g.fillRect(x, y + 12 + i * 14, w, 2);
    for (let b = 0; b < Math.floor((w - 8) / 14); b++)
      drawBox(g, x + 5 + b * 14, y + 3 + i * 14, 10, 9);
  }
}

/** A desk with a monitor showing a little chart, (x, y) top-left, about 64×52. */
export function drawDesk(g: G, x: number, y: number, accent: number): void {
  g.fillStyle(0x3b4248, 1);
  g.fillRoundedRect(x + 10, y, 44, 30, 4);
  g.fillStyle(0xf7fbff, 1);
  g.fillRect(x + 13, y + 3, 38, 24);
  g.fillStyle(accent, 1);
  g.fillRect(x + 17, y + 17, 6, 7);
  g.fillRect(x + 26, y + 12, 6, 12);
  g.fillRect(x + 35, y + 7, 6, 17);
  g.fillStyle(0x3b4248, 1);
  g.fillRect(x + 29, y + 30, 6, 6);
  g.fillStyle(0xc9a67a, 1);
  g.fillRoundedRect(x, y + 36, 64, 10, 3);
}

/** A support agent at a desk: head with headset and a laptop, centred on (x, y). */
export function drawAgent(g: G, x: number, y: number, accent: number): void {
  g.fillStyle(accent, 1);
  g.fillRoundedRect(x - 12, y + 4, 24, 18, 8);
  g.fillStyle(0xf1c9a5, 1);
  g.fillCircle(x, y - 6, 9);
  g.lineStyle(2, 0x3b4248, 1);
  g.beginPath();
  g.arc(x, y - 6, 11, Math.PI, 0, false);
  g.strokePath();
  g.fillStyle(0x3b4248, 1);
  g.fillCircle(x + 10, y - 3, 2.5);
  g.fillStyle(0xc9a67a, 1);
  g.fillRoundedRect(x - 22, y + 20, 44, 7, 3);
  g.fillStyle(0x9aa5b1, 1);
  g.fillRect(x - 9, y + 13, 18, 8);
}

/** A robot head, the "bot at work" mark, centred on (x, y). */
export function drawRobot(g: G, x: number, y: number, color: number): void {
  g.fillStyle(color, 1);
  g.fillRoundedRect(x - 7, y - 5, 14, 11, 3);
  g.fillRect(x - 1, y - 9, 2, 4);
  g.fillCircle(x, y - 9, 2);
  g.fillStyle(0xffffff, 1);
  g.fillCircle(x - 3, y, 1.8);
  g.fillCircle(x + 3, y, 1.8);
}

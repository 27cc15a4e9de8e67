import type * as Phaser from 'phaser';
import { drawAgent, drawBox, drawDesk, drawIcon, drawShelf } from './icons';
import { HEADER_H, LANE_RECT, MAP_H, MAP_W, STATION_RECT } from './layout';
import { LANE_COLOR, PALETTE, STATION_COLOR, tint } from './palette';
import { LANES, STATIONS, type Station } from './view-model';

type G = Phaser.GameObjects.Graphics;

/** Draws everything that never moves: floor, station panels, lane floors and props. */
export function drawMap(g: G): void {
  drawFloor(g);
  for (const s of STATIONS) drawPanel(g, s);
  for (const lane of LANES) {
    const r = LANE_RECT[lane];
    g.fillStyle(tint(LANE_COLOR[lane], 0.88), 1);
    if (lane !== 'road') g.fillRoundedRect(r.x - 4, r.y - 4, r.w + 8, r.h + 8, 8);
    g.fillStyle(LANE_COLOR[lane], 1);
    g.fillCircle(r.x + 3, r.y - 15, 4);
  }
  drawProps(g);
}

function drawFloor(g: G): void {
  g.fillStyle(PALETTE.floor, 1);
  g.fillRect(0, 0, MAP_W, MAP_H);
  g.lineStyle(1, PALETTE.floorLine, 1);
  for (let x = 0; x <= MAP_W; x += 40) g.lineBetween(x, 0, x, MAP_H);
  for (let y = 0; y <= MAP_H; y += 40) g.lineBetween(0, y, MAP_W, y);
  // Flow chevrons on the walkways: storefront → warehouse → dock.
  g.fillStyle(0xcfc4b2, 1);
  for (const x of [336, 940])
    for (const y of [420, 470, 520]) g.fillTriangle(x - 5, y - 8, x + 6, y, x - 5, y + 8);
}

function drawPanel(g: G, s: Station): void {
  const r = STATION_RECT[s];
  const c = STATION_COLOR[s];
  g.fillStyle(PALETTE.shadow, 0.1);
  g.fillRoundedRect(r.x + 2, r.y + 5, r.w, r.h, 16);
  g.fillStyle(PALETTE.panel, 1);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, 16);
  g.fillStyle(c, 1);
  g.fillRoundedRect(r.x, r.y, r.w, HEADER_H, { tl: 16, tr: 16, bl: 0, br: 0 });
  g.fillStyle(0xffffff, 0.95);
  g.fillCircle(r.x + 26, r.y + HEADER_H / 2, 15);
  drawIcon(g, s, r.x + 26, r.y + HEADER_H / 2 + 1, c);
}

function drawProps(g: G): void {
  // Storefront: a striped awning under the title bar.
  const sf = STATION_RECT.storefront;
  for (let i = 0; i < sf.w / 20; i++) {
    g.fillStyle(i % 2 ? 0xffffff : tint(STATION_COLOR.storefront, 0.35), 1);
    g.fillRect(sf.x + i * 20, sf.y + HEADER_H, 20, 6);
    g.fillCircle(sf.x + i * 20 + 10, sf.y + HEADER_H + 6, 10);
  }
  // Warehouse: a shelf over the pick lane, a packing table, a label printer.
  drawShelf(g, LANE_RECT.pick.x + 6, 290, 150);
  const pack = LANE_RECT.pack;
  g.fillStyle(0xc9a67a, 1);
  g.fillRoundedRect(pack.x + 10, 318, pack.w - 20, 10, 3);
  for (let i = 0; i < 4; i++) drawBox(g, pack.x + 22 + i * 34, 296, 22 + (i % 2) * 4, 20);
  const label = LANE_RECT.label;
  g.fillStyle(0x3b4248, 1);
  g.fillRoundedRect(label.x + 56, 300, 60, 26, 5);
  g.fillStyle(0xffffff, 1);
  g.fillRect(label.x + 66, 292, 40, 12);
  g.fillStyle(STATION_COLOR.warehouse, 1);
  g.fillRect(label.x + 70, 296, 20, 2);
  g.fillRect(label.x + 70, 300, 28, 2);
  // Ops: a desk with a dashboard.
  drawDesk(g, STATION_RECT.ops.x + 20, STATION_RECT.ops.y + 84, STATION_COLOR.ops);
  // Support: three agents.
  for (let i = 0; i < 3; i++)
    drawAgent(g, STATION_RECT.support.x + 48 + i * 66, 96, STATION_COLOR.support);
  // Returns: a pile of parcels coming back.
  const rt = STATION_RECT.returns;
  drawBox(g, rt.x + 24, rt.y + 150, 30, 24);
  drawBox(g, rt.x + 58, rt.y + 156, 24, 18);
  drawBox(g, rt.x + 38, rt.y + 130, 24, 20);
  drawDock(g);
}

function drawDock(g: G): void {
  const d = STATION_RECT.dock;
  // Loading bay doors with shutters (the courier's truck is drawn by the scene: it drives).
  for (let i = 0; i < 2; i++) {
    const x = d.x + 120 + i * 90;
    g.fillStyle(0x8c99a6, 1);
    g.fillRoundedRect(x, d.y + HEADER_H + 14, 76, 62, 4);
    g.fillStyle(0xaab4bf, 1);
    for (let k = 0; k < 6; k++) g.fillRect(x + 4, d.y + HEADER_H + 18 + k * 10, 68, 6);
  }
  // The road out, inside the courier card (it used to run past the card's edge).
  const road = LANE_RECT.road;
  const end = road.x + road.w;
  g.fillStyle(PALETTE.road, 1);
  g.fillRect(road.x - 8, road.y + 4, road.w + 8, road.h - 6);
  g.fillStyle(PALETTE.roadLine, 1);
  for (let x = road.x; x < end; x += 28)
    g.fillRect(x, road.y + road.h / 2, Math.min(14, end - x), 2);
}

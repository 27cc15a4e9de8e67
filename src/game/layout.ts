import type { Lane, Station } from './view-model';

/** The map's fixed logical size; the canvas scales to fit its parent. */
export const MAP_W = 1280;
export const MAP_H = 720;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Station panels. Orders flow left to right along the bottom row; the top row serves it. */
export const STATION_RECT: Record<Station, Rect> = {
  ops: { x: 24, y: 20, w: 300, h: 196 },
  support: { x: 348, y: 20, w: 580, h: 196 },
  returns: { x: 952, y: 20, w: 304, h: 196 },
  storefront: { x: 24, y: 240, w: 300, h: 460 },
  warehouse: { x: 348, y: 240, w: 580, h: 460 },
  dock: { x: 952, y: 240, w: 304, h: 460 },
};

/** Height of a station's title bar. */
export const HEADER_H = 40;
/** Spacing between token centres. */
export const CELL = 16;

/** The floor area of each lane, where its tokens queue (oldest top-left). */
export const LANE_RECT: Record<Lane, Rect> = {
  checkout: { x: 40, y: 364, w: 268, h: 120 },
  paid: { x: 40, y: 526, w: 268, h: 160 },
  pick: { x: 364, y: 360, w: 172, h: 326 },
  pack: { x: 552, y: 360, w: 172, h: 326 },
  label: { x: 740, y: 360, w: 172, h: 326 },
  dock: { x: 968, y: 404, w: 272, h: 144 },
  road: { x: 968, y: 612, w: 280, h: 64 },
  aftersales: { x: 600, y: 92, w: 312, h: 112 },
  returns: { x: 1100, y: 92, w: 144, h: 112 },
};

/** How many tokens fit a lane before they start to overlap. */
export function laneCapacity(lane: Lane): number {
  const r = LANE_RECT[lane];
  // The road is a two-row convoy inside the courier card (its count says how many there are).
  if (lane === 'road') return Math.floor((r.w - 10) / CELL) * 2;
  return Math.max(1, Math.floor(r.w / CELL)) * Math.max(1, Math.floor(r.h / CELL));
}

/**
 * Where the token in `slot` of `lane` stands. Lanes fill in rows from the top-left; the road is
 * a two-row convoy from the dock to the courier card's edge. Overflowing slots wrap
 * (the lane's count says how many there really are).
 */
export function slotPosition(lane: Lane, slot: number): { x: number; y: number } {
  const r = LANE_RECT[lane];
  if (lane === 'road') {
    const perRow = 2;
    const s = slot % laneCapacity(lane);
    const col = Math.floor(s / perRow);
    return { x: r.x + 10 + col * CELL, y: r.y + 22 + (s % perRow) * CELL };
  }
  const cols = Math.max(1, Math.floor(r.w / CELL));
  const s = slot % laneCapacity(lane);
  return {
    x: r.x + CELL / 2 + (s % cols) * CELL,
    y: r.y + CELL / 2 + Math.floor(s / cols) * CELL,
  };
}

/** Where a station's incident banner pops up: over props, clear of titles and lane names. */
export const BANNER_AT: Record<Station, { x: number; y: number }> = {
  ops: { x: 174, y: 192 },
  support: { x: 470, y: 102 },
  returns: { x: 1104, y: 186 },
  storefront: { x: 174, y: 462 },
  warehouse: { x: 638, y: 312 },
  dock: { x: 1104, y: 326 },
};

/** Where a brand-new order first appears: the storefront's door. */
export const ENTRY = { x: 8, y: 400 };

/** The pixel ratio a parent of this size on this screen needs (1, 1.5 or 2). */
export function pixelRatioFor(width: number, height: number, dpr: number): number {
  const fit = Math.min(width / MAP_W, height / MAP_H) * (dpr || 1);
  return Math.min(2, Math.max(1, Math.round(fit * 2) / 2 || 1));
}

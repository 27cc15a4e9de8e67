import type { Lane, Station } from './view-model';

/** The map's colours: a soft, warm floor with one clear accent per station. */
export const PALETTE = {
  floor: 0xf3efe7,
  floorLine: 0xe6dfd3,
  walkway: 0xe9e2d6,
  panel: 0xffffff,
  shadow: 0x5b4a36,
  ink: '#2f3437',
  inkSoft: '#6b7378',
  white: '#ffffff',
  alert: 0xe5484d,
  alertDark: 0xb4232a,
  human: 0xf5b700,
  road: 0x6f7479,
  roadLine: 0xf4f1ea,
};

export const STATION_COLOR: Record<Station, number> = {
  storefront: 0xf07c5a,
  support: 0x8a72c9,
  ops: 0x2ea58f,
  warehouse: 0x4f86d1,
  dock: 0xe79a2c,
  returns: 0xd9668f,
};

export const LANE_COLOR: Record<Lane, number> = {
  checkout: 0xf6a37f,
  paid: 0xe0603d,
  pick: 0x6fa3e8,
  pack: 0x3f76c4,
  label: 0x2a5aa3,
  dock: 0xe08b14,
  road: 0x3aa76d,
  aftersales: 0x7d5fc4,
  returns: 0xcc4f7c,
};

/** A colour number as a CSS string for Text styles. */
export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/** Mixes `color` toward white by `t` (0..1), for tinted lane floors. */
export function tint(color: number, t: number): number {
  const ch = (shift: number) => {
    const c = (color >> shift) & 0xff;
    return Math.round(c + (255 - c) * t) << shift;
  };
  return ch(16) | ch(8) | ch(0);
}

/** Registry key of the map's pixel ratio: backing pixels per map unit (1–2). */
export const PX_KEY = 'shopMapPx';

/** The pixel ratio texts and baked textures render at, for crisp edges on big or HiDPI screens. */
export function pxOf(scene: { registry: { get(key: string): unknown } }): number {
  const px = scene.registry.get(PX_KEY);
  return typeof px === 'number' ? px : 1;
}

export const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Segoe UI", sans-serif';

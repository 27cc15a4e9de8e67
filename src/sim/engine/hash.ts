import type { World } from '../world';

/**
 * A 64-bit FNV-1a hash (two 32-bit lanes) of the world's JSON, as 16 hex digits. Same
 * scenario, seed and commands give the same world, so the same hash, on any machine.
 */
export function hashWorld(world: World): string {
  return hashString(JSON.stringify(world));
}

/** FNV-1a over UTF-16 code units, two independent lanes for 64 bits. */
export function hashString(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** mulberry32 seeded with an FNV-1a hash of the key: the same key always draws the same numbers. */
export function seeded(key: string): () => number {
  let state = 2_166_136_261;
  for (const char of key) state = Math.imul(state ^ char.charCodeAt(0), 16_777_619) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Fixed-width sets of small integers (scenes, actors) packed into 32-bit words of a Uint32Array,
// and byte tables that sum a weight over a set. No allocation in the hot helpers; no IO, no clock.

/** Number of 32-bit words needed for a set over 0..size-1 (at least one). */
export function wordsFor(size: number): number {
  return Math.max(1, Math.ceil(size / 32));
}

export function hasBit(words: Uint32Array, offset: number, index: number): boolean {
  return (((words[offset + (index >>> 5)] ?? 0) >>> (index & 31)) & 1) === 1;
}

export function setBit(words: Uint32Array, offset: number, index: number): void {
  const w = offset + (index >>> 5);
  words[w] = (words[w] ?? 0) | (1 << (index & 31));
}

/** Index of the lowest set bit of a non-zero word. */
export function lowestBit(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/**
 * Sums a per-member weight over a set in 4 table look-ups per word: entry (w * 4 + byte) * 256 + value
 * holds the weight of the members whose bits are `value` in that byte of word w.
 */
export function buildByteTable(weights: ArrayLike<number>, wordCount: number): Float64Array {
  const table = new Float64Array(wordCount * 4 * 256);
  for (let chunk = 0; chunk < wordCount * 4; chunk++) {
    for (let value = 1; value < 256; value++) {
      const low = value & -value;
      const bit = 31 - Math.clz32(low);
      const member = chunk * 8 + bit;
      table[chunk * 256 + value] = (table[chunk * 256 + (value ^ low)] ?? 0) + (weights[member] ?? 0);
    }
  }
  return table;
}

/** Weight of a single-word set (word w of a wider set) from a byte table. */
export function tableSum(table: Float64Array, w: number, x: number): number {
  const base = w << 10;
  return (
    (table[base + (x & 255)] ?? 0) +
    (table[base + 256 + ((x >>> 8) & 255)] ?? 0) +
    (table[base + 512 + ((x >>> 16) & 255)] ?? 0) +
    (table[base + 768 + (x >>> 24)] ?? 0)
  );
}

/** Number of set bits of a 32-bit word. */
export function popCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 63;
}

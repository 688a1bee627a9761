// A bounded hash table from search states (fixed-width keys of 32-bit words) to what the search learnt
// about them: the exact optimum with its best move, or a lower bound. It never holds more than
// `maxEntries` states: once full, it overwrites the entry with the fewest scenes left, the cheapest to redo.

const EMPTY = 0;
const LOWER_BOUND = 1;
const EXACT = 2;
/** Slots probed from a key's home slot before the table grows or evicts. */
const PROBES = 8;

export class StateCache {
  readonly keyWords: number;
  readonly maxEntries: number;
  private capacity = 0;
  private mask = 0;
  private size = 0;
  private keys = new Uint32Array(0);
  private values = new Float64Array(0);
  private kinds = new Uint8Array(0);
  private moves = new Int32Array(0);
  private weights = new Uint16Array(0);

  constructor(keyWords: number, maxEntries: number) {
    this.keyWords = keyWords;
    // A power of two, so a slot is a hash masked to the capacity.
    this.maxEntries = 2 ** Math.floor(Math.log2(Math.max(1024, maxEntries)));
    this.allocate(Math.min(1 << 12, this.maxEntries));
  }

  /** Number of states held. */
  get entries(): number {
    return this.size;
  }

  /** Slot holding `key` (at `source[offset..]`), or -1. */
  find(source: Uint32Array, offset: number): number {
    const home = this.hash(source, offset);
    for (let i = 0; i < PROBES; i++) {
      const slot = (home + i) & this.mask;
      if (this.kinds[slot] === EMPTY) return -1;
      if (this.matches(slot, source, offset)) return slot;
    }
    return -1;
  }

  isExact(slot: number): boolean {
    return this.kinds[slot] === EXACT;
  }

  value(slot: number): number {
    return this.values[slot] ?? 0;
  }

  move(slot: number): number {
    return this.moves[slot] ?? -1;
  }

  /**
   * Records an exact value (with its best move) or a lower bound. An exact entry is never replaced by a
   * bound for the same key, and a bound only ever rises. `weight` ranks entries for eviction.
   */
  store(
    source: Uint32Array,
    offset: number,
    value: number,
    exact: boolean,
    move: number,
    weight: number,
  ): void {
    let home = this.hash(source, offset);
    let victim = -1;
    for (let i = 0; i < PROBES; i++) {
      const slot = (home + i) & this.mask;
      const kind = this.kinds[slot];
      if (kind === EMPTY) {
        if (this.size >= this.capacity >>> 1 && this.capacity < this.maxEntries) {
          this.grow();
          home = this.hash(source, offset);
          i = -1;
          victim = -1;
          continue;
        }
        this.write(slot, source, offset, value, exact, move, weight);
        this.size++;
        return;
      }
      if (this.matches(slot, source, offset)) {
        if (kind === EXACT) return;
        if (exact || value > (this.values[slot] ?? 0))
          this.write(slot, source, offset, value, exact, move, weight);
        return;
      }
      if (victim < 0 || (this.weights[slot] ?? 0) < (this.weights[victim] ?? 0)) victim = slot;
    }
    if (this.capacity < this.maxEntries) {
      this.grow();
      this.store(source, offset, value, exact, move, weight);
      return;
    }
    if (victim >= 0 && (this.weights[victim] ?? 0) <= weight)
      this.write(victim, source, offset, value, exact, move, weight);
  }

  private write(
    slot: number,
    source: Uint32Array,
    offset: number,
    value: number,
    exact: boolean,
    move: number,
    weight: number,
  ) {
    const base = slot * this.keyWords;
    for (let w = 0; w < this.keyWords; w++) this.keys[base + w] = source[offset + w] ?? 0;
    this.values[slot] = value;
    this.kinds[slot] = exact ? EXACT : LOWER_BOUND;
    this.moves[slot] = move;
    this.weights[slot] = weight;
  }

  private matches(slot: number, source: Uint32Array, offset: number): boolean {
    const base = slot * this.keyWords;
    for (let w = 0; w < this.keyWords; w++) {
      if (this.keys[base + w] !== source[offset + w]) return false;
    }
    return true;
  }

  private hash(source: Uint32Array, offset: number): number {
    let h = 0x811c9dc5;
    for (let w = 0; w < this.keyWords; w++) {
      h = Math.imul(h ^ (source[offset + w] ?? 0), 0x9e3779b1);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 13), 0x85ebca6b);
    return (h ^ (h >>> 16)) & this.mask;
  }

  private allocate(capacity: number) {
    this.capacity = capacity;
    this.mask = capacity - 1;
    this.size = 0;
    this.keys = new Uint32Array(capacity * this.keyWords);
    this.values = new Float64Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.moves = new Int32Array(capacity);
    this.weights = new Uint16Array(capacity);
  }

  private grow() {
    const { keys, values, kinds, moves, weights, capacity, keyWords } = this;
    this.allocate(Math.min(capacity * 2, this.maxEntries));
    for (let slot = 0; slot < capacity; slot++) {
      const kind = kinds[slot];
      if (kind === EMPTY) continue;
      this.store(
        keys,
        slot * keyWords,
        values[slot] ?? 0,
        kind === EXACT,
        moves[slot] ?? -1,
        weights[slot] ?? 0,
      );
    }
  }
}

/**
 * A small seeded generator (xorshift128+ over a SplitMix64-expanded seed) so that a fuzz case is a pure function
 * of (run seed, case number): any case can be rebuilt and replayed alone, in any order.
 */
export class Random {
  private s0: bigint;
  private s1: bigint;

  constructor(seed: bigint) {
    let x = seed & MASK;
    const next = () => {
      x = (x + 0x9e3779b97f4a7c15n) & MASK;
      let z = x;
      z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
      z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
      return z ^ (z >> 31n);
    };
    this.s0 = next();
    this.s1 = next() || 1n;
  }

  /** The generator of one case of a run. */
  static forCase(runSeed: number, caseIndex: number): Random {
    return new Random((BigInt(runSeed) << 32n) ^ BigInt(caseIndex) ^ 0x5eed_f00dn);
  }

  /** A float in [0, 1). */
  next(): number {
    let s1 = this.s0;
    const s0 = this.s1;
    this.s0 = s0;
    s1 = (s1 ^ (s1 << 23n)) & MASK;
    this.s1 = s1 ^ s0 ^ (s1 >> 17n) ^ (s0 >> 26n);
    return Number(((this.s1 + s0) & MASK) >> 11n) / 2 ** 53;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of several choices, by weight. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let at = this.next() * total;
    for (const [value, weight] of choices) {
      at -= weight;
      if (at < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

const MASK = (1n << 64n) - 1n;

/** A fresh run seed (printed, so a failing run can be repeated with --seed). */
export function newRunSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/** Seeded pseudo-random numbers (mulberry32). Never Math.random in the world. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Next unsigned 32-bit integer. */
  nextU32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Float in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** Integer in [lo, hi). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo));
  }

  /** A locally administered unicast MAC address, as eth_random_addr makes. */
  mac(): string {
    const b: number[] = [];
    for (let i = 0; i < 6; i++) b.push(this.int(0, 256));
    b[0] = ((b[0] as number) & 0xfe) | 0x02;
    return b.map((x) => x.toString(16).padStart(2, '0')).join(':');
  }

  /** Lower-case alphanumeric string as Kubernetes name generators use (no vowels). */
  suffix(len: number, alphabet = 'bcdfghjklmnpqrstvwxz2456789'): string {
    let s = '';
    for (let i = 0; i < len; i++) s += alphabet[this.int(0, alphabet.length)];
    return s;
  }

  /** Hex string of n bytes. */
  hex(bytes: number): string {
    let s = '';
    for (let i = 0; i < bytes; i++) s += this.int(0, 256).toString(16).padStart(2, '0');
    return s;
  }

  getState(): number {
    return this.state;
  }
}

/**
 * Values a worker reads once per initiation rather than once per batch (the agent, the voice
 * numbers, the campaign's id field): a million customers are 2,000 batches. Entries live a few
 * seconds, so a change made during a long initiation still reaches its later batches; a failed
 * load is not kept. Bounded: the oldest entry goes first.
 */
export class ShortCache<T> {
  private readonly entries = new Map<string, { until: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 256,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const at = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > at) return hit.value;
    if (hit) this.entries.delete(key);
    const value = load();
    this.entries.set(key, { until: at + this.ttlMs, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

/**
 * How often one person may do something: at most `count` times in any `windowMs`. In memory, per
 * instance: it keeps one person from flooding the bot (a script posting /rapportera), not a budget to
 * share across instances; a restart forgets it.
 */
export class PersonRateLimit {
  private readonly times = new Map<string, number[]>();

  constructor(
    private readonly count: number,
    private readonly windowMs: number,
  ) {}

  /** Counts an attempt at `now`; false when the person is over the limit (the attempt is not counted). */
  allow(person: string, now: Date): boolean {
    const t = now.getTime();
    const recent = (this.times.get(person) ?? []).filter((x) => x > t - this.windowMs && x <= t);
    if (recent.length >= this.count) {
      this.times.set(person, recent);
      return false;
    }
    recent.push(t);
    this.times.set(person, recent);
    // Forget people who have been quiet, so the map does not grow without end.
    if (this.times.size > 10_000) for (const [k, v] of this.times) if (v.every((x) => x <= t - this.windowMs)) this.times.delete(k);
    return true;
  }
}

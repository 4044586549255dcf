import type { Logger } from '../logger';

/**
 * Work done after the reply (Teams wants invokes answered within seconds), tracked so that shutdown
 * and tests can wait for it.
 */
export class Background {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  /** Starts `work` now; its failure is logged, never thrown. */
  run(label: string, work: () => Promise<void>): void {
    const p = work()
      .catch((err) => this.log.error({ err, label }, 'background work failed'))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Resolves when everything started so far has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

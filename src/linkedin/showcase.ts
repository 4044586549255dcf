import type { LinkedInConnection } from '../services/linkedinConnection';
import { LinkedInClient } from './client';
import { LinkedInPoller, PollerOptions } from './poller';

/**
 * The showcase pages (Näringsliv, Stadsbyggnad, …): each connected with its own token, each followed by a
 * poller of its own (its posts carry the page, its report and calls are its own). The clients keep their
 * call counters between polls, so they live here for the process's life; the count is stored after each
 * poll, so a restart does not give the day's budget back.
 */
export class ShowcasePolling {
  private readonly pollers = new Map<string, LinkedInPoller>();

  constructor(
    private readonly deps: Omit<PollerOptions, 'client' | 'pageUrn'> & {
      connection: LinkedInConnection;
      api: { baseUrl: string; version: string; callBudgetPerDay: number };
    },
  ) {}

  /** One planned poll of every connected showcase page; a page's trouble does not stop the others. */
  async pollAll(pollSeconds: number): Promise<void> {
    for (const page of await this.deps.connection.showcasePages()) {
      const poller = await this.pollerFor(page.organizationUrn);
      await poller.pollPlanned(pollSeconds).catch((err: Error) => this.deps.log.error({ err, page: page.organizationUrn }, 'showcase page poll failed'));
    }
  }

  /** Polls one post of a showcase page (after a webhook notification); a page no longer connected is skipped. */
  async pollPost(organizationUrn: string, postUrn: string): Promise<void> {
    if (!(await this.deps.connection.showcasePages()).some((p) => p.organizationUrn === organizationUrn)) {
      this.deps.log.warn({ page: organizationUrn, postUrn }, 'a notified showcase post is on a page no longer connected');
      return;
    }
    await (await this.pollerFor(organizationUrn)).pollPost(postUrn);
  }

  private async pollerFor(organizationUrn: string): Promise<LinkedInPoller> {
    const known = this.pollers.get(organizationUrn);
    if (known) return known;
    const { api, connection, clock } = this.deps;
    const client = new LinkedInClient({ ...api, organizationUrn, accessToken: () => connection.accessToken(organizationUrn), clock });
    const poller = new LinkedInPoller({ ...this.deps, client, pageUrn: organizationUrn });
    await poller.restoreBudget();
    this.pollers.set(organizationUrn, poller);
    return poller;
  }
}

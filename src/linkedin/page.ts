import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import type { CommentRemover } from '../services/escalations';
import type { PageReplier } from '../services/comments';
import type { PageStatistics } from '../services/followup';
import { LinkedInClient } from './client';

/**
 * The LinkedIn client, when the city has API access: the page's organization and a token, from the
 * environment or connected from Teams (`accessToken` reads the current one); null otherwise.
 */
export function linkedInClientFor(config: Config, clock: Clock, accessToken: () => Promise<string | null>): LinkedInClient | null {
  if (!config.LINKEDIN_ORGANIZATION_URN || !(config.LINKEDIN_ACCESS_TOKEN || config.LINKEDIN_CLIENT_ID)) return null;
  return new LinkedInClient({
    baseUrl: config.LINKEDIN_API_BASE_URL,
    accessToken,
    version: config.LINKEDIN_VERSION,
    organizationUrn: config.LINKEDIN_ORGANIZATION_URN,
    clock,
    callBudgetPerDay: config.LINKEDIN_DAILY_CALL_BUDGET,
  });
}

/** Replies as the page through the client, in the comment service's terms. */
export function pageReplier(client: LinkedInClient): PageReplier {
  return {
    reply: async (postUrn, commentUrn, text) => {
      const r = await client.replyAsPage(postUrn, commentUrn, text);
      return r.ok ? { ok: true } : { ok: false, detail: `${r.reason}${r.status ? ` ${r.status}` : ''}` };
    },
  };
}

/** Deletes comments as the page through the client, in the escalation service's terms. */
export function commentRemover(client: LinkedInClient): CommentRemover {
  return {
    remove: async (postUrn, commentUrn) => {
      const r = await client.deleteComment(postUrn, commentUrn);
      return r.ok ? { ok: true } : { ok: false, detail: `${r.reason}${r.status ? ` ${r.status}` : ''}: ${r.detail}` };
    },
  };
}

/** The page's monthly figures through the client (two calls: share and follower statistics), in the follow-up's terms. */
export function pageStatistics(client: LinkedInClient): PageStatistics {
  return {
    read: async (start, end) => {
      const shares = await client.shareStatistics(start, end);
      if (!shares.ok) return { ok: false, detail: `${shares.reason}${shares.status ? ` ${shares.status}` : ''}: ${shares.detail}` };
      const followers = await client.followerGains(start, end);
      if (!followers.ok) return { ok: false, detail: `${followers.reason}${followers.status ? ` ${followers.status}` : ''}: ${followers.detail}` };
      const s = shares.value;
      return { ok: true, figures: { impressions: s.impressions, reach: s.reach, reactions: s.reactions, comments: s.comments, shares: s.shares, clicks: s.clicks, newFollowers: followers.value } };
    },
  };
}

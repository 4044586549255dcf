/**
 * LinkedIn's organisation statistics for the monthly follow-up: time-bound share statistics
 * (`/rest/organizationalEntityShareStatistics`) and follower statistics
 * (`/rest/organizationalEntityFollowerStatistics`), both `q=organizationalEntity` with
 * `timeIntervals=(timeRange:(start:…,end:…),timeGranularityType:MONTH)` (Rest.li 2.0 record syntax; the
 * parentheses, colons and commas stay unencoded, the URN is encoded). Each answers one element per
 * time bucket; the buckets are summed, so a month asked for by DAY gives the same totals.
 *
 * Shapes from LinkedIn's Community Management documentation ("Organization Share Statistics",
 * "Organization Follower Statistics"). Unconfirmed: whether follower gains are named `organicFollowerGain`
 * (documented) or `organicFollowerGains` (seen in clients); both are accepted, here and nowhere else.
 */
import { z } from 'zod';

const count = z.number().nonnegative().optional();

/** One time bucket of share statistics. */
export const shareStatisticsElement = z
  .object({
    timeRange: z.object({ start: z.number(), end: z.number() }).passthrough().optional(),
    totalShareStatistics: z
      .object({
        impressionCount: count,
        uniqueImpressionsCount: count,
        clickCount: count,
        likeCount: count,
        commentCount: count,
        shareCount: count,
        engagement: z.number().optional(),
      })
      .passthrough(),
  })
  .passthrough();

/** One time bucket of follower statistics (time-bound: the gains in the bucket). */
export const followerStatisticsElement = z
  .object({
    timeRange: z.object({ start: z.number(), end: z.number() }).passthrough().optional(),
    followerGains: z
      .object({ organicFollowerGain: count, paidFollowerGain: count, organicFollowerGains: count, paidFollowerGains: count })
      .passthrough()
      .optional(),
  })
  .passthrough();

/** The page's share statistics over a range, summed. */
export interface ShareTotals {
  impressions: number;
  /** Unique impressions summed over the buckets: a member reached in two buckets counts twice. */
  reach: number;
  clicks: number;
  reactions: number;
  comments: number;
  shares: number;
}

/** Sums share-statistics buckets. */
export function sumShareStatistics(elements: z.infer<typeof shareStatisticsElement>[]): ShareTotals {
  const total: ShareTotals = { impressions: 0, reach: 0, clicks: 0, reactions: 0, comments: 0, shares: 0 };
  for (const { totalShareStatistics: s } of elements) {
    total.impressions += s.impressionCount ?? 0;
    total.reach += s.uniqueImpressionsCount ?? 0;
    total.clicks += s.clickCount ?? 0;
    total.reactions += s.likeCount ?? 0;
    total.comments += s.commentCount ?? 0;
    total.shares += s.shareCount ?? 0;
  }
  return total;
}

/** New followers (organic and paid) summed over follower-statistics buckets. */
export function sumFollowerGains(elements: z.infer<typeof followerStatisticsElement>[]): number {
  return elements.reduce((sum, e) => {
    const g = e.followerGains ?? {};
    return sum + (g.organicFollowerGain ?? g.organicFollowerGains ?? 0) + (g.paidFollowerGain ?? g.paidFollowerGains ?? 0);
  }, 0);
}

/** The `timeIntervals` query value for a range, in Rest.li 2.0 record syntax. */
export function timeIntervals(start: Date, end: Date, granularity: 'MONTH' | 'DAY' = 'MONTH'): string {
  return `(timeRange:(start:${start.getTime()},end:${end.getTime()}),timeGranularityType:${granularity})`;
}

import { followerStatisticsElement, shareStatisticsElement, sumFollowerGains, sumShareStatistics, timeIntervals } from '../../src/linkedin/statistics';
import { z } from 'zod';

describe("LinkedIn's organisation statistics", () => {
  test('share statistics buckets are summed; a missing count is zero', () => {
    const elements = z.array(shareStatisticsElement).parse([
      { timeRange: { start: 1, end: 2 }, totalShareStatistics: { impressionCount: 100, uniqueImpressionsCount: 60, clickCount: 3, likeCount: 5, commentCount: 2, shareCount: 1, engagement: 0.11 } },
      { timeRange: { start: 2, end: 3 }, totalShareStatistics: { impressionCount: 50, likeCount: 1 } },
    ]);
    expect(sumShareStatistics(elements)).toEqual({ impressions: 150, reach: 60, clicks: 3, reactions: 6, comments: 2, shares: 1 });
  });
  test('follower gains are read under the documented names and the plural ones seen in clients', () => {
    const elements = z.array(followerStatisticsElement).parse([
      { followerGains: { organicFollowerGain: 10, paidFollowerGain: 2 } },
      { followerGains: { organicFollowerGains: 5, paidFollowerGains: 1 } },
      { timeRange: { start: 1, end: 2 } },
    ]);
    expect(sumFollowerGains(elements)).toBe(18);
  });
  test('the time range is a Rest.li record', () => {
    expect(timeIntervals(new Date(Date.UTC(2026, 4, 1)), new Date(Date.UTC(2026, 5, 1)))).toBe('(timeRange:(start:1777593600000,end:1780272000000),timeGranularityType:MONTH)');
  });
});

import { z } from 'zod';
import type { LinkedInPoller } from '../linkedin/poller';
import type { ShowcasePolling } from '../linkedin/showcase';
import { defineJob } from './job';

export const POLL_POST_JOB = 'linkedin.pollPost';

/**
 * Polls one post after a webhook notification (the page's replies, anything the notification lacked); a
 * showcase page's post with that page's own token and budget.
 */
export function linkedInPollPostJob(deps: { poller: LinkedInPoller; showcase: ShowcasePolling }) {
  return defineJob({
    kind: POLL_POST_JOB,
    schema: z.object({ postUrn: z.string(), pageUrn: z.string().optional() }),
    handler: async ({ postUrn, pageUrn }) => {
      if (pageUrn) await deps.showcase.pollPost(pageUrn, postUrn);
      else await deps.poller.pollPost(postUrn);
    },
  });
}

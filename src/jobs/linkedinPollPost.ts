import { z } from 'zod';
import type { LinkedInPoller } from '../linkedin/poller';
import { defineJob } from './job';

export const POLL_POST_JOB = 'linkedin.pollPost';

/** Polls one post after a webhook notification (the page's replies, anything the notification lacked). */
export function linkedInPollPostJob(deps: { poller: LinkedInPoller }) {
  return defineJob({
    kind: POLL_POST_JOB,
    schema: z.object({ postUrn: z.string() }),
    handler: async ({ postUrn }) => {
      await deps.poller.pollPost(postUrn);
    },
  });
}

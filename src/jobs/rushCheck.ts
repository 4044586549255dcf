import { z } from 'zod';
import type { Kontaktcenter } from '../services/kontaktcenter';
import { defineJob } from './job';

export const RUSH_CHECK_JOB = 'kontaktcenter.rushCheck';

/** After each new comment: alerts the superadmins (once per post and window) when comments pour in on the post. */
export function rushCheckJob(deps: { kontaktcenter: Kontaktcenter }) {
  return defineJob({
    kind: RUSH_CHECK_JOB,
    schema: z.object({ postUrn: z.string() }),
    handler: async ({ postUrn }) => void (await deps.kontaktcenter.checkRush(postUrn)),
  });
}

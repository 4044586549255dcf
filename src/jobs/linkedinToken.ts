import { z } from 'zod';
import type { LinkedInConnection } from '../services/linkedinConnection';
import { defineJob } from './job';

export const LINKEDIN_TOKEN_REFRESH_JOB = 'linkedin.tokenRefresh';
export const LINKEDIN_TOKEN_EXPIRY_JOB = 'linkedin.tokenExpiry';

/** Renews a refreshable access token before it expires; keyed by the expiry it renews, so it runs once. */
export function linkedInTokenRefreshJob(deps: { connection: LinkedInConnection }) {
  return defineJob({
    kind: LINKEDIN_TOKEN_REFRESH_JOB,
    schema: z.object({ forExpiry: z.string(), organizationUrn: z.string().optional() }),
    handler: async ({ forExpiry, organizationUrn }) => deps.connection.refresh(forExpiry, organizationUrn),
    // LinkedIn down: try again for a day and a half, well before the token expires.
    retry: { maxAttempts: 12 },
  });
}

/** Warns the superadmins that the connection ends in 14, 7 or 1 days; keyed by the end and the threshold. */
export function linkedInTokenExpiryJob(deps: { connection: LinkedInConnection }) {
  return defineJob({
    kind: LINKEDIN_TOKEN_EXPIRY_JOB,
    schema: z.object({ endsAt: z.string(), days: z.number().int().positive(), organizationUrn: z.string().optional() }),
    handler: async ({ endsAt, days, organizationUrn }) => deps.connection.warn(endsAt, days, organizationUrn),
  });
}

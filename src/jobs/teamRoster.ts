import { z } from 'zod';
import type { TeamsInstalls } from '../teams/installs';
import { defineJob } from './job';

export const ROSTER_JOB = 'teams.roster';

/** Reads a team's roster, page by page, after the bot was added or members changed. */
export function teamRosterJob(deps: { installs: TeamsInstalls }) {
  return defineJob({
    kind: ROSTER_JOB,
    schema: z.object({ teamId: z.string() }),
    handler: ({ teamId }) => deps.installs.readRoster(teamId),
  });
}

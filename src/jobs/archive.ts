import { z } from 'zod';
import type { ArchivePlan } from '../domain/archive';
import type { HalfYearArchive } from '../services/archive';
import { defineJob } from './job';

export const ARCHIVE_JOB = 'archive.halfYear';
const DAY_S = 86_400;

/** The longest wait between two planned archive months, in days (plus a margin for holidays). */
function longestGapDays(months: readonly number[]): number {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const gaps = sorted.map((m, i) => (i + 1 < sorted.length ? sorted[i + 1] - m : sorted[0] + 12 - m));
  return Math.max(...gaps) * 31 + 10;
}

/**
 * The half-year archive: a recurring job that runs on the first working day of each planned month (January
 * and July by default) at the planned time, makes the archives that are due and sleeps until the next such
 * day. One row in the jobs table, so one instance runs it; the archive's unique half-year makes it once.
 */
export function archiveJob(deps: { archive: HalfYearArchive; archivePlan: ArchivePlan }) {
  return defineJob({
    kind: ARCHIVE_JOB,
    schema: z.unknown(),
    handler: async () => ({ retryAt: await deps.archive.runDue() }),
    recurring: { staleAfterSeconds: longestGapDays(deps.archivePlan.months) * DAY_S },
  });
}

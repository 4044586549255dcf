import { z } from 'zod';
import type { MailRegistrar } from '../registry/registrar';
import { defineJob } from './job';

export const ARCHIVE_MAIL_JOB = 'archive.mail';

/** E-mails one half-year archive to the registry, retried until the mail server accepts it. */
export function archiveMailJob(deps: { registrar: MailRegistrar }) {
  return defineJob({
    kind: ARCHIVE_MAIL_JOB,
    schema: z.object({ archiveId: z.string() }),
    handler: ({ archiveId }) => deps.registrar.sendArchive(archiveId),
    // As for registrations: the registry must get it, so a refusal keeps being retried (and shows in the log).
    retry: { maxAttempts: 200, baseSeconds: 60, capSeconds: 3600, forever: true },
  });
}

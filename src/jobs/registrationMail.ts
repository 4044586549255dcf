import { z } from 'zod';
import type { MailRegistrar } from '../registry/registrar';
import { defineJob } from './job';

export const REGISTRATION_JOB = 'registry.send';

/** Sends one registration e-mail to the registry. */
export function registrationMailJob(deps: { registrar: MailRegistrar }) {
  return defineJob({
    kind: REGISTRATION_JOB,
    schema: z.object({ registrationId: z.string() }),
    handler: ({ registrationId }) => deps.registrar.send(registrationId),
    // "Retried until accepted": many attempts, backing off to once an hour.
    retry: { maxAttempts: 200, baseSeconds: 60, capSeconds: 3600, forever: true },
  });
}

import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { Database } from '../store/database';
import { defineJob } from './job';

export const CHECKPOINT_JOB = 'database.checkpoint';
const PERIOD_MS = 15 * 60_000;

/**
 * The embedded database's checkpoint, every quarter of an hour. PGlite runs PostgreSQL in single-user
 * mode, with no checkpointer: without this, pg_wal grows for the life of the process (2.7 GB after a
 * million rows). With it and max_wal_size=64MB (store/database.ts), pg_wal stays near 64 MB.
 */
export function checkpointJob(deps: { clock: Clock; database: Database }) {
  return defineJob({
    kind: CHECKPOINT_JOB,
    schema: z.unknown(),
    handler: async () => {
      await deps.database.checkpoint();
      return { retryAt: new Date(deps.clock.now().getTime() + PERIOD_MS) };
    },
    recurring: { staleAfterSeconds: 2 * 3600 },
  });
}

/** Why a personal card did not reach its person. */
export type UnreachableReason = 'not-installed' | 'blocked' | 'unknown' | 'left-team' | 'failed';

/** A person a personal card could not reach, as /status lists them. */
export interface UnreachablePerson {
  userId: string;
  name: string | null;
  reason: UnreachableReason;
  detail: string;
  since: Date;
  lastAt: Date;
}

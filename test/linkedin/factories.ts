/** Small factories shared by the LinkedIn tests. */
import { LinkedInClient, type LinkedInClientOptions } from '../../src/linkedin/client';
import { startLinkedInSimulator, type LinkedInSimulator, type LinkedInSimulatorOptions } from '../../scripts/linkedinSimulator';
import type { Clock } from '../../src/linkedin/types';

/** A clock that only moves when told to. */
export interface FakeClock extends Clock {
  advance(ms: number): void;
  set(date: Date): void;
}

/** A {@link FakeClock} starting at `start` (default a Tuesday morning, 10:00 UTC). */
export function createFakeClock(start = new Date('2025-03-04T10:00:00.000Z')): FakeClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (date) => {
      t = date.getTime();
    },
  };
}

/** A simulator plus a client pointed at it, sharing one fake clock. */
export async function createSimulatedLinkedIn(
  options: { sim?: LinkedInSimulatorOptions; client?: Partial<LinkedInClientOptions> } = {},
): Promise<{ sim: LinkedInSimulator; client: LinkedInClient; clock: FakeClock }> {
  const clock = createFakeClock();
  const sim = await startLinkedInSimulator({ clock, ...options.sim });
  const client = new LinkedInClient({
    baseUrl: sim.baseUrl,
    accessToken: sim.state.accessToken,
    version: '202503',
    organizationUrn: sim.state.organizationUrn,
    clock,
    ...options.client,
  });
  return { sim, client, clock };
}

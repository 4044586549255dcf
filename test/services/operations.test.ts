import { POLL_JOB } from '../../src/jobs/linkedinPoll';
import type { RecurringStatus } from '../../src/jobs/scheduler';
import { Operations, StatusSources } from '../../src/services/operations';

const NOW = new Date('2026-12-07T09:00:00+01:00');

function job(kind: string, nextRunAt: Date): RecurringStatus {
  return { kind, status: 'pending', nextRunAt, lastSuccessAt: NOW, attempts: 0, lastError: null, stale: false };
}

function operations(sources: Partial<StatusSources>): Operations {
  const base: StatusSources = {
    pollReport: async () => null,
    linkedInHealth: () => ({ callsToday: 12, callBudgetPerDay: 450 }),
    webhook: false,
    linkedInToken: async () => ({ source: 'environment', expiresAt: null, endsAt: null, refreshable: false }),
    questionCounts: async () => ({ open: 0, overdue: 0, answeredInTime: 0, answered: 0 }),
    readiness: async () => ({ ready: true, checks: [] }),
    databaseKind: 'pglite',
    channelId: async () => null,
    channelName: async () => null,
    unsentRegistrations: async () => 0,
    failedSends: async () => 0,
    waiting: async () => 0,
    unreachable: async () => [],
  };
  return new Operations({
    clock: { now: () => NOW },
    timeZone: 'Europe/Stockholm',
    notifier: { staleJobs: async () => undefined, linkedInAccess: async () => undefined },
    sources: { ...base, ...sources },
  });
}

describe('the /status facts', () => {
  it('say when the next LinkedIn poll runs: the poll job’s next run', async () => {
    const next = new Date('2026-12-07T09:05:00+01:00');
    const ops = operations({
      readiness: async () => ({
        ready: true,
        checks: [{ name: 'recurring', ok: true, detail: '', facts: { jobs: [job('retention', new Date('2026-12-08T03:00:00Z')), job(POLL_JOB, next)] } }],
      }),
    });
    expect((await ops.status()).linkedin).toMatchObject({ nextPollAt: next, callsToday: 12, callBudgetPerDay: 450 });
  });

  it('have no next poll before the scheduler has planned one, and no LinkedIn facts without the API', async () => {
    expect((await operations({}).status()).linkedin?.nextPollAt).toBeNull();
    expect((await operations({ linkedInHealth: null }).status()).linkedin).toBeNull();
  });
});

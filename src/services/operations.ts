import { localDay } from '../domain/calendar';
import type { Clock } from '../domain/clock';
import type { Readiness } from '../jobs/health';
import { POLL_JOB } from '../jobs/linkedinPoll';
import type { RecurringStatus } from '../jobs/scheduler';
import type { LinkedInFailure } from '../linkedin/types';
import type { PollReport } from '../linkedin/poller';
import type { TokenFacts } from './linkedinConnection';
import type { UnreachablePerson } from '../domain/reach';

/** Tells the superadmins about trouble in operation: implemented by the Teams layer. */
export interface OperationsNotifier {
  /** Recurring jobs without a recent success; `day` keys the notice so it goes once a day. */
  staleJobs(stale: RecurringStatus[], day: string): Promise<void>;
  /** LinkedIn refuses the bot's credentials; once a day per kind of problem. */
  linkedInAccess(failure: LinkedInFailure, day: string): Promise<void>;
}

/** What the /status card shows, as values: the Teams layer says it in the reader's language. */
export interface StatusFacts {
  /** Null without LinkedIn API access (comments are registered by hand). */
  linkedin: {
    report: PollReport | null;
    /** When the next poll runs (the recurring job's next run); null before the scheduler has planned it. */
    nextPollAt: Date | null;
    callsToday: number;
    callBudgetPerDay: number;
    webhook: boolean;
    /** The access token's expiry and kind. */
    token: TokenFacts;
    /** The showcase pages' tokens. */
    showcase: { name: string; token: TokenFacts }[];
  } | null;
  questions: { open: number; overdue: number; answeredInTime: number; answered: number };
  /** Registration e-mails to the registry not (yet) sent: stored for download without SMTP, or waiting for a retry. */
  unsentRegistrations: number;
  readiness: Readiness;
  databaseKind: string;
  /** `channel` is null until the bot knows the SAV channel; its name is null when Teams has not said it. */
  teams: { channel: { name: string | null } | null; failedSends: number; waiting: number; unreachable: UnreachablePerson[] };
}

/** Where the status facts come from. */
export interface StatusSources {
  pollReport(): Promise<PollReport | null>;
  linkedInHealth: (() => { callsToday: number; callBudgetPerDay: number }) | null;
  webhook: boolean;
  linkedInToken(): Promise<TokenFacts>;
  showcaseTokens?(): Promise<{ name: string; token: TokenFacts }[]>;
  questionCounts(now: Date): Promise<StatusFacts['questions']>;
  readiness(): Promise<Readiness>;
  databaseKind: string;
  channelId(): Promise<string | null>;
  channelName(): Promise<string | null>;
  unsentRegistrations(): Promise<number>;
  failedSends(since: Date): Promise<number>;
  waiting(): Promise<number>;
  unreachable(): Promise<UnreachablePerson[]>;
}

const DAY_MS = 86_400_000;

/** The bot's own health: the superadmins' alerts and the /status card's facts. */
export class Operations {
  constructor(private readonly deps: { clock: Clock; timeZone: string; notifier: OperationsNotifier; sources: StatusSources }) {}

  /** A recurring job (the poll, retention) without a recent success: the superadmins hear of it once a day. */
  async staleJobs(stale: RecurringStatus[]): Promise<void> {
    await this.deps.notifier.staleJobs(stale, localDay(this.deps.clock.now(), this.deps.timeZone));
  }

  /** LinkedIn refused the bot's credentials: one card a day per kind of problem; the next poll tries again. */
  async linkedInAccess(failure: LinkedInFailure): Promise<void> {
    await this.deps.notifier.linkedInAccess(failure, localDay(this.deps.clock.now(), this.deps.timeZone));
  }

  /** Everything the /status card shows, read now. */
  async status(): Promise<StatusFacts> {
    const s = this.deps.sources;
    const now = this.deps.clock.now();
    const report = await s.pollReport();
    const questions = await s.questionCounts(now);
    const failedSends = await s.failedSends(new Date(now.getTime() - 7 * DAY_MS));
    const waiting = await s.waiting();
    const unreachable = await s.unreachable();
    const channel = (await s.channelId()) ? { name: await s.channelName() } : null;
    const health = s.linkedInHealth?.();
    const readiness = await s.readiness();
    const nextPollAt = readiness.checks.find((c) => c.name === 'recurring')?.facts?.jobs?.find((j) => j.kind === POLL_JOB)?.nextRunAt ?? null;
    return {
      linkedin: health ? { report, nextPollAt, callsToday: health.callsToday, callBudgetPerDay: health.callBudgetPerDay, webhook: s.webhook, token: await s.linkedInToken(), showcase: (await s.showcaseTokens?.()) ?? [] } : null,
      questions,
      unsentRegistrations: await s.unsentRegistrations(),
      readiness,
      databaseKind: s.databaseKind,
      teams: { channel, failedSends, waiting, unreachable },
    };
  }
}

import type { Lang } from '../domain/calendar';
import type { ReadinessCheck } from '../jobs/health';
import type { StatusFacts } from '../services/operations';
import type { StatusSection } from './comments/views';
import { t } from './messages';
import { unreachableLine } from './reachability';
import { formatInstant, plain } from './text';
import { expiryText } from './linkedin/connection';
import type { TokenFacts } from '../services/linkedinConnection';

/** "LinkedIn-token giltig till …": the expiry, or why it is not known. */
function tokenFact(token: TokenFacts, lang: Lang, timeZone: string): { title: string; value: string } {
  const m = t(lang).linkedin;
  const value =
    token.source === 'none' ? m.tokenNone
    : token.source === 'environment' || !token.expiresAt ? m.tokenFromEnvironment
    : `${expiryText(token.expiresAt, lang, timeZone)}${token.refreshable ? ` ${m.tokenRenewed}` : ''}`;
  return { title: m.tokenValidUntil, value };
}

/** A readiness check as the /status card says it. */
function checkText(c: ReadinessCheck, databaseKind: string, lang: Lang, timeZone: string): string {
  const m = t(lang).status;
  const at = (d: Date | null | undefined) => (d ? formatInstant(d, lang, timeZone) : '');
  if (c.name === 'database') return c.ok ? m.databaseAnswers(databaseKind) : m.databaseSilent;
  if (c.name === 'scheduler') return c.facts?.lastTickAt ? `${m.lastRound} ${at(c.facts.lastTickAt)}` : m.notRunYet;
  if (c.name === 'outbox') return c.ok ? m.outboxDraining : m.outboxStuck(c.facts?.stuck, at(c.facts?.oldest));
  return c.detail;
}

/** The scheduler's health and each recurring job's last success and next run. */
function operationsSection(f: StatusFacts, lang: Lang, timeZone: string): StatusSection {
  const m = t(lang).status;
  const r = f.readiness;
  const at = (d: Date | null) => (d ? formatInstant(d, lang, timeZone) : m.never);
  const jobs = r.checks.find((c) => c.name === 'recurring')?.facts?.jobs ?? [];
  return {
    title: m.operations,
    ok: r.ready,
    facts: [
      ...r.checks.filter((c) => c.name !== 'recurring').map((c) => ({ title: `${c.ok ? '✓' : '✗'} ${m.checks[c.name]}`, value: checkText(c, f.databaseKind, lang, timeZone) })),
      ...jobs.map((j) => ({ title: `${j.stale ? '✗' : '✓'} ${m.jobs[j.kind] ?? j.kind}`, value: m.jobLine(at(j.lastSuccessAt), at(j.nextRunAt), j.attempts) })),
    ],
  };
}

/** The /status card's sections: LinkedIn, questions, the registry, operations and Teams. */
export function statusSections(f: StatusFacts, lang: Lang, timeZone: string): StatusSection[] {
  const m = t(lang).status;
  const report = f.linkedin?.report ?? null;
  const when = (iso: string | undefined) => (iso ? formatInstant(new Date(iso), lang, timeZone) : m.never);
  const linkedin: StatusSection = f.linkedin
    ? {
        title: 'LinkedIn API',
        ok: report?.ok ?? true,
        facts: [
          { title: m.lastPoll, value: `${when(report?.at)}${report ? (report.ok ? ' ✓' : ` ✗ ${report.error?.reason} ${report.error?.status ?? ''}`) : ''}` },
          { title: m.nextPoll, value: f.linkedin.nextPollAt ? formatInstant(f.linkedin.nextPollAt, lang, timeZone) : m.notPlanned },
          { title: m.callsToday, value: `${f.linkedin.callsToday} / ${f.linkedin.callBudgetPerDay}` },
          { title: 'Webhook', value: f.linkedin.webhook ? m.on : m.off },
          tokenFact(f.linkedin.token, lang, timeZone),
          ...f.linkedin.showcase.map((p) => {
            const fact = tokenFact(p.token, lang, timeZone);
            return { ...fact, title: `${fact.title} (${plain(p.name)})` };
          }),
        ],
      }
    : { title: 'LinkedIn API', ok: true, facts: [{ title: m.mode, value: m.noApi }] };
  const teams = f.teams;
  return [
    linkedin,
    {
      title: m.questions,
      ok: f.questions.overdue === 0,
      facts: [
        { title: m.unanswered, value: String(f.questions.open) },
        { title: m.overdue, value: String(f.questions.overdue) },
        { title: m.answeredInTime, value: `${f.questions.answeredInTime} / ${f.questions.answered}` },
      ],
    },
    {
      title: m.registry,
      ok: f.unsentRegistrations === 0,
      facts: [{ title: m.unsentRegistrations, value: f.unsentRegistrations === 0 ? m.allSent : m.unsentCount(f.unsentRegistrations) }],
    },
    operationsSection(f, lang, timeZone),
    {
      title: 'Teams',
      ok: teams.failedSends === 0 && teams.channel !== null && teams.waiting === 0 && teams.unreachable.length === 0,
      facts: [
        { title: m.savChannel, value: teams.channel ? (teams.channel.name ? plain(teams.channel.name) : m.channelNameUnknown) : m.channelUnknown },
        { title: m.failedSends, value: String(teams.failedSends) },
        { title: m.waiting, value: String(teams.waiting) },
        {
          title: m.notReachable,
          value: teams.unreachable.length === 0 ? m.nobody : `${teams.unreachable.map((p) => unreachableLine(p, lang)).join('; ')}. ${m.installForThem}`,
        },
      ],
    },
  ];
}

import type { ReadinessCheck } from '../jobs/health';
import type { StatusFacts } from '../services/operations';
import type { StatusSection } from './comments/views';
import { unreachableLine } from './reachability';
import type { Lang } from '../domain/calendar';
import { formatInstant } from './text';

/** What superadmins read for a readiness check, in Swedish and English. */
const CHECK_NAMES: Record<ReadinessCheck['name'], [string, string]> = {
  database: ['Databasen', 'Database'],
  scheduler: ['Schemaläggaren', 'Scheduler'],
  recurring: ['Återkommande jobb', 'Recurring jobs'],
  outbox: ['Utskick', 'Outbox'],
};
/** What superadmins read for a recurring job's kind. */
export const JOB_NAMES: Record<string, string> = { 'linkedin.poll': 'Hämtningen från LinkedIn', 'comments.retention': 'Gallringen av kommentarstext' };

/** A readiness check as the /status card says it. */
function checkText(c: ReadinessCheck, databaseKind: string, lang: Lang, timeZone: string): string {
  const sv = lang === 'sv';
  const at = (d: Date | null | undefined) => (d ? formatInstant(d, lang, timeZone) : '');
  if (c.name === 'database') return c.ok ? (sv ? `svarar (${databaseKind})` : `answers (${databaseKind})`) : sv ? 'svarar inte' : 'does not answer';
  if (c.name === 'scheduler') return c.facts?.lastTickAt ? `${sv ? 'senaste varv' : 'last round'} ${at(c.facts.lastTickAt)}` : sv ? 'har inte gått än' : 'has not run yet';
  if (c.name === 'outbox') {
    if (c.ok) return sv ? 'allt går iväg' : 'everything goes out';
    return sv
      ? `${c.facts?.stuck} meddelanden har väntat mer än 15 minuter (det äldsta sedan ${at(c.facts?.oldest)})`
      : `${c.facts?.stuck} messages waiting more than 15 minutes (the oldest since ${at(c.facts?.oldest)})`;
  }
  return c.detail;
}

/** The scheduler's health and each recurring job's last success and next run. */
function operationsSection(f: StatusFacts, lang: Lang, timeZone: string): StatusSection {
  const sv = lang === 'sv';
  const r = f.readiness;
  const at = (d: Date | null) => (d ? formatInstant(d, lang, timeZone) : sv ? 'aldrig' : 'never');
  const jobs = r.checks.find((c) => c.name === 'recurring')?.facts?.jobs ?? [];
  return {
    title: sv ? 'Drift' : 'Operations',
    ok: r.ready,
    facts: [
      ...r.checks.filter((c) => c.name !== 'recurring').map((c) => ({ title: `${c.ok ? '✓' : '✗'} ${CHECK_NAMES[c.name][sv ? 0 : 1]}`, value: checkText(c, f.databaseKind, lang, timeZone) })),
      ...jobs.map((j) => ({
        title: `${j.stale ? '✗' : '✓'} ${sv ? JOB_NAMES[j.kind] ?? j.kind : j.kind}`,
        value: `${sv ? 'senast lyckad' : 'last success'} ${at(j.lastSuccessAt)}, ${sv ? 'nästa' : 'next'} ${at(j.nextRunAt)}${j.attempts > 0 ? ` (${j.attempts} ${sv ? 'misslyckade i rad' : 'failures in a row'})` : ''}`,
      })),
    ],
  };
}

/** The /status card's sections: LinkedIn, questions, operations and Teams. */
export function statusSections(f: StatusFacts, lang: Lang, timeZone: string): StatusSection[] {
  const sv = lang === 'sv';
  const report = f.linkedin?.report ?? null;
  const when = (iso: string | undefined) => (iso ? formatInstant(new Date(iso), lang, timeZone) : sv ? 'aldrig' : 'never');
  const linkedin: StatusSection = f.linkedin
    ? {
        title: 'LinkedIn API',
        ok: report?.ok ?? true,
        facts: [
          { title: sv ? 'Senaste hämtning' : 'Last poll', value: `${when(report?.at)}${report ? (report.ok ? ' ✓' : ` ✗ ${report.error?.reason} ${report.error?.status ?? ''}`) : ''}` },
          { title: sv ? 'Anrop idag' : 'Calls today', value: `${f.linkedin.callsToday} / ${f.linkedin.callBudgetPerDay}` },
          { title: 'Webhook', value: f.linkedin.webhook ? (sv ? 'på' : 'on') : sv ? 'av' : 'off' },
        ],
      }
    : {
        title: 'LinkedIn API',
        ok: true,
        facts: [{ title: sv ? 'Läge' : 'Mode', value: sv ? 'Ingen API-åtkomst: kommentarer registreras med /kommentar' : 'No API access: comments are registered with /comment' }],
      };
  const t = f.teams;
  return [
    linkedin,
    {
      title: sv ? 'Frågor' : 'Questions',
      ok: f.questions.overdue === 0,
      facts: [
        { title: sv ? 'Obesvarade' : 'Unanswered', value: String(f.questions.open) },
        { title: sv ? 'Över tiden' : 'Overdue', value: String(f.questions.overdue) },
        { title: sv ? 'Besvarade i tid' : 'Answered in time', value: `${f.questions.answeredInTime} / ${f.questions.answered}` },
      ],
    },
    operationsSection(f, lang, timeZone),
    {
      title: 'Teams',
      ok: t.failedSends === 0 && t.channelId !== null && t.waiting === 0 && t.unreachable.length === 0,
      facts: [
        { title: sv ? 'SAV-kanalen' : 'SAV channel', value: t.channelId ?? (sv ? 'okänd: lägg till boten i SAV-teamet' : 'unknown: add the bot to the SAV team') },
        { title: sv ? 'Misslyckade utskick (7 dagar)' : 'Failed sends (7 days)', value: String(t.failedSends) },
        { title: sv ? 'Väntar på en konversation' : 'Waiting for a conversation', value: String(t.waiting) },
        {
          title: sv ? 'Nås inte personligen' : 'Not reachable personally',
          value:
            t.unreachable.length === 0
              ? sv ? 'ingen' : 'nobody'
              : `${t.unreachable.map((p) => unreachableLine(p, lang)).join('; ')}. ${sv ? 'Installera appen för dem (Teams admin center → Konfigurationsprinciper).' : 'Install the app for them (Teams admin center → Setup policies).'}`,
        },
      ],
    },
  ];
}

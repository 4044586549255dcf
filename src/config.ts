import { z } from 'zod';
import type { HolidayCalendar } from './domain/calendar';
import { parseTimeOfDay, ScheduleRules } from './domain/schedule';
import type { WorkingTime } from './domain/workingTime';
import type { RushThresholds } from './domain/kontaktcenter';
import type { ArchivePlan } from './domain/archive';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Helsingborg's departments (förvaltningar); editable through `DEPARTMENTS`. */
export const DEFAULT_DEPARTMENTS = [
  'Arbetsmarknadsförvaltningen',
  'Fastighetsförvaltningen',
  'Kulturförvaltningen',
  'Miljöförvaltningen',
  'Skol- och fritidsförvaltningen',
  'Socialförvaltningen',
  'Stadsbyggnadsförvaltningen',
  'Stadsledningsförvaltningen',
  'Vård- och omsorgsförvaltningen',
] as const;

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const list = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v),
  z.array(z.string()),
);

const clock = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Working hours like `08:00-17:00`, as minutes after midnight. */
const workingHours = z
  .string()
  .regex(/^\d\d:\d\d-\d\d:\d\d$/, 'expected HH:MM-HH:MM, e.g. 08:00-17:00')
  .transform((v, ctx) => {
    const [from, to] = v.split('-');
    const toMinutes = (s: string) => {
      const m = clock.exec(s);
      return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
    };
    const start = toMinutes(from);
    const end = toMinutes(to);
    if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected HH:MM-HH:MM with the end after the start' });
      return z.NEVER;
    }
    return { start, end };
  });

/** Working days like `mon-fri` or `mon,tue,wed`, as JavaScript day numbers (0 = Sunday). */
const workingDays = z.string().transform((v, ctx) => {
  const parts = v.toLowerCase().split(',').map((s) => s.trim());
  const days = new Set<number>();
  for (const part of parts) {
    const [a, b] = part.split('-');
    const from = WEEKDAYS.indexOf(a as (typeof WEEKDAYS)[number]);
    const to = b === undefined ? from : WEEKDAYS.indexOf(b as (typeof WEEKDAYS)[number]);
    if (from < 0 || to < 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected days like mon-fri or mon,tue,wed' });
      return z.NEVER;
    }
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return [...days].sort();
});

/** Months like `1,7`: when the half-year archive is made (each run archives every half-year that has ended). */
const archiveMonths = z.string().transform((v, ctx) => {
  const months = v.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (months.length === 0 || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected months 1-12 separated by commas, e.g. 1,7' });
    return z.NEVER;
  }
  return [...new Set(months)].sort((a, b) => a - b);
});

/** `mon 09:00` (a weekday and a time), or `off`: when the weekly note goes out. */
const weeklyMoment = z
  .string()
  .transform((v, ctx) => {
    const s = v.trim().toLowerCase();
    if (s === 'off') return null;
    const m = /^(sun|mon|tue|wed|thu|fri|sat)\s+(\d\d:\d\d)$/.exec(s);
    const minutes = m && clock.test(m[2]) ? Number(m[2].slice(0, 2)) * 60 + Number(m[2].slice(3)) : NaN;
    if (!m || Number.isNaN(minutes)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected a weekday and a time like mon 09:00, or off' });
      return z.NEVER;
    }
    return { weekday: WEEKDAYS.indexOf(m[1] as (typeof WEEKDAYS)[number]), minutes };
  });

/** `HH:MM` as minutes after midnight, or `off`. */
const timeOrOff = z.string().transform((v, ctx) => {
  const s = v.trim().toLowerCase();
  if (s === 'off') return null;
  const m = clock.exec(s);
  if (!m) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected HH:MM, or off' });
    return z.NEVER;
  }
  return Number(m[1]) * 60 + Number(m[2]);
});

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'expected an IANA time zone such as Europe/Stockholm');

const departmentManagers = z.preprocess(
  (v) => {
    if (typeof v !== 'string' || v.trim() === '') return {};
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  },
  z.record(z.string(), z.array(z.string())),
);

/** The whole environment the bot reads, validated once at start. */
export const configSchema = z
  .object({
    NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// connection string').optional(),
    ),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant')),
    MicrosoftAppTenantId: optionalString,
    // The Bot Connector for opening personal chats before the bot has been in any conversation (Microsoft's
    // global one is https://smba.trafficmanager.net/teams/); afterwards the tenant's own, from any conversation, is used.
    TEAMS_SERVICE_URL: z.preprocess(emptyToUndefined, z.string().url('expected a URL, e.g. https://smba.trafficmanager.net/teams/').optional()),
    SAV_TEAM_ID: optionalString,
    SAV_CHANNEL_ID: optionalString,
    SUPERADMINS: z.preprocess(emptyToUndefined, list.default([])),
    TIMEZONE: z.preprocess(emptyToUndefined, timeZone.default('Europe/Stockholm')),
    WORKING_HOURS: z.preprocess(emptyToUndefined, workingHours.default('08:00-17:00')),
    WORKING_DAYS: z.preprocess(emptyToUndefined, workingDays.default('mon-fri')),
    HOLIDAYS: z.preprocess(
      emptyToUndefined,
      z.string().regex(/^([A-Z]{2}(-[A-Z0-9]+)?|none)$/, 'expected a country code such as SE, or none').default('SE'),
    ),
    DAY_CAPACITY: z.coerce.number().int().min(1).max(20).default(1),
    DEPARTMENTS: z.preprocess(emptyToUndefined, list.default([...DEFAULT_DEPARTMENTS])),
    BOOKING_HORIZON_MONTHS: z.coerce.number().int().min(1).max(24).default(6),
    FRIDAY_CUTOFF: z.preprocess(emptyToUndefined, z.string().regex(clock, 'expected HH:MM').default('13:00')),
    DEPARTMENT_MANAGERS: departmentManagers.default('{}'),
    // The weekly rhythm: the note to the channel when the coming week has no booked post, and the owner's card the working day before a post.
    WEEKLY_NOTE_AT: z.preprocess(emptyToUndefined, weeklyMoment.default('mon 09:00')),
    DAY_BEFORE_AT: z.preprocess(emptyToUndefined, timeOrOff.default('14:00')),
    BOT_LANGUAGE: z.preprocess(emptyToUndefined, z.enum(['auto', 'sv', 'en']).default('auto')),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info')),
    // Comments and reminders.
    ANSWER_BUDGET_HOURS: z.coerce.number().positive().max(200).default(9),
    REMINDER_CHANNEL_AT: z.coerce.number().gt(0).lt(1).default(0.5),
    /** Kontaktcenter's feedback page: the default saved reply for criticism and the KC referral draft link here. */
    KC_FEEDBACK_URL: z.preprocess(emptyToUndefined, z.string().url('expected a URL').default('https://helsingborg.se/kommun-och-politik/kontakt-och-paverkan/lamna-synpunkter/')),
    COMMENT_TEXT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    // The half-year archive: made on the first working day of these months, at this time.
    ARCHIVE_MONTHS: z.preprocess(emptyToUndefined, archiveMonths.default('1,7')),
    ARCHIVE_AT: z.preprocess(emptyToUndefined, z.string().regex(clock, 'expected HH:MM').default('09:00')),
    SCHEDULER_TICK_SECONDS: z.coerce.number().positive().max(3600).default(30),
    // One person's commands and card clicks per minute, and reports per ten minutes (reports keep evidence forever).
    COMMANDS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
    REPORTS_PER_10_MINUTES: z.coerce.number().int().min(1).max(100_000).default(5),
    // Kontaktcenter: its feedback channel for criticism (linked in the reply draft), its Teams channel (else set by a
    // superadmin with `/admin kc-kanal` in that channel), how early the FAQ is asked for, and what makes a rush.
    KC_CHANNEL_ID: optionalString,
    KC_FAQ_WORKING_DAYS: z.coerce.number().int().min(1).max(10).default(2),
    RUSH_COMMENTS: z.coerce.number().int().min(2).max(10_000).default(15),
    RUSH_FLAGS: z.coerce.number().int().min(1).max(1000).default(3),
    RUSH_WINDOW_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
    // How long a proactive message is retried through a Teams outage before it is given up (and shown to the superadmins).
    OUTBOX_RETRY_HOURS: z.coerce.number().positive().max(24 * 14).default(24),
    // How long a claimed job is an instance's before another may take it over (after a crash).
    SCHEDULER_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
    LINKEDIN_ACCESS_TOKEN: optionalString,
    LINKEDIN_ORGANIZATION_URN: z.preprocess(
      emptyToUndefined,
      z.string().regex(/^urn:li:organization:\d+$/, 'expected urn:li:organization:<number>').optional(),
    ),
    LINKEDIN_API_BASE_URL: z.preprocess(emptyToUndefined, z.string().url('expected a URL').default('https://api.linkedin.com/rest')),
    LINKEDIN_VERSION: z.preprocess(emptyToUndefined, z.string().regex(/^\d{6}$/, 'expected YYYYMM, e.g. 202607').default('202607')),
    LINKEDIN_POLL_SECONDS: z.coerce.number().int().min(1).max(86400).default(300),
    LINKEDIN_CLIENT_SECRET: optionalString,
    // Connecting the page from Teams (/koppla linkedin): the app's client id (the secret above signs webhooks too).
    LINKEDIN_CLIENT_ID: optionalString,
    LINKEDIN_OAUTH_BASE_URL: z.preprocess(emptyToUndefined, z.string().url('expected a URL').default('https://www.linkedin.com/oauth/v2')),
    LINKEDIN_OAUTH_SCOPES: z.preprocess(emptyToUndefined, z.string().default('r_organization_social_feed w_organization_social_feed r_organization_social rw_organization_admin')),
    // Encrypts LinkedIn tokens at rest (AES-256-GCM): 32 random bytes, base64 (openssl rand -base64 32).
    TOKEN_ENCRYPTION_KEY: z.preprocess(
      emptyToUndefined,
      z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'expected 32 bytes, base64-encoded (openssl rand -base64 32)').optional(),
    ),
    LINKEDIN_DAILY_CALL_BUDGET: z.coerce.number().int().min(10).default(450),
    // How long a post's comments (and replies) are followed after it is published: job posts live for weeks.
    LINKEDIN_FOLLOW_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    // Calls per UTC day for each showcase page (its own administrator's token: LinkedIn allows 100 a member).
    // LinkedIn's 500 a day per app is shared with the city's page: lower LINKEDIN_DAILY_CALL_BUDGET to match.
    LINKEDIN_SHOWCASE_DAILY_CALL_BUDGET: z.coerce.number().int().min(10).default(90),
    // Escalation and registration.
    ESCALATION_RENOTIFY_MINUTES: z.coerce.number().positive().max(1440).default(30),
    ESCALATION_RENOTIFY_LIMIT: z.coerce.number().int().min(0).max(100).default(6),
    REGISTRY_EMAIL: z.preprocess(emptyToUndefined, z.string().email('expected an e-mail address').default('kommunstyrelsen@helsingborg.se')),
    MAIL_FROM: z.preprocess(emptyToUndefined, z.string().email('expected an e-mail address').default('sav-boten@helsingborg.se')),
    SMTP_URL: z.preprocess(emptyToUndefined, z.string().regex(/^smtps?:\/\//, 'expected smtp:// or smtps://').optional()),
    PUBLIC_BASE_URL: z.preprocess(emptyToUndefined, z.string().url('expected the URL the bot is reached at, e.g. https://savboten.helsingborg.se').optional()),
    FILE_LINK_SECRET: optionalString,
    // A second opinion on comments (Azure AI Content Safety); the local classifier needs none.
    CONTENT_SAFETY_ENDPOINT: z.preprocess(emptyToUndefined, z.string().url('expected the resource\'s endpoint, e.g. https://<name>.cognitiveservices.azure.com').optional()),
    CONTENT_SAFETY_KEY: optionalString,
    CONTENT_SAFETY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
    // The monthly follow-up card in the SAV channel: on this working day of the month (0 = never), at this time.
    FOLLOWUP_WORKING_DAY: z.coerce.number().int().min(0).max(10).default(1),
    FOLLOWUP_TIME: z.preprocess(emptyToUndefined, z.string().regex(clock, 'expected HH:MM').default('09:00')),
  })
  .superRefine((c, ctx) => {
    // The page's organization comes with a token: from the environment, or connected from Teams (LINKEDIN_CLIENT_ID).
    if (Boolean(c.LINKEDIN_ACCESS_TOKEN) !== Boolean(c.LINKEDIN_ORGANIZATION_URN) && !(c.LINKEDIN_ORGANIZATION_URN && c.LINKEDIN_CLIENT_ID)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [c.LINKEDIN_ACCESS_TOKEN ? 'LINKEDIN_ORGANIZATION_URN' : 'LINKEDIN_ACCESS_TOKEN'],
        message: 'LINKEDIN_ACCESS_TOKEN and LINKEDIN_ORGANIZATION_URN go together (or set LINKEDIN_CLIENT_ID to connect the page from Teams with /koppla linkedin)',
      });
    }
    if (c.LINKEDIN_CLIENT_ID && !c.LINKEDIN_CLIENT_SECRET) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['LINKEDIN_CLIENT_SECRET'], message: 'required with LINKEDIN_CLIENT_ID (the app\'s client secret)' });
    }
    if (Boolean(c.CONTENT_SAFETY_ENDPOINT) !== Boolean(c.CONTENT_SAFETY_KEY)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [c.CONTENT_SAFETY_ENDPOINT ? 'CONTENT_SAFETY_KEY' : 'CONTENT_SAFETY_ENDPOINT'],
        message: 'CONTENT_SAFETY_ENDPOINT and CONTENT_SAFETY_KEY go together',
      });
    }
    // An app without an id accepts unauthenticated traffic: fine for the Playground, never in production.
    if (c.NODE_ENV === 'production' && !c.MicrosoftAppId) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['MicrosoftAppId'],
        message: 'required when NODE_ENV=production (without it the bot would accept unauthenticated requests)',
      });
    }
    // An Entra application (client) id is a GUID; a typo would start and then refuse every request with 401.
    if (c.NODE_ENV === 'production' && c.MicrosoftAppId && !GUID.test(c.MicrosoftAppId)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MicrosoftAppId'], message: 'expected the application (client) id of the Entra app registration, a GUID' });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MicrosoftAppPassword'], message: 'required when MicrosoftAppId is set' });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MicrosoftAppTenantId'], message: 'required for a SingleTenant app' });
    }
  });

/** The parsed configuration. */
export type Config = z.infer<typeof configSchema>;

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {}

/** Parses the environment once; throws a {@link ConfigError} naming each bad variable and what is expected. */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** The booking rules the configuration sets: capacity, horizon, Friday cutoff and holidays. */
export function scheduleRulesOf(config: Config, holidays: HolidayCalendar): ScheduleRules {
  return {
    capacity: config.DAY_CAPACITY,
    horizonMonths: config.BOOKING_HORIZON_MONTHS,
    fridayCutoff: parseTimeOfDay(config.FRIDAY_CUTOFF) ?? 13 * 60,
    holidays,
  };
}

/** What makes a rush of comments or flags on one post (Kontaktcenter's alert to the superadmins). */
export function rushThresholdsOf(config: Config): RushThresholds {
  return { comments: config.RUSH_COMMENTS, flags: config.RUSH_FLAGS, windowMinutes: config.RUSH_WINDOW_MINUTES };
}

/** When the monthly follow-up card is posted: the working day of the month (0 = never) and minutes after local midnight. */
export function followupScheduleOf(config: Config): { workingDay: number; minutes: number } {
  return { workingDay: config.FOLLOWUP_WORKING_DAY, minutes: parseTimeOfDay(config.FOLLOWUP_TIME) ?? 9 * 60 };
}

/** The working time answer deadlines and reminders are counted in. */
export function workingTimeOf(config: Config, holidays: HolidayCalendar): WorkingTime {
  return { timeZone: config.TIMEZONE, hours: config.WORKING_HOURS, days: config.WORKING_DAYS, holidays };
}

/** When the half-year archive is made: the months, the time, and the working days and holidays. */
export function archivePlanOf(config: Config, holidays: HolidayCalendar): ArchivePlan {
  return { months: config.ARCHIVE_MONTHS, atMinutes: parseTimeOfDay(config.ARCHIVE_AT) ?? 9 * 60, workingTime: workingTimeOf(config, holidays) };
}

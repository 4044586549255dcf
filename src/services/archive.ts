import { z } from 'zod';
import type { Clock } from '../domain/clock';
import { ArchivePlan, dueHalfYears, HalfYear, halfYearBounds, halfYearDays, nextArchiveSlot, periodName } from '../domain/archive';
import { ARCHIVE_MAIL_JOB } from '../jobs/archiveMail';
import type { JobQueue } from '../jobs/queue';
import type { Logger } from '../logger';
import { archiveCsv } from '../registry/archiveCsv';
import { ArchiveDocument, archiveJson } from '../registry/archiveDocument';
import { archivePdf } from '../registry/archivePdf';
import type { ArchiveRecord, ArchiveRepository } from '../store/archives';
import type { CommentRepository } from '../store/comments';
import { setting, SettingsRepository } from '../store/settings';
import type { Actor } from './booking';

/** Tells the superadmins that an archive exists, with its download links. */
export interface ArchiveNotifier {
  /** Safe to call again for the same archive: each superadmin gets its card once. */
  archiveMade(archive: ArchiveRecord): Promise<void>;
}

/** What asking for a half-year's archive gives. */
export type ArchiveOutcome = { ok: true; archive: ArchiveRecord; created: boolean } | { ok: false; reason: 'not-ended'; endsAt: Date };

// When the bot began archiving: half-years that ended before it are archived only on request (/arkiv 2026H1),
// so a new installation does not produce archives of half-years it never saw.
const ARCHIVING_SINCE = setting('archive.since', z.string().datetime());
const DAY_MS = 86_400_000;

/**
 * The half-year archive ("skriva ut flödet varje halvår"): on the first working day of each planned month it
 * makes the archive of every half-year that has ended, as PDF, CSV and JSON, tells the superadmins and (with
 * SMTP) e-mails it to the registry. Comment text is kept until the archive that covers it exists.
 */
export class HalfYearArchive {
  constructor(
    private readonly opts: {
      repo: ArchiveRepository;
      comments: CommentRepository;
      settings: SettingsRepository;
      queue: JobQueue;
      clock: Clock;
      log: Logger;
      plan: ArchivePlan;
      /** Whose page it is, as the title page says; the city's by default. */
      organisation?: string;
      retentionDays: number;
      /** Whether the registry e-mail is sent (SMTP configured) or only stored. */
      mail: { readonly sends: boolean };
      notifier: ArchiveNotifier;
    },
  ) {}

  /** The scheduled run: makes what is due (idempotent) and answers when the next run is. */
  async runDue(): Promise<Date> {
    const { clock, settings, plan } = this.opts;
    const now = clock.now();
    await settings.writeIfAbsent(ARCHIVING_SINCE, now.toISOString(), now);
    const since = new Date((await settings.read(ARCHIVING_SINCE)) ?? now.toISOString());
    for (const h of dueHalfYears(now, since, plan)) await this.make(h, null);
    return nextArchiveSlot(now, plan);
  }

  /** The archive of a half-year that has ended: the one made before, or a new one. */
  async make(h: HalfYear, by: Pick<Actor, 'id' | 'name'> | null): Promise<ArchiveOutcome> {
    const { repo, clock, log, plan } = this.opts;
    const zone = plan.workingTime.timeZone;
    const now = clock.now();
    const bounds = halfYearBounds(h, zone);
    if (bounds.end.getTime() > now.getTime()) return { ok: false, reason: 'not-ended', endsAt: bounds.end };
    const period = periodName(h);
    let archive = await repo.byPeriod(period);
    let created = false;
    if (!archive) {
      const doc = await this.document(h, bounds, by, now);
      const name = `linkedin-arkiv-${period}`;
      const files = {
        pdf: { name: `${name}.pdf`, contentType: 'application/pdf', content: await archivePdf(doc) },
        csv: { name: `${name}.csv`, contentType: 'text/csv; charset=utf-8', content: archiveCsv(doc) },
        json: { name: `${name}.json`, contentType: 'application/json; charset=utf-8', content: archiveJson(doc) },
      };
      const sends = this.opts.mail.sends;
      ({ archive, created } = await repo.add(
        { period, periodStart: bounds.start, periodEnd: bounds.end, counts: doc.counts, at: now, createdBy: by ? { id: by.id, name: by.name } : null, mailStatus: sends ? 'pending' : 'stored' },
        files,
        async (tx, a) => {
          if (sends) await this.opts.queue.schedule(ARCHIVE_MAIL_JOB, { archiveId: a.id }, now, `archive-mail:${a.id}`, { tx });
        },
      ));
      if (created) log.info({ period, counts: doc.counts, by: by?.id ?? 'job' }, 'half-year archive made');
    }
    // Every time, not only when made: a crash between the commit and the cards is mended by the next run.
    await this.opts.notifier.archiveMade(archive);
    if (created) {
      // Text kept for this archive may go now, if it is past the retention too (the daily job would do it tomorrow).
      const purged = await this.opts.comments.purgeText(new Date(now.getTime() - this.opts.retentionDays * DAY_MS), now);
      if (purged > 0) log.info({ purged, period }, 'comment texts deleted now that they are archived');
    }
    return { ok: true, archive, created };
  }

  private async document(h: HalfYear, bounds: { start: Date; end: Date }, by: Pick<Actor, 'id' | 'name'> | null, now: Date): Promise<ArchiveDocument> {
    const { posts, otherCases } = await this.opts.repo.contents(bounds.start, bounds.end);
    const comments = posts.flatMap((p) => p.comments);
    const cases = [...comments.flatMap((c) => (c.case ? [c.case] : [])), ...posts.flatMap((p) => p.cases), ...otherCases];
    const days = halfYearDays(h);
    return {
      format: 'sav-boten/halvarsarkiv',
      version: 1,
      organisation: this.opts.organisation ?? 'Helsingborgs stad',
      period: periodName(h),
      firstDay: days.first,
      lastDay: days.last,
      timeZone: this.opts.plan.workingTime.timeZone,
      createdAt: now.toISOString(),
      createdByName: by?.name ?? null,
      posts,
      otherCases,
      counts: {
        posts: posts.length,
        comments: comments.length,
        questions: comments.filter((c) => c.isQuestion).length,
        cases: cases.length,
        registrations: cases.filter((c) => c.registration).length,
      },
    };
  }

  /** The archives made, newest half-year first. */
  recent(limit = 4): Promise<ArchiveRecord[]> {
    return this.opts.repo.recent(limit);
  }
}

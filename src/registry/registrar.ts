import type { Clock } from '../domain/clock';
import { evidenceText } from './evidenceText';
import type { JobQueue } from '../jobs/queue';
import { REGISTRATION_JOB } from '../jobs/registrationMail';
import type { Logger } from '../logger';
import type { Actor } from '../services/booking';
import type { Registrar } from '../services/escalations';
import type { FileRepository, RegistrationRepository } from '../store/escalations';
import type { Decision, Escalation } from '../domain/escalation';
import { auditCsv } from './auditCsv';
import type { EvidenceRecord } from '../domain/evidence';
import { archiveMail, composeEml, handoverMail, registrationMail, SmtpMailer } from './mail';
import type { ArchiveRepository } from '../store/archives';
import { periodTitle } from './archiveCsv';
import { halfYearDays, parsePeriod } from '../domain/archive';


const RESOLUTION_TEXT: Record<string, string> = {
  'removed-by-hand': 'Kommentaren togs bort för hand på LinkedIn',
  'removed-via-api': 'Kommentaren togs bort via SAV-boten (LinkedIns API)',
  'blocked-and-removed': 'Skribenten blockerades och kommentaren togs bort för hand på LinkedIn (personligt påhopp)',
  'override-removed': 'Kommentaren (kritik) togs bort efter beslut av en superadministratör, med skäl',
  'deleted-on-linkedin': 'Kommentaren togs bort direkt på LinkedIn, utanför SAV-boten; registreringen gjordes i efterhand',
};

/**
 * Registers removals with the city's registry: one RFC 5322 e-mail per removal, kept as a file (so a
 * superadmin can download it) and, when SMTP is configured, sent and retried until the server accepts it.
 */
export class MailRegistrar implements Registrar {
  private readonly mailer: SmtpMailer | null;

  constructor(
    private readonly opts: {
      files: FileRepository;
      registrations: RegistrationRepository;
      archives: ArchiveRepository;
      queue: JobQueue;
      clock: Clock;
      log: Logger;
      registryEmail: string;
      from: string;
      smtpUrl?: string;
      timeZone: string;
    },
  ) {
    this.mailer = opts.smtpUrl ? new SmtpMailer(opts.smtpUrl) : null;
  }

  async register(e: Escalation, evidence: EvidenceRecord, decidedBy: Actor, at: Date): Promise<void> {
    const mail = registrationMail({
      evidence: { ...evidence.content, id: evidence.id, hash: evidence.hash },
      decision: `${RESOLUTION_TEXT[e.resolution ?? ''] ?? e.resolution ?? 'Borttagen'}${e.resolutionReason ? `. Skäl: ${e.resolutionReason}` : ''}`,
      decidedByName: decidedBy.name,
      decidedAt: at,
      to: this.opts.registryEmail,
      from: this.opts.from,
      timeZone: this.opts.timeZone,
      caseId: e.id,
      category: e.category,
    });
    const eml = await composeEml(mail);
    const fileId = await this.opts.files.add({ name: `registrering-${e.id}.eml`, contentType: 'message/rfc822', content: eml.toString('utf8'), at, createdBy: decidedBy.id });
    const { id, created } = await this.opts.registrations.add({ escalationId: e.id, fileId, recipient: this.opts.registryEmail, status: this.mailer ? 'pending' : 'stored', at });
    if (created && this.mailer) await this.opts.queue.schedule(REGISTRATION_JOB, { registrationId: id }, at, `registration:${id}`);
  }

  async handover(e: Escalation, evidence: EvidenceRecord, to: 'police' | 'occupational-safety', by: Actor, at: Date): Promise<{ text: string; fileId: string }> {
    const record = { ...evidence.content, id: evidence.id, hash: evidence.hash };
    const eml = await composeEml(handoverMail({ evidence: record, to, from: this.opts.from, preparedByName: by.name, at, timeZone: this.opts.timeZone, caseId: e.id, category: e.category }));
    const name = `${to === 'police' ? 'polisanmalan' : 'arbetarskydd'}-${e.id}.eml`;
    const fileId = await this.opts.files.add({ name, contentType: 'message/rfc822', content: eml.toString('utf8'), at, createdBy: by.id });
    return { text: evidenceText(record, { timeZone: this.opts.timeZone, category: e.category }), fileId };
  }

  audit(decisions: (Decision & { category: string; kind: string })[]): string {
    return auditCsv(decisions, this.opts.timeZone);
  }

  describe(evidence: EvidenceRecord, category?: string): string {
    return evidenceText({ ...evidence.content, id: evidence.id, hash: evidence.hash }, { timeZone: this.opts.timeZone, category });
  }

  /** True when e-mails are sent (SMTP configured); otherwise they are stored for download. */
  get sends(): boolean {
    return this.mailer !== null;
  }

  /**
   * One attempt at e-mailing a half-year archive (its PDF, CSV and JSON) to the registry; a failure throws so
   * the scheduler retries with backoff, as for registrations.
   */
  async sendArchive(archiveId: string): Promise<void> {
    const archive = await this.opts.archives.get(archiveId);
    if (!archive || archive.mailStatus === 'sent' || !this.mailer) return;
    const files = await Promise.all([archive.pdfFileId, archive.csvFileId, archive.jsonFileId].map((id) => this.opts.files.get(id)));
    const attachments = files.flatMap((f) => (f ? [{ filename: f.name, contentType: f.contentType, content: f.encoding === 'base64' ? Buffer.from(f.content, 'base64') : f.content }] : []));
    const days = halfYearDays(parsePeriod(archive.period)!);
    const title = periodTitle({ firstDay: days.first, lastDay: days.last });
    const eml = await composeEml(
      archiveMail({ period: archive.period, title, counts: archive.counts, to: this.opts.registryEmail, from: this.opts.from, at: archive.createdAt, timeZone: this.opts.timeZone, files: attachments }),
    );
    const outcome = await this.mailer.send({ from: this.opts.from, to: [this.opts.registryEmail] }, eml);
    if (outcome.ok) {
      await this.opts.archives.mailAttempt(archiveId, { ok: true, messageId: outcome.messageId, at: this.opts.clock.now() });
      this.opts.log.info({ archiveId, period: archive.period, messageId: outcome.messageId }, 'archive e-mail accepted');
      return;
    }
    await this.opts.archives.mailAttempt(archiveId, { ok: false, error: outcome.detail });
    this.opts.log.warn({ archiveId, detail: outcome.detail, transient: outcome.transient }, 'archive e-mail not accepted yet');
    throw new Error(outcome.detail);
  }

  /** One attempt at sending; a transient failure throws so the scheduler retries with backoff. */
  async send(registrationId: string): Promise<void> {
    const reg = await this.opts.registrations.get(registrationId);
    if (!reg || reg.status === 'sent' || !this.mailer) return;
    const file = await this.opts.files.get(reg.fileId);
    if (!file) return;
    const outcome = await this.mailer.send({ from: this.opts.from, to: [reg.recipient] }, Buffer.from(file.content, 'utf8'));
    if (outcome.ok) {
      await this.opts.registrations.attempt(registrationId, { ok: true, messageId: outcome.messageId, at: this.opts.clock.now() });
      this.opts.log.info({ registrationId, messageId: outcome.messageId }, 'registration e-mail accepted');
      return;
    }
    await this.opts.registrations.attempt(registrationId, { ok: false, error: outcome.detail });
    this.opts.log.warn({ registrationId, detail: outcome.detail, transient: outcome.transient }, 'registration e-mail not accepted yet');
    // Even a permanent refusal is retried: the law asks for the registration, so a person must see it fail.
    throw new Error(outcome.detail);
  }
}

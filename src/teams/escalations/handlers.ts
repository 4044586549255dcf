import { createHash } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { FileLinks } from '../../files';
import { CommentTracker, storedVerdict } from '../../services/comments';
import type { CaseDetails, CaseOutcome, EscalationService, RegistrationState } from '../../services/escalations';
import type { Escalation } from '../../domain/escalation';
import { REPORT_KINDS } from '../../domain/escalation';
import type { TrackedComment } from '../../domain/comment';
import type { DepartmentManagers } from '../../services/managers';
import { noticeCard } from '../booking/views';
import { Card, cardActivity, Tone } from '../cards';
import { invalidCard, refusalCard } from '../replies';
import { chosenPost, commentFromForm, prefillFromLink, writtenAtFrom, writtenError } from '../comments/registration';
import { CommentFormValues, postChoices } from '../comments/views';
import type { TeamsDeps } from '../deps';
import type { Person } from '../identity';
import { plain} from '../text';
import { t } from '../messages';
import { adminCard, caseCard, CardLink, CaseViewContext, escalationsCard, reportFormCard } from './views';

/** How much of an evidence or case id `/evidence` needs (hex digits): short enough to type, long enough to name one. */
const MIN_ID_PREFIX = 4;

/** What a case card says after a decision went through. */
type DoneMessage = 'acknowledged' | 'removedByHand' | 'removedViaApi' | 'kept' | DecisionMessage;
/** The same, for the decisions of the moderation catalogue (messages/moderation.ts). */
type DecisionMessage = 'hidden' | 'blockedRemoved' | 'overrideRemoved' | 'referred' | 'registered';
const DECISION_MESSAGES: ReadonlySet<string> = new Set<DecisionMessage>(['hidden', 'blockedRemoved', 'overrideRemoved', 'referred', 'registered']);
const isDecisionMessage = (d: DoneMessage): d is DecisionMessage => DECISION_MESSAGES.has(d);
/** Decisions after which the editor gets a draft to send the commenter (or, for criticism, to reply with). */
const DRAFTS: Partial<Record<DoneMessage, 'hidden' | 'removed' | 'blocked' | 'kcReferral'>> = {
  hidden: 'hidden', removedByHand: 'removed', removedViaApi: 'removed', blockedRemoved: 'blocked', overrideRemoved: 'removed', referred: 'kcReferral',
};

const caseData = z.object({ caseId: z.string().uuid(), version: z.coerce.number().int().positive() });
const keepData = caseData.extend({ reason: z.string().max(500).optional().default('') });
// Validated on the server too: the card's isRequired is only a hint to the client.
const overrideData = caseData.extend({ reason: z.string().max(500).optional().default('') });
const handoverData = z.object({ caseId: z.string().uuid() });
const reportCommentData = z.object({ commentId: z.string().uuid(), category: z.enum(REPORT_KINDS) });
const reportData = z.object({
  requestId: z.string().min(8).max(64),
  category: z.string().max(64).optional().default(''),
  text: z.string().max(3000).optional().default(''),
  authorName: z.string().max(120).optional().default(''),
  commentUrl: z.string().max(500).optional().default(''),
  post: z.string().max(200).optional().default(''),
  // Cards sent before the post list named the choice bookingId.
  bookingId: z.string().max(64).optional().default(''),
  writtenDate: z.string().max(10).optional().default(''),
  writtenTime: z.string().max(8).optional().default(''),
});
const adminData = z.object({ department: z.string().min(1).max(120), managerIds: z.string().max(2000).optional().default('') });
const ENTRA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** More managers than anyone needs for one department: a forged card cannot fill the settings. */
const MAX_MANAGERS = 20;


/** The classification made when the comment was first seen, as the evidence must record it. */

/** /report, /evidence, /escalations, /admin and the case cards' buttons. */
export class EscalationHandlers {
  constructor(
    private readonly deps: TeamsDeps & {
      escalations: EscalationService;
      links: FileLinks;
      tracker: CommentTracker;
      managers: DepartmentManagers;
      canDelete: boolean;
    },
  ) {}

  // ---- commands ----

  /** `/report [link]`: the report form, with the link filled in. */
  async report(context: TurnContext, person: Person, args = ''): Promise<void> {
    if (!(await this.deps.directory.isEditor(context, person))) {
      await context.sendActivity(t(person.lang).notEditor());
      return;
    }
    const link = prefillFromLink(args);
    const error = args.trim() && !link ? t(person.lang).comments.answers.notALink : '';
    await context.sendActivity(cardActivity(await this.reportForm(person, link ? { commentUrl: args.trim() } : {}, error)));
  }

  async evidence(context: TurnContext, person: Person, args: string): Promise<void> {
    const m = t(person.lang).cases.answers;
    const id = args.trim();
    if (!id) {
      await context.sendActivity(m.evidenceIdMissing);
      return;
    }
    // The start of an id is enough, from MIN_ID_PREFIX characters; a shorter one would name too many.
    if (!/^[0-9a-f-]+$/i.test(id) || id.length > 36) {
      await context.sendActivity(m.evidenceIdUnreadable(plain(id.slice(0, 40))));
      return;
    }
    if (id.replace(/-/g, '').length < MIN_ID_PREFIX) {
      await context.sendActivity(m.evidenceIdTooShort(MIN_ID_PREFIX));
      return;
    }
    const found = await this.deps.escalations.evidenceFor(person, id);
    if (found.kind === 'not-found') {
      await context.sendActivity(m.evidenceNotFound(plain(id)));
      return;
    }
    if (found.kind === 'ambiguous') {
      await context.sendActivity(m.evidenceAmbiguous(plain(id)));
      return;
    }
    if (found.kind === 'forbidden') {
      this.deps.log.warn({ userId: person.id, id }, '/evidence refused');
      await context.sendActivity(m.evidenceForbidden);
      return;
    }
    const material = `${found.text}\n\n${found.verified ? m.hashMatches : m.hashMismatch}`;
    const e = found.escalation;
    const notice = { text: found.verified ? m.evidenceVerified : m.evidenceTampered, tone: found.verified ? ('good' as const) : ('attention' as const) };
    const details = e ? await this.deps.escalations.details(e) : null;
    // A registration that was never sent is fetched here too: /bevis is where the card says to get it.
    const card = e && details
      ? caseCard(e, details, this.view(person), { material, notice, downloads: await this.downloads(person, details) })
      : noticeCard(m.evidence, material.split('\n').filter((l) => l.trim()).map(plain).join('\n\n'), notice.tone);
    await context.sendActivity(cardActivity(card));
  }

  async list(context: TurnContext, person: Person): Promise<void> {
    if (!person.isSuperadmin) {
      this.deps.log.warn({ userId: person.id }, '/escalations refused: not a superadmin');
      await context.sendActivity(t(person.lang).cases.answers.onlySuperadminsList);
      return;
    }
    const cases = await this.deps.escalations.recent(new Date(this.deps.clock.now().getTime() - 30 * 86_400_000));
    const fileId = await this.deps.escalations.auditExport(person);
    const unsent = await Promise.all(
      (await this.deps.escalations.unsentRegistrations()).map(async (r) => ({ escalation: r.escalation, url: await this.deps.links.link(r.fileId) })),
    );
    await context.sendActivity(cardActivity(escalationsCard(cases, await this.deps.links.link(fileId), { lang: person.lang, timeZone: this.deps.config.TIMEZONE }, unsent)));
  }

  async admin(context: TurnContext, person: Person): Promise<void> {
    if (!person.isSuperadmin) {
      this.deps.log.warn({ userId: person.id }, '/admin refused: not a superadmin');
      await context.sendActivity(t(person.lang).cases.answers.onlySuperadminsSettings);
      return;
    }
    await context.sendActivity(cardActivity(await this.adminView(person, null)));
  }

  // ---- card actions ----

  /** The /admin form: a department's managers become the people picked (only superadmins get here: app.ts checks). */
  async setManagers(person: Person, raw: unknown): Promise<Card> {
    const m = t(person.lang).cases.answers;
    const parsed = adminData.safeParse(raw);
    if (!parsed.success || !this.deps.config.DEPARTMENTS.includes(parsed.data.department)) return this.invalid(person, raw, parsed.success ? 'unknown department' : parsed.error);
    // The picker sends Entra object ids, comma-separated: someone in the roster, or (Teams' organisation
    // search) any Entra object id. Nothing else is a person; the same person counts once.
    const ids = [...new Set(parsed.data.managerIds.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
    const known = new Set((await this.deps.managers.candidates()).map((p) => p.id));
    if (ids.some((id) => !ENTRA_ID.test(id) && !known.has(id))) return this.adminView(person, { text: m.idsMustBeGuids, tone: 'attention' });
    if (ids.length > MAX_MANAGERS) return this.adminView(person, { text: m.tooManyManagers(MAX_MANAGERS), tone: 'attention' });
    await this.deps.managers.set(parsed.data.department, ids);
    this.deps.log.info({ userId: person.id, department: parsed.data.department, managers: ids.length }, 'department managers set');
    return this.adminView(person, { text: m.saved(plain(parsed.data.department), plain(person.name)), tone: 'good' });
  }

  /** Rapportera on a reminder card: the comment is flagged with the kind the editor chose. */
  async reportComment(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = reportCommentData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const found = await this.deps.tracker.load(parsed.data.commentId);
    if (!found) return this.refusal(person, t(person.lang).cases.answers.commentNotFound);
    const { escalation, created } = await this.deps.escalations.flag(found.comment, found.post, parsed.data.category, person, storedVerdict(found.comment));
    return this.caseView(person, escalation.id, {
      text: created ? t(person.lang).cases.answers.reported : t(person.lang).cases.answers.alreadyReportedComment,
      tone: created ? 'good' : 'warning',
    });
  }

  /** /report's form: the comment is registered, then flagged with the kind the editor chose. */
  async submitReport(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = reportData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const d = parsed.data;
    const m = t(person.lang).cases.answers;
    const values = { ...d, post: d.post || d.bookingId };
    const category = REPORT_KINDS.find((k) => k === d.category);
    if (!category) return this.reportForm(person, values, m.chooseCategory);
    if (!d.text.trim()) return this.reportForm(person, values, m.pasteComment);
    const chosen = await chosenPost(values.post, { bookings: this.deps.bookings, posts: this.deps.tracker });
    if (!chosen.ok) return this.reportForm(person, values, t(person.lang).comments.answers.chooseBooked);
    const written = writtenAtFrom(d.writtenDate, d.writtenTime, this.deps.config.TIMEZONE, this.deps.clock.now());
    if (!written.ok) return this.reportForm(person, values, writtenError(written.reason, person.lang));
    const booking = chosen.booking;
    // Identical reports of one comment (the same text on the same post, by anyone) are one comment, so one case.
    const where = d.commentUrl || chosen.postUrn || (booking ? booking.id : '');
    const sameComment = createHash('sha256').update(`${where}\n${d.text.trim().toLowerCase().replace(/\s+/g, ' ')}`).digest('hex').slice(0, 32);
    const input = commentFromForm({
      text: d.text,
      authorName: d.authorName,
      commentLink: d.commentUrl,
      postLink: d.commentUrl,
      postUrn: chosen.postUrn,
      booking,
      fallbackPostUrn: `reported:${sameComment}`,
      fallbackId: `report:${sameComment}`,
      by: person,
      writtenAt: written.at,
      reported: true,
    });
    const tracked = input && (await this.deps.tracker.track(input));
    if (!tracked) return this.invalid(person, raw, 'comment by the page itself');
    const { escalation, created } = await this.deps.escalations.flag(tracked.comment, tracked.post, category, person, storedVerdict(tracked.comment));
    return this.caseView(person, escalation.id, {
      text: created ? m.reported : m.alreadyReported,
      tone: created ? 'good' : 'warning',
    });
  }

  acknowledge(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(person, raw, caseData, (d) => this.deps.escalations.acknowledge(person, d.caseId, d.version), 'acknowledged');
  }

  removedByHand(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(person, raw, caseData, (d) => this.deps.escalations.removedByHand(person, d.caseId, d.version), 'removedByHand');
  }

  removeViaApi(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(person, raw, caseData, (d) => this.deps.escalations.removeViaApi(person, d.caseId, d.version), 'removedViaApi');
  }

  hidden(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(person, raw, caseData, (d) => this.deps.escalations.decide(person, d.caseId, d.version, 'hidden'), 'hidden');
  }

  blockedRemoved(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(person, raw, caseData, (d) => this.deps.escalations.decide(person, d.caseId, d.version, 'blocked-and-removed'), 'blockedRemoved');
  }

  referToKontaktcenter(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(person, raw, caseData, (d) => this.deps.escalations.decide(person, d.caseId, d.version, 'referred-to-kc'), 'referred');
  }

  /** A superadmin removes criticism anyway; the reason is required (checked by the service, not the card). */
  overrideRemove(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(person, raw, overrideData, (d) => this.deps.escalations.decide(person, d.caseId, d.version, 'override-removed', d.reason), 'overrideRemoved');
  }

  /** A comment deleted on LinkedIn outside the bot: this person files the removal with the registry. */
  registerDeletion(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(person, raw, caseData, (d) => this.deps.escalations.decide(person, d.caseId, d.version, 'registered-deletion'), 'registered');
  }

  /** A case's downloads for this person: the registration's e-mail for superadmins (stored even when it could not be sent). */
  private async downloads(person: Person, details: CaseDetails): Promise<CardLink[]> {
    if (!person.isSuperadmin || !details.registration) return [];
    return [{ title: t(person.lang).cases.downloadRegistration, url: await this.deps.links.link(details.registration.fileId) }];
  }

  keep(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(person, raw, keepData, (d) => this.deps.escalations.keep(person, d.caseId, d.version, d.reason), 'kept');
  }

  async handover(context: TurnContext, person: Person, raw: unknown, to: 'police' | 'occupational-safety'): Promise<Card> {
    const parsed = handoverData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const outcome = await this.deps.escalations.handover(person, parsed.data.caseId, to);
    if (outcome.kind === 'done' && outcome.extra) {
      const details = await this.deps.escalations.details(outcome.escalation);
      const m = t(person.lang).cases;
      return caseCard(outcome.escalation, details!, this.view(person), {
        notice: { text: to === 'police' ? m.answers.policeRecorded : m.answers.safetyRecorded, tone: 'good' },
        material: outcome.extra.text,
        downloads: [{ title: m.downloadHandover[to], url: await this.deps.links.link(outcome.extra.fileId) }, ...(await this.downloads(person, details!))],
      });
    }
    return this.answer(person, outcome, null);
  }

  // ---- helpers ----

  /** The /admin card: every department's managers by name, and the people to pick from. */
  private async adminView(person: Person, notice: { text: string; tone: Tone } | null): Promise<Card> {
    return adminCard(await this.deps.managers.named(), await this.deps.managers.candidates(), this.deps.config.DEPARTMENTS, notice, person.lang);
  }

  private async act<T extends { caseId: string }>(
    person: Person,
    raw: unknown,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    run: (d: T) => Promise<CaseOutcome>,
    done: DoneMessage,
  ): Promise<Card> {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    return this.answer(person, await run(parsed.data), done);
  }

  private async answer(person: Person, outcome: CaseOutcome, done: DoneMessage | null): Promise<Card> {
    const m = t(person.lang).cases.answers;
    switch (outcome.kind) {
      case 'not-found':
        return this.refusal(person, m.caseNotFound);
      case 'forbidden':
        return this.refusal(person, m.notYourCase);
      case 'done': {
        const text = !done ? '' : isDecisionMessage(done) ? t(person.lang).moderation.answers[done] : m[done];
        const removal = outcome.escalation.status === 'removed';
        return this.caseView(person, outcome.escalation.id, { text, tone: 'good' }, removal, done ? await this.draftFor(person, outcome.escalation, done) : null);
      }
      case 'criticism':
        return this.caseView(person, outcome.escalation.id, { text: t(person.lang).moderation.answers.criticism, tone: 'attention' });
      case 'superadmin-only':
        return this.caseView(person, outcome.escalation.id, { text: t(person.lang).moderation.answers.superadminOnly, tone: 'attention' });
      case 'unchanged':
        return this.caseView(person, outcome.escalation.id, { text: m.outOfDate, tone: 'warning' });
      case 'reason-required':
        return this.caseView(person, outcome.escalation.id, { text: done === 'overrideRemoved' ? t(person.lang).moderation.answers.overrideReasonRequired : m.reasonRequired, tone: 'attention' });
      case 'api-refused':
        return this.caseView(person, outcome.escalation.id, { text: m.apiRefused(outcome.detail), tone: 'attention' });
      case 'no-api':
        return this.caseView(person, outcome.escalation.id, { text: m.noApi, tone: 'attention' });
    }
  }

  /** The case as it is now, with `notice`; after a removal the notice also says truthfully what became of the registration. */
  private async caseView(person: Person, id: string, notice: { text: string; tone: Tone }, removal = false, draft: { heading: string; text: string } | null = null): Promise<Card> {
    const e = await this.deps.escalations.get(id);
    const details = e ? await this.deps.escalations.details(e) : null;
    if (!e || !details) return this.refusal(person, t(person.lang).cases.answers.caseNotFound);
    const said = removal && details.registration ? { ...notice, ...this.registrationNotice(person, e, details.registration.status) } : notice;
    return caseCard(e, details, this.view(person), { notice: said, downloads: await this.downloads(person, details), draft });
  }

  /** The polite message to the commenter after a decision (or, for criticism, the reply pointing to Kontaktcenter). */
  private async draftFor(person: Person, e: Escalation, done: DoneMessage): Promise<{ heading: string; text: string } | null> {
    const kind = DRAFTS[done];
    if (!kind) return null;
    const d = t(person.lang).moderation;
    const name = (await this.deps.escalations.evidence(e))?.content.authorName ?? null;
    if (kind === 'kcReferral') return { heading: d.draftKcHeading, text: d.drafts.kcReferral(name, this.deps.config.KC_FEEDBACK_URL) };
    return { heading: d.draftHeading, text: d.drafts[kind](name) };
  }

  private registrationNotice(person: Person, e: Escalation, status: RegistrationState['status']): { text: string; tone: Tone } {
    const m = t(person.lang).cases.answers;
    const d = t(person.lang).moderation.answers;
    const done =
      e.resolution === 'removed-via-api' ? m.removedViaApi
      : e.resolution === 'blocked-and-removed' ? d.blockedRemoved
      : e.resolution === 'override-removed' ? d.overrideRemoved
      : e.resolution === 'deleted-on-linkedin' ? d.registered
      : m.removedByHand;
    if (status !== 'stored') return { text: `${done} ${m.registrationQueued}`, tone: 'good' };
    return { text: `${done} ${person.isSuperadmin ? m.registrationNotSent : m.registrationNotSentAskAdmin(e.id)}`, tone: 'warning' };
  }

  private async reportForm(person: Person, values: CommentFormValues, error: string): Promise<Card> {
    const choices = postChoices(await this.deps.bookings.recent(), await this.deps.tracker.recentPosts(), { lang: person.lang, today: this.deps.bookings.today(), timeZone: this.deps.config.TIMEZONE });
    return reportFormCard(choices, values, error, { lang: person.lang });
  }

  private view(person: Person): CaseViewContext {
    return { lang: person.lang, timeZone: this.deps.config.TIMEZONE, canDelete: this.deps.canDelete };
  }

  private refusal(person: Person, message: string): Card {
    return refusalCard(person, message);
  }

  private invalid(person: Person, raw: unknown, error: unknown): Card {
    return invalidCard(this.deps.log, person, raw, error);
  }
}

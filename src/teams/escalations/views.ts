import { randomUUID } from 'node:crypto';
import type { Lang } from '../../domain/calendar';
import { decisionAllowed, isCriticismCase, type Escalation } from '../../domain/escalation';
import type { EvidenceRecord } from '../../domain/evidence';
import { caseGround } from '../../registry/evidenceText';
import type { CaseDetails } from '../../services/escalations';
import type { NamedPerson } from '../../services/managers';
import { Card, linkedInLink, renderCard, Tone, toneColor } from '../cards';
import { CommentFormValues, PostChoice, reportCategoryChoices, reportCategoryName } from '../comments/views';
import { t } from '../messages';
import { formatInstant, plain, quoted } from '../text';

/** What case views need to know about the reader. */
export interface CaseViewContext {
  lang: Lang;
  timeZone: string;
  /** Deleting through the LinkedIn API is possible. */
  canDelete: boolean;
}

/** A download offered on a case card. */
export interface CardLink {
  title: string;
  url: string;
}

/** A case's ground in the reader's language: one short sentence, never the classifier's internal reasons. */
export function caseGroundText(e: Escalation, evidence: EvidenceRecord, lang: Lang): string {
  if (lang === 'sv') return caseGround(e.category, evidence.content);
  return t(lang).cases.groundNames[e.category] ?? reportCategoryName(e.category, lang);
}

/** Evidence text as card lines: one field a line (a single TextBlock would run them together). */
export function materialLines(text: string): { text: string; gap: boolean }[] {
  const lines: { text: string; gap: boolean }[] = [];
  let gap = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      gap = true;
      continue;
    }
    lines.push({ text: plain(line), gap });
    gap = false;
  }
  return lines;
}

/** The case card: the evidence, who was told, what was decided, and the buttons for the next step. */
export function caseCard(
  e: Escalation,
  details: CaseDetails,
  ctx: CaseViewContext,
  opts: { round?: number; missingManagers?: boolean; notice?: { text: string; tone: Tone } | null; material?: string; downloads?: CardLink[]; draft?: { heading: string; text: string } | null } = {},
): Card {
  const m = t(ctx.lang).cases;
  const d = t(ctx.lang).moderation;
  const { evidence } = details;
  const c = evidence.content;
  const when = (d: Date | string) => formatInstant(new Date(d), ctx.lang, ctx.timeZone);
  const isThreat = e.kind === 'threat';
  const criticism = isCriticismCase(e, c.kind);
  const needsRegistration = e.status === 'needs-registration';
  const heading = needsRegistration ? d.deletedHeading : isThreat ? m.threatHeading : criticism ? d.criticismHeading : m.ruleHeading(reportCategoryName(e.category, ctx.lang).toLowerCase());
  const round = opts.round ?? 0;
  const lead = needsRegistration
    ? d.deletedLead
    : criticism && (e.status === 'open' || e.status === 'acknowledged')
      ? d.criticismLead
      : e.status === 'acknowledged' ? m.acknowledgedLead : e.status !== 'open' ? '' : round > 0 ? m.reminderLead(round) : m.firstLead;
  // Which decisions the card offers: the same rule the service checks (domain/escalation.ts decisionAllowed).
  const may = (decision: Parameters<typeof decisionAllowed>[0], superadmin = false) => decisionAllowed(decision, e, c.kind, { isSuperadmin: superadmin }) === 'ok';
  const facts = [
    { title: m.status, value: d.statuses[e.status] ?? m.statuses[e.status] ?? e.status },
    { title: m.department, value: e.department ? plain(e.department) : m.departmentUnknown },
    { title: m.written, value: c.commentedAt ? when(c.commentedAt) : m.writtenUnknown },
    { title: m.seenByBot, value: when(c.seenAt) },
    { title: m.flaggedBy, value: c.reportedByName ? plain(c.reportedByName) : m.theClassifier },
    { title: m.grounds, value: plain(caseGroundText(e, evidence, ctx.lang)) },
  ];
  if (e.acknowledgedByName && e.acknowledgedAt) facts.push({ title: m.acknowledgedBy, value: `${plain(e.acknowledgedByName)}, ${when(e.acknowledgedAt)}` });
  for (const h of details.handovers) facts.push({ title: m.handoverTitles[h.to], value: m.handoverMade[h.to](plain(h.byName ?? '?'), when(h.at)) });
  const reg = details.registration;
  if (reg) {
    const value = reg.status === 'sent' ? m.registrationSent(reg.sentAt ? when(reg.sentAt) : '') : reg.status === 'pending' ? m.registrationPending : m.registrationStored;
    facts.push({ title: m.registration, value: value.trim() });
  }
  facts.push({ title: m.evidence, value: `${evidence.id} (SHA-256 ${evidence.hash.slice(0, 12)}…)` });
  const outcome =
    e.resolution && e.resolvedByName && e.resolvedAt
      ? `${d.resolutions[e.resolution] ?? m.resolutions[e.resolution] ?? e.resolution} ${plain(e.resolvedByName)}, ${when(e.resolvedAt)}${e.resolutionReason ? `: ${plain(e.resolutionReason)}` : ''}`
      : '';
  const noticeColor = toneColor(opts.notice?.tone);
  return renderCard('case', {
    t: { ...m.buttons, keep: isThreat ? m.notAThreat : m.keep },
    d: d.buttons,
    notice: opts.notice?.text ?? '',
    noticeColor,
    heading,
    headingColor: isThreat ? 'Attention' : 'Accent',
    lead,
    warning: opts.missingManagers ? m.noManager(e.department ? plain(e.department) : null) : '',
    quote: quoted(plain(c.commentText), ctx.lang),
    byline: c.authorName ? plain(c.authorName) : c.authorUrn ? plain(c.authorUrn) : m.unknownAuthor,
    facts,
    outcome,
    material: opts.material ? materialLines(opts.material) : [],
    canAck: e.status === 'open',
    canResolve: e.status === 'open' || e.status === 'acknowledged',
    canHide: may('hidden'),
    canRemove: may('removed-by-hand'),
    canRefer: may('referred-to-kc'),
    // Shown to everyone on a criticism case; the service lets only superadmins through.
    canOverride: may('override-removed', true),
    canRegister: may('registered-deletion'),
    draftHeading: opts.draft?.heading ?? '',
    draft: opts.draft ? plain(opts.draft.text) : '',
    canDelete: ctx.canDelete && Boolean(c.commentId && c.commentId.startsWith('urn:li:comment')) && may('removed-via-api'),
    id: e.id,
    version: e.version,
    url: linkedInLink(c.commentUrl),
    downloads: opts.downloads ?? [],
  });
}

/** The form for reporting a comment seen on LinkedIn. */
export function reportFormCard(choices: PostChoice[], values: CommentFormValues, error: string, ctx: { lang: Lang }): Card {
  return renderCard('report-form', {
    t: t(ctx.lang).cases.reportForm,
    error,
    values: { category: '', text: '', authorName: '', commentUrl: '', post: '', writtenDate: '', writtenTime: '', ...values },
    categories: reportCategoryChoices(ctx.lang),
    posts: choices,
    requestId: randomUUID(),
  });
}

/** Open and recent cases, with a link to the audit export, and every registration the registry has not received. */
export function escalationsCard(
  cases: Escalation[],
  audit: string,
  ctx: Pick<CaseViewContext, 'lang' | 'timeZone'>,
  unsent: { escalation: Escalation; url: string }[] = [],
): Card {
  const m = t(ctx.lang).cases;
  const when = (d: Date) => formatInstant(d, ctx.lang, ctx.timeZone);
  const categoryOf = (e: Escalation) => (e.kind === 'threat' ? m.threat : reportCategoryName(e.category, ctx.lang));
  return renderCard('escalations', {
    t: { ...m.list, unsentHeading: m.unsentHeading },
    audit,
    cases: cases.map((e) => ({
      title: `${categoryOf(e)}, ${when(e.createdAt)}`,
      status: t(ctx.lang).moderation.statuses[e.status] ?? m.statuses[e.status] ?? e.status,
      color: e.status === 'open' || e.status === 'needs-registration' ? 'Attention' : 'Default',
      details: [plain(e.department), e.acknowledgedByName ? `${m.acknowledgedByLower} ${plain(e.acknowledgedByName)}` : '', e.resolvedByName ? `${m.decidedBy} ${plain(e.resolvedByName)}` : '', `${m.caseWord} ${e.id}`]
        .filter(Boolean)
        .join(' · '),
    })),
    unsent: unsent.map(({ escalation: e, url }) => ({
      line: m.unsentLine(categoryOf(e), when(e.resolvedAt ?? e.createdAt), e.id),
      title: m.unsentDownload(e.id.slice(0, 8)),
      url,
    })),
  });
}

/** A person by name; someone the bot has never seen by the start of their Entra object id. */
function personName(p: NamedPerson, lang: Lang): string {
  return p.name ? plain(p.name) : t(lang).cases.admin.unknownPerson(p.id.slice(0, 8));
}

/**
 * Department managers by name, and a form to set them: a department, and people picked by name. The
 * choices are the team's roster and today's managers; in Teams the picker also searches the whole
 * organisation (`choices.data`, Teams' people picker), and answers with Entra object ids either way.
 */
export function adminCard(
  managers: Record<string, NamedPerson[]>,
  candidates: NamedPerson[],
  departments: string[],
  notice: { text: string; tone: Tone } | null,
  lang: Lang,
): Card {
  const m = t(lang).cases;
  const people = new Map<string, NamedPerson>();
  for (const p of [...candidates, ...Object.values(managers).flat()]) if (!people.get(p.id)?.name) people.set(p.id, p);
  return renderCard('admin', {
    t: m.admin,
    notice: notice?.text ?? '',
    noticeColor: toneColor(notice?.tone),
    managers: departments.map((d) => {
      const named = (managers[d] ?? []).map((p) => personName(p, lang));
      return { department: plain(d), names: named.length > 0 ? named.join(', ') : m.noManagers, empty: named.length === 0 };
    }),
    departments: departments.map((d) => ({ title: d, value: d })),
    people: [...people.values()].map((p) => ({ title: personName(p, lang), value: p.id })).sort((a, b) => a.title.localeCompare(b.title, 'sv')),
  });
}

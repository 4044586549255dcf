import { randomUUID } from 'node:crypto';
import type { Lang } from '../../domain/calendar';
import type { Booking } from '../../store/bookings';
import type { Decision, Escalation, EvidenceRecord } from '../../store/escalations';
import { Card, linkedInLink, renderCard, Tone, toneColor } from '../cards';
import { bookingChoices, reportCategoryChoices, reportCategoryName } from '../comments/views';
import { formatInstant, plain } from '../text';

/** What case views need to know about the reader. */
export interface CaseViewContext {
  lang: Lang;
  timeZone: string;
  /** Deleting through the LinkedIn API is possible. */
  canDelete: boolean;
}

const STATUS_NAMES: Record<string, Record<Lang, string>> = {
  open: { sv: 'Väntar på kvittens', en: 'Waiting for acknowledgement' },
  acknowledged: { sv: 'Kvitterad', en: 'Acknowledged' },
  removed: { sv: 'Borttagen', en: 'Removed' },
  kept: { sv: 'Ligger kvar', en: 'Kept' },
};

const RESOLUTION_NAMES: Record<string, Record<Lang, string>> = {
  'removed-by-hand': { sv: 'Borttagen på LinkedIn av', en: 'Removed on LinkedIn by' },
  'removed-via-api': { sv: 'Borttagen via boten av', en: 'Removed through the bot by' },
  kept: { sv: 'Ligger kvar, beslut av', en: 'Kept, decided by' },
};

/** The case card: the evidence, who was told, what was decided, and the buttons for the next step. */
export function caseCard(
  e: Escalation,
  evidence: EvidenceRecord,
  ctx: CaseViewContext,
  opts: { round?: number; missingManagers?: boolean; notice?: { text: string; tone: Tone } | null; material?: string; download?: string } = {},
): Card {
  const sv = ctx.lang === 'sv';
  const c = evidence.content;
  const when = (d: Date | string) => formatInstant(new Date(d), ctx.lang, ctx.timeZone);
  const isThreat = e.kind === 'threat';
  const heading = isThreat
    ? sv
      ? 'Hot i en kommentar på LinkedIn'
      : 'A threat in a comment on LinkedIn'
    : sv
      ? `Kommentar som bryter mot reglerna: ${reportCategoryName(e.category, 'sv').toLowerCase()}`
      : `A comment that breaks the rules: ${reportCategoryName(e.category, 'en').toLowerCase()}`;
  const round = opts.round ?? 0;
  const lead =
    e.status !== 'open'
      ? ''
      : round > 0
        ? sv
          ? `Påminnelse ${round}: ingen har kvitterat ännu.`
          : `Reminder ${round}: nobody has acknowledged yet.`
        : sv
          ? 'Boten har sparat bevis. Kvittera att du sett det; en person, aldrig boten, beslutar vad som händer.'
          : 'The bot has kept the evidence. Acknowledge that you have seen it; a person, never the bot, decides what happens.';
  const facts = [
    { title: sv ? 'Status' : 'Status', value: STATUS_NAMES[e.status]?.[ctx.lang] ?? e.status },
    { title: sv ? 'Förvaltning' : 'Department', value: e.department ? plain(e.department) : (sv ? 'okänd (inlägget saknar bokning)' : 'unknown (the post has no booking)') },
    { title: sv ? 'Skriven' : 'Written', value: when(c.commentedAt) },
    { title: sv ? 'Sedd av boten' : 'Seen by the bot', value: when(c.seenAt) },
    { title: sv ? 'Flaggad av' : 'Flagged by', value: c.reportedByName ? plain(c.reportedByName) : sv ? 'klassificeraren' : 'the classifier' },
  ];
  if (c.reasons.length > 0) facts.push({ title: sv ? 'Skäl' : 'Grounds', value: plain(c.reasons.join('; ')) });
  if (e.acknowledgedByName && e.acknowledgedAt) facts.push({ title: sv ? 'Kvitterad av' : 'Acknowledged by', value: `${plain(e.acknowledgedByName)}, ${when(e.acknowledgedAt)}` });
  facts.push({ title: sv ? 'Bevis' : 'Evidence', value: `${evidence.id} (SHA-256 ${evidence.hash.slice(0, 12)}…)` });
  const outcome =
    e.resolution && e.resolvedByName && e.resolvedAt
      ? `${RESOLUTION_NAMES[e.resolution]?.[ctx.lang] ?? e.resolution} ${plain(e.resolvedByName)}, ${when(e.resolvedAt)}${e.resolutionReason ? `: ${plain(e.resolutionReason)}` : ''}`
      : '';
  const noticeColor = toneColor(opts.notice?.tone);
  return renderCard('case', {
    t: {
      ack: sv ? 'Kvittera' : 'Acknowledge',
      removedByHand: sv ? 'Borttagen på LinkedIn' : 'Removed on LinkedIn',
      removeApi: sv ? 'Ta bort via API' : 'Remove through the API',
      keep: isThreat ? (sv ? 'Inte ett hot' : 'Not a threat') : sv ? 'Behåll' : 'Keep',
      keepReason: sv ? 'Varför ska kommentaren ligga kvar? (obligatoriskt)' : 'Why should the comment stay? (required)',
      keepReasonError: sv ? 'Skriv ett skäl.' : 'Give a reason.',
      keepSubmit: sv ? 'Spara beslutet' : 'Save the decision',
      more: sv ? 'Arbetarskydd och polis' : 'Occupational safety and police',
      moreLead: sv
        ? 'Boten tar fram bevisen som text och som e-post (.eml) att vidarebefordra, och antecknar steget.'
        : 'The bot produces the evidence as text and as an e-mail (.eml) to forward, and records the step.',
      safety: sv ? 'Till arbetarskydd' : 'To occupational safety',
      police: sv ? 'Polisanmälan' : 'Police report',
      open: sv ? 'Öppna på LinkedIn' : 'Open on LinkedIn',
      download: e.status === 'removed' ? (sv ? 'Hämta registreringen (.eml)' : 'Download the registration (.eml)') : sv ? 'Hämta e-post (.eml)' : 'Download e-mail (.eml)',
    },
    notice: opts.notice?.text ?? '',
    noticeColor,
    heading,
    headingColor: isThreat ? 'Attention' : 'Warning',
    lead,
    warning: opts.missingManagers
      ? sv
        ? `Ingen chef är registrerad för ${e.department ? plain(e.department) : 'inläggets förvaltning'}: superadmins behöver kontakta chefen själva. Lägg till chefer med /admin.`
        : `No manager is registered for ${e.department ? plain(e.department) : "the post's department"}: superadmins need to contact the manager themselves. Add managers with /admin.`
      : '',
    quote: `"${plain(c.commentText)}"`,
    byline: c.authorName ? plain(c.authorName) : c.authorUrn ? plain(c.authorUrn) : sv ? 'Okänd skribent' : 'Unknown author',
    facts,
    outcome,
    material: opts.material ?? '',
    canAck: e.status === 'open',
    canResolve: e.status === 'open' || e.status === 'acknowledged',
    canDelete: ctx.canDelete && Boolean(c.commentId && c.commentId.startsWith('urn:li:comment')),
    id: e.id,
    version: e.version,
    url: linkedInLink(c.commentUrl),
    download: opts.download ?? '',
  });
}

/** The form for reporting a comment seen on LinkedIn. */
export function reportFormCard(bookings: Booking[], values: Record<string, string>, error: string, ctx: { lang: Lang; today: string }): Card {
  const sv = ctx.lang === 'sv';
  return renderCard('report-form', {
    t: {
      heading: sv ? 'Rapportera en kommentar' : 'Report a comment',
      intro: sv
        ? 'Boten sparar kommentaren som bevis och skickar ärendet vidare. Hot går direkt till superadmins och chefen.'
        : 'The bot keeps the comment as evidence and passes the case on. Threats go straight to the superadmins and the manager.',
      category: sv ? 'Vad är det?' : 'What is it?',
      text: sv ? 'Kommentarens text (exakt som den står)' : 'The comment (exactly as written)',
      author: sv ? 'Skriven av' : 'Written by',
      link: sv ? 'Länk till kommentaren eller inlägget' : 'Link to the comment or the post',
      booking: sv ? 'Bokat inlägg (valfritt)' : 'Booked post (optional)',
      required: sv ? 'Fyll i.' : 'Required.',
      submit: sv ? 'Rapportera' : 'Report',
    },
    error,
    values: { category: '', text: '', authorName: '', commentUrl: '', bookingId: '', ...values },
    categories: reportCategoryChoices(ctx.lang),
    bookings: bookingChoices(bookings, ctx),
    requestId: randomUUID(),
  });
}

/** Open and recent cases, with a link to the audit export. */
export function escalationsCard(cases: Escalation[], audit: string, ctx: Pick<CaseViewContext, 'lang' | 'timeZone'>): Card {
  const sv = ctx.lang === 'sv';
  return renderCard('escalations', {
    t: {
      heading: sv ? 'Ärenden: hot och moderering' : 'Cases: threats and moderation',
      empty: sv ? 'Inga öppna eller nya ärenden.' : 'No open or recent cases.',
      audit: sv ? 'Exportera revisionslogg (CSV)' : 'Export the audit (CSV)',
    },
    audit,
    cases: cases.map((e) => ({
      title: `${e.kind === 'threat' ? (sv ? 'Hot' : 'Threat') : reportCategoryName(e.category, ctx.lang)}, ${formatInstant(e.createdAt, ctx.lang, ctx.timeZone)}`,
      status: STATUS_NAMES[e.status]?.[ctx.lang] ?? e.status,
      color: e.status === 'open' ? 'Attention' : 'Default',
      details: [plain(e.department), e.acknowledgedByName ? `${sv ? 'kvitterad av' : 'acknowledged by'} ${plain(e.acknowledgedByName)}` : '', e.resolvedByName ? `${sv ? 'beslut av' : 'decided by'} ${plain(e.resolvedByName)}` : '', `${sv ? 'ärende' : 'case'} ${e.id}`]
        .filter(Boolean)
        .join(' · '),
    })),
  });
}

/**
 * A CSV cell that a spreadsheet shows as text: quoted (RFC 4180), and a leading `=`, `+`, `-`, `@`, tab or
 * carriage return (which Excel and LibreOffice would run as a formula) behind an apostrophe (OWASP's
 * advice for CSV injection).
 */
export function csvCell(v: unknown): string {
  const text = String(v ?? '');
  const inert = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${inert.replace(/"/g, '""')}"`;
}

/** The audit of every decision as CSV (RFC 4180, semicolon-free commas, quoted, formulas made inert). */
export function auditCsv(decisions: (Decision & { category: string; kind: string })[]): string {
  const q = csvCell;
  const header = ['tid', 'ärende', 'typ', 'kategori', 'åtgärd', 'av', 'av_id', 'skäl'];
  const rows = decisions.map((d) => [new Date(d.at).toISOString(), d.escalationId, d.kind, d.category, d.action, d.byName, d.byId, d.reason].map(q).join(','));
  return [header.map(q).join(','), ...rows].join('\r\n') + '\r\n';
}

/** Department managers, and a form to set them. */
export function adminCard(managers: Record<string, string[]>, departments: string[], notice: string, lang: Lang): Card {
  const sv = lang === 'sv';
  return renderCard('admin', {
    t: {
      heading: sv ? 'Inställningar: chefer per förvaltning' : 'Settings: managers per department',
      intro: sv
        ? 'Hot i kommentarer går till superadmins och till chefen för inläggets förvaltning. Ange chefernas Entra-objekt-id, kommaseparerade; tomt fält tar bort.'
        : "Threats go to the superadmins and to the manager of the post's department. Give the managers' Entra object ids, comma-separated; empty removes.",
      department: sv ? 'Förvaltning' : 'Department',
      managers: sv ? 'Chefer (Entra-objekt-id)' : 'Managers (Entra object ids)',
      required: sv ? 'Välj en förvaltning.' : 'Choose a department.',
      save: sv ? 'Spara' : 'Save',
    },
    notice,
    managers: departments.map((d) => ({ title: d, value: managers[d]?.length ? managers[d].join(', ') : sv ? '(ingen: superadmins får veta)' : '(none: superadmins are told)' })),
    departments: departments.map((d) => ({ title: d, value: d })),
  });
}

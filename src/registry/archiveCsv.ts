import type { ArchivedCase, ArchivedComment, ArchiveDocument, ArchivedPost } from './archiveDocument';
import { actionName, CASE_KINDS, csvDocument, csvTime, reasonText } from './auditCsv';
import { kindName } from './evidenceText';

// The archive is a registry document, read by the city's people: Swedish words for what the bot stores in English.

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "1 januari – 30 juni 2026": the half-year as the title page names it. */
export function periodTitle(doc: Pick<ArchiveDocument, 'firstDay' | 'lastDay'>): string {
  const day = (d: string) => `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]}`;
  return `${day(doc.firstDay)} – ${day(doc.lastDay)} ${doc.lastDay.slice(0, 4)}`;
}

const COMMENT_STATUS: Readonly<Record<string, string>> = {
  open: 'väntar på svar',
  answered: 'besvarad',
  no_answer_needed: 'behöver inget svar',
  not_a_question: 'ingen fråga',
  deleted: 'borttagen',
};
const CLOSED_VIA: Readonly<Record<string, string>> = {
  teams: 'markerad i Teams',
  'page-reply': 'sidans svar på LinkedIn',
  'api-reply': 'svar via SAV-boten',
  linkedin: 'på LinkedIn',
};
const CASE_STATUS: Readonly<Record<string, string>> = { open: 'öppet', acknowledged: 'kvitterat', removed: 'borttagen', kept: 'ligger kvar' };
const REGISTRATION_STATUS: Readonly<Record<string, string>> = { stored: 'sparad, inte skickad', pending: 'väntar på att skickas', sent: 'skickad' };

/** What stands where a comment's text was culled before the archive was made. */
export const TEXT_CULLED = 'text gallrad';

export const commentStatusName = (s: string) => COMMENT_STATUS[s] ?? s;
export const closedViaName = (v: string | null) => (v ? (CLOSED_VIA[v] ?? v) : '');
export const caseStatusName = (s: string) => CASE_STATUS[s] ?? s;
export const caseKindName = (k: string) => CASE_KINDS[k] ?? k;
export const registrationStatusName = (s: string) => REGISTRATION_STATUS[s] ?? s;

/** What a case is about: "hot", or "moderering, personangrepp". */
export function caseAbout(c: Pick<ArchivedCase, 'kind' | 'category'>): string {
  return c.kind === 'threat' ? caseKindName(c.kind) : `${caseKindName(c.kind)}, ${kindName(c.category)}`;
}

/** A decision's reason in Swedish: the flag's ground by name ("hot"), a person's reason as written. */
export function decisionReason(d: { action: string; reason: string | null }): string {
  return d.action === 'flagged' && d.reason ? kindName(d.reason) : reasonText(d);
}

/** A comment's kind as the archive says it: "fråga", "kritik", "hot". */
export function commentKindName(c: Pick<ArchivedComment, 'kind' | 'isQuestion'>): string {
  return c.isQuestion ? 'fråga' : kindName(c.kind);
}

/** A post's first words, for titles. */
export function postTitle(p: ArchivedPost, words = 12): string {
  const text = (p.booking?.title || p.excerpt || '').replace(/\s+/g, ' ').trim();
  if (!text) return '(inlägg utan text)';
  const all = text.split(' ');
  return all.length > words ? `${all.slice(0, words).join(' ')} …` : text;
}

/**
 * The archive as one CSV for Swedish Excel (BOM, `;`, Stockholm times): one row per event — a post, a
 * comment, its answer, each decision on its case, the evidence and the registration — post by post, in time
 * order. Texts are exactly as stored (the PDF may have to replace characters its font lacks).
 */
export function archiveCsv(doc: ArchiveDocument): string {
  const tz = doc.timeZone;
  const time = (iso: string | null) => (iso ? csvTime(new Date(iso), tz) : '');
  const header = [`tid (${tz})`, 'händelse', 'inlägg', 'inläggets länk', 'förvaltning', 'ansvarig', 'kommentar-id', 'vem', 'text', 'status', 'detalj'];
  const rows: unknown[][] = [header];
  const caseRows = (c: ArchivedCase, postCols: string[], commentId: string) => {
    for (const d of c.decisions) rows.push([time(d.at), 'beslut', ...postCols, commentId, d.byName ?? '', decisionReason(d), actionName(d.action), `${caseAbout(c)}; ärende ${c.id}`]);
    rows.push([time(c.evidence.createdAt), 'bevis', ...postCols, commentId, '', '', '', `bevis ${c.evidence.id}; sha256 ${c.evidence.hash}`]);
    const r = c.registration;
    if (r) rows.push([time(r.sentAt ?? r.createdAt), 'registrering', ...postCols, commentId, r.recipient, '', registrationStatusName(r.status), `registrering ${r.id}${r.messageId ? `; ${r.messageId}` : ''}`]);
  };
  for (const p of doc.posts) {
    const postCols = [postTitle(p), p.url ?? p.urn, p.booking?.department ?? p.department ?? '', p.booking?.ownerName ?? p.ownerName ?? ''];
    const booking = p.booking ? `bokning ${p.booking.day}${p.booking.timeOfDay ? ` ${p.booking.timeOfDay}` : ''}: ${p.booking.title} (${p.booking.ownerName})` : 'ingen bokning';
    rows.push([time(p.publishedAt ?? p.firstSeenAt), 'inlägg', ...postCols, '', p.ownerName ?? '', p.excerpt ?? '', '', booking]);
    for (const c of p.comments) {
      rows.push([time(c.commentedAt ?? c.seenAt), 'kommentar', ...postCols, c.id, c.authorName ?? '', c.text ?? TEXT_CULLED, commentStatusName(c.status), [commentKindName(c), c.url ?? ''].filter(Boolean).join('; ')]);
      if (c.closedAt) {
        rows.push([time(c.closedAt), 'svar', ...postCols, c.id, c.closedByName ?? '', c.replyText ?? '', commentStatusName(c.status), [closedViaName(c.closedVia), c.closeReason ?? ''].filter(Boolean).join('; ')]);
      }
      if (c.case) caseRows(c.case, postCols, c.id);
    }
    for (const c of p.cases) caseRows(c, postCols, '');
  }
  for (const c of doc.otherCases) caseRows(c, ['', '', c.department ?? '', ''], '');
  return csvDocument(rows);
}

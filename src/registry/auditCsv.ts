import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';
import type { Decision } from '../domain/escalation';
import { kindName } from './evidenceText';

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

/**
 * A CSV document that Swedish Excel opens as it is: a UTF-8 byte order mark (else Excel reads å, ä, ö as
 * Latin-1), `;` between cells (Excel's separator where the decimal mark is a comma), CRLF line ends, every
 * cell quoted and formulas made inert ({@link csvCell}).
 */
export function csvDocument(rows: readonly (readonly unknown[])[]): string {
  return `\ufeff${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** A number as Swedish Excel reads it: a decimal comma, `digits` decimals at most; '' for none. */
export function csvNumber(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  return String(Number(n.toFixed(digits))).replace('.', ',');
}

// The audit is read by the city's people in Swedish Excel: Swedish words for what the bot stores in English.
export const CASE_KINDS: Readonly<Record<string, string>> = { threat: 'hot', moderation: 'moderering' };
const ACTIONS: Readonly<Record<string, string>> = {
  flagged: 'flaggad',
  acknowledged: 'kvitterad',
  renotified: 'skickad igen',
  'nobody-reached': 'nådde ingen',
  'api-delete-refused': 'LinkedIn nekade borttagning',
  'removed-by-hand': 'borttagen på LinkedIn',
  'removed-via-api': 'borttagen via boten',
  kept: 'ligger kvar',
  hidden: 'dold på LinkedIn',
  'blocked-and-removed': 'skribenten blockerad och kommentaren borttagen',
  'override-removed': 'borttagen efter superadministratörens beslut',
  'referred-to-kc': 'hänvisad till Kontaktcenter',
  'deleted-on-linkedin': 'borttagen direkt på LinkedIn',
  'registered-deletion': 'borttagning på LinkedIn registrerad',
  'police-report': 'underlag för polisanmälan skapat',
  'occupational-safety': 'underlag till arbetarskydd skapat',
};

/** A decision's action in Swedish ("borttagen på LinkedIn"); an unknown action as it is. */
export function actionName(action: string): string {
  return ACTIONS[action] ?? action;
}

/** A stored reason in Swedish where the bot wrote it ("round 2" of re-sends); a person's reason as written. */
export function reasonText(d: Pick<Decision, 'action' | 'reason'>): string {
  const round = d.action === 'renotified' && d.reason ? /^round (\d+)$/.exec(d.reason) : null;
  return round ? `omgång ${round[1]}` : (d.reason ?? '');
}

/** An instant as a local time Swedish Excel reads as a date and time: `2026-11-23 10:00:00`. */
export function csvTime(at: Date, timeZone: string): string {
  return format(at, 'yyyy-MM-dd HH:mm:ss', { in: tz(timeZone) });
}

/**
 * The audit of every decision as a CSV that Swedish Excel opens as it is: a UTF-8 byte order mark (else
 * Excel reads å, ä, ö as Latin-1), `;` between cells (Excel's separator where the decimal mark is a comma),
 * Swedish values, and local times in `timeZone` (named in the header) as `2026-11-23 10:00:00`, which
 * Excel reads as a date and time. Cells are quoted and formulas made inert.
 */
export function auditCsv(decisions: (Decision & { category: string; kind: string })[], timeZone: string): string {
  const header = [`tid (${timeZone})`, 'ärende', 'typ', 'kategori', 'åtgärd', 'av', 'av (Entra-id)', 'skäl'];
  const rows = decisions.map((d) => [
    csvTime(new Date(d.at), timeZone),
    d.escalationId,
    CASE_KINDS[d.kind] ?? d.kind,
    kindName(d.category),
    actionName(d.action),
    d.byName,
    d.byId,
    reasonText(d),
  ]);
  return csvDocument([header, ...rows]);
}

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

// The audit is read by the city's people in Swedish Excel: Swedish words for what the bot stores in English.
const CASE_KINDS: Readonly<Record<string, string>> = { threat: 'hot', moderation: 'moderering' };
const ACTIONS: Readonly<Record<string, string>> = {
  flagged: 'flaggad',
  acknowledged: 'kvitterad',
  renotified: 'skickad igen',
  'nobody-reached': 'nådde ingen',
  'api-delete-refused': 'LinkedIn nekade borttagning',
  'removed-by-hand': 'borttagen på LinkedIn',
  'removed-via-api': 'borttagen via boten',
  kept: 'ligger kvar',
  'police-report': 'underlag för polisanmälan skapat',
  'occupational-safety': 'underlag till arbetarskydd skapat',
};

/** A stored reason in Swedish where the bot wrote it ("round 2" of re-sends); a person's reason as written. */
function reasonText(d: Decision): string {
  const round = d.action === 'renotified' && d.reason ? /^round (\d+)$/.exec(d.reason) : null;
  return round ? `omgång ${round[1]}` : (d.reason ?? '');
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
    format(new Date(d.at), 'yyyy-MM-dd HH:mm:ss', { in: tz(timeZone) }),
    d.escalationId,
    CASE_KINDS[d.kind] ?? d.kind,
    kindName(d.category),
    ACTIONS[d.action] ?? d.action,
    d.byName,
    d.byId,
    reasonText(d),
  ]);
  return `\ufeff${[header, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

import type { Decision } from '../domain/escalation';

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

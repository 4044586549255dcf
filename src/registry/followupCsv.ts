import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';
import { engagementRate, interactions, NetworkFigures, PageFigures, totalPosts } from '../domain/followup';
import type { FollowupReport, PageSide } from '../services/followup';
import { csvDocument, csvNumber } from './auditCsv';

/** The page's figures as CSV rows: what, this month, the month before. */
const PAGE_ROWS: [string, (p: PageFigures) => number | null, number][] = [
  ['Visningar', (p) => p.impressions, 0],
  ['Räckvidd (unika visningar)', (p) => p.reach, 0],
  ['Reaktioner', (p) => p.reactions, 0],
  ['Kommentarer', (p) => p.comments, 0],
  ['Delningar', (p) => p.shares, 0],
  ['Klick', (p) => p.clicks, 0],
  ['Interaktioner', (p) => interactions(p), 0],
  ['Engagemangsgrad (%)', (p) => { const r = engagementRate(p); return r === null ? null : r * 100; }, 2],
  ['Nya följare', (p) => p.newFollowers, 0],
];

const NETWORK_ROWS: [string, (n: NetworkFigures) => number | null, number][] = [
  ['Bokade inlägg', (n) => totalPosts(n.posts, 'booked'), 0],
  ['Publicerade inlägg', (n) => totalPosts(n.posts, 'published'), 0],
  ['Frågor', (n) => n.questions.asked, 0],
  ['Besvarade i tid', (n) => n.questions.answeredInTime, 0],
  ['Besvarade för sent', (n) => n.questions.answeredLate, 0],
  ['Obesvarade efter tidsgränsen', (n) => n.questions.openOverdue, 0],
  ['Obesvarade inom tidsgränsen', (n) => n.questions.openWithinDeadline, 0],
  ['Andel besvarade i tid (%)', (n) => (n.questions.shareInTime === null ? null : n.questions.shareInTime * 100), 1],
  ['Mediansvarstid (arbetstimmar)', (n) => n.questions.medianHours, 2],
  ['Svarstid, 90:e percentilen (arbetstimmar)', (n) => n.questions.p90Hours, 2],
  ['Borttagna kommentarer', (n) => n.removed, 0],
  ['Eskalerade hot', (n) => n.threats, 0],
];

/** Where page figures came from, in the CSV's words. */
function sourceText(side: PageSide | null, timeZone: string): string {
  if (!side || side.source.kind === 'none') return 'saknas';
  if (side.source.kind === 'api') return 'LinkedIn API';
  return `inmatat av ${side.source.byName} ${format(side.source.at, 'yyyy-MM-dd HH:mm', { in: tz(timeZone) })}`;
}

/**
 * A month's follow-up as a CSV for Swedish Excel (the audit export's conventions: BOM, `;`, decimal commas,
 * Swedish words, local times): one row per figure, with the department it is for, the month and the month
 * before; the page's figures first (whole network), then the network's, then each department's, then
 * (with showcase pages) each page's posts.
 */
export function followupCsv(r: FollowupReport, timeZone: string): string {
  const whole = r.department ?? 'hela nätverket';
  const rows: unknown[][] = [['mått', 'förvaltning', r.month, r.previous, 'källa']];
  if (r.page) {
    for (const [what, value, digits] of PAGE_ROWS) {
      rows.push([what, 'LinkedIn-sidan', csvNumber(r.page.figures && value(r.page.figures), digits), csvNumber(r.pageBefore?.figures && value(r.pageBefore.figures), digits), sourceText(r.page, timeZone)]);
    }
  }
  const network = (department: string, now: NetworkFigures, before: NetworkFigures) => {
    for (const [what, value, digits] of NETWORK_ROWS) rows.push([what, department, csvNumber(value(now), digits), csvNumber(value(before), digits), 'SAV-boten']);
  };
  network(whole, r.network, r.networkBefore);
  for (const d of r.perDepartment) network(d.department, d.figures, d.before);
  // With showcase pages: the month's posts per page (the default page is "LinkedIn-sidan", as above).
  for (const p of r.perPage) {
    const page = p.pageUrn ? `sida: ${p.name ?? p.pageUrn}` : 'LinkedIn-sidan';
    rows.push(['Bokade inlägg', page, csvNumber(p.booked, 0), '', 'SAV-boten']);
    if (p.published !== null) rows.push(['Publicerade inlägg', page, csvNumber(p.published, 0), '', 'SAV-boten']);
  }
  return csvDocument(rows);
}

import type { Lang } from '../../domain/calendar';
import { halfYearDays, parsePeriod } from '../../domain/archive';
import type { FileLinks } from '../../files';
import type { ArchiveRecord } from '../../store/archives';
import { Card, renderCard } from '../cards';
import { t } from '../messages';
import { formatInstant, monthName } from '../text';

/**
 * The archive card: what the half-year archive holds, whether the registry has it, and the PDF, CSV and JSON
 * behind signed links (made when the card is made, valid for seven days).
 */
export async function archiveCard(a: ArchiveRecord, ctx: { lang: Lang; timeZone: string; links: FileLinks; fresh: boolean }): Promise<Card> {
  const m = t(ctx.lang).archive;
  const days = halfYearDays(parsePeriod(a.period)!);
  const day = (d: string) => `${Number(d.slice(8, 10))} ${monthName(Number(d.slice(5, 7)), ctx.lang)}`;
  const title = `${day(days.first)} – ${day(days.last)} ${days.last.slice(0, 4)}`;
  return renderCard('archive', {
    heading: ctx.fresh ? m.heading(a.period) : m.headingExisting(a.period),
    intro: m.intro(title),
    counts: m.counts(a.counts),
    made: m.made(formatInstant(a.createdAt, ctx.lang, ctx.timeZone), a.createdByName),
    mail: a.mailStatus === 'sent' ? m.mailSent : a.mailStatus === 'pending' ? m.mailPending : m.mailStored,
    mailColor: a.mailStatus === 'stored' ? 'Attention' : 'Default',
    validity: m.linksValid(a.period),
    links: [
      { title: m.pdf, url: await ctx.links.link(a.pdfFileId) },
      { title: m.csv, url: await ctx.links.link(a.csvFileId) },
      { title: m.json, url: await ctx.links.link(a.jsonFileId) },
    ],
  });
}

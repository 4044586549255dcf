import type PDFKit from 'pdfkit';
import type { ArchivedCase, ArchivedComment, ArchiveDocument, ArchivedPost } from './archiveDocument';
import { caseAbout, caseStatusName, closedViaName, commentKindName, commentStatusName, periodTitle, postTitle, registrationStatusName, decisionReason, TEXT_CULLED } from './archiveCsv';
import { actionName, csvTime } from './auditCsv';
import { formatSwedishDateTime } from './evidenceText';

// pdfkit's standard fonts (Helvetica) are not embedded and encode text as WinAnsi (Windows-1252): it has å, ä,
// ö, é, ” and –, but no emoji or other scripts. Those are replaced by one "?" per run of such characters (and
// the title page says so); the CSV and JSON files keep every text exactly.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const MARGIN = 56;

/** Text the standard font can draw: NFC, tabs as spaces, characters outside Windows-1252 as "?". */
export function pdfSafe(text: string): string {
  let out = '';
  let replacing = false;
  for (const ch of text.normalize('NFC').replace(/\t/g, '    ').replace(/\r\n?/g, '\n')) {
    const cp = ch.codePointAt(0)!;
    const ok = ch === '\n' || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(ch);
    // Joiners and variation selectors belong to the emoji before them: one "?" for the whole sequence.
    const joiner = cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff);
    if (ok) {
      out += ch;
      replacing = false;
    } else if (!replacing && !joiner) {
      out += '?';
      replacing = true;
    }
  }
  return out;
}

/** True when `pdfSafe` had to replace something. */
export function needsReplacement(text: string | null): boolean {
  return text !== null && pdfSafe(text) !== text.normalize('NFC').replace(/\t/g, '    ').replace(/\r\n?/g, '\n');
}

/**
 * The printable archive (A4, page numbers): a title page "LinkedIn-arkiv Helsingborgs stad, 1 januari – 30 juni
 * 2026", then each post with its date, title, link, owner and booking, and under it each comment with its time,
 * author and text, the answer, the case's decisions (who, when), the evidence reference and the registration.
 */
export async function archivePdf(doc: ArchiveDocument): Promise<Buffer> {
  const tz = doc.timeZone;
  const short = (iso: string | null) => (iso ? csvTime(new Date(iso), tz).slice(0, 16) : 'okänd tid');
  const title = `LinkedIn-arkiv ${doc.organisation}, ${periodTitle(doc)}`;
  // Loaded when an archive is built (twice a year) rather than at start: pdfkit and its fonts are large.
  const PDFDocument = require('pdfkit') as typeof PDFKit;
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: pdfSafe(title), Author: 'SAV-boten', Subject: `Halvårsarkiv ${doc.period}`, CreationDate: new Date(doc.createdAt) },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 2 * MARGIN;
  const text = (s: string, opts: { size?: number; bold?: boolean; indent?: number; gap?: number; color?: string } = {}) => {
    pdf.font(opts.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(opts.size ?? 10).fillColor(opts.color ?? 'black');
    const indent = opts.indent ?? 0;
    pdf.text(pdfSafe(s), MARGIN + indent, pdf.y, { width: width - indent });
    if (opts.gap) pdf.moveDown(opts.gap);
  };

  // Title page.
  const texts = doc.posts.flatMap((p) => [p.excerpt, p.booking?.title ?? null, ...p.comments.flatMap((c) => [c.text, c.replyText, c.authorName])]);
  const replaced = texts.some((t) => needsReplacement(t));
  pdf.moveDown(6);
  text(title, { size: 24, bold: true, gap: 1 });
  text(`Halvårsarkiv ${doc.period} av inlägg och kommentarer på ${doc.organisation}s LinkedIn-sida, med svar, modereringsbeslut och registreringar. Enligt riktlinjerna för sociala medier ska flödet arkiveras (skrivas ut) varje halvår.`, { size: 12, gap: 1 });
  text(`Skapat ${formatSwedishDateTime(new Date(doc.createdAt), tz)} av ${doc.createdByName ?? 'SAV-boten (halvårsjobbet)'}. Tider i ${tz}.`, { size: 11, gap: 0.5 });
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const k = doc.counts;
  text(`Innehåll: ${n(k.posts, 'inlägg', 'inlägg')}, ${n(k.comments, 'kommentar', 'kommentarer')} (varav ${n(k.questions, 'fråga', 'frågor')}), ${n(k.cases, 'modereringsärende', 'modereringsärenden')}, ${n(k.registrations, 'registrering', 'registreringar')}.`, { size: 11, gap: 0.5 });
  text('Samma innehåll finns som CSV (för Excel) och JSON. Bevis för borttagna kommentarer förvaras oförändrade i SAV-boten och anges här med id och kontrollsumma (SHA-256).', { size: 11, gap: 0.5 });
  text(`En kommentar som gallrats innan arkivet gjordes visas som ”${TEXT_CULLED}”.`, { size: 11, gap: 0.5 });
  if (replaced) text('Tecken som PDF-typsnittet saknar (till exempel emoji och andra skriftsystem) visas här som ?. CSV- och JSON-filerna har texterna exakt.', { size: 11 });

  if (doc.posts.length === 0 && doc.otherCases.length === 0) {
    pdf.addPage();
    text('Inga inlägg, kommentarer eller ärenden under halvåret.', { size: 12 });
  }
  for (const p of doc.posts) drawPost(p);
  if (doc.otherCases.length > 0) {
    pdf.addPage();
    text('Ärenden utan inlägg i arkivet', { size: 14, bold: true, gap: 0.5 });
    for (const c of doc.otherCases) drawCase(c, 0);
  }

  // Page numbers, once every page exists; the footer sits below the bottom margin, so the margin is lifted to write it.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('Helvetica').fontSize(8).fillColor('gray');
    pdf.text(pdfSafe(`${title} · Sida ${i + 1 - range.start} av ${range.count}`), MARGIN, pdf.page.height - MARGIN / 2 - 8, { width, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  await ended;
  return Buffer.concat(chunks);

  function drawPost(p: ArchivedPost): void {
    pdf.addPage();
    text(`${short(p.publishedAt ?? p.firstSeenAt)} · ${postTitle(p)}`, { size: 14, bold: true, gap: 0.3 });
    text(`Länk: ${p.url ?? p.urn}`, { size: 9 });
    const owner = p.ownerName ?? p.booking?.ownerName;
    text(`Ansvarig: ${owner ?? 'okänd'}${p.department || p.booking?.department ? `, ${p.department ?? p.booking?.department}` : ''}`, { size: 9 });
    const b = p.booking;
    text(b ? `Bokning: ${b.day}${b.timeOfDay ? ` kl. ${b.timeOfDay}` : ''}, ”${b.title}”, bokad av ${b.ownerName} (${b.department})${b.status === 'cancelled' ? ', avbokad' : ''}` : 'Bokning: ingen bokning kopplad', { size: 9, gap: 0.3 });
    if (p.excerpt) text(p.excerpt, { size: 10, color: '#333333', gap: 0.5 });
    text(p.comments.length === 0 ? 'Inga kommentarer under halvåret.' : `Kommentarer (${p.comments.length})`, { size: 11, bold: true, gap: 0.3 });
    for (const c of p.comments) drawComment(c);
    for (const c of p.cases) drawCase(c, 0);
  }

  function drawComment(c: ArchivedComment): void {
    pdf.moveDown(0.4);
    text(`${short(c.commentedAt ?? c.seenAt)} – ${c.authorName ?? 'okänd skribent'} (${commentKindName(c)}, ${commentStatusName(c.status)})`, { size: 10, bold: true });
    text(c.text ?? TEXT_CULLED, { size: 10, indent: 12 });
    if (c.url) text(`Länk: ${c.url}`, { size: 8, indent: 12, color: '#555555' });
    if (c.registeredByName) text(`Registrerad från Teams av ${c.registeredByName}`, { size: 8, indent: 12, color: '#555555' });
    if (c.closedAt) {
      const via = closedViaName(c.closedVia);
      const who = c.closedByName ? ` av ${c.closedByName}` : '';
      text(`${c.status === 'answered' ? 'Svar' : 'Avslutad'} ${short(c.closedAt)}${who}${via ? ` (${via})` : ''}${c.closeReason ? `, skäl: ${c.closeReason}` : ''}${c.replyText ? ':' : ''}`, { size: 9, bold: true, indent: 12 });
      if (c.replyText) text(c.replyText, { size: 10, indent: 24 });
    }
    if (c.case) drawCase(c.case, 12);
  }

  function drawCase(c: ArchivedCase, indent: number): void {
    text(`Ärende ${c.id} (${caseAbout(c)}): ${caseStatusName(c.status)}`, { size: 9, bold: true, indent });
    for (const d of c.decisions) {
      const reason = decisionReason(d);
      text(`${short(d.at)} ${actionName(d.action)} – ${d.byName ?? 'SAV-boten'}${reason ? `: ${reason}` : ''}`, { size: 9, indent: indent + 12 });
    }
    text(`Bevis ${c.evidence.id}, SHA-256 ${c.evidence.hash}`, { size: 8, indent: indent + 12, color: '#555555' });
    const r = c.registration;
    const none = c.status === 'removed' ? 'Registrering saknas.' : 'Ingen registrering (kommentaren togs inte bort).';
    text(r ? `Registrering till ${r.recipient}: ${registrationStatusName(r.status)}${r.sentAt ? ` ${short(r.sentAt)}` : ''}${r.messageId ? ` (${r.messageId})` : ''}` : none, { size: 8, indent: indent + 12, color: '#555555' });
  }
}

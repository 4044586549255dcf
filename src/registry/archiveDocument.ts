import { z } from 'zod';

// The half-year archive as data: what the JSON file holds verbatim, and what the PDF and the CSV are drawn
// from. Times are ISO 8601 UTC; the PDF and the CSV show them in the city's time zone.

const iso = z.string().datetime({ offset: true });
const isoOrNull = iso.nullable();

const decisionSchema = z.object({
  at: iso,
  action: z.string(),
  byId: z.string().nullable(),
  byName: z.string().nullable(),
  reason: z.string().nullable(),
});

const caseSchema = z.object({
  id: z.string(),
  commentId: z.string().nullable(),
  postUrn: z.string().nullable(),
  kind: z.string(),
  category: z.string(),
  department: z.string().nullable(),
  status: z.string(),
  createdAt: iso,
  resolution: z.string().nullable(),
  resolutionReason: z.string().nullable(),
  resolvedAt: isoOrNull,
  resolvedByName: z.string().nullable(),
  /** A reference to the sealed evidence (kept apart, append-only): its id and hash. */
  evidence: z.object({ id: z.string(), hash: z.string(), createdAt: iso }),
  decisions: z.array(decisionSchema),
  registration: z
    .object({ id: z.string(), recipient: z.string(), status: z.string(), createdAt: iso, sentAt: isoOrNull, messageId: z.string().nullable() })
    .nullable(),
});

const commentSchema = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  url: z.string().nullable(),
  authorName: z.string().nullable(),
  authorUrn: z.string().nullable(),
  /** Null when the text had been culled before this archive was made. */
  text: z.string().nullable(),
  textPurgedAt: isoOrNull,
  commentedAt: isoOrNull,
  seenAt: iso,
  source: z.string(),
  registeredByName: z.string().nullable(),
  kind: z.string(),
  isQuestion: z.boolean(),
  status: z.string(),
  deadlineAt: isoOrNull,
  closedAt: isoOrNull,
  closedByName: z.string().nullable(),
  closedVia: z.string().nullable(),
  closeReason: z.string().nullable(),
  replyText: z.string().nullable(),
  case: caseSchema.nullable(),
});

const bookingSchema = z.object({
  id: z.string(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  timeOfDay: z.string().nullable(),
  title: z.string(),
  department: z.string(),
  ownerName: z.string(),
  postType: z.string(),
  category: z.string(),
  goal: z.string(),
  status: z.string(),
});

const postSchema = z.object({
  urn: z.string(),
  url: z.string().nullable(),
  excerpt: z.string().nullable(),
  publishedAt: isoOrNull,
  firstSeenAt: iso,
  source: z.string(),
  ownerName: z.string().nullable(),
  department: z.string().nullable(),
  matchStatus: z.string(),
  booking: bookingSchema.nullable(),
  comments: z.array(commentSchema),
  /** Cases about the post that name no comment the bot follows (reported from Teams with a text only). */
  cases: z.array(caseSchema),
});

/** The archive of one half-year, as the JSON file holds it. */
export const archiveDocumentSchema = z.object({
  format: z.literal('sav-boten/halvarsarkiv'),
  version: z.literal(1),
  organisation: z.string(),
  period: z.string().regex(/^\d{4}H[12]$/),
  firstDay: z.string(),
  lastDay: z.string(),
  timeZone: z.string(),
  createdAt: iso,
  createdByName: z.string().nullable(),
  posts: z.array(postSchema),
  /** Cases of the half-year that belong to no post in it. */
  otherCases: z.array(caseSchema),
  counts: z.object({ posts: z.number().int(), comments: z.number().int(), questions: z.number().int(), cases: z.number().int(), registrations: z.number().int() }),
});

export type ArchiveDocument = z.infer<typeof archiveDocumentSchema>;
export type ArchivedPost = z.infer<typeof postSchema>;
export type ArchivedComment = z.infer<typeof commentSchema>;
export type ArchivedCase = z.infer<typeof caseSchema>;
export type ArchivedBooking = z.infer<typeof bookingSchema>;

/** The JSON file: the document checked against its schema, so a file that does not match is never written. */
export function archiveJson(doc: ArchiveDocument): string {
  return `${JSON.stringify(archiveDocumentSchema.parse(doc), null, 2)}\n`;
}

/**
 * The LinkedIn Community Management REST client: posts of the page, comments and replies, answering
 * as the page and deleting. Every call returns a {@link LinkedInResult}; nothing here throws for an
 * expected outcome (expired token, throttling, LinkedIn down), because the bot must keep working
 * without LinkedIn (editors can register comments from Teams).
 *
 * Wire shapes follow LinkedIn's Community Management API (Marketing API) documentation, REST
 * `/rest/posts`, `/rest/socialActions`; where that contract is unconfirmed, both shapes are accepted
 * here and nowhere else.
 */
import { z } from 'zod';
import { exponentialBackoff } from '../domain/backoff';
import {
  systemClock,
  type Clock,
  type LinkedInComment,
  type LinkedInFailure,
  type LinkedInFailureReason,
  type LinkedInPost,
  type LinkedInResult,
} from './types';
import { followerStatisticsElement, shareStatisticsElement, ShareTotals, sumFollowerGains, sumShareStatistics, timeIntervals } from './statistics';

/** Options for {@link LinkedInClient}. */
export interface LinkedInClientOptions {
  /** e.g. `https://api.linkedin.com/rest` (no trailing slash needed). */
  baseUrl: string;
  /**
   * OAuth 2.0 access token of a page administrator, or where to read the current one (a token connected
   * from Teams is refreshed while the bot runs); null: not connected, no call is sent.
   */
  accessToken: string | (() => Promise<string | null>);
  /** `LinkedIn-Version` header, `YYYYMM`. */
  version: string;
  /** `urn:li:organization:{id}` of the page. */
  organizationUrn: string;
  /** Injected fetch (defaults to Node's global fetch). */
  fetch?: typeof fetch;
  /** Injected clock for the daily budget and backoff. */
  clock?: Clock;
  /** Calls allowed per UTC day; default 450, under the 500/app/day development tier. */
  callBudgetPerDay?: number;
  /** Upper bound on pages fetched by one list call; default 10. */
  maxPages?: number;
  /** Page size for comment and reply listing; default 50. */
  commentPageSize?: number;
  /** Per-request timeout; default 10 000 ms. */
  timeoutMs?: number;
}

/** What {@link LinkedInClient.health} reports, for `/healthz` and the superadmins. */
export interface LinkedInClientHealth {
  /** The UTC day the counter belongs to, `YYYY-MM-DD`. */
  day: string;
  /** Requests sent (or attempted) on that UTC day. */
  callsToday: number;
  callBudgetPerDay: number;
  /** No calls are sent before this instant (set after a 429). */
  backoffUntil?: Date;
  /** 429s in a row; drives the exponential backoff. */
  consecutiveThrottles: number;
  /** The most recent failure, kept until the next success. */
  lastError?: { reason: LinkedInFailureReason; status?: number; detail: string; at: Date };
  /** When the last call succeeded. */
  lastSuccessAt?: Date;
}

/** Options for {@link LinkedInClient.listPosts}. */
export interface ListPostsOptions {
  /** Page size; default 10. */
  count?: number;
  /** Overrides the client's `maxPages` for this call. */
  maxPages?: number;
  /** Offset of the first post (paging by hand, one page at a time). */
  start?: number;
}

const DEFAULT_BUDGET = 450;
const BACKOFF_START_SECONDS = 60;
const BACKOFF_CAP_SECONDS = 3600;

/**
 * Encodes a URN (or any value) for a path segment or query value. `encodeURIComponent` leaves
 * `( ) ! ' *` alone, but comment URNs contain parentheses and LinkedIn wants them encoded.
 */
export function encodeUrn(value: string): string {
  return encodeURIComponent(value).replace(/[()!'*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/**
 * The numeric id at the end of a comment URN (`urn:li:comment:(urn:li:activity:1,42)` → `42`);
 * a bare id is returned unchanged.
 */
export function commentIdFromUrn(commentUrn: string): string {
  const match = /^urn:li:comment:\((.+),([^,()]+)\)$/.exec(commentUrn);
  return match ? match[2] : commentUrn;
}

/**
 * True when the page has answered a member's reply in a thread: a later reply by the organization in the
 * same thread (or under the reply itself) that mentions the reply's author, or mentions nobody (in a
 * thread the page answers the latest question; a reply that names someone else answers them).
 */
export function isReplyAnsweredByPage(reply: LinkedInComment, thread: readonly LinkedInComment[], organizationUrn: string): boolean {
  return thread.some(
    (later) =>
      later.actorUrn === organizationUrn &&
      (later.parentUrn === reply.urn ||
        (later.createdAt.getTime() > reply.createdAt.getTime() && (later.mentionUrns.length === 0 || later.mentionUrns.includes(reply.actorUrn)))),
  );
}

/** The thread URN inside a comment URN (`urn:li:comment:(urn:li:activity:1,42)` → `urn:li:activity:1`). */
function threadUrnFromCommentUrn(commentUrn: string): string | undefined {
  return /^urn:li:comment:\((.+),[^,()]+\)$/.exec(commentUrn)?.[1];
}

/**
 * True when the page has answered `comment`: a reply to it by the organization, or (LinkedIn threads
 * can be flat) a later top-level comment by the organization that mentions the comment's author.
 */
export function isAnsweredByPage(
  comment: LinkedInComment,
  replies: readonly LinkedInComment[],
  laterComments: readonly LinkedInComment[],
  organizationUrn: string,
): boolean {
  const repliedTo = replies.some(
    (reply) => reply.actorUrn === organizationUrn && (reply.parentUrn === undefined || reply.parentUrn === comment.urn),
  );
  if (repliedTo) return true;
  return laterComments.some(
    (later) =>
      later.actorUrn === organizationUrn &&
      later.createdAt.getTime() > comment.createdAt.getTime() &&
      later.mentionUrns.includes(comment.actorUrn),
  );
}

const timeSchema = z.number().int().nonnegative();

const postSchema = z
  .object({
    id: z.string().min(1),
    author: z.string().min(1),
    commentary: z.string().optional(),
    visibility: z.string().optional(),
    lifecycleState: z.string().optional(),
    createdAt: timeSchema.optional(),
    publishedAt: timeSchema.optional(),
    lastModifiedAt: timeSchema.optional(),
  })
  .passthrough()
  .refine((p) => p.createdAt ?? p.publishedAt ?? p.lastModifiedAt, { message: 'post without any timestamp' });

const commentSchema = z
  .object({
    // Ids are strings on the wire, but accept numbers in case a version sends them bare.
    id: z.union([z.string(), z.number()]).optional(),
    commentUrn: z.string().optional(),
    $URN: z.string().optional(),
    actor: z.string().min(1),
    created: z.object({ time: timeSchema }).passthrough(),
    message: z
      .object({ text: z.string().optional(), attributes: z.array(z.unknown()).optional() })
      .passthrough()
      .optional(),
    object: z.string().optional(),
    parentComment: z.string().optional(),
    commentsSummary: z
      .object({ aggregatedTotalComments: z.number().int().nonnegative().optional(), totalFirstLevelComments: z.number().int().nonnegative().optional() })
      .passthrough()
      .optional(),
  })
  .passthrough()
  .refine((c) => c.commentUrn ?? c.$URN, { message: 'comment without commentUrn or $URN' });

/** `paging.total` is unconfirmed, so paging relies only on the element count. */
function collectionSchema<T extends z.ZodTypeAny>(element: T) {
  return z.object({ elements: z.array(element) }).passthrough();
}

const errorBodySchema = z
  .object({
    serviceErrorCode: z.number().optional(),
    code: z.string().optional(),
    message: z.string().optional(),
  })
  .passthrough();

type RawComment = z.infer<typeof commentSchema>;

/** Person and organization URNs anywhere inside a mention attribute, whichever shape the version uses. */
function mentionedUrns(attributes: unknown[] | undefined): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      if (/^urn:li:(person|organization|member):/.test(node)) found.add(node);
    } else if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === 'object') {
      Object.values(node).forEach(visit);
    }
  };
  visit(attributes ?? []);
  return [...found];
}

function toComment(raw: RawComment, postUrn: string): LinkedInComment {
  const urn = (raw.commentUrn ?? raw.$URN) as string;
  return {
    id: raw.id !== undefined ? String(raw.id) : commentIdFromUrn(urn),
    urn,
    postUrn,
    ...(raw.parentComment ? { parentUrn: raw.parentComment } : {}),
    actorUrn: raw.actor,
    text: raw.message?.text ?? '',
    createdAt: new Date(raw.created.time),
    mentionUrns: mentionedUrns(raw.message?.attributes),
    ...(replyCountOf(raw) !== undefined ? { replyCount: replyCountOf(raw) } : {}),
  };
}

function replyCountOf(raw: RawComment): number | undefined {
  return raw.commentsSummary?.aggregatedTotalComments ?? raw.commentsSummary?.totalFirstLevelComments;
}

function toPost(raw: z.infer<typeof postSchema>): LinkedInPost {
  const at = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));
  return {
    urn: raw.id,
    authorUrn: raw.author,
    text: raw.commentary ?? '',
    createdAt: new Date((raw.createdAt ?? raw.publishedAt ?? raw.lastModifiedAt) as number),
    ...(raw.publishedAt !== undefined ? { publishedAt: at(raw.publishedAt) } : {}),
    ...(raw.lastModifiedAt !== undefined ? { lastModifiedAt: at(raw.lastModifiedAt) } : {}),
    ...(raw.lifecycleState ? { lifecycleState: raw.lifecycleState } : {}),
    ...(raw.visibility ? { visibility: raw.visibility } : {}),
  };
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function secondsUntilNextUtcDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.ceil((next - now.getTime()) / 1000);
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

interface HttpAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * A client for one organization page. Keeps its own daily call budget and 429 backoff, because
 * LinkedIn sends no rate-limit headers and a burned daily quota blinds the bot until midnight UTC.
 */
export class LinkedInClient {
  private readonly baseUrl: string;
  private readonly accessToken: string | (() => Promise<string | null>);
  private readonly version: string;
  /** The page the client acts for. */
  readonly organizationUrn: string;
  private readonly fetchImpl: typeof fetch;
  private readonly clock: Clock;
  private readonly budget: number;
  private readonly maxPages: number;
  private readonly commentPageSize: number;
  private readonly timeoutMs: number;

  private day = '';
  private callsToday = 0;
  private backoffUntil?: Date;
  private consecutiveThrottles = 0;
  private lastError?: LinkedInClientHealth['lastError'];
  private lastSuccessAt?: Date;

  /** Creates a client; no request is sent until a method is called. */
  constructor(options: LinkedInClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.accessToken = options.accessToken;
    this.version = options.version;
    this.organizationUrn = options.organizationUrn;
    this.fetchImpl = options.fetch ?? fetch;
    this.clock = options.clock ?? systemClock;
    this.budget = options.callBudgetPerDay ?? DEFAULT_BUDGET;
    this.maxPages = options.maxPages ?? 10;
    this.commentPageSize = options.commentPageSize ?? 50;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Calls used today, the backoff and the last error, without touching the network. */
  health(): LinkedInClientHealth {
    this.rollDay();
    return {
      day: this.day,
      callsToday: this.callsToday,
      callBudgetPerDay: this.budget,
      ...(this.backoffUntil && this.backoffUntil > this.clock.now() ? { backoffUntil: this.backoffUntil } : {}),
      consecutiveThrottles: this.consecutiveThrottles,
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(this.lastSuccessAt ? { lastSuccessAt: this.lastSuccessAt } : {}),
    };
  }

  /**
   * The page's recent posts, newest change first (`sortBy=LAST_MODIFIED`), paging until a short page
   * or `maxPages`.
   */
  async listPosts(options: ListPostsOptions = {}): Promise<LinkedInResult<LinkedInPost[]>> {
    const count = options.count ?? 10;
    const query = `q=author&author=${encodeUrn(this.organizationUrn)}&sortBy=LAST_MODIFIED`;
    const pages = await this.collectPages('/posts', query, count, options.maxPages, postSchema, options.start ?? 0);
    return pages.ok ? { ok: true, value: pages.value.map(toPost) } : pages;
  }

  /** All top-level comments on a post, oldest first. */
  async listComments(postUrn: string): Promise<LinkedInResult<LinkedInComment[]>> {
    return this.listCommentsOn(postUrn, postUrn);
  }

  /** All replies to a comment, oldest first. */
  async listReplies(commentUrn: string): Promise<LinkedInResult<LinkedInComment[]>> {
    return this.listCommentsOn(commentUrn, threadUrnFromCommentUrn(commentUrn) ?? commentUrn);
  }

  /**
   * Answers a comment as the page. Returns the new comment's URN (from `x-restli-id`). LinkedIn has
   * no idempotency key, so a caller must record the returned URN before retrying anything.
   */
  async replyAsPage(postUrn: string, parentCommentUrn: string, text: string): Promise<LinkedInResult<string>> {
    const body = {
      actor: this.organizationUrn,
      object: postUrn,
      message: { text },
      parentComment: parentCommentUrn,
    };
    const answer = await this.send('POST', `/socialActions/${encodeUrn(postUrn)}/comments`, body);
    if (!answer.ok) return answer;
    if (answer.value.status !== 201 && answer.value.status !== 200) {
      return this.fail(this.unexpected(answer.value));
    }
    const created = answer.value.headers.get('x-restli-id');
    if (!created) {
      return this.fail({ reason: 'server', status: answer.value.status, detail: 'reply created without x-restli-id' });
    }
    // Some versions answer with the bare id: rebuild the URN on the parent's thread.
    const thread = threadUrnFromCommentUrn(parentCommentUrn);
    const urn = created.startsWith('urn:') || !thread ? created : `urn:li:comment:(${thread},${created})`;
    return this.succeed(urn);
  }

  /**
   * Whether a comment is still on LinkedIn: "Get a Comment" of the Comments API (Microsoft Learn,
   * community-management/shares/comments-api), `GET /rest/socialActions/{target}/comments/{commentId}`, the
   * target being the post for a top-level comment and the parent comment for a reply (as when listing them);
   * 404 means it is gone. One call.
   */
  async commentExists(target: string, commentUrn: string): Promise<LinkedInResult<boolean>> {
    const answer = await this.send('GET', `/socialActions/${encodeUrn(target)}/comments/${encodeUrn(commentIdFromUrn(commentUrn))}`);
    // A 404 is the answer asked for, not an error of the connection.
    if (!answer.ok) return answer.reason === 'not-found' ? this.succeed(false) : answer;
    if (answer.value.status !== 200) return this.fail(this.unexpected(answer.value));
    return this.succeed(true);
  }

  /**
   * Deletes a comment as the page (204). `commentId` may be the numeric id or the comment URN.
   * Whether LinkedIn lets a page delete a member's comment is unconfirmed: expect `forbidden`.
   */
  async deleteComment(postUrn: string, commentId: string): Promise<LinkedInResult<void>> {
    const path =
      `/socialActions/${encodeUrn(postUrn)}/comments/${encodeUrn(commentIdFromUrn(commentId))}` +
      `?actor=${encodeUrn(this.organizationUrn)}`;
    const answer = await this.send('DELETE', path);
    if (!answer.ok) return answer;
    if (answer.value.status !== 204 && answer.value.status !== 200) return this.fail(this.unexpected(answer.value));
    return this.succeed(undefined);
  }

  /**
   * The page's organic share statistics over [start, end) (time-bound, by month), summed: impressions,
   * unique impressions, clicks, likes, comments, shares. One call.
   */
  async shareStatistics(start: Date, end: Date): Promise<LinkedInResult<ShareTotals>> {
    const elements = await this.statistics('/organizationalEntityShareStatistics', start, end, shareStatisticsElement);
    return elements.ok ? { ok: true, value: sumShareStatistics(elements.value) } : elements;
  }

  /** The page's new followers (organic and paid) over [start, end), from time-bound follower statistics. One call. */
  async followerGains(start: Date, end: Date): Promise<LinkedInResult<number>> {
    const elements = await this.statistics('/organizationalEntityFollowerStatistics', start, end, followerStatisticsElement);
    return elements.ok ? { ok: true, value: sumFollowerGains(elements.value) } : elements;
  }

  private async statistics<T extends z.ZodTypeAny>(path: string, start: Date, end: Date, element: T): Promise<LinkedInResult<z.infer<T>[]>> {
    // The record's ( : , ) are Rest.li syntax and stay as they are; only the URN inside is encoded.
    const query = `q=organizationalEntity&organizationalEntity=${encodeUrn(this.organizationUrn)}&timeIntervals=${timeIntervals(start, end)}`;
    const answer = await this.send('GET', `${path}?${query}`);
    if (!answer.ok) return answer;
    if (answer.value.status !== 200) return this.fail(this.unexpected(answer.value));
    const parsed = collectionSchema(element).safeParse(answer.value.body);
    if (!parsed.success) return this.fail({ reason: 'server', status: 200, detail: `malformed LinkedIn response for ${path}: ${describeZodError(parsed.error)}` });
    return this.succeed(parsed.data.elements as z.infer<T>[]);
  }

  /** {@link isAnsweredByPage} for this client's organization. */
  isAnsweredByPage(
    comment: LinkedInComment,
    replies: readonly LinkedInComment[],
    laterComments: readonly LinkedInComment[],
  ): boolean {
    return isAnsweredByPage(comment, replies, laterComments, this.organizationUrn);
  }

  private async listCommentsOn(target: string, postUrn: string): Promise<LinkedInResult<LinkedInComment[]>> {
    const pages = await this.collectPages(
      `/socialActions/${encodeUrn(target)}/comments`,
      '',
      this.commentPageSize,
      undefined,
      commentSchema,
    );
    if (!pages.ok) return pages;
    // List order is unconfirmed, so sort by creation time; the id breaks ties stably.
    const comments = pages.value
      .map((raw) => toComment(raw, postUrn))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    return { ok: true, value: comments };
  }

  private async collectPages<T extends z.ZodTypeAny>(
    path: string,
    query: string,
    count: number,
    maxPages: number | undefined,
    element: T,
    offset = 0,
  ): Promise<LinkedInResult<z.infer<T>[]>> {
    const schema = collectionSchema(element);
    const all: z.infer<T>[] = [];
    const limit = maxPages ?? this.maxPages;
    for (let page = 0; page < limit; page++) {
      const start = offset + page * count;
      const answer = await this.send('GET', `${path}?${query ? query + '&' : ''}start=${start}&count=${count}`);
      if (!answer.ok) return answer;
      if (answer.value.status !== 200) return this.fail(this.unexpected(answer.value));
      const parsed = schema.safeParse(answer.value.body);
      if (!parsed.success) {
        return this.fail({
          reason: 'server',
          status: 200,
          detail: `malformed LinkedIn response for ${path}: ${describeZodError(parsed.error)}`,
        });
      }
      const elements = parsed.data.elements as z.infer<T>[];
      all.push(...elements);
      if (elements.length < count) break;
    }
    this.markSuccess();
    return { ok: true, value: all };
  }

  /**
   * Sends one request if the budget and backoff allow it. Returns the HTTP answer for 2xx, and a
   * classified failure for everything else.
   */
  private async send(method: string, pathAndQuery: string, body?: unknown): Promise<LinkedInResult<HttpAnswer>> {
    const now = this.clock.now();
    this.rollDay();
    if (this.backoffUntil && this.backoffUntil > now) {
      const wait = Math.ceil((this.backoffUntil.getTime() - now.getTime()) / 1000);
      return {
        ok: false,
        reason: 'throttled',
        retryAfterSeconds: wait,
        detail: `backing off after HTTP 429 until ${this.backoffUntil.toISOString()}`,
      };
    }
    if (this.callsToday >= this.budget) {
      return this.fail({
        reason: 'throttled',
        retryAfterSeconds: secondsUntilNextUtcDay(now),
        detail: `daily call budget of ${this.budget} used up for ${this.day} (UTC)`,
      });
    }
    const token = typeof this.accessToken === 'string' ? this.accessToken : await this.accessToken();
    if (!token) {
      // Nothing to send with: no call is spent, and the superadmins are told to connect the page.
      return this.fail({ reason: 'unauthorized', detail: 'no LinkedIn access token: the page is not connected (/koppla linkedin)' });
    }
    this.callsToday++;

    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + pathAndQuery, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          'LinkedIn-Version': this.version,
          'X-Restli-Protocol-Version': '2.0.0',
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      return this.fail({ reason: 'network', detail: `${method} ${pathAndQuery}: ${(error as Error).message}` });
    }

    const text = await response.text().catch(() => '');
    let parsedBody: unknown = undefined;
    if (text) {
      try {
        parsedBody = JSON.parse(text);
      } catch {
        if (response.ok) {
          return this.fail({ reason: 'server', status: response.status, detail: `non-JSON body from ${method} ${pathAndQuery}` });
        }
        parsedBody = text;
      }
    }
    const answer: HttpAnswer = { status: response.status, headers: response.headers, body: parsedBody };
    if (response.ok) {
      this.consecutiveThrottles = 0;
      return { ok: true, value: answer };
    }
    return this.fail(this.classify(answer, `${method} ${pathAndQuery}`));
  }

  private classify(answer: HttpAnswer, what: string): Omit<LinkedInFailure, 'ok'> {
    const { status } = answer;
    const parsed = errorBodySchema.safeParse(answer.body);
    const error = parsed.success ? parsed.data : {};
    const described = [error.code, error.message].filter(Boolean).join(': ') || (typeof answer.body === 'string' ? answer.body.slice(0, 200) : '');
    const detail = `${what} → HTTP ${status}${described ? ` (${described})` : ''}`;
    const code = error.serviceErrorCode !== undefined ? { serviceErrorCode: error.serviceErrorCode } : {};
    if (status === 401) return { reason: 'unauthorized', status, detail, ...code };
    if (status === 403) return { reason: 'forbidden', status, detail, ...code };
    if (status === 404) return { reason: 'not-found', status, detail, ...code };
    if (status === 426) return { reason: 'version', status, detail, ...code };
    if (status === 429) {
      this.consecutiveThrottles++;
      const retryAfter = Number(answer.headers.get('retry-after'));
      const limits = { base: BACKOFF_START_SECONDS, cap: BACKOFF_CAP_SECONDS };
      const seconds = Math.min(Math.max(exponentialBackoff(this.consecutiveThrottles, limits), Number.isFinite(retryAfter) ? retryAfter : 0), limits.cap);
      this.backoffUntil = new Date(this.clock.now().getTime() + seconds * 1000);
      return { reason: 'throttled', status, retryAfterSeconds: seconds, detail, ...code };
    }
    // 5xx and anything unexpected (400, 409 …): the bot can do nothing but report and retry later.
    return { reason: 'server', status, detail, ...code };
  }

  private unexpected(answer: HttpAnswer): Omit<LinkedInFailure, 'ok'> {
    return { reason: 'server', status: answer.status, detail: `unexpected HTTP ${answer.status}` };
  }

  private fail(failure: Omit<LinkedInFailure, 'ok'>): LinkedInFailure {
    this.lastError = {
      reason: failure.reason,
      ...(failure.status !== undefined ? { status: failure.status } : {}),
      detail: failure.detail,
      at: this.clock.now(),
    };
    return { ok: false, ...failure };
  }

  private succeed<T>(value: T): LinkedInResult<T> {
    this.markSuccess();
    return { ok: true, value };
  }

  private markSuccess(): void {
    this.lastSuccessAt = this.clock.now();
    this.lastError = undefined;
  }

  /** The calls made today (UTC), to keep across a restart (see `restoreCalls`). */
  callsMade(): { day: string; calls: number } {
    this.rollDay();
    return { day: this.day, calls: this.callsToday };
  }

  /** Counts the calls an earlier process made today, so a restart does not give the day's budget back. */
  restoreCalls(made: { day: string; calls: number }): void {
    this.rollDay();
    if (made.day === this.day) this.callsToday = Math.max(this.callsToday, made.calls);
  }

  /** LinkedIn's daily limits reset at midnight UTC, so the counter does too. */
  private rollDay(): void {
    const today = utcDay(this.clock.now());
    if (today !== this.day) {
      this.day = today;
      this.callsToday = 0;
    }
  }
}

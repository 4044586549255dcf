/**
 * A small LinkedIn stand-in for tests and demos: the Community Management endpoints the bot uses
 * (posts by author, comments, replies, reply as page, delete), LinkedIn's required headers and error
 * bodies, injectable failures, Swedish demo data, and signed webhook deliveries. Plain node:http so
 * it starts in milliseconds and has no dependency on the bot's own server.
 *
 * Only 127.0.0.1 is used. An admin API under `/_sim/` lets a person or a test add comments from
 * outside; it is unauthenticated on purpose (a local tool, never deployed).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock, type Clock } from '../src/linkedin/types';
import { signWebhookBody } from '../src/linkedin/webhook';

/** Options for {@link startLinkedInSimulator}. */
export interface LinkedInSimulatorOptions {
  /** Port on 127.0.0.1; 0 (default) lets the OS pick one. */
  port?: number;
  /** The page the simulator serves; default `urn:li:organization:90000001`. */
  organizationUrn?: string;
  /** The only token accepted; default `sim-token`. */
  accessToken?: string;
  /** Load the Helsingborg demo posts and comments (created relative to the clock's now). */
  seed?: boolean;
  /** Clock for timestamps; share it with the client in tests. */
  clock?: Clock;
  /** Refuse (403) the page's deletion of members' comments, as LinkedIn may (unconfirmed). */
  refuseMemberCommentDeletes?: boolean;
  /** When set, every new or deleted comment is pushed to this webhook, signed like LinkedIn does. */
  webhook?: { url: string; clientSecret: string };
  // ---- OAuth and token expiry (i16c: /koppla linkedin) ----
  /** Serve LinkedIn's OAuth 2.0 authorization code flow under `/oauth/v2` for this app. */
  oauth?: SimOAuthOptions;
  /** `LinkedIn-Version`s older than this (YYYYMM) are retired: 426, as LinkedIn answers a sunset version. */
  oldestActiveVersion?: string;
}

/** The simulated app and what LinkedIn grants it (i16c). */
export interface SimOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Grant refresh tokens (LinkedIn: approved Marketing Developer Platform partners only). Default false. */
  grantRefreshTokens?: boolean;
  /** Access token lifetime; default 60 days, as LinkedIn's. */
  accessTokenSeconds?: number;
  /** Refresh token lifetime from the first grant; default 365 days, as LinkedIn's. */
  refreshTokenSeconds?: number;
  /** The member cancels on LinkedIn's consent screen (`error=user_cancelled_authorize`). */
  denyConsent?: boolean;
}

/** A token the simulated OAuth server issued (i16c). */
export interface SimIssuedToken {
  token: string;
  kind: 'access' | 'refresh';
  expiresAt: Date;
}

/** One request to the OAuth endpoints, as received (i16c). */
export interface SimOAuthRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The form fields of a token request. */
  form: Record<string, string>;
}

/** A post in the simulator. Share and activity numbers differ, as on LinkedIn. */
export interface SimPost {
  /** `urn:li:share:…` */
  urn: string;
  /** `urn:li:activity:…`, what comments carry as `object`. */
  activityUrn: string;
  authorUrn: string;
  text: string;
  createdAt: Date;
  lastModifiedAt: Date;
}

/** A comment or reply in the simulator. */
export interface SimComment {
  id: string;
  /** `urn:li:comment:(urn:li:activity:…,id)` */
  urn: string;
  /** The share URN of the post. */
  postUrn: string;
  activityUrn: string;
  parentUrn?: string;
  actorUrn: string;
  text: string;
  createdAt: Date;
  /** URNs rendered as mention attributes in `message.attributes`. */
  mentionUrns: string[];
}

/** Everything the simulator holds; mutable on purpose so tests can arrange odd cases. */
export interface SimState {
  organizationUrn: string;
  accessToken: string;
  posts: SimPost[];
  comments: SimComment[];
  /** URNs of comments removed through the API. */
  deletedCommentUrns: string[];
  refuseMemberCommentDeletes: boolean;
  /** Tokens issued through the OAuth endpoints (i16c); `accessToken` above is always accepted too. */
  issuedTokens: SimIssuedToken[];
}

/** One API request as received (the `/rest` API only; `/_sim` calls are not logged). */
export interface SimRequest {
  method: string;
  /** The raw request target, exactly as sent (to check URN encoding). */
  rawUrl: string;
  /** Decoded path, e.g. `/rest/socialActions/urn:li:share:1/comments`. */
  path: string;
  /** Decoded query values. */
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body?: unknown;
  at: Date;
}

/** A canned answer for the next `times` API calls (default 1), before any routing. */
export interface SimFailure {
  status: number;
  /** Body to send; a string is sent raw (to simulate garbage). Defaults to LinkedIn's body for the status. */
  body?: unknown;
  /** Seconds for a `Retry-After` header. */
  retryAfter?: number;
  times?: number;
}

/** Options for {@link LinkedInSimulator.sendWebhook}. */
export interface SendWebhookOptions {
  /** Sign with a wrong secret. */
  badSignature?: boolean;
  /** Put `hmacsha256=` in front of the header value (the prefix is unconfirmed). */
  prefixSignature?: boolean;
  /** Send a bare array instead of the `{type, notifications}` envelope. */
  bareArray?: boolean;
}

/** What a webhook delivery got back. */
export interface WebhookDelivery {
  status: number;
  body: string;
}

/** A running simulator. */
export interface LinkedInSimulator {
  /** e.g. `http://127.0.0.1:3979/rest`: the client's `baseUrl`. */
  baseUrl: string;
  port: number;
  state: SimState;
  /** API requests received, oldest first. */
  requests: SimRequest[];
  /** `http://127.0.0.1:{port}/oauth/v2`: the bot's LINKEDIN_OAUTH_BASE_URL (i16c). */
  oauthBaseUrl: string;
  /** Requests to the OAuth endpoints (i16c). */
  oauthRequests: SimOAuthRequest[];
  /** Adds a post by the page (or `authorUrn`). */
  addPost(input: { text: string; createdAt?: Date; authorUrn?: string }): SimPost;
  /** Adds a comment (or, with `parentUrn`, a reply) on a post given by share or activity URN. */
  addComment(
    postUrn: string,
    input: { actorUrn: string; text: string; createdAt?: Date; parentUrn?: string; mentionUrns?: string[] },
  ): SimComment;
  /** Adds a reply by the page to a comment. */
  addPageReply(commentUrn: string, text: string, createdAt?: Date): SimComment;
  /** Makes the next API call(s) answer with this status instead of being served. */
  setFailure(next: SimFailure): void;
  /** A LinkedIn-shaped notification for a comment in the state. */
  commentNotification(commentUrn: string, action?: string): Record<string, unknown>;
  /**
   * POSTs a signed notification batch to `url`. Strings are comment URNs, turned into
   * {@link LinkedInSimulator.commentNotification}s; objects are sent as they are.
   */
  sendWebhook(
    url: string,
    clientSecret: string,
    notifications: Array<string | Record<string, unknown>>,
    options?: SendWebhookOptions,
  ): Promise<WebhookDelivery>;
  /** The page's organisation statistics (share and follower statistics), seeded by tests: see the block at the end. */
  statistics: SimStatistics;
  /** Closes the server and its connections. */
  stop(): Promise<void>;
}

/** The default page URN (a made-up organization id). */
export const SIM_ORGANIZATION_URN = 'urn:li:organization:90000001';
/** The default accepted token. */
export const SIM_ACCESS_TOKEN = 'sim-token';

const MAX_COUNT = 100;

/** LinkedIn's error bodies, per status, as documented in LINKEDIN.md. */
function defaultErrorBody(status: number): unknown {
  switch (status) {
    case 401:
      return { status: 401, serviceErrorCode: 65602, code: 'EXPIRED_ACCESS_TOKEN', message: 'The token used in the request has expired' };
    case 403:
      return { status: 403, serviceErrorCode: 100, code: 'ACCESS_DENIED', message: 'Not enough permissions to access: socialActions.GET' };
    case 404:
      return { status: 404, code: 'NOT_FOUND', message: 'Not found' };
    case 426:
      return { status: 426, code: 'NONEXISTENT_VERSION', message: 'Requested version is not active' };
    case 429:
      return { status: 429, message: 'Resource level throttle limit for calls to this resource is reached.' };
    default:
      return { status, message: status >= 500 ? 'Internal Server Error' : 'Error' };
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...(text ? { 'Content-Type': 'application/json' } : {}),
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJsonBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, { status: 400, message: 'Malformed JSON body' });
  }
}

/**
 * Splits a raw request target into decoded path segments and query values, refusing URN characters
 * that were not encoded (Rest.li 2.0 gives `( ) , :` meaning, so LinkedIn wants them encoded).
 */
function parseTarget(rawUrl: string): { segments: string[]; query: Record<string, string> } {
  const [rawPath, rawQuery = ''] = rawUrl.split('?', 2);
  const unencoded = /[():,]/;
  const segments = rawPath.split('/').filter(Boolean);
  const query: Record<string, string> = {};
  for (const pair of rawQuery.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=', 2);
    // `timeIntervals` is a Rest.li record, `(timeRange:(start:…,end:…),…)`: its syntax stays unencoded.
    if (unencoded.test(value) && !(key === 'timeIntervals' && value.startsWith('('))) {
      throw new HttpError(400, { status: 400, message: `Query value of ${key} is not URL-encoded` });
    }
    query[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  if (segments.some((s) => unencoded.test(s))) {
    throw new HttpError(400, { status: 400, message: 'Path contains an unencoded URN' });
  }
  return { segments: segments.map((s) => decodeURIComponent(s)), query };
}

function pageOf<T>(items: T[], query: Record<string, string>, defaultCount: number): { page: T[]; start: number; count: number } {
  const start = Math.max(0, Number.parseInt(query.start ?? '0', 10) || 0);
  const count = Math.min(MAX_COUNT, Math.max(0, Number.parseInt(query.count ?? String(defaultCount), 10) || defaultCount));
  return { page: items.slice(start, start + count), start, count };
}

/** Starts the simulator on 127.0.0.1. */
export async function startLinkedInSimulator(options: LinkedInSimulatorOptions = {}): Promise<LinkedInSimulator> {
  const clock = options.clock ?? systemClock;
  const state: SimState = {
    organizationUrn: options.organizationUrn ?? SIM_ORGANIZATION_URN,
    accessToken: options.accessToken ?? SIM_ACCESS_TOKEN,
    posts: [],
    comments: [],
    deletedCommentUrns: [],
    refuseMemberCommentDeletes: options.refuseMemberCommentDeletes ?? false,
    issuedTokens: [],
  };
  const requests: SimRequest[] = [];
  const statistics = new SimStatistics(() => state.organizationUrn);
  const oauthRequests: SimOAuthRequest[] = [];
  let failure: (SimFailure & { remaining: number }) | undefined;
  // LinkedIn ids are 19-digit numbers; share and activity numbers of one post differ.
  let nextId = 7_310_000_000_000_000_000n;
  const newId = () => String(nextId++);
  let nextNotificationId = 5_603_453_321;

  const findPost = (urn: string): SimPost | undefined =>
    state.posts.find((p) => p.urn === urn || p.activityUrn === urn);
  const findComment = (urn: string): SimComment | undefined => state.comments.find((c) => c.urn === urn);

  const addPost: LinkedInSimulator['addPost'] = (input) => {
    const at = input.createdAt ?? clock.now();
    const post: SimPost = {
      urn: `urn:li:share:${newId()}`,
      activityUrn: `urn:li:activity:${newId()}`,
      authorUrn: input.authorUrn ?? state.organizationUrn,
      text: input.text,
      createdAt: at,
      lastModifiedAt: at,
    };
    state.posts.push(post);
    return post;
  };

  const addComment: LinkedInSimulator['addComment'] = (postUrn, input) => {
    const post = findPost(postUrn);
    if (!post) throw new HttpError(404, { status: 404, message: `No post ${postUrn}` });
    if (input.parentUrn) {
      const parent = findComment(input.parentUrn);
      if (!parent || parent.postUrn !== post.urn) {
        throw new HttpError(404, { status: 404, message: `No comment ${input.parentUrn} on ${post.urn}` });
      }
    }
    const id = newId();
    const comment: SimComment = {
      id,
      urn: `urn:li:comment:(${post.activityUrn},${id})`,
      postUrn: post.urn,
      activityUrn: post.activityUrn,
      ...(input.parentUrn ? { parentUrn: input.parentUrn } : {}),
      actorUrn: input.actorUrn,
      text: input.text,
      createdAt: input.createdAt ?? clock.now(),
      mentionUrns: input.mentionUrns ?? [],
    };
    state.comments.push(comment);
    pushWebhook(comment, comment.actorUrn === state.organizationUrn ? 'ADMIN_COMMENT' : 'COMMENT');
    return comment;
  };

  const addPageReply: LinkedInSimulator['addPageReply'] = (commentUrn, text, createdAt) => {
    const parent = findComment(commentUrn);
    if (!parent) throw new HttpError(404, { status: 404, message: `No comment ${commentUrn}` });
    return addComment(parent.postUrn, {
      actorUrn: state.organizationUrn,
      text,
      parentUrn: parent.urn,
      ...(createdAt ? { createdAt } : {}),
    });
  };

  const commentNotification: LinkedInSimulator['commentNotification'] = (commentUrn, action = 'COMMENT') => {
    const comment = findComment(commentUrn);
    if (!comment) throw new Error(`simulator: no comment ${commentUrn}`);
    // The organization whose post it is: a showcase page's post is notified as that page's.
    const owner = findPost(comment.postUrn)?.authorUrn ?? state.organizationUrn;
    return {
      notificationId: nextNotificationId++,
      action,
      organizationalEntity: owner,
      lastModifiedAt: clock.now().getTime(),
      sourcePost: comment.activityUrn,
      decoratedSourcePost: { entity: comment.postUrn, owner },
      // The bare form really lacks the inner `urn:li:`, which is why the decorated one is used.
      generatedActivity: comment.urn.replace('(urn:li:activity:', '(activity:'),
      decoratedGeneratedActivity: {
        comment: { entity: comment.urn, owner: comment.actorUrn, text: comment.text, object: comment.activityUrn },
      },
    };
  };

  const sendWebhook: LinkedInSimulator['sendWebhook'] = async (url, clientSecret, notifications, opts = {}) => {
    const batch = notifications.map((n) => (typeof n === 'string' ? commentNotification(n) : n));
    const payload = opts.bareArray ? batch : { type: 'ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS', notifications: batch };
    const raw = Buffer.from(JSON.stringify(payload), 'utf8');
    const signature = signWebhookBody(opts.badSignature ? `${clientSecret}-wrong` : clientSecret, raw);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-LI-Signature': (opts.prefixSignature ? 'hmacsha256=' : '') + signature },
      body: raw,
    });
    return { status: response.status, body: await response.text() };
  };

  // Deliveries run in the background like LinkedIn's; a failed delivery is only logged.
  function pushWebhook(comment: SimComment, action: string): void {
    if (!options.webhook) return;
    const { url, clientSecret } = options.webhook;
    sendWebhook(url, clientSecret, [commentNotification(comment.urn, action)]).catch((error: Error) => {
      console.warn(`linkedin simulator: webhook to ${url} failed: ${error.message}`);
    });
  }

  function commentElement(c: SimComment): Record<string, unknown> {
    const replies = state.comments.filter((r) => r.parentUrn === c.urn).length;
    const stamp = { actor: c.actorUrn, time: c.createdAt.getTime() };
    return {
      id: c.id,
      commentUrn: c.urn,
      actor: c.actorUrn,
      agent: c.actorUrn,
      created: stamp,
      lastModified: stamp,
      message: {
        text: c.text,
        attributes: c.mentionUrns.map((urn) => ({
          start: 0,
          length: 0,
          value: urn.startsWith('urn:li:organization:') ? { organization: { organization: urn } } : { person: { person: urn } },
        })),
      },
      object: c.activityUrn,
      ...(c.parentUrn ? { parentComment: c.parentUrn } : {}),
      commentsSummary: { totalFirstLevelComments: replies, aggregatedTotalComments: replies },
    };
  }

  function postElement(p: SimPost): Record<string, unknown> {
    return {
      id: p.urn,
      author: p.authorUrn,
      commentary: p.text,
      visibility: 'PUBLIC',
      lifecycleState: 'PUBLISHED',
      createdAt: p.createdAt.getTime(),
      publishedAt: p.createdAt.getTime(),
      lastModifiedAt: p.lastModifiedAt.getTime(),
    };
  }

  function collection(elements: unknown[], start: number, count: number, total: number, path: string, query: Record<string, string>) {
    // `total` is unconfirmed on LinkedIn, so it is left out: clients must page by element count.
    const links =
      start + count < total
        ? [{ rel: 'next', type: 'application/json', href: `/rest${path}?${new URLSearchParams({ ...query, start: String(start + count), count: String(count) })}` }]
        : [];
    return { elements, paging: { start, count, links } };
  }

  function checkHeaders(req: IncomingMessage): void {
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const issued = state.issuedTokens.find((t) => t.kind === 'access' && t.token === bearer);
    if (issued && issued.expiresAt <= clock.now()) {
      throw new HttpError(401, { status: 401, serviceErrorCode: 65602, code: 'EXPIRED_ACCESS_TOKEN', message: 'The token used in the request has expired' });
    }
    if (req.headers.authorization !== `Bearer ${state.accessToken}` && !issued) {
      throw new HttpError(401, {
        status: 401,
        serviceErrorCode: 65601,
        code: 'REVOKED_ACCESS_TOKEN',
        message: 'The token used in the request has been revoked by the user',
      });
    }
    const version = req.headers['linkedin-version'];
    if (typeof version !== 'string' || !/^20\d{2}(0[1-9]|1[0-2])(\.\d{2})?$/.test(version)) {
      throw new HttpError(426, { status: 426, code: 'NONEXISTENT_VERSION', message: `Requested version ${version ?? '(none)'} is not active` });
    }
    if (options.oldestActiveVersion && version.slice(0, 6) < options.oldestActiveVersion) {
      throw new HttpError(426, { status: 426, code: 'VERSION_MISSING', message: `Requested version ${version} is not active` });
    }
    if (req.headers['x-restli-protocol-version'] !== '2.0.0') {
      throw new HttpError(400, { status: 400, message: 'X-Restli-Protocol-Version 2.0.0 is required' });
    }
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, segments: string[], query: Record<string, string>, body: unknown): Promise<void> {
    const method = req.method ?? 'GET';
    const [resource, target, sub, commentId] = segments;
    if (resource === 'posts' && !target && method === 'GET') {
      if (query.q !== 'author' || !query.author) throw new HttpError(400, { status: 400, message: 'q=author and author are required' });
      const key = query.sortBy === 'CREATED' ? 'createdAt' : 'lastModifiedAt';
      const posts = state.posts
        .filter((p) => p.authorUrn === query.author)
        .sort((a, b) => b[key].getTime() - a[key].getTime());
      const { page, start, count } = pageOf(posts, query, 10);
      return send(res, 200, collection(page.map(postElement), start, count, posts.length, '/posts', query));
    }
    const stats = method === 'GET' && !target ? statistics.serve(resource, query) : null;
    if (stats) return send(res, 200, stats);
    if (resource !== 'socialActions' || !target || sub !== 'comments') {
      throw new HttpError(404, { status: 404, message: `No resource ${segments.join('/')}` });
    }
    const parentComment = findComment(target);
    const post = parentComment ? findPost(parentComment.postUrn) : findPost(target);
    if (!post) throw new HttpError(404, { status: 404, message: `No post or comment ${target}` });

    if (method === 'GET' && !commentId) {
      // Newest first on purpose: the client must not rely on list order (unconfirmed).
      const list = state.comments
        .filter((c) => c.postUrn === post.urn && c.parentUrn === parentComment?.urn)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      const { page, start, count } = pageOf(list, query, 10);
      return send(res, 200, collection(page.map(commentElement), start, count, list.length, `/socialActions/${target}/comments`, query));
    }
    if (method === 'GET' && commentId) {
      // Get a Comment, under the same target as listing: a top-level comment under its post, a reply under its
      // parent comment. A deleted comment, or one asked for under the wrong target, is 404.
      const comment = state.comments.find((c) => c.postUrn === post.urn && c.id === commentId && (c.parentUrn ?? null) === (parentComment?.urn ?? null));
      if (!comment) throw new HttpError(404, { status: 404, message: `No comment ${commentId} on ${post.urn}` });
      return send(res, 200, commentElement(comment));
    }
    if (method === 'POST' && !commentId) {
      const input = body as { actor?: unknown; object?: unknown; message?: { text?: unknown }; parentComment?: unknown } | undefined;
      if (!input || typeof input.actor !== 'string' || typeof input.object !== 'string' || typeof input.message?.text !== 'string') {
        throw new HttpError(422, { status: 422, message: 'actor, object and message.text are required' });
      }
      if (input.actor !== state.organizationUrn) {
        throw new HttpError(403, { status: 403, serviceErrorCode: 100, message: 'Not enough permissions to access: socialActions/comments.CREATE' });
      }
      const parentUrn = typeof input.parentComment === 'string' ? input.parentComment : parentComment?.urn;
      const created = addComment(post.urn, { actorUrn: input.actor, text: input.message.text, ...(parentUrn ? { parentUrn } : {}) });
      return send(res, 201, undefined, { 'x-restli-id': created.urn });
    }
    if (method === 'DELETE' && commentId) {
      if (query.actor !== state.organizationUrn) {
        throw new HttpError(403, { status: 403, serviceErrorCode: 100, message: 'Not enough permissions to access: socialActions/comments.DELETE' });
      }
      const comment = state.comments.find((c) => c.postUrn === post.urn && c.id === commentId);
      if (!comment) throw new HttpError(404, { status: 404, message: `No comment ${commentId} on ${post.urn}` });
      if (state.refuseMemberCommentDeletes && comment.actorUrn !== state.organizationUrn) {
        throw new HttpError(403, { status: 403, serviceErrorCode: 100, message: 'Not enough permissions to access: socialActions/comments.DELETE' });
      }
      pushWebhook(comment, 'COMMENT_DELETE');
      const removed = new Set([comment.urn, ...state.comments.filter((c) => c.parentUrn === comment.urn).map((c) => c.urn)]);
      state.comments = state.comments.filter((c) => !removed.has(c.urn));
      state.deletedCommentUrns.push(...removed);
      return send(res, 204);
    }
    throw new HttpError(405, { status: 405, message: `${method} not supported here` });
  }

  async function serveAdmin(req: IncomingMessage, res: ServerResponse, segments: string[], body: unknown): Promise<void> {
    const input = (body ?? {}) as Record<string, unknown>;
    const text = (key: string) => {
      const value = input[key];
      if (typeof value !== 'string' || !value) throw new HttpError(400, { message: `${key} (string) is required` });
      return value;
    };
    const route = `${req.method} /${segments.join('/')}`;
    switch (route) {
      case 'GET /_sim/state':
        return send(res, 200, state);
      case 'POST /_sim/posts':
        return send(res, 201, addPost({ text: text('text') }));
      case 'POST /_sim/comments':
        return send(
          res,
          201,
          addComment(text('postUrn'), {
            actorUrn: typeof input.actorUrn === 'string' ? input.actorUrn : 'urn:li:person:SimMedlem01',
            text: text('text'),
          }),
        );
      case 'POST /_sim/replies':
        return send(
          res,
          201,
          typeof input.actorUrn === 'string' && input.actorUrn !== state.organizationUrn
            ? addComment(findComment(text('commentUrn'))?.postUrn ?? '', { actorUrn: input.actorUrn, text: text('text'), parentUrn: text('commentUrn') })
            : addPageReply(text('commentUrn'), text('text')),
        );
      case 'POST /_sim/statistics':
        statistics.seed(input as unknown as SimDayStatistics);
        return send(res, 204);
      case 'POST /_sim/failure':
        setFailure(input as unknown as SimFailure);
        return send(res, 204);
      default:
        throw new HttpError(404, { message: `No simulator route ${route}` });
    }
  }

  // ---- OAuth 2.0 authorization code flow and token expiry (i16c) ----
  // `GET /oauth/v2/authorization` stands in for LinkedIn's sign-in and consent screen: it redirects at
  // once to redirect_uri with a one-time code (or error=user_cancelled_authorize). `POST /oauth/v2/accessToken`
  // trades codes and refresh tokens (form-encoded, client id and secret), answering like LinkedIn.
  const codes = new Map<string, { redirectUri: string; used: boolean; expiresAt: Date }>();
  let nextToken = 1;
  const issue = (kind: 'access' | 'refresh', seconds: number, expiresAt?: Date): SimIssuedToken => {
    const token: SimIssuedToken = { token: `sim-${kind}-${nextToken++}-${Math.random().toString(36).slice(2, 10)}`, kind, expiresAt: expiresAt ?? new Date(clock.now().getTime() + seconds * 1000) };
    state.issuedTokens.push(token);
    return token;
  };
  const oauthError = (res: ServerResponse, status: number, error: string, description: string) => send(res, status, { error, error_description: description });

  function serveOAuth(req: IncomingMessage, res: ServerResponse, rawUrl: string, text: string): void {
    const oauth = options.oauth;
    const url = new URL(rawUrl, 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    const form = req.method === 'POST' ? Object.fromEntries(new URLSearchParams(text)) : {};
    oauthRequests.push({ method: req.method ?? 'GET', path: url.pathname, query, form });
    if (!oauth) return oauthError(res, 404, 'not_found', 'OAuth is not simulated (start with the oauth option)');
    if (req.method === 'GET' && url.pathname === '/oauth/v2/authorization') {
      if (query.response_type !== 'code' || query.client_id !== oauth.clientId || !query.redirect_uri) {
        return oauthError(res, 400, 'invalid_request', 'response_type=code, a known client_id and redirect_uri are required');
      }
      const back = new URL(query.redirect_uri);
      if (oauth.denyConsent) {
        back.searchParams.set('error', 'user_cancelled_authorize');
        back.searchParams.set('error_description', 'The user cancelled the authorization');
      } else {
        const code = `sim-code-${nextToken++}-${Math.random().toString(36).slice(2, 10)}`;
        codes.set(code, { redirectUri: query.redirect_uri, used: false, expiresAt: new Date(clock.now().getTime() + 30 * 60_000) });
        back.searchParams.set('code', code);
      }
      if (query.state) back.searchParams.set('state', query.state);
      res.writeHead(302, { Location: back.toString() });
      res.end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/oauth/v2/accessToken') {
      if (form.client_id !== oauth.clientId || form.client_secret !== oauth.clientSecret) return oauthError(res, 401, 'invalid_client', 'Client authentication failed');
      const accessSeconds = oauth.accessTokenSeconds ?? 60 * 86_400;
      if (form.grant_type === 'authorization_code') {
        const code = codes.get(form.code ?? '');
        if (!code || code.used || code.expiresAt <= clock.now() || code.redirectUri !== form.redirect_uri) {
          return oauthError(res, 400, 'invalid_request', 'Unable to retrieve access token: authorization code not found, used or expired, or redirect_uri does not match');
        }
        code.used = true;
        const access = issue('access', accessSeconds);
        const refresh = oauth.grantRefreshTokens ? issue('refresh', oauth.refreshTokenSeconds ?? 365 * 86_400) : null;
        return send(res, 200, {
          access_token: access.token,
          expires_in: accessSeconds,
          scope: 'r_organization_social_feed,w_organization_social_feed',
          ...(refresh ? { refresh_token: refresh.token, refresh_token_expires_in: Math.round((refresh.expiresAt.getTime() - clock.now().getTime()) / 1000) } : {}),
        });
      }
      if (form.grant_type === 'refresh_token') {
        const refresh = state.issuedTokens.find((t) => t.kind === 'refresh' && t.token === form.refresh_token);
        if (!refresh || refresh.expiresAt <= clock.now()) return oauthError(res, 400, 'invalid_grant', 'Token has been expired or revoked.');
        const access = issue('access', accessSeconds);
        // The refresh token keeps the lifetime of its first grant, as LinkedIn's does.
        return send(res, 200, {
          access_token: access.token,
          expires_in: accessSeconds,
          refresh_token: refresh.token,
          refresh_token_expires_in: Math.round((refresh.expiresAt.getTime() - clock.now().getTime()) / 1000),
          scope: 'r_organization_social_feed,w_organization_social_feed',
        });
      }
      return oauthError(res, 400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
    }
    return oauthError(res, 404, 'not_found', `No OAuth route ${req.method} ${url.pathname}`);
  }
  // ---- end of OAuth (i16c) ----

  function setFailure(next: SimFailure): void {
    failure = { ...next, remaining: next.times ?? 1 };
  }

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const rawUrl = req.url ?? '/';
        const text = await readText(req);
        if (rawUrl.startsWith('/oauth/v2/')) return serveOAuth(req, res, rawUrl, text);
        const body = parseJsonBody(text);
        if (rawUrl.startsWith('/_sim/')) {
          const { segments } = parseTarget(rawUrl.split('?')[0]);
          return await serveAdmin(req, res, segments, body);
        }
        const path = rawUrl.split('?')[0];
        const record: SimRequest = { method: req.method ?? 'GET', rawUrl, path, query: {}, headers: req.headers, body, at: clock.now() };
        requests.push(record);
        const { segments, query } = parseTarget(rawUrl);
        record.path = '/' + segments.join('/');
        record.query = query;
        if (segments[0] !== 'rest') throw new HttpError(404, { status: 404, message: 'Not found' });
        checkHeaders(req);
        if (failure && failure.remaining > 0) {
          failure.remaining--;
          const injected = failure;
          if (failure.remaining === 0) failure = undefined;
          return send(res, injected.status, injected.body ?? defaultErrorBody(injected.status), injected.retryAfter !== undefined ? { 'Retry-After': String(injected.retryAfter) } : {});
        }
        return await serveApi(req, res, segments.slice(1), query, body);
      } catch (error) {
        if (error instanceof HttpError) return send(res, error.status, error.body);
        send(res, 500, { status: 500, message: (error as Error).message });
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const simulator: LinkedInSimulator = {
    baseUrl: `http://127.0.0.1:${port}/rest`,
    port,
    state,
    requests,
    oauthBaseUrl: `http://127.0.0.1:${port}/oauth/v2`,
    oauthRequests,
    addPost,
    addComment,
    addPageReply,
    setFailure,
    commentNotification,
    sendWebhook,
    statistics,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  if (options.seed) seedHelsingborgDemo(simulator, clock);
  return simulator;
}

/**
 * Demo data: a trainee-programme post with an unanswered question, an answered question, praise and
 * criticism, and an older post with an answered comment. Times are relative to now so a demo always
 * shows fresh, still-open comments.
 */
export function seedHelsingborgDemo(sim: LinkedInSimulator, clock: Clock = systemClock): void {
  const ago = (minutes: number) => new Date(clock.now().getTime() - minutes * 60_000);
  const people = {
    anna: 'urn:li:person:AnnaLind01',
    erik: 'urn:li:person:ErikNilss2',
    fatima: 'urn:li:person:FatimaHa03',
    johan: 'urn:li:person:JohanBerg4',
    lena: 'urn:li:person:LenaSvens5',
  };

  const older = sim.addPost({
    text: 'Möt vårdhunden Chili! 🐕 Varje tisdag besöker hon Ljungdala vård- och omsorgsboende tillsammans med undersköterskan Maria. #helsingborg #vård',
    createdAt: ago(26 * 60),
  });
  const lena = sim.addComment(older.urn, { actorUrn: people.lena, text: 'Vad fint! Finns det fler vårdhundar i staden?', createdAt: ago(25 * 60) });
  sim.addPageReply(lena.urn, 'Hej Lena! Ja, i dag har vi tre vårdhundar i vård- och omsorgsförvaltningen. Vänliga hälsningar, Louise, kommunikatör', ago(24 * 60));

  const trainee = sim.addPost({
    text:
      'Nu öppnar ansökan till Helsingborgs stads traineeprogram 2026! 🌊 Under 18 månader får du jobba i flera av stadens förvaltningar, ' +
      'från stadsbyggnad till skola och vård. Sista ansökningsdag är den 15 mars. #traineeprogram #helsingborg #jobbahososs',
    createdAt: ago(3 * 60),
  });
  sim.addComment(trainee.urn, { actorUrn: people.anna, text: 'Hur söker man till traineeprogrammet?', createdAt: ago(120) });
  const erik = sim.addComment(trainee.urn, {
    actorUrn: people.erik,
    text: 'Kan man söka om man fortfarande pluggar sista terminen?',
    createdAt: ago(100),
  });
  sim.addPageReply(
    erik.urn,
    'Hej Erik! Ja, du kan söka om du tar examen före programstarten i september. Vänliga hälsningar, Louise, kommunikatör',
    ago(80),
  );
  sim.addComment(trainee.urn, {
    actorUrn: people.fatima,
    text: 'Jag gick programmet 2022 och det var det bästa jag gjort! Rekommenderas varmt 👏',
    createdAt: ago(60),
  });
  sim.addComment(trainee.urn, {
    actorUrn: people.johan,
    text: 'Typiskt kommunen att lägga pengar på sånt här i stället för att laga cykelvägarna på Drottninggatan.',
    createdAt: ago(25),
  });
}

// ---- Organisation statistics (the monthly follow-up) ---------------------------------------------------
// `/rest/organizationalEntityShareStatistics` and `/rest/organizationalEntityFollowerStatistics`, time-bound
// (`q=organizationalEntity`, `timeIntervals` as a Rest.li record or as dotted parameters), as LinkedIn's
// Community Management documentation describes them. Figures are seeded per UTC day; a request is answered
// with one element per MONTH or DAY bucket in its range.

/** One day of the page's statistics. */
export interface SimDayStatistics {
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  impressions?: number;
  uniqueImpressions?: number;
  clicks?: number;
  likes?: number;
  comments?: number;
  shares?: number;
  organicFollowerGain?: number;
  paidFollowerGain?: number;
}

const DAY_MS = 86_400_000;

/** The page's statistics in the simulator; `seed` adds to a day's figures. */
export class SimStatistics {
  readonly days = new Map<string, Required<Omit<SimDayStatistics, 'day'>>>();

  constructor(private readonly organizationUrn: () => string) {}

  /** Adds figures to a day. */
  seed(input: SimDayStatistics): void {
    const d = this.days.get(input.day) ?? { impressions: 0, uniqueImpressions: 0, clicks: 0, likes: 0, comments: 0, shares: 0, organicFollowerGain: 0, paidFollowerGain: 0 };
    for (const k of Object.keys(d) as (keyof typeof d)[]) d[k] += input[k] ?? 0;
    this.days.set(input.day, d);
  }

  /** Forgets every seeded figure. */
  clear(): void {
    this.days.clear();
  }

  /** The answer to a statistics request, or null when `resource` is not a statistics resource. */
  serve(resource: string | undefined, query: Record<string, string>): unknown {
    const share = resource === 'organizationalEntityShareStatistics';
    if (!share && resource !== 'organizationalEntityFollowerStatistics') return null;
    if (query.q !== 'organizationalEntity' || query.organizationalEntity !== this.organizationUrn()) {
      throw new HttpError(400, { status: 400, message: 'q=organizationalEntity and the organization are required' });
    }
    const interval = readTimeIntervals(query);
    if (!interval) throw new HttpError(400, { status: 400, message: 'timeIntervals is required here (lifetime statistics are not simulated)' });
    const elements = buckets(interval).map(({ start, end }) => {
      const sum = { impressions: 0, uniqueImpressions: 0, clicks: 0, likes: 0, comments: 0, shares: 0, organicFollowerGain: 0, paidFollowerGain: 0 };
      for (const [day, d] of this.days) {
        const at = Date.parse(`${day}T00:00:00Z`);
        if (at >= start && at < end) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += d[k];
      }
      const timeRange = { start, end };
      if (!share) return { organizationalEntity: this.organizationUrn(), timeRange, followerGains: { organicFollowerGain: sum.organicFollowerGain, paidFollowerGain: sum.paidFollowerGain } };
      const engaged = sum.clicks + sum.likes + sum.comments + sum.shares;
      return {
        organizationalEntity: this.organizationUrn(),
        timeRange,
        totalShareStatistics: {
          uniqueImpressionsCount: sum.uniqueImpressions,
          shareCount: sum.shares,
          engagement: sum.impressions > 0 ? engaged / sum.impressions : 0,
          clickCount: sum.clicks,
          likeCount: sum.likes,
          impressionCount: sum.impressions,
          commentCount: sum.comments,
        },
      };
    });
    return { paging: { start: 0, count: elements.length, links: [] }, elements };
  }
}

/** `timeIntervals=(timeRange:(start:S,end:E),timeGranularityType:G)` or the dotted `timeIntervals.timeRange.start=S` form. */
function readTimeIntervals(query: Record<string, string>): { start: number; end: number; granularity: 'DAY' | 'MONTH' } | null {
  const record = query.timeIntervals ? /^\(timeRange:\(start:(\d+),end:(\d+)\),timeGranularityType:(DAY|MONTH)\)$/.exec(query.timeIntervals) : null;
  if (record) return { start: Number(record[1]), end: Number(record[2]), granularity: record[3] as 'DAY' | 'MONTH' };
  const start = Number(query['timeIntervals.timeRange.start']);
  const end = Number(query['timeIntervals.timeRange.end']);
  const granularity = query['timeIntervals.timeGranularityType'];
  if (query.timeIntervals || !Number.isFinite(start) || !Number.isFinite(end) || (granularity !== 'DAY' && granularity !== 'MONTH')) {
    if (query.timeIntervals || query['timeIntervals.timeRange.start']) throw new HttpError(400, { status: 400, message: 'timeIntervals not understood' });
    return null;
  }
  return { start, end, granularity };
}

/** The DAY or MONTH buckets (UTC) from start to end. */
function buckets(i: { start: number; end: number; granularity: 'DAY' | 'MONTH' }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let from = i.start; from < i.end && out.length < 400; ) {
    const d = new Date(from);
    const next = i.granularity === 'DAY' ? from + DAY_MS : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    out.push({ start: from, end: Math.min(next, i.end) });
    from = next;
  }
  return out;
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  body: any;
  /** The status answered; unset while the request is held (see `hold`) or when it was dropped. */
  status?: number;
  /** When the request arrived (wall clock, ms). */
  at: number;
}

/** A failure to answer instead of the normal reply, for the next matching requests. */
export interface InjectedFailure {
  status: number;
  /** Sent as the `Retry-After` header (seconds). */
  retryAfter?: number;
  code?: string;
  /** Which requests it applies to; default: sends, updates and conversation creation. */
  match?: (call: ConnectorCall) => boolean;
}

const isWrite = (c: ConnectorCall) => c.method !== 'GET' && /^\/v3\/conversations(\/[^/]+\/activities|$)/.test(c.path);

/** A Teams user as the connector's rosters return them (`TeamsChannelAccount`). */
export interface TeamsAccount {
  /** Teams user id, 29:… */
  id: string;
  aadObjectId: string;
  name: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
  userRole?: 'user' | 'guest';
}

/**
 * A local stand-in for the Bot Connector service (the `serviceUrl` of our test activities): records what
 * the bot sends and updates, answers like the real one. Not our code under test: Microsoft's service.
 *
 * Built from Microsoft's documentation rather than from our code:
 * - "Send proactive messages" (Microsoft Learn, Teams platform, bots/how-to/conversations): a 1:1
 *   conversation is created with `POST /v3/conversations` and the user's Teams id, or their Entra object
 *   id, which works only where the app is installed for the user in personal scope; the user must have the
 *   app installed personally or be a member of a team where it is installed. Otherwise Teams answers
 *   403 `BotNotInConversationRoster` ("The bot is not part of the conversation roster.").
 * - Bot Connector REST API, Conversations: `GET /v3/conversations/{id}/pagedmembers?pageSize&continuationToken`
 *   returns `{ continuationToken, members }` (TeamsChannelAccount: id, name, aadObjectId, email,
 *   userPrincipalName, tenantId, userRole); `GET /v3/conversations/{id}/members/{memberId}` takes a Teams id
 *   or an Entra object id and answers 404 `MemberNotFoundInConversation` for others.
 * - A user who blocked the bot: 403 `MessageWritesBlocked` on sends to their chat.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  /** Teams (by team id) the app is installed in, with their rosters. */
  private readonly teams = new Map<string, TeamsAccount[]>();
  /** Users the app is installed for in personal scope, by Entra object id. */
  private readonly personal = new Map<string, TeamsAccount>();
  private server?: http.Server;
  private next = 1;
  private readonly failures: (InjectedFailure & { remaining: number })[] = [];
  private readonly blocked = new Map<string, { status: number; code: string }>();
  private outage: ((call: ConnectorCall) => InjectedFailure | null) | null = null;
  private holding = false;
  private readonly held: { res: http.ServerResponse; call: ConnectorCall }[] = [];
  url = '';

  /** Installs the app for a user in personal scope (as an app setup policy or Graph would). */
  installFor(user: { id: string; name: string; teamsId?: string }): this {
    this.personal.set(user.id, accountOf(user));
    return this;
  }

  /** Uninstalls the app for a user in personal scope. */
  uninstallFor(userId: string): this {
    this.personal.delete(userId);
    return this;
  }

  /** Adds a member to a team the app is installed in (creating the team). */
  addTeamMember(teamId: string, user: { id: string; name: string; teamsId?: string; email?: string }): this {
    const roster = this.teams.get(teamId) ?? [];
    if (!roster.some((m) => m.aadObjectId === user.id)) roster.push({ ...accountOf(user), email: user.email, userPrincipalName: user.email });
    this.teams.set(teamId, roster);
    return this;
  }

  /** Removes a member from a team. */
  removeTeamMember(teamId: string, userId: string): this {
    this.teams.set(teamId, (this.teams.get(teamId) ?? []).filter((m) => m.aadObjectId !== userId));
    return this;
  }

  /** The team's roster as the connector has it. */
  roster(teamId: string): TeamsAccount[] {
    return [...(this.teams.get(teamId) ?? [])];
  }

  /** Forgets every team and personal install. */
  resetDirectory(): void {
    this.teams.clear();
    this.personal.clear();
  }

  /** Answers the next `count` matching requests with `failure` (e.g. 429 with `retryAfter`), then normally again. */
  failNext(count: number, failure: InjectedFailure): this {
    this.failures.push({ ...failure, remaining: count });
    return this;
  }

  /**
   * An outage: while `decide` returns a failure for a write (send, update, conversation creation), Teams
   * answers with it; `null` lets the request through. Pass `null` to end it.
   */
  failWhile(decide: ((call: ConnectorCall) => InjectedFailure | null) | null): this {
    this.outage = decide;
    return this;
  }

  /** Refuses every send to a conversation, as Teams does when a user blocked the bot (403 MessageWritesBlocked). */
  block(conversationId: string, status = 403, code = 'MessageWritesBlocked'): this {
    this.blocked.set(conversationId, { status, code });
    return this;
  }

  /** Leaves requests from now on unanswered, as if the bot's process stalled mid-send (see `dropHeld`). */
  hold(): this {
    this.holding = true;
    return this;
  }

  /** Resets the connection of every held request: they never reached Teams. Answers normally again afterwards. */
  dropHeld(): number {
    this.holding = false;
    const dropped = this.held.splice(0);
    for (const h of dropped) h.res.socket?.destroy();
    return dropped.length;
  }

  /** Sends and updates that Teams accepted (2xx), newest last. */
  delivered(): ConnectorCall[] {
    return this.calls.filter((c) => isWrite(c) && c.path !== '/v3/conversations' && c.status !== undefined && c.status < 300);
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const body = raw ? JSON.parse(raw) : undefined;
        const path = (req.url ?? '').split('?')[0];
        const call: ConnectorCall = { method: req.method ?? '', path, body, at: Date.now() };
        this.calls.push(call);
        if (this.holding) return void this.held.push({ res, call });
        const down = this.outage && isWrite(call) ? this.outage(call) : null;
        const failure = down ? { ...down, remaining: 1 } : this.failures.find((f) => f.remaining > 0 && (f.match ?? isWrite)(call));
        if (failure) {
          failure.remaining--;
          const headers: Record<string, string> = failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {};
          return this.json(res, failure.status, { error: { code: failure.code ?? `Status${failure.status}`, message: 'injected failure' } }, call, headers);
        }
        const target = /^\/v3\/conversations\/([^/]+)\/activities/.exec(path);
        const refusal = target && this.blocked.get(decodeURIComponent(target[1]));
        if (refusal) return this.json(res, refusal.status, { error: { code: refusal.code, message: 'refused' } }, call);
        const member = /^\/v3\/(?:teams|conversations)\/([^/]+)\/members\/([^/]+)$/.exec(path);
        if (req.method === 'GET' && member) {
          const user = decodeURIComponent(member[2]);
          const found = this.teams.get(decodeURIComponent(member[1]))?.find((m) => m.id === user || m.aadObjectId === user);
          if (found) return this.json(res, 200, found, call);
          return this.json(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'The member is not part of the conversation.' } }, call);
        }
        const paged = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(path);
        if (req.method === 'GET' && paged) {
          const roster = this.teams.get(decodeURIComponent(paged[1]));
          if (!roster) return this.json(res, 404, { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } }, call);
          const query = new URL(req.url ?? '', 'http://x').searchParams;
          const size = Math.min(500, Math.max(1, Number(query.get('pageSize') ?? 200) || 200));
          const from = Number(query.get('continuationToken') ?? 0) || 0;
          const members = roster.slice(from, from + size);
          const more = from + size < roster.length;
          return this.json(res, 200, { members, ...(more ? { continuationToken: String(from + size) } : {}) }, call);
        }
        if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(path)) return this.json(res, 200, { id: `sent-${this.next++}` }, call);
        if (req.method === 'PUT' && /^\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(path)) return this.json(res, 200, { id: path.split('/').pop() }, call);
        if (req.method === 'POST' && path === '/v3/conversations') {
          const user = this.reachable(String(body?.members?.[0]?.id ?? ''));
          if (!user) return this.json(res, 403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } }, call);
          // The 1:1 chat between a user and the bot is one conversation: the same id every time.
          return this.json(res, 201, { id: `a:personal-${user.aadObjectId}` }, call);
        }
        return this.json(res, 404, { error: { code: 'NotFound', message: path } }, call);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
    return this;
  }

  /**
   * Who a 1:1 conversation can be created with: by Teams id, a user with the app in personal scope or a
   * member of a team the app is in; by Entra object id, only a user with the app in personal scope.
   */
  private reachable(memberId: string): TeamsAccount | null {
    const installed = this.personal.get(memberId) ?? [...this.personal.values()].find((u) => u.id === memberId);
    if (installed) return installed;
    for (const roster of this.teams.values()) {
      const m = roster.find((u) => u.id === memberId);
      if (m) return m;
    }
    return null;
  }

  /** Card updates (`updateActivity`) the bot made, newest last. */
  updates(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'PUT');
  }

  /** Messages the bot sent, newest last. */
  sent(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'POST' && /\/activities/.test(c.path));
  }

  async stop(): Promise<void> {
    this.dropHeld();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private json(res: http.ServerResponse, status: number, body: unknown, call?: ConnectorCall, headers: Record<string, string> = {}) {
    if (call) call.status = status;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
}

function accountOf(user: { id: string; name: string; teamsId?: string }): TeamsAccount {
  return { id: user.teamsId ?? `29:${user.id}`, aadObjectId: user.id, name: user.name, tenantId: 'tenant-1', userRole: 'user' };
}

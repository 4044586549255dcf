import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  body: any;
  /** The status answered; unset while the request is held (see `hold`) or when it was dropped. */
  status?: number;
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

/**
 * A local stand-in for the Bot Connector service (the `serviceUrl` of our test activities): records what
 * the bot sends and updates, answers like the real one. Not our code under test: Microsoft's service.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  /** Team members by team id, for `TeamsInfo.getTeamMember`. */
  readonly teamMembers = new Map<string, Set<string>>();
  private server?: http.Server;
  private next = 1;
  private readonly failures: (InjectedFailure & { remaining: number })[] = [];
  private readonly blocked = new Map<string, { status: number; code: string }>();
  private holding = false;
  private readonly held: { res: http.ServerResponse; call: ConnectorCall }[] = [];
  url = '';

  /** Answers the next `count` matching requests with `failure` (e.g. 429 with `retryAfter`), then normally again. */
  failNext(count: number, failure: InjectedFailure): this {
    this.failures.push({ ...failure, remaining: count });
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
        const call: ConnectorCall = { method: req.method ?? '', path, body };
        this.calls.push(call);
        if (this.holding) return void this.held.push({ res, call });
        const failure = this.failures.find((f) => f.remaining > 0 && (f.match ?? isWrite)(call));
        if (failure) {
          failure.remaining--;
          const headers: Record<string, string> = failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {};
          return this.json(res, failure.status, { error: { code: failure.code ?? `Status${failure.status}`, message: 'injected failure' } }, call, headers);
        }
        const target = /^\/v3\/conversations\/([^/]+)\/activities/.exec(path);
        const refusal = target && this.blocked.get(decodeURIComponent(target[1]));
        if (refusal) return this.json(res, refusal.status, { error: { code: refusal.code, message: 'refused' } }, call);
        const member = /^\/v3\/(?:teams|conversations)\/([^/]+)\/members\/([^/]+)$/.exec(path);
        if (member) {
          const members = this.teamMembers.get(decodeURIComponent(member[1]));
          const user = decodeURIComponent(member[2]);
          if (members?.has(user)) return this.json(res, 200, { id: user, name: user, aadObjectId: user }, call);
          return this.json(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'not a member' } }, call);
        }
        if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(path)) return this.json(res, 200, { id: `sent-${this.next++}` }, call);
        if (req.method === 'PUT' && /^\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(path)) return this.json(res, 200, { id: path.split('/').pop() }, call);
        if (req.method === 'POST' && path === '/v3/conversations') return this.json(res, 200, { id: `conv-${this.next++}` }, call);
        return this.json(res, 404, { error: { code: 'NotFound', message: path } }, call);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
    return this;
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

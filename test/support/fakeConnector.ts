import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  body: any;
}

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
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const body = raw ? JSON.parse(raw) : undefined;
        const path = (req.url ?? '').split('?')[0];
        this.calls.push({ method: req.method ?? '', path, body });
        const member = /^\/v3\/(?:teams|conversations)\/([^/]+)\/members\/([^/]+)$/.exec(path);
        if (member) {
          const members = this.teamMembers.get(decodeURIComponent(member[1]));
          const user = decodeURIComponent(member[2]);
          if (members?.has(user)) return this.json(res, 200, { id: user, name: user, aadObjectId: user });
          return this.json(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'not a member' } });
        }
        if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(path)) return this.json(res, 200, { id: `sent-${this.next++}` });
        if (req.method === 'PUT' && /^\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(path)) return this.json(res, 200, { id: path.split('/').pop() });
        if (req.method === 'POST' && path === '/v3/conversations') return this.json(res, 200, { id: `conv-${this.next++}` });
        return this.json(res, 404, { error: { code: 'NotFound', message: path } });
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
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private json(res: http.ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

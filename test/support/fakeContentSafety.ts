import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Severities the fake answers for one text, on the FourSeverityLevels scale. */
export interface FakeSeverities {
  hate: 0 | 2 | 4 | 6;
  violence: 0 | 2 | 4 | 6;
}

/** One analysis request that reached the fake, as sent. */
export interface FakeAnalysisRequest {
  path: string;
  apiVersion: string | null;
  key: string | undefined;
  contentType: string | undefined;
  body: any;
}

/**
 * How the fake answers: normally, refusing the key (401), failing (500), too slowly, or with a body that
 * is not the documented shape (`garbage`: not JSON; `wrong-shape`: JSON without the severities).
 */
export type FakeMode = 'ok' | 'unauthorized' | 'server-error' | 'slow' | 'garbage' | 'wrong-shape';

/**
 * A local stand-in for Azure AI Content Safety's text analysis (`POST /contentsafety/text:analyze`).
 * It checks what the bot sends (path, api-version, key, body shape) and records a problem for
 * anything the real service would refuse; the test chooses the severities per text.
 */
export class FakeContentSafety {
  readonly requests: FakeAnalysisRequest[] = [];
  /** What the real service would have refused; a test expects this empty. */
  readonly problems: string[] = [];
  /** Severities by the exact text analysed; other texts are 0/0. */
  readonly severities = new Map<string, FakeSeverities>();
  mode: FakeMode = 'ok';
  /** How long `slow` waits before answering. */
  slowMs = 2000;
  url = '';
  private server?: http.Server;
  private port = 0;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(readonly key: string) {}

  async start(): Promise<this> {
    const server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${this.port}`;
    return this;
  }

  /** Stops listening and drops open connections: the service is down. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  /** Listens again on the same port after {@link stop}; nothing when it is listening. */
  async restart(): Promise<void> {
    if (!this.server) await this.start();
  }

  /** Clears requests, problems, severities and the mode. */
  reset(): void {
    this.requests.length = 0;
    this.problems.length = 0;
    this.severities.clear();
    this.mode = 'ok';
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      let body: any;
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const key = req.headers['ocp-apim-subscription-key'];
      const request: FakeAnalysisRequest = {
        path: url.pathname,
        apiVersion: url.searchParams.get('api-version'),
        key: Array.isArray(key) ? key[0] : key,
        contentType: req.headers['content-type'],
        body,
      };
      this.requests.push(request);
      const problem = this.refusal(req.method ?? '', request);
      if (problem) {
        this.problems.push(problem);
        return send(res, 400, { error: { code: 'InvalidRequestBody', message: problem } });
      }
      switch (this.mode) {
        case 'unauthorized':
          return send(res, 401, { error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint.' } });
        case 'server-error':
          return send(res, 500, { error: { code: 'InternalServerError', message: 'Something went wrong.' } });
        case 'garbage':
          res.writeHead(200, { 'content-type': 'application/json' });
          return void res.end('<html>gateway</html>');
        case 'wrong-shape':
          return send(res, 200, { categoriesAnalysis: [{ category: 'Hate', severity: 'high' }] });
        case 'slow': {
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            this.answer(res, body.text);
          }, this.slowMs);
          this.timers.add(timer);
          return;
        }
        default:
          return this.answer(res, body.text);
      }
    });
  }

  private answer(res: http.ServerResponse, text: string): void {
    const s = this.severities.get(text) ?? { hate: 0, violence: 0 };
    send(res, 200, {
      blocklistsMatch: [],
      categoriesAnalysis: [
        { category: 'Hate', severity: s.hate },
        { category: 'Violence', severity: s.violence },
      ],
    });
  }

  /** What the real service would answer 400/401/404 to, as a sentence; null when the request is well-formed. */
  private refusal(method: string, r: FakeAnalysisRequest): string | null {
    if (method !== 'POST') return `method ${method}`;
    if (r.path !== '/contentsafety/text:analyze') return `path ${r.path}`;
    if (r.apiVersion !== '2024-09-01') return `api-version ${r.apiVersion}`;
    if (r.key !== this.key) return 'wrong or missing Ocp-Apim-Subscription-Key';
    if (!r.contentType?.startsWith('application/json')) return `content-type ${r.contentType}`;
    const b = r.body;
    if (!b || typeof b !== 'object') return 'body is not JSON';
    const keys = Object.keys(b).sort().join(',');
    if (keys !== 'categories,outputType,text') return `body fields ${keys}`;
    if (typeof b.text !== 'string' || b.text.length === 0 || Array.from(b.text).length > 10_000) return 'text missing, empty or longer than 10 000 characters';
    if (JSON.stringify(b.categories) !== '["Hate","Violence"]') return `categories ${JSON.stringify(b.categories)}`;
    if (b.outputType !== 'FourSeverityLevels') return `outputType ${b.outputType}`;
    return null;
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

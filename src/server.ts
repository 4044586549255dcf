import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { FileLinks } from './files';
import type { ActivityEndpoint } from './teams/adapter';
import { challengeResponse, verifySignature } from './linkedin/webhook';
import type { Readiness } from './jobs/health';
import { refuseActivity } from './teams/activityGuard';
import type { Logger } from './logger';
import type { Database } from './store/database';
import type { FileRepository } from './store/escalations';

/** The LinkedIn webhook: the client secret and what to do with a verified body. */
export interface WebhookHandler {
  secret: string;
  handle(body: unknown): Promise<{ ok: true } | { ok: false; error: string }>;
}

/** LinkedIn's redirect back after a superadmin signed in (`/koppla linkedin`). */
export type OAuthCallback = (query: URLSearchParams) => Promise<{ status: number; html: string; outcome: { ok: boolean; reason?: string; detail?: string } }>;

const MAX_WEBHOOK_BYTES = 1_000_000;
const MAX_ACTIVITY_BYTES = 256 * 1024;

async function readRaw(req: restify.Request): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_WEBHOOK_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The HTTP routes: Bot Framework messages, the LinkedIn webhook and the health check. */
export function createServer(opts: {
  /** Runs one verified activity through the Teams application (teams/adapter.ts). */
  messages: ActivityEndpoint;
  db: Database;
  log: Logger;
  webhook?: WebhookHandler | null;
  files?: { repo: FileRepository; links: FileLinks };
  /** Readiness: whether the scheduler ticks, recurring jobs succeed and the outbox drains. */
  readiness?: () => Promise<Readiness>;
  /** The end of the LinkedIn sign-in. */
  oauthCallback?: OAuthCallback;
}): restify.Server {
  const server = restify.createServer({ name: 'sav-boten', handleUncaughtExceptions: false });

  // The Playground probes the endpoint with HEAD before it starts.
  server.head('/api/messages', async (_req, res) => {
    res.send(200);
  });
  // Teams' activities are a few KB (a message at most about 28 KB of text): 256 KB is plenty.
  server.post('/api/messages', restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_ACTIVITY_BYTES }), async (req, res) => {
    // Malformed or hostile bodies stop here with a 400: nothing reaches botbuilder or the store.
    const refusal = refuseActivity(req.body);
    if (refusal) {
      opts.log.warn({ reason: refusal, bytes: Number(req.header('content-length') ?? 0) }, 'activity refused');
      res.send(400, { error: 'the activity is not one this bot accepts' });
      return;
    }
    await opts.messages(req, res);
  });

  const webhook = opts.webhook;
  if (webhook) {
    // LinkedIn validates the endpoint with a challenge (and again every two hours).
    server.get('/api/linkedin/webhook', async (req, res) => {
      const code = new URL(req.url ?? '', 'http://localhost').searchParams.get('challengeCode');
      const answer = code ? challengeResponse(webhook.secret, code) : null;
      if (!code || !answer) {
        opts.log.warn({ length: code?.length ?? 0 }, 'LinkedIn webhook challenge refused: not a UUID');
        res.send(400, { error: 'challengeCode must be a UUID' });
        return;
      }
      res.send(200, { challengeCode: code, challengeResponse: answer });
    });
    // The signature is checked over the raw bytes, before anything is parsed or stored.
    server.post('/api/linkedin/webhook', async (req, res) => {
      const raw = await readRaw(req);
      if (!raw) {
        res.send(413, { error: 'body too large' });
        return;
      }
      const signature = req.header('x-li-signature') || undefined;
      if (!verifySignature(webhook.secret, raw, signature)) {
        opts.log.warn({ hasSignature: Boolean(signature), bytes: raw.length }, 'LinkedIn webhook refused: bad or missing signature');
        res.send(401, { error: 'invalid signature' });
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        res.send(400, { error: 'body is not JSON' });
        return;
      }
      const result = await webhook.handle(body);
      if (!result.ok) {
        opts.log.warn({ error: result.error }, 'LinkedIn webhook body not understood');
        res.send(400, { error: 'notifications not understood' });
        return;
      }
      res.send(200, { ok: true });
    });
  }

  const oauthCallback = opts.oauthCallback;
  if (oauthCallback) {
    // The query carries a one-time code: logged never, only the outcome is.
    server.get('/api/linkedin/callback', async (req, res) => {
      const query = new URL(req.url ?? '', 'http://localhost').searchParams;
      const answer = await oauthCallback(query).catch((err: Error) => {
        opts.log.error({ err: err.message }, 'LinkedIn sign-in failed');
        return null;
      });
      const page = answer ?? { status: 500, html: '<!doctype html><meta charset="utf-8"><p>Något gick fel. Försök igen med /koppla linkedin. / Something went wrong. Try again with /connect linkedin.</p>' };
      if (answer && !answer.outcome.ok) opts.log.warn({ reason: answer.outcome.reason, detail: answer.outcome.detail }, 'LinkedIn sign-in not completed');
      res.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
      res.end(page.html);
    });
  }

  const files = opts.files;
  if (files) {
    // Registration e-mails, hand-over material, audit exports and half-year archives, behind links signed by the bot.
    server.get('/api/files/:id', async (req, res) => {
      const url = new URL(req.url ?? '', 'http://localhost');
      const id = String(req.params.id ?? '');
      if (!(await files.links.verify(id, url.searchParams.get('exp'), url.searchParams.get('sig')))) {
        opts.log.warn({ fileId: id }, 'file link refused: bad or expired signature');
        res.send(403, { error: 'the link is invalid or has expired' });
        return;
      }
      const file = await files.repo.get(id);
      if (!file) {
        res.send(404, { error: 'no such file' });
        return;
      }
      res.writeHead(200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`,
        'cache-control': 'no-store',
      });
      // Excel reads a CSV as UTF-8 only behind a byte order mark, and a leading one does not survive the
      // database's text decoding: it is put back here.
      if (file.encoding === 'base64') res.end(Buffer.from(file.content, 'base64'));
      else res.end(file.contentType.startsWith('text/csv') && !file.content.startsWith('\ufeff') ? `\ufeff${file.content}` : file.content);
    });
  }

  server.get('/healthz', async (_req, res) => {
    const ok = await opts.db.ping();
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'database unreachable', database: opts.db.kind });
  });

  // Readiness, not liveness: 503 when the bot answers but does not do its work (see jobs/health.ts).
  server.get('/readyz', async (_req, res) => {
    if (!opts.readiness) {
      res.send(200, { ready: true, checks: [] });
      return;
    }
    const r = await opts.readiness().catch((err: Error) => ({ ready: false, checks: [{ name: 'database', ok: false, detail: err.message }] }));
    res.send(r.ready ? 200 : 503, r);
  });

  server.on('restifyError', (req, res, err, next) => {
    // The path only: a query may carry a signed link's signature.
    opts.log.warn({ err: err.message, path: (req.url ?? '').split('?')[0] }, 'request refused');
    return next();
  });
  return server;
}

/** The HTTP port is taken, usually by another SAV-boten (or an `npm run dev` still running). */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is already in use, probably by another SAV-boten or an npm run dev still running. Stop that process (lsof -i :${port} shows it) or set PORT to a free port.`);
  }
}

/**
 * Starts listening. Without an app id nothing authenticates an activity: then only this machine (the
 * Playground) may talk to the bot. Resolves with the port.
 */
export async function listen(server: restify.Server, opts: { port: number; authenticated: boolean; log: Logger }): Promise<number> {
  const host = opts.authenticated ? '0.0.0.0' : '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? new PortInUseError(opts.port) : err);
    // restify re-emits the HTTP server's errors on itself, so that is where a failed listen shows.
    server.once('error', failed);
    server.listen(opts.port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  if (!opts.authenticated) opts.log.warn({ host }, 'no MicrosoftAppId: activities are not authenticated, so the bot listens on this machine (loopback) only');
  return (server.address() as AddressInfo).port;
}

/** Stops listening: idle keep-alive connections would hold the close; a request still running gets a few seconds. */
export async function closeServer(server: restify.Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.server.closeIdleConnections();
  const cut = setTimeout(() => server.server.closeAllConnections(), 3_000);
  cut.unref();
  await closed;
  clearTimeout(cut);
}

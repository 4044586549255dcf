import restify from 'restify';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Logger } from './logger';
import type { Database } from './store/database';

/** The HTTP routes: Bot Framework messages and the health check. */
export function createServer(opts: { adapter: TeamsAdapter; app: Application<TurnState>; db: Database; log: Logger }): restify.Server {
  const server = restify.createServer({ name: 'sav-boten', handleUncaughtExceptions: false });
  // The Playground probes the endpoint with HEAD before it starts.
  server.head('/api/messages', async (_req, res) => {
    res.send(200);
  });
  server.post('/api/messages', restify.plugins.bodyParser({ mapParams: false }), async (req, res) => {
    await opts.adapter.process(req, res, async (context) => {
      await opts.app.run(context);
    });
  });

  server.get('/healthz', async (_req, res) => {
    const ok = await opts.db.ping();
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'database unreachable', database: opts.db.kind });
  });

  server.on('restifyError', (req, res, err, next) => {
    opts.log.warn({ err: err.message, url: req.url }, 'request refused');
    return next();
  });
  return server;
}

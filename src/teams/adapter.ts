import type { Request, Response } from 'restify';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';

/**
 * The Bot Framework adapter. Its `process` (botbuilder's CloudAdapter) prints the whole stack of every
 * refused token with console.error, so anyone on the internet could fill the log with stack traces by
 * posting to /api/messages. This one runs the same turn but logs a refusal as one line.
 */
export class SavTeamsAdapter extends TeamsAdapter {
  /** Authenticates one activity and runs `logic` on it; answers the HTTP request like `process` does. */
  async handle(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>, log: Logger): Promise<void> {
    const activity = withDates(req.body as Record<string, unknown>);
    const header = req.headers.authorization;
    try {
      const invokeResponse = await this.processActivity(typeof header === 'string' ? header : '', activity, logic);
      res.header('User-Agent', this.userAgent);
      res.status(invokeResponse?.status ?? 200);
      if (invokeResponse?.body) res.send(invokeResponse.body);
      res.end();
    } catch (err) {
      // botframework-connector's AuthenticationError: no token, a bad one, or one for another bot.
      const status = (err as { statusCode?: unknown }).statusCode;
      if (status === 401 || status === 403) {
        log.warn({ status, reason: (err as Error).message }, 'activity refused: not authenticated');
        res.send(status, { error: 'unauthorized' });
        return;
      }
      log.error({ err }, 'activity failed');
      res.send(500, { error: 'internal error' });
    }
  }
}

/** The date fields botbuilder expects as Dates (what its own `process` does with the JSON body). */
function withDates(body: Record<string, unknown>): Activity {
  const activity = body as Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/** The Bot Framework adapter. Without an app id it accepts unauthenticated local traffic (Playground); config refuses that in production. */
export function createAdapter(config: Config): SavTeamsAdapter {
  return new SavTeamsAdapter(
    config.MicrosoftAppId
      ? {
          MicrosoftAppId: config.MicrosoftAppId,
          MicrosoftAppPassword: config.MicrosoftAppPassword,
          MicrosoftAppType: config.MicrosoftAppType,
          MicrosoftAppTenantId: config.MicrosoftAppTenantId,
        }
      : {},
  );
}

/** What the HTTP route for /api/messages calls with a request that passed the activity guard. */
export type ActivityEndpoint = (req: Request, res: Response) => Promise<void>;

/** Hands Bot Framework requests to the adapter, which authenticates them, and runs the application. */
export function activityEndpoint(adapter: SavTeamsAdapter, app: Application<TurnState>, log: Logger): ActivityEndpoint {
  return async (req, res) => {
    await adapter.handle(req, res, async (context) => {
      await app.run(context);
    }, log);
  };
}

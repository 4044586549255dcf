import type { Request, Response } from 'restify';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Config } from '../config';

/** The Bot Framework adapter. Without an app id it accepts unauthenticated local traffic (Playground); config refuses that in production. */
export function createAdapter(config: Config): TeamsAdapter {
  return new TeamsAdapter(
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
export function activityEndpoint(adapter: TeamsAdapter, app: Application<TurnState>): ActivityEndpoint {
  return async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  };
}

import { TeamsAdapter } from '@microsoft/teams-ai';
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

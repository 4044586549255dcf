import type { Request, Response } from 'restify';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
// Types only: botframework-connector is botbuilder's own dependency (same version), not ours.
import type { ClaimsIdentity, ConnectorClient, ConnectorFactory, UserTokenClient } from 'botframework-connector';
import type { Config } from '../config';
import type { Logger } from '../logger';

/**
 * The Bot Framework adapter. Its `process` (botbuilder's CloudAdapter) prints the whole stack of every
 * refused token with console.error, so anyone on the internet could fill the log with stack traces by
 * posting to /api/messages. This one runs the same turn but logs a refusal as one line.
 */
export class SavTeamsAdapter extends TeamsAdapter {
  /**
   * Clients kept across turns. botbuilder builds, for every incoming activity, a ConnectorClient and a
   * TokenApiClient, each with its own HTTP pipeline of a dozen policies (the sockets are already shared):
   * half a millisecond of a turn's CPU and garbage for nothing, since neither changes between turns. Only
   * the clients of incoming turns are kept: proactive sends take the retry policy out of their client
   * (proactive.ts), which must not reach a reply's.
   */
  private readonly connectors = new Bounded<Promise<ConnectorClient>>(32);
  private readonly userTokenClients = new Bounded<Promise<UserTokenClient>>(8);

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    const auth = this.botFrameworkAuthentication;
    const authenticate = auth.authenticateRequest.bind(auth);
    auth.authenticateRequest = async (activity, authHeader) => {
      const result = await authenticate(activity, authHeader);
      const factory = result.connectorFactory;
      if (!factory) return result;
      return { ...result, connectorFactory: new KeptConnectors(factory, appIdOf(result.claimsIdentity), this.connectors) };
    };
    const userTokenClient = auth.createUserTokenClient.bind(auth);
    auth.createUserTokenClient = (identity) => this.userTokenClients.get(appIdOf(identity) ?? '', () => userTokenClient(identity));
  }

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

/** The bot's app id as botbuilder reads it from an identity: the audience (Teams), else the app id claim. */
function appIdOf(identity: ClaimsIdentity): string | undefined {
  // AuthenticationConstants.AudienceClaim and AppIdClaim (botframework-connector's getAppId).
  return identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? undefined;
}

/** A map that forgets its oldest entry when full (service URLs come from activities: never let them grow it). */
class Bounded<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}

  /** The kept value, or a new one; a promise that fails is forgotten so that the next turn tries again. */
  get(key: string, create: () => V): V {
    const kept = this.map.get(key);
    if (kept !== undefined) return kept;
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    const value = create();
    this.map.set(key, value);
    if (value instanceof Promise) value.catch(() => this.map.get(key) === value && this.map.delete(key));
    return value;
  }
}

/** The turn's connector factory, handing out the client kept for the same bot, service URL and audience. */
class KeptConnectors implements ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string | undefined,
    private readonly kept: Bounded<Promise<ConnectorClient>>,
  ) {}

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.kept.get(JSON.stringify([this.appId ?? null, serviceUrl, audience ?? null]), () => this.inner.create(serviceUrl, audience));
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

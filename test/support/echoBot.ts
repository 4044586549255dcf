/**
 * A tiny Bot Framework bot for end-to-end tests of the Playground harness (test/support/playground.ts).
 *
 * It is NOT SAV-boten: it only proves that the Playground, the headless browser and the helpers work.
 *   - any text        → replies `Echo: <text>`
 *   - `/card`         → an Adaptive Card 1.5 with Input.Text (`title`), Input.Date (`date`),
 *                       Input.ChoiceSet (`channel`) and an Action.Execute button "Skicka" (verb `submit`)
 *   - Action.Execute  → answers the invoke with a replacement card ("Mottaget: …" with the values)
 *   - `/update`       → sends "Version 1" and then replaces it with "Version 2" through updateActivity
 *                       (PUT /v3/conversations/{id}/activities/{activityId} on the Playground's connector)
 *
 * Uses CloudAdapter with no app id (accepts the Playground's unauthenticated traffic) + restify,
 * listening on 127.0.0.1 on a free port. Every incoming activity is kept in `activities`.
 */
import { AddressInfo } from 'node:net';
import * as restify from 'restify';
import {
  Activity,
  ActivityTypes,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TurnContext,
} from 'botbuilder';

export interface EchoBot {
  /** e.g. `http://127.0.0.1:40123/api/messages` */
  endpoint: string;
  port: number;
  /** Every activity the bot received, oldest first. */
  activities: Partial<Activity>[];
  /** Errors raised while handling a turn (also logged). */
  errors: unknown[];
  stop(): Promise<void>;
}

export function echoCard(): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Testkort', weight: 'Bolder', size: 'Medium' },
      { type: 'Input.Text', id: 'title', label: 'Rubrik', placeholder: 'Skriv en rubrik' },
      { type: 'Input.Date', id: 'date', label: 'Datum' },
      {
        type: 'Input.ChoiceSet',
        id: 'channel',
        label: 'Kanal',
        style: 'compact',
        value: 'linkedin',
        choices: [
          { title: 'LinkedIn', value: 'linkedin' },
          { title: 'Instagram', value: 'instagram' },
          { title: 'Facebook', value: 'facebook' },
        ],
      },
    ],
    actions: [{ type: 'Action.Execute', title: 'Skicka', verb: 'submit', data: { kind: 'echo' } }],
  };
}

export function receivedCard(values: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Mottaget', weight: 'Bolder', size: 'Medium' },
      {
        type: 'TextBlock',
        wrap: true,
        text: `Mottaget: ${values.title ?? ''} | ${values.date ?? ''} | ${values.channel ?? ''}`,
      },
    ],
  };
}

export async function startEchoBot(opts: { port?: number; log?: boolean } = {}): Promise<EchoBot> {
  const auth = new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(auth);
  const activities: Partial<Activity>[] = [];
  const errors: unknown[] = [];
  adapter.onTurnError = async (_ctx, err) => {
    errors.push(err);
    if (opts.log !== false) console.error('[echoBot] turn error', err);
  };

  const logic = async (ctx: TurnContext) => {
    const a = ctx.activity;
    activities.push(JSON.parse(JSON.stringify(a)));
    if (a.type === ActivityTypes.Message) {
      const text = (TurnContext.removeRecipientMention(a) ?? a.text ?? '').trim();
      if (text === '/card') {
        await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(echoCard())));
      } else if (text === '/update') {
        const sent = await ctx.sendActivity('Version 1');
        await new Promise((r) => setTimeout(r, 500));
        await ctx.updateActivity({ ...MessageFactory.text('Version 2'), id: sent?.id, type: 'message' });
      } else if (a.value && !text) {
        await ctx.sendActivity(`Echo (value): ${JSON.stringify(a.value)}`);
      } else {
        await ctx.sendActivity(`Echo: ${text}`);
      }
    } else if (a.type === ActivityTypes.Invoke && a.name === 'adaptiveCard/action') {
      const values = (a.value?.action?.data ?? {}) as Record<string, unknown>;
      await ctx.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 200,
          body: {
            statusCode: 200,
            type: 'application/vnd.microsoft.card.adaptive',
            value: receivedCard(values),
          },
        },
      });
    } else if (a.type === ActivityTypes.Invoke) {
      await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: {} } });
    }
  };

  const server = restify.createServer({ name: 'echo-bot' });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, logic);
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { ok: true });
    return next();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    port,
    activities,
    errors,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // restify keeps keep-alive sockets open; close them so jest can exit.
        (server.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

// `tsx test/support/echoBot.ts [port]` runs it standalone (manual exploration with the Playground).
if (require.main === module) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3978);
  startEchoBot({ port }).then((bot) => {
    console.log(`echo bot on ${bot.endpoint}`);
    setInterval(() => {
      while (bot.activities.length) {
        console.log('ACTIVITY', JSON.stringify(bot.activities.shift()));
      }
    }, 200);
  });
}

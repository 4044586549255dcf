import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { SavTeamsAdapter } from '../../src/teams/adapter';
import type { Logger } from '../../src/logger';

/** The policies of a connector client's HTTP pipeline, by name. */
interface Pipelined {
  client: { pipeline: { getOrderedPolicies(): { name: string }[]; removePolicy(o: { phase: string }): unknown } };
}
const policies = (c: unknown) => (c as Pipelined).client.pipeline.getOrderedPolicies().map((p) => p.name);

function activity(serviceUrl: string, n: number): Activity {
  return {
    type: 'message',
    id: `a${n}`,
    text: 'hej',
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:u', name: 'U' },
    recipient: { id: '28:bot', name: 'bot' },
    conversation: { id: 'a:u', conversationType: 'personal' },
  } as Activity;
}

/** The connector and user token clients an incoming turn runs with (no app id: local traffic, as in the Playground). */
async function turnClients(adapter: SavTeamsAdapter, serviceUrl: string, n: number) {
  let seen: { connector: unknown; tokens: unknown } | undefined;
  let status = 0;
  const req = { body: activity(serviceUrl, n), headers: {} } as unknown as Request;
  const res = { header() {}, status: (s: number) => (status = s), send() {}, end() {} } as unknown as Response;
  const log = { warn: jest.fn(), error: jest.fn() } as unknown as Logger;
  await adapter.handle(req, res, async (ctx: TurnContext) => {
    seen = { connector: ctx.turnState.get(ctx.adapter.ConnectorClientKey), tokens: ctx.turnState.get((ctx.adapter as SavTeamsAdapter).UserTokenClientKey) };
  }, log);
  expect(status).toBe(200);
  return seen!;
}

describe('the adapter keeps its clients across turns', () => {
  test('turns to the same service URL share one connector client and one user token client; another URL gets its own', async () => {
    const adapter = new SavTeamsAdapter({});
    const a = await turnClients(adapter, 'https://smba.example/emea/', 1);
    const b = await turnClients(adapter, 'https://smba.example/emea/', 2);
    const c = await turnClients(adapter, 'https://smba.example/amer/', 3);
    expect(a.connector).toBeDefined();
    expect(b.connector).toBe(a.connector);
    expect(c.connector).not.toBe(a.connector);
    expect(b.tokens).toBe(a.tokens);
    expect((c.connector as { baseUri?: string }).baseUri).toBe('https://smba.example/amer/');
  });

  test('a proactive send gets a client of its own: taking its retries out leaves the replies their retries', async () => {
    const adapter = new SavTeamsAdapter({});
    const url = 'https://smba.example/emea/';
    const turn = await turnClients(adapter, url, 1);
    expect(policies(turn.connector)).toContain('defaultRetryPolicy');
    const reference = { serviceUrl: url, channelId: 'msteams', conversation: { id: 'a:u' }, bot: { id: '28:bot' } } as unknown as ConversationReference;
    let proactive: unknown;
    await adapter.continueConversationAsync('', reference, async (ctx) => {
      proactive = ctx.turnState.get(ctx.adapter.ConnectorClientKey);
      (proactive as Pipelined).client.pipeline.removePolicy({ phase: 'Retry' });
    });
    expect(proactive).not.toBe(turn.connector);
    expect(policies(proactive)).not.toContain('defaultRetryPolicy');
    const next = await turnClients(adapter, url, 2);
    expect(next.connector).toBe(turn.connector);
    expect(policies(next.connector)).toContain('defaultRetryPolicy');
  });

  test('service URLs from activities cannot grow the kept clients without bound', async () => {
    const adapter = new SavTeamsAdapter({});
    const first = await turnClients(adapter, 'https://smba.example/0/', 0);
    for (let i = 1; i <= 40; i++) await turnClients(adapter, `https://smba.example/${i}/`, i);
    const kept = (adapter as unknown as { connectors: { map: Map<string, unknown> } }).connectors.map;
    expect(kept.size).toBeLessThanOrEqual(32);
    // The oldest was forgotten: a new turn there builds a new client.
    expect((await turnClients(adapter, 'https://smba.example/0/', 41)).connector).not.toBe(first.connector);
  });
});

import { TestBot } from '../support/bot';
import { generate, seeded } from '../support/fuzz';

/** Tables that hold the network's data: a hostile request must not change any of them. */
const KEPT = ['bookings', 'posts', 'comments', 'escalations', 'evidence', 'escalation_decisions', 'outbox', 'files', 'registrations', 'settings', 'team_members', 'jobs'];
const COUNT = 3000;

/** Generated hostile activities through the real endpoint: never a 5xx, never a change to the data. */
describe('fuzzing /api/messages', () => {
  let t: TestBot;

  beforeAll(async () => {
    t = await TestBot.start({ env: { COMMANDS_PER_MINUTE: '100000' } });
  });
  afterAll(async () => {
    await t.close();
  });

  async function snapshot(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const table of KEPT) out[table] = JSON.stringify(await t.bot.db.query(`select * from ${table} order by 1`));
    return out;
  }

  test(`${COUNT} generated activities (seed 20261206): no answer of 500 or above, and the data unchanged`, async () => {
    const before = await snapshot();
    const random = seeded(20261206);
    const statuses = new Map<number, number>();
    const fives: { n: number; status: number; body: string }[] = [];
    for (let n = 0; n < COUNT; n++) {
      const { body, raw } = generate(random, t.connector.url, n);
      const res = await fetch(`${t.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) fives.push({ n, status: res.status, body: (raw ?? JSON.stringify(body)).slice(0, 300) });
    }
    await t.idle();
    expect(fives).toEqual([]);
    // Refusals are the norm; some well-formed ones (an unknown command, a forged verb) get a polite 200.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(COUNT / 3);
    expect(await snapshot()).toEqual(before);
    // Nothing polluted: objects did not gain properties from a forged __proto__.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 600_000);
});

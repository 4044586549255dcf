import { TestBot } from '../test/support/bot';
import { generate, seeded } from '../test/support/fuzz';

/** How long the security fuzz takes (`npm run bench -- fuzz`): 3,000 generated hostile activities. */
export async function run(): Promise<Record<string, number | string>> {
  const t = await TestBot.start({ env: { COMMANDS_PER_MINUTE: '100000' } });
  try {
    const random = seeded(20261206);
    const statuses = new Map<number, number>();
    const started = process.hrtime.bigint();
    const n = 3000;
    for (let i = 0; i < n; i++) {
      const { body, raw } = generate(random, t.connector.url, i);
      const res = await fetch(`${t.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return {
      activities: n,
      'seconds in all': seconds,
      'activities per second': n / seconds,
      ...Object.fromEntries([...statuses].sort(([a], [b]) => a - b).map(([s, c]) => [`answered ${s}`, c])),
    };
  } finally {
    await t.close();
  }
}

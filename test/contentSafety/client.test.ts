import net from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { ContentSafetyClient } from '../../src/contentSafety/client';
import { FakeContentSafety } from '../support/fakeContentSafety';

const KEY = 'cs-key-0123456789abcdef';

/** A logger whose JSON lines the test can read. */
function memoryLog() {
  const lines: any[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines, raw: () => JSON.stringify(lines) };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the Content Safety client', () => {
  let fake: FakeContentSafety;

  beforeAll(async () => {
    fake = await new FakeContentSafety(KEY).start();
  });
  beforeEach(() => fake.reset());
  afterAll(() => fake.stop());

  const client = (log: pino.Logger, over: { endpoint?: string; timeoutMs?: number } = {}) =>
    new ContentSafetyClient({ endpoint: over.endpoint ?? `${fake.url}/`, key: KEY, timeoutMs: over.timeoutMs ?? 1000, log });

  test('sends the documented request and reads both severities', async () => {
    const { log, lines } = memoryLog();
    fake.severities.set('Jag ska slå sönder er', { hate: 2, violence: 6 });
    expect(await client(log).analyse('Jag ska slå sönder er')).toEqual({ hate: 2, violence: 6 });
    expect(fake.problems).toEqual([]);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      path: '/contentsafety/text:analyze',
      apiVersion: '2024-09-01',
      key: KEY,
      body: { text: 'Jag ska slå sönder er', categories: ['Hate', 'Violence'], outputType: 'FourSeverityLevels' },
    });
    expect(lines).toEqual([]);
  });

  test('a text longer than 10 000 code points is cut at 10 000 code points, never inside an emoji', async () => {
    const { log } = memoryLog();
    const text = '😀'.repeat(10_005);
    expect(await client(log).analyse(text)).toEqual({ hate: 0, violence: 0 });
    expect(fake.problems).toEqual([]);
    expect(fake.requests[0].body.text).toBe('😀'.repeat(10_000));
  });

  test('an empty comment is not sent at all', async () => {
    const { log } = memoryLog();
    expect(await client(log).analyse('   ')).toBeNull();
    expect(fake.requests).toHaveLength(0);
  });

  test.each([
    ['unauthorized', 401],
    ['server-error', 500],
  ] as const)('%s: null, one request and no retry, a warning with the status and neither key nor text', async (mode, status) => {
    const { log, lines, raw } = memoryLog();
    fake.mode = mode;
    expect(await client(log).analyse('Hemlig kommentartext')).toBeNull();
    expect(fake.requests).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, reason: 'http', status });
    expect(raw()).not.toContain(KEY);
    expect(raw()).not.toContain('Hemlig');
  });

  test('a slow service: null after the timeout, a timeout warning', async () => {
    const { log, lines } = memoryLog();
    fake.mode = 'slow';
    fake.slowMs = 1500;
    const started = Date.now();
    expect(await client(log, { timeoutMs: 200 }).analyse('Hemlig kommentartext')).toBeNull();
    expect(Date.now() - started).toBeLessThan(1200);
    expect(lines).toEqual([expect.objectContaining({ level: 40, reason: 'timeout' })]);
  });

  test.each(['garbage', 'wrong-shape'] as const)('a 200 with a body that is not the documented shape (%s): null, a malformed warning', async (mode) => {
    const { log, lines, raw } = memoryLog();
    fake.mode = mode;
    expect(await client(log).analyse('Hemlig kommentartext')).toBeNull();
    expect(lines).toEqual([expect.objectContaining({ level: 40, reason: 'malformed', status: 200 })]);
    expect(raw()).not.toContain('Hemlig');
  });

  test('nothing listening: null, a network warning', async () => {
    const { log, lines, raw } = memoryLog();
    expect(await client(log, { endpoint: `http://127.0.0.1:${await closedPort()}` }).analyse('Hemlig kommentartext')).toBeNull();
    expect(lines).toEqual([expect.objectContaining({ level: 40, reason: 'network', detail: 'ECONNREFUSED' })]);
    expect(raw()).not.toContain(KEY);
  });
});

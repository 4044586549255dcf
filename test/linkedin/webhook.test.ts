import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startLinkedInSimulator } from '../../scripts/linkedinSimulator';
import { challengeResponse, parseNotifications, verifySignature } from '../../src/linkedin/webhook';

const SECRET = 'hemlig-klienthemlighet';
const BODY = Buffer.from(
  JSON.stringify({ type: 'ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS', notifications: [{ text: 'Hur söker man? åäö' }] }),
  'utf8',
);
/** Computed here, independently of the module: HMAC over "hmacsha256=" + raw body. */
const GOOD = createHmac('sha256', SECRET).update('hmacsha256=' + BODY.toString('utf8')).digest('hex');

/** The documentation example from LINKEDIN.md. */
const DOC_NOTIFICATION = {
  notificationId: 5603453321,
  action: 'COMMENT',
  organizationalEntity: 'urn:li:organization:96072893',
  lastModifiedAt: 1691574506310,
  sourcePost: 'urn:li:activity:7094637247890620418',
  decoratedSourcePost: { entity: 'urn:li:share:7094637247487995904', owner: 'urn:li:organization:96072893' },
  generatedActivity: 'urn:li:comment:(activity:7094637247890620418,7094977717598625792)',
  decoratedGeneratedActivity: {
    comment: {
      entity: 'urn:li:comment:(urn:li:activity:7094637247890620418,7094977717598625792)',
      owner: 'urn:li:person:zLqTygBP8S',
      text: 'Hur söker man?',
      object: 'urn:li:activity:7094637247890620418',
    },
  },
};

const DOC_PARSED = {
  notificationId: '5603453321',
  action: 'COMMENT',
  postUrn: 'urn:li:share:7094637247487995904',
  activityUrn: 'urn:li:activity:7094637247890620418',
  commentUrn: 'urn:li:comment:(urn:li:activity:7094637247890620418,7094977717598625792)',
  actorUrn: 'urn:li:person:zLqTygBP8S',
  organizationUrn: 'urn:li:organization:96072893',
  text: 'Hur söker man?',
  lastModifiedAt: new Date(1691574506310),
};

describe('challenge', () => {
  it('answers a UUID with the hex HMAC-SHA256 of it keyed by the client secret', () => {
    const code = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(challengeResponse('key', code)).toBe(createHmac('sha256', 'key').update(code, 'utf8').digest('hex'));
  });

  it('answers nothing else, so that it can never sign "hmacsha256=" + a body', () => {
    expect(challengeResponse('key', 'The quick brown fox jumps over the lazy dog')).toBeNull();
    expect(challengeResponse('key', `hmacsha256=${BODY.toString('utf8')}`)).toBeNull();
    expect(challengeResponse('key', '0f8fad5b-d9cb-469f-a165-70867728950e\n')).toBeNull();
  });
});

describe('X-LI-Signature', () => {
  it('accepts the right signature without a prefix', () => {
    expect(verifySignature(SECRET, BODY, GOOD)).toBe(true);
  });

  it('accepts the right signature with a hmacsha256= prefix, and in upper-case hex', () => {
    expect(verifySignature(SECRET, BODY, `hmacsha256=${GOOD}`)).toBe(true);
    expect(verifySignature(SECRET, BODY, GOOD.toUpperCase())).toBe(true);
  });

  it('rejects a signature made with another secret', () => {
    const other = createHmac('sha256', 'fel-hemlighet').update('hmacsha256=' + BODY.toString('utf8')).digest('hex');
    expect(verifySignature(SECRET, BODY, other)).toBe(false);
  });

  it('rejects a signature over the body without the hmacsha256= prefix in the signed text', () => {
    const unprefixed = createHmac('sha256', SECRET).update(BODY).digest('hex');
    expect(verifySignature(SECRET, BODY, unprefixed)).toBe(false);
  });

  it('rejects a missing, empty, truncated or garbled header', () => {
    expect(verifySignature(SECRET, BODY)).toBe(false);
    expect(verifySignature(SECRET, BODY, '')).toBe(false);
    expect(verifySignature(SECRET, BODY, 'hmacsha256=')).toBe(false);
    expect(verifySignature(SECRET, BODY, GOOD.slice(0, 63))).toBe(false);
    expect(verifySignature(SECRET, BODY, GOOD.slice(0, 62))).toBe(false);
    expect(verifySignature(SECRET, BODY, GOOD + '00')).toBe(false);
    expect(verifySignature(SECRET, BODY, GOOD.slice(0, 63) + 'z')).toBe(false);
  });

  it('rejects the right signature when one byte of the body has changed', () => {
    const tampered = Buffer.from(BODY);
    tampered[tampered.length - 3] ^= 0x01;
    expect(verifySignature(SECRET, tampered, GOOD)).toBe(false);
  });
});

describe('parseNotifications', () => {
  it('parses the documented envelope into the bot terms', () => {
    const result = parseNotifications({ type: 'ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS', notifications: [DOC_NOTIFICATION] });
    expect(result).toEqual({ ok: true, value: [DOC_PARSED] });
  });

  it('parses a bare array the same way', () => {
    expect(parseNotifications([DOC_NOTIFICATION, { ...DOC_NOTIFICATION, notificationId: '7', action: 'COMMENT_DELETE' }])).toEqual({
      ok: true,
      value: [DOC_PARSED, { ...DOC_PARSED, notificationId: '7', action: 'COMMENT_DELETE' }],
    });
  });

  it('falls back to sourcePost and repairs the bare generatedActivity when nothing is decorated', () => {
    const { decoratedSourcePost: _post, decoratedGeneratedActivity: _activity, ...bare } = DOC_NOTIFICATION;
    const result = parseNotifications([bare]);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          notificationId: '5603453321',
          action: 'COMMENT',
          postUrn: 'urn:li:activity:7094637247890620418',
          activityUrn: 'urn:li:activity:7094637247890620418',
          commentUrn: 'urn:li:comment:(urn:li:activity:7094637247890620418,7094977717598625792)',
          organizationUrn: 'urn:li:organization:96072893',
          lastModifiedAt: new Date(1691574506310),
        },
      ],
    });
  });

  it('refuses bodies that are not notification batches', () => {
    for (const body of [null, 'text', 42, {}, { notifications: 'x' }, [{ ...DOC_NOTIFICATION, lastModifiedAt: 'igår' }], [{ action: 'COMMENT' }]]) {
      const result = parseNotifications(body);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/not a LinkedIn notification batch/);
    }
  });

  it('names the broken field', () => {
    const { sourcePost: _omitted, ...withoutPost } = DOC_NOTIFICATION;
    const result = parseNotifications({ notifications: [withoutPost] });
    expect(!result.ok && result.error).toMatch(/notifications\.0\.sourcePost/);
  });
});

describe('deliveries from the simulator', () => {
  let receiver: Server;
  let url: string;
  const received: Array<{ valid: boolean; parsed: ReturnType<typeof parseNotifications> }> = [];

  beforeAll(async () => {
    // A minimal receiver doing what the bot's route will: verify over raw bytes, then parse.
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const valid = verifySignature(SECRET, raw, req.headers['x-li-signature'] as string | undefined);
        received.push({ valid, parsed: parseNotifications(JSON.parse(raw.toString('utf8'))) });
        // Not chained: restify (loaded by other test files in this process) patches writeHead to return nothing.
        res.writeHead(valid ? 200 : 401);
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/linkedin/webhook`;
  });
  afterAll(() => new Promise((resolve) => receiver.close(resolve)));

  it('signs batches so the receiver accepts them, and a bad signature is refused', async () => {
    const sim = await startLinkedInSimulator({ seed: true });
    try {
      const question = sim.state.comments.find((c) => c.text === 'Hur söker man till traineeprogrammet?')!;
      expect((await sim.sendWebhook(url, SECRET, [question.urn])).status).toBe(200);
      expect((await sim.sendWebhook(url, SECRET, [question.urn], { prefixSignature: true, bareArray: true })).status).toBe(200);
      expect((await sim.sendWebhook(url, SECRET, [question.urn], { badSignature: true })).status).toBe(401);

      expect(received.map((r) => r.valid)).toEqual([true, true, false]);
      const first = received[0].parsed;
      expect(first.ok && first.value[0]).toMatchObject({
        action: 'COMMENT',
        postUrn: question.postUrn,
        activityUrn: question.activityUrn,
        commentUrn: question.urn,
        actorUrn: question.actorUrn,
        text: question.text,
      });
      expect(received[1].parsed.ok).toBe(true);
    } finally {
      await sim.stop();
    }
  });
});

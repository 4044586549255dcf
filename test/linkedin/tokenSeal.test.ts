import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { TokenSeal } from '../../src/linkedin/tokenSeal';
import { createLogger } from '../../src/logger';

describe('LinkedIn tokens at rest and in logs', () => {
  const key = randomBytes(32).toString('base64');

  test('a sealed token opens with its key only, differs each time, and an altered one does not open', () => {
    const seal = TokenSeal.fromConfig(key);
    expect(seal.source).toBe('configured');
    const a = seal.seal('AQX-secret-token');
    const b = seal.seal('AQX-secret-token');
    expect(a).not.toBe(b);
    expect(a).not.toContain('AQX');
    expect(seal.open(a)).toBe('AQX-secret-token');
    expect(TokenSeal.fromConfig(randomBytes(32).toString('base64')).open(a)).toBeNull();
    const [v, iv, tag, data] = a.split('.');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;
    expect(seal.open([v, iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
    expect(seal.open('not a sealed value')).toBeNull();
  });

  test('without TOKEN_ENCRYPTION_KEY a development key is used and said to be one; a wrong-sized key is refused', () => {
    expect(TokenSeal.fromConfig(undefined).source).toBe('development');
    expect(() => TokenSeal.fromConfig(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => loadConfig({ TOKEN_ENCRYPTION_KEY: randomBytes(16).toString('base64') })).toThrow(/TOKEN_ENCRYPTION_KEY: expected 32 bytes/);
    expect(loadConfig({ TOKEN_ENCRYPTION_KEY: key }).TOKEN_ENCRYPTION_KEY).toBe(key);
  });

  test('the page may be connected from Teams instead of an environment token, but the client id needs its secret', () => {
    const org = { LINKEDIN_ORGANIZATION_URN: 'urn:li:organization:1' };
    expect(() => loadConfig(org)).toThrow(/LINKEDIN_ACCESS_TOKEN and LINKEDIN_ORGANIZATION_URN go together/);
    expect(loadConfig({ ...org, LINKEDIN_CLIENT_ID: 'app', LINKEDIN_CLIENT_SECRET: 's' }).LINKEDIN_FOLLOW_DAYS).toBe(30);
    expect(() => loadConfig({ ...org, LINKEDIN_CLIENT_ID: 'app' })).toThrow(/LINKEDIN_CLIENT_SECRET: required with LINKEDIN_CLIENT_ID/);
  });

  test('the logger redacts token, code and Authorization fields', () => {
    const lines: string[] = [];
    const log = createLogger('info', { write: (line: string) => void lines.push(line) });
    log.info({ accessToken: 'AQX-1', token: { refresh_token: 'AQX-2' }, code: 'AQX-3', headers: { authorization: 'Bearer AQX-4' }, kept: 'visible' }, 'careless');
    expect(lines.join('')).not.toMatch(/AQX-/);
    expect(lines.join('')).toContain('visible');
  });
});

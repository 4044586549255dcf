import { ConfigError, DEFAULT_DEPARTMENTS, loadConfig } from '../src/config';

describe('configuration', () => {
  test('an empty environment gives the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3978,
      DATA_DIR: './data',
      TIMEZONE: 'Europe/Stockholm',
      WORKING_HOURS: { start: 480, end: 1020 },
      WORKING_DAYS: [1, 2, 3, 4, 5],
      HOLIDAYS: 'SE',
      DAY_CAPACITY: 1,
      SUPERADMINS: [],
      DEPARTMENTS: [...DEFAULT_DEPARTMENTS],
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.SAV_TEAM_ID).toBeUndefined();
  });

  test('lists and JSON are read', () => {
    const c = loadConfig({ SUPERADMINS: 'a, b,c', DEPARTMENTS: 'Kultur,Miljö', DEPARTMENT_MANAGERS: '{"Kultur":["m1"]}', WORKING_DAYS: 'sun-tue' });
    expect(c.SUPERADMINS).toEqual(['a', 'b', 'c']);
    expect(c.DEPARTMENTS).toEqual(['Kultur', 'Miljö']);
    expect(c.DEPARTMENT_MANAGERS).toEqual({ Kultur: ['m1'] });
    expect(c.WORKING_DAYS).toEqual([0, 1, 2]);
  });

  test('bad values stop start-up with one message that names each bad variable and what is expected', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', WORKING_HOURS: '17:00-08:00', TIMEZONE: 'Mars/Olympus', DAY_CAPACITY: '0', HOLIDAYS: 'sweden', DATABASE_URL: 'mysql://x' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'WORKING_HOURS', 'TIMEZONE', 'DAY_CAPACITY', 'HOLIDAYS', 'DATABASE_URL']) expect(message).toMatch(new RegExp(`^  ${name}: `, 'm'));
    expect(message).toMatch(/WORKING_HOURS: expected HH:MM-HH:MM with the end after the start/);
    expect(message).toMatch(/TIMEZONE: expected an IANA time zone/);
  });

  test('Content Safety: endpoint and key go together, and the timeout defaults to 3 seconds', () => {
    expect(loadConfig({}).CONTENT_SAFETY_TIMEOUT_MS).toBe(3000);
    expect(loadConfig({}).CONTENT_SAFETY_ENDPOINT).toBeUndefined();
    for (const half of [{ CONTENT_SAFETY_ENDPOINT: 'https://sav.cognitiveservices.azure.com' }, { CONTENT_SAFETY_KEY: 'key' }]) {
      expect(() => loadConfig(half)).toThrow(/CONTENT_SAFETY_ENDPOINT and CONTENT_SAFETY_KEY go together/);
    }
    expect(() => loadConfig({ CONTENT_SAFETY_ENDPOINT: 'not a url', CONTENT_SAFETY_KEY: 'key' })).toThrow(/^  CONTENT_SAFETY_ENDPOINT: expected the resource's endpoint/m);
    const c = loadConfig({ CONTENT_SAFETY_ENDPOINT: 'https://sav.cognitiveservices.azure.com', CONTENT_SAFETY_KEY: 'key', CONTENT_SAFETY_TIMEOUT_MS: '1500' });
    expect(c).toMatchObject({ CONTENT_SAFETY_ENDPOINT: 'https://sav.cognitiveservices.azure.com', CONTENT_SAFETY_KEY: 'key', CONTENT_SAFETY_TIMEOUT_MS: 1500 });
  });

  test('production without an app id is refused: it would accept unauthenticated requests', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId: required when NODE_ENV=production/);
    const appId = '3f2b6c1e-8a4d-4c2b-9e1f-0a1b2c3d4e5f';
    expect(() => loadConfig({ NODE_ENV: 'production', MicrosoftAppId: appId, MicrosoftAppPassword: 'pw' })).toThrow(/MicrosoftAppTenantId/);
    expect(loadConfig({ NODE_ENV: 'production', MicrosoftAppId: appId, MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 't' }).MicrosoftAppId).toBe(appId);
  });

  test('production with an app id that is not a GUID is refused: it would start and then answer 401 to everyone', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'sav-boten', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 't' })).toThrow(/MicrosoftAppId: expected the application \(client\) id/);
  });
});

/**
 * Generated hostile activities for /api/messages, seeded so that a run repeats: missing and mistyped
 * fields, NUL bytes and unpaired surrogates, oversized text, invokes the bot does not handle, forged card
 * verbs (`constructor`, `__proto__`), redelivered invokes, bodies that are not objects at all.
 * Used by test/teams/fuzz.http.test.ts and `npm run bench -- fuzz`.
 */

/** A small deterministic random source (LCG), so a seed gives the same activities every time. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const STRANGE_STRINGS = ['', ' ', '\u0000', 'a\u0000b', '\uD800', 'x\uDC00y', '\u202Egnp.exe', 'x'.repeat(40_000), '{}', '[]', 'null', '<script>alert(1)</script>', '../../etc/passwd', '%00', '\\u0000', '😀'.repeat(500)];
const STRANGE_VALUES: unknown[] = [null, 0, -1, 1e308, true, [], {}, [1, 2, 3], { nested: { deeper: { deepest: [null] } } }, ...STRANGE_STRINGS];
const INVOKES = ['task/fetch', 'task/submit', 'config/fetch', 'config/submit', 'signin/verifyState', 'signin/tokenExchange', 'composeExtension/query', 'composeExtension/fetchTask', 'actionableMessage/executeAction', 'fileConsent/invoke', 'adaptiveCard/action', 'adaptiveCard/action', 'adaptiveCard/action', '', 'x'.repeat(300)];
const VERBS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'booking.cancel', 'case.acknowledge', 'admin.setManagers', 'comment.register', 'report.submit', '', 'x'.repeat(200), 'booking.submit'];
const FIELDS = ['type', 'id', 'channelId', 'serviceUrl', 'from', 'recipient', 'conversation', 'locale', 'text', 'name', 'value', 'channelData', 'timestamp', 'entities', 'attachments'];

/** A well-formed personal-chat activity to start from. */
export function baseActivity(serviceUrl: string, n: number): Record<string, unknown> {
  return {
    type: 'message',
    id: `fuzz-${n}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date('2026-11-23T09:00:00+01:00').toISOString(),
    locale: 'sv-SE',
    from: { id: '29:aad-fuzzer', name: 'Fuzz Fuzzare', aadObjectId: 'aad-fuzzer' },
    recipient: { id: '28:sav-boten', name: 'SAV-boten' },
    conversation: { id: 'a:personal-aad-fuzzer', conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    text: '/hjälp',
  };
}

/** The `n`-th generated body (an object, an array, a scalar, or raw text to send as it is). */
export function generate(random: () => number, serviceUrl: string, n: number): { body: unknown; raw?: string } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const a = baseActivity(serviceUrl, n) as Record<string, unknown>;
  const kind = Math.floor(random() * 10);
  switch (kind) {
    case 0: // a field missing
      delete a[pick(FIELDS)];
      return { body: a };
    case 1: // a field of the wrong type or a strange value
      a[pick(FIELDS)] = pick(STRANGE_VALUES);
      return { body: a };
    case 2: // strange text in a nested field
      (a.from as Record<string, unknown>)[pick(['id', 'name', 'aadObjectId'])] = pick(STRANGE_STRINGS);
      (a.conversation as Record<string, unknown>).id = random() < 0.5 ? pick(STRANGE_STRINGS) : a.conversation && (a.conversation as { id: string }).id;
      a.text = pick(STRANGE_STRINGS);
      return { body: a };
    case 3: // an invoke the bot may not handle, with a strange value
      return { body: { ...a, type: 'invoke', name: pick(INVOKES), value: pick([...STRANGE_VALUES, { action: { type: 'Action.Execute', verb: pick(VERBS), data: pick(STRANGE_VALUES) } }]) } };
    case 4: // a forged card action with a strange verb or data
      return { body: { ...a, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: pick(VERBS), data: pick(STRANGE_VALUES) }, trigger: pick(['manual', 'automatic', 'x']) } } };
    case 5: // an unknown or empty activity type
      return { body: { ...a, type: pick(['foo', '', 'invokeResponse', 'trace', 'handoff', 'delay', 'x'.repeat(100)]) } };
    case 6: // not an object at all, or not JSON
      return random() < 0.5 ? { body: pick([null, 42, 'text', [], [a], true]) } : { body: undefined, raw: pick(['{', '{"type":', 'not json', '\u0000', '{"type":"message"'.repeat(3)]) };
    case 7: // a prototype-pollution attempt
      return { body: undefined, raw: JSON.stringify(a).replace('{', '{"__proto__":{"isSuperadmin":true,"polluted":1},"constructor":{"prototype":{"polluted":1}},') };
    case 8: // the same invoke delivered twice (Teams retries a slow answer)
      return { body: { ...a, id: `fuzz-dup-${n % 7}`, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'schedule.refresh', data: {} }, trigger: 'manual' } } };
    default: // a message with a strange command
      return { body: { ...a, text: `/${pick(['book', 'boka', 'kommentar', 'rapportera', 'bevis', 'admin', 'ärenden'])} ${pick(STRANGE_STRINGS)}` } };
  }
}

import { z } from 'zod';

/**
 * The shape an activity must have before botbuilder or our store sees it. Teams sends far more fields;
 * these are the ones the bot reads, checked so that a malformed or hostile body gets a 400 instead of
 * reaching botbuilder (which answers 500) or the database.
 */

// Lone surrogate halves and NUL cannot be stored as text in PostgreSQL, and mean a forged body.
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const id = z.string().min(1).max(1024);
const account = z.object({ id, name: z.string().max(512).optional(), aadObjectId: z.string().max(128).optional() }).passthrough();

const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048).refine((u) => /^https?:\/\//i.test(u), 'serviceUrl must be http(s)'),
    from: account,
    recipient: account.optional(),
    conversation: z.object({ id, conversationType: z.string().max(64).optional(), tenantId: z.string().max(128).optional() }).passthrough(),
    locale: z.string().max(32).optional(),
    // Teams caps a message at about 28 KB.
    text: z.string().max(30_000).optional(),
    name: z.string().max(256).optional(),
  })
  .passthrough();

/** Invokes the bot answers; anything else gets a 400 rather than teams-ai's 501. */
const HANDLED_INVOKES = new Set(['adaptiveCard/action']);

const executeValue = z.object({
  action: z.object({ type: z.string().max(64).optional(), verb: z.string().min(1).max(128), data: z.unknown().optional() }).passthrough(),
  trigger: z.string().max(32).optional(),
});

/** Why an activity is refused before it reaches the bot, or null when it may go on. */
export function refuseActivity(body: unknown): string | null {
  if (hasUnsafeText(body, 0)) return 'text with NUL or unpaired surrogates';
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) return `malformed activity: ${parsed.error.issues.map((i) => i.path.join('.') || 'body').slice(0, 5).join(', ')}`;
  const a = parsed.data;
  if (a.type === 'invoke') {
    if (!a.name || !HANDLED_INVOKES.has(a.name)) return `unsupported invoke ${String(a.name ?? '').slice(0, 64)}`;
    if (!executeValue.safeParse((a as { value?: unknown }).value).success) return 'malformed card action';
  }
  return null;
}

function hasUnsafeText(node: unknown, depth: number): boolean {
  if (depth > 32) return true;
  if (typeof node === 'string') return UNSAFE.test(node);
  if (Array.isArray(node)) return node.some((n) => hasUnsafeText(n, depth + 1));
  if (node && typeof node === 'object') return Object.entries(node).some(([k, v]) => UNSAFE.test(k) || hasUnsafeText(v, depth + 1));
  return false;
}

/**
 * Azure AI Content Safety, text analysis: a second opinion on a comment's hate and violence.
 *
 * Optional and never needed: the local classifier decides on its own, so every failure (timeout,
 * network, 401/403/429/5xx, a body that is not the documented shape) is a `null` and a warning, and
 * nothing is retried. Logs carry the status only, never the key and never the comment's text.
 */
import { z } from 'zod';
import type { SecondOpinion } from '../domain/moderation';
import type { Config } from '../config';
import type { Logger } from '../logger';

/** The API version the request and response shapes below follow. */
const CONTENT_SAFETY_API_VERSION = '2024-09-01';

/** The service analyses at most 10 000 characters; longer comments are cut, not refused. */
const MAX_CODE_POINTS = 10_000;

/** Options for {@link ContentSafetyClient}. */
export interface ContentSafetyClientOptions {
  /** The resource's endpoint, e.g. `https://<name>.cognitiveservices.azure.com`. */
  endpoint: string;
  /** `Ocp-Apim-Subscription-Key` of the resource. */
  key: string;
  /** Per-request timeout; the comment waits this long at most. */
  timeoutMs: number;
  log: Logger;
}

const severity = z.union([z.literal(0), z.literal(2), z.literal(4), z.literal(6)]);

const analyzeResponseSchema = z
  .object({
    categoriesAnalysis: z.array(z.object({ category: z.string(), severity }).passthrough()),
  })
  .passthrough()
  .refine((r) => ['Hate', 'Violence'].every((c) => r.categoriesAnalysis.some((a) => a.category === c)), {
    message: 'Hate or Violence missing from categoriesAnalysis',
  });

/** Azure's error body: only the code is logged, the message may quote the request. */
const errorBodySchema = z.object({ error: z.object({ code: z.string() }).passthrough() }).passthrough();

/** Why no second opinion was given, for the warning. */
type Unavailable =
  | { reason: 'timeout' | 'network'; detail: string }
  | { reason: 'http'; status: number; code?: string }
  | { reason: 'malformed'; status: number; detail: string };

/** Asks Azure AI Content Safety about one text at a time. */
export class ContentSafetyClient {
  private readonly url: string;

  constructor(private readonly opts: ContentSafetyClientOptions) {
    this.url = `${opts.endpoint.replace(/\/+$/, '')}/contentsafety/text:analyze?api-version=${CONTENT_SAFETY_API_VERSION}`;
  }

  /** The hate and violence severities of `text`, or `null` when the service gave no usable answer. */
  async analyse(text: string): Promise<SecondOpinion | null> {
    // The service refuses an empty text; a comment with only an image has nothing to judge.
    if (!text.trim()) return null;
    const started = Date.now();
    const answer = await this.send(Array.from(text).slice(0, MAX_CODE_POINTS).join(''));
    if ('opinion' in answer) return answer.opinion;
    this.opts.log.warn({ ...answer, ms: Date.now() - started }, 'Content Safety gave no second opinion; the local classification stands');
    return null;
  }

  private async send(text: string): Promise<{ opinion: SecondOpinion } | Unavailable> {
    let response: Response;
    let body: string;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'Ocp-Apim-Subscription-Key': this.opts.key, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, categories: ['Hate', 'Violence'], outputType: 'FourSeverityLevels' }),
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
      // The timeout covers the body too: a service that stalls mid-answer is as slow as one that never answers.
      body = await response.text();
    } catch (error) {
      const err = error as Error & { cause?: { code?: string } };
      if (err.name === 'TimeoutError') return { reason: 'timeout', detail: `no answer within ${this.opts.timeoutMs} ms` };
      return { reason: 'network', detail: err.cause?.code ?? err.name };
    }
    const json = parseJson(body);
    if (!response.ok) {
      const error = errorBodySchema.safeParse(json);
      return { reason: 'http', status: response.status, ...(error.success ? { code: error.data.error.code } : {}) };
    }
    const parsed = analyzeResponseSchema.safeParse(json);
    if (!parsed.success) {
      const detail = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      return { reason: 'malformed', status: response.status, detail };
    }
    const level = (category: string) => parsed.data.categoriesAnalysis.find((a) => a.category === category)!.severity;
    return { opinion: { hate: level('Hate'), violence: level('Violence') } };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A second opinion on comments only when the city has configured one: otherwise no network call at all. */
export function contentSafetyFor(config: Config, log: Logger): ContentSafetyClient | null {
  if (!config.CONTENT_SAFETY_ENDPOINT || !config.CONTENT_SAFETY_KEY) return null;
  return new ContentSafetyClient({ endpoint: config.CONTENT_SAFETY_ENDPOINT, key: config.CONTENT_SAFETY_KEY, timeoutMs: config.CONTENT_SAFETY_TIMEOUT_MS, log });
}

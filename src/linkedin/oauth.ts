/**
 * LinkedIn's OAuth 2.0 authorization-code flow (3-legged), as documented on Microsoft Learn
 * ("LinkedIn Authorization Code Flow", "Programmatic Refresh Tokens"): the member signs in at
 * `{base}/authorization`, LinkedIn redirects to the bot's callback with `code` and `state`, the bot trades
 * the code at `{base}/accessToken` (form-encoded, client id and secret). Access tokens live 60 days
 * (`expires_in`); refresh tokens are granted to approved partners only (`refresh_token`,
 * `refresh_token_expires_in`, 365 days from the first grant, not renewed by refreshing).
 * Expected failures are values; nothing here logs a token.
 */
import { z } from 'zod';
import type { Clock } from '../domain/clock';

/** What the token endpoint granted, with absolute expiry times. */
export interface GrantedTokens {
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string | null;
  refreshExpiresAt: Date | null;
  scope: string | null;
}

/** The outcome of a token request. */
export type TokenOutcome =
  | { ok: true; tokens: GrantedTokens }
  /** `invalid`: LinkedIn refused the code or refresh token (expired, used, revoked); `unavailable`: LinkedIn did not answer usefully. */
  | { ok: false; reason: 'invalid' | 'unavailable'; detail: string };

const tokenSchema = z
  .object({
    access_token: z.string().min(1),
    expires_in: z.coerce.number().int().positive(),
    refresh_token: z.string().min(1).optional(),
    refresh_token_expires_in: z.coerce.number().int().positive().optional(),
    scope: z.string().optional(),
  })
  .passthrough();

const errorSchema = z.object({ error: z.string().optional(), error_description: z.string().optional() }).passthrough();

/** The app's side of the flow: where to send the member, and trading codes and refresh tokens. */
export class LinkedInOAuth {
  constructor(
    private readonly opts: {
      /** `https://www.linkedin.com/oauth/v2` (the simulator's in tests). */
      baseUrl: string;
      clientId: string;
      clientSecret: string;
      /** The bot's callback, registered in the app's Auth settings: `{PUBLIC_BASE_URL}/api/linkedin/callback`. */
      redirectUri: string;
      scopes: string[];
      clock: Clock;
      fetch?: typeof fetch;
      timeoutMs?: number;
    },
  ) {}

  /** The sign-in address for one `state`. */
  authorizeUrl(state: string): string {
    const q = new URLSearchParams({ response_type: 'code', client_id: this.opts.clientId, redirect_uri: this.opts.redirectUri, state, scope: this.opts.scopes.join(' ') });
    return `${this.opts.baseUrl.replace(/\/+$/, '')}/authorization?${q}`;
  }

  /** Trades an authorization code (valid for minutes, once) for tokens. */
  exchangeCode(code: string): Promise<TokenOutcome> {
    return this.token({ grant_type: 'authorization_code', code, redirect_uri: this.opts.redirectUri });
  }

  /** A new access token for a refresh token (approved partners only). */
  refresh(refreshToken: string): Promise<TokenOutcome> {
    return this.token({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  private async token(grant: Record<string, string>): Promise<TokenOutcome> {
    const body = new URLSearchParams({ ...grant, client_id: this.opts.clientId, client_secret: this.opts.clientSecret });
    let response: Response;
    try {
      response = await (this.opts.fetch ?? fetch)(`${this.opts.baseUrl.replace(/\/+$/, '')}/accessToken`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
      });
    } catch (error) {
      return { ok: false, reason: 'unavailable', detail: `token endpoint unreachable: ${(error as Error).message}` };
    }
    const text = await response.text().catch(() => '');
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Described below without the body: it could echo what was sent.
    }
    if (!response.ok) {
      const e = errorSchema.safeParse(json);
      const described = e.success ? [e.data.error, e.data.error_description].filter(Boolean).join(': ') : '';
      const reason = response.status >= 400 && response.status < 500 ? 'invalid' : 'unavailable';
      return { ok: false, reason, detail: `token endpoint answered HTTP ${response.status}${described ? ` (${described.slice(0, 200)})` : ''}` };
    }
    const parsed = tokenSchema.safeParse(json);
    if (!parsed.success) return { ok: false, reason: 'unavailable', detail: 'token endpoint answered without access_token and expires_in' };
    const now = this.opts.clock.now().getTime();
    const t = parsed.data;
    return {
      ok: true,
      tokens: {
        accessToken: t.access_token,
        accessExpiresAt: new Date(now + t.expires_in * 1000),
        refreshToken: t.refresh_token ?? null,
        refreshExpiresAt: t.refresh_token && t.refresh_token_expires_in ? new Date(now + t.refresh_token_expires_in * 1000) : null,
        scope: t.scope ?? null,
      },
    };
  }
}

/**
 * The LinkedIn connection stays alive: a superadmin connects the page from Teams (`/koppla linkedin`,
 * OAuth authorization code flow), the token is kept sealed at rest, refreshed where LinkedIn grants a
 * refresh token, and the superadmins are warned 14, 7 and 1 days before the connection ends.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../domain/clock';
import { LINKEDIN_TOKEN_EXPIRY_JOB, LINKEDIN_TOKEN_REFRESH_JOB } from '../jobs/linkedinToken';
import type { JobQueue } from '../jobs/queue';
import type { LinkedInOAuth } from '../linkedin/oauth';
import type { TokenSeal } from '../linkedin/tokenSeal';
import type { Logger } from '../logger';
import type { ConnectedPage, LinkedInPageRepository } from '../store/linkedinPages';

/** How long a sign-in link may be used. */
export const STATE_MINUTES = 10;
/** The superadmins are warned this many days before the connection ends. */
export const EXPIRY_WARNING_DAYS = [14, 7, 1] as const;
/** A refreshable access token is renewed this many days before it expires (before any warning is due). */
const REFRESH_DAYS_BEFORE = 15;
const DAY_MS = 86_400_000;

/** Who asks to connect. */
export interface Connector {
  id: string;
  name: string;
  isSuperadmin: boolean;
}

/** The answer to `/koppla linkedin`. */
export type ConnectStart =
  | { ok: true; url: string; expiresAt: Date }
  | { ok: false; reason: 'not-superadmin' }
  /** `missing`: the variables to set (names only). */
  | { ok: false; reason: 'not-configured'; missing: string[] };

/** A showcase page to connect: its organization, name and (when asked in a channel) its Teams channel. */
export interface ShowcaseTarget {
  organizationUrn: string;
  name: string;
  channelId: string | null;
}

/** The answer to LinkedIn's redirect back to the bot. */
export type CallbackOutcome =
  | { ok: true; organizationUrn: string; pageName: string | null; expiresAt: Date; refreshable: boolean; byName: string | null }
  /** bad-state: unknown, used or expired state (a forged or repeated callback); denied: the member said no on LinkedIn. */
  | { ok: false; reason: 'bad-state' | 'denied' | 'exchange-failed' | 'malformed'; detail: string };

/** The token as /status shows it. */
export interface TokenFacts {
  source: 'connected' | 'environment' | 'none';
  /** When the access token expires (null: unknown, a token from LINKEDIN_ACCESS_TOKEN). */
  expiresAt: Date | null;
  /** When the connection ends without a new sign-in (the refresh token's expiry where there is one). */
  endsAt: Date | null;
  refreshable: boolean;
}

/** Tells the superadmins (the Teams layer). */
export interface ConnectionNotifier {
  /** `pageName`: a showcase page's name (null: the default page). */
  connected(facts: { organizationUrn: string; pageName: string | null; byName: string | null; expiresAt: Date; refreshable: boolean }): Promise<void>;
  /** The connection ends in `days` days (`endsAt`); sent once per threshold. */
  expiring(facts: { organizationUrn: string; pageName: string | null; endsAt: Date; days: number }): Promise<void>;
  /** LinkedIn refused to refresh the token: a superadmin must connect again. */
  refreshFailed(facts: { organizationUrn: string; pageName: string | null; expiresAt: Date | null; detail: string }): Promise<void>;
}

/** The connection of the city's page. */
export class LinkedInConnection {
  constructor(
    private readonly deps: {
      repo: LinkedInPageRepository;
      seal: TokenSeal;
      /** Null when LINKEDIN_CLIENT_ID / LINKEDIN_CLIENT_SECRET are not set. */
      oauth: LinkedInOAuth | null;
      /** The page (LINKEDIN_ORGANIZATION_URN). */
      organizationUrn: string | undefined;
      /** LINKEDIN_ACCESS_TOKEN, used until a page is connected from Teams. */
      environmentToken: string | undefined;
      /** Variables production still needs before a page may be connected (names only). */
      missingForConnect: string[];
      queue: JobQueue;
      clock: Clock;
      log: Logger;
      notifier: ConnectionNotifier;
      /** Told when a page is connected (starts a showcase page's polling). */
      onConnected?: (organizationUrn: string) => Promise<void>;
    },
  ) {}

  /**
   * The access token to call LinkedIn with for a page (default: the city's page): the connected one, else
   * (the default page only) LINKEDIN_ACCESS_TOKEN; null without either.
   */
  async accessToken(organizationUrn?: string): Promise<string | null> {
    const page = await this.page(organizationUrn);
    if (page) {
      const token = this.deps.seal.open(page.accessTokenSealed);
      if (token) return token;
      this.deps.log.error({ organizationUrn: page.organizationUrn }, 'the stored LinkedIn token does not open with TOKEN_ENCRYPTION_KEY (changed key?): connect the page again');
    }
    return organizationUrn && organizationUrn !== this.deps.organizationUrn ? null : (this.deps.environmentToken ?? null);
  }

  /** The showcase pages connected besides the default page (each with its own token and channel). */
  async showcasePages(): Promise<ConnectedPage[]> {
    return (await this.deps.repo.list()).filter((p) => p.organizationUrn !== this.deps.organizationUrn);
  }

  /** Each showcase page's name and token, for /status. */
  async showcaseFacts(): Promise<{ name: string; token: TokenFacts }[]> {
    const pages = await this.showcasePages();
    return Promise.all(pages.map(async (p) => ({ name: p.name ?? p.organizationUrn, token: await this.facts(p.organizationUrn) })));
  }

  /** The Teams channel of a showcase page, where its posts' channel reminders go; null: the SAV channel. */
  async channelOf(pageUrn: string): Promise<string | null> {
    return (await this.deps.repo.get(pageUrn))?.channelId ?? null;
  }

  /** The token's expiry and kind, for /status (default: the city's page). */
  async facts(organizationUrn?: string): Promise<TokenFacts> {
    const page = await this.page(organizationUrn);
    if (page) {
      const refreshable = page.refreshTokenSealed !== null && page.refreshExpiresAt !== null;
      return { source: 'connected', expiresAt: page.accessExpiresAt, endsAt: refreshable ? page.refreshExpiresAt : page.accessExpiresAt, refreshable };
    }
    return { source: this.deps.environmentToken ? 'environment' : 'none', expiresAt: null, endsAt: null, refreshable: false };
  }

  /**
   * `/koppla linkedin` (or, for a showcase page, `/koppla linkedin <id> <name>`): a sign-in link bound to
   * this superadmin, valid for STATE_MINUTES.
   */
  async start(who: Connector, showcase?: ShowcaseTarget): Promise<ConnectStart> {
    if (!who.isSuperadmin) return { ok: false, reason: 'not-superadmin' };
    const missing = [...(this.deps.oauth ? [] : ['LINKEDIN_CLIENT_ID', 'LINKEDIN_CLIENT_SECRET']), ...(this.deps.organizationUrn ? [] : ['LINKEDIN_ORGANIZATION_URN']), ...this.deps.missingForConnect];
    if (missing.length > 0 || !this.deps.oauth || !this.deps.organizationUrn) return { ok: false, reason: 'not-configured', missing: [...new Set(missing)] };
    const state = randomBytes(24).toString('base64url');
    const expiresAt = new Date(this.deps.clock.now().getTime() + STATE_MINUTES * 60_000);
    await this.deps.repo.addState(
      { state, userId: who.id, userName: who.name, organizationUrn: showcase?.organizationUrn ?? this.deps.organizationUrn, pageName: showcase?.name ?? null, channelId: showcase?.channelId ?? null, expiresAt },
      this.deps.clock.now(),
    );
    this.deps.log.info({ userId: who.id }, 'LinkedIn sign-in started');
    return { ok: true, url: this.deps.oauth.authorizeUrl(state), expiresAt };
  }

  /** LinkedIn's redirect back: checks the state, trades the code, stores the tokens sealed. */
  async complete(q: { state: string | null; code: string | null; error: string | null; errorDescription: string | null }): Promise<CallbackOutcome> {
    const now = this.deps.clock.now();
    if (!q.state || q.state.length > 200) return { ok: false, reason: 'malformed', detail: 'no state' };
    // The state is taken (used) before anything else: a second callback with it changes nothing.
    const state = await this.deps.repo.takeState(q.state, now);
    if (!state) return { ok: false, reason: 'bad-state', detail: 'unknown, used or expired state' };
    if (q.error) return { ok: false, reason: 'denied', detail: `${q.error}${q.errorDescription ? `: ${q.errorDescription.slice(0, 200)}` : ''}` };
    if (!q.code || q.code.length > 2000 || !this.deps.oauth) return { ok: false, reason: 'malformed', detail: 'no code' };
    const granted = await this.deps.oauth.exchangeCode(q.code);
    if (!granted.ok) return { ok: false, reason: 'exchange-failed', detail: granted.detail };
    const t = granted.tokens;
    const page: Omit<ConnectedPage, 'refreshedAt'> = {
      organizationUrn: state.organizationUrn,
      name: state.pageName,
      channelId: state.channelId,
      accessTokenSealed: this.deps.seal.seal(t.accessToken),
      accessExpiresAt: t.accessExpiresAt,
      refreshTokenSealed: t.refreshToken ? this.deps.seal.seal(t.refreshToken) : null,
      refreshExpiresAt: t.refreshExpiresAt,
      scope: t.scope,
      connectedById: state.userId,
      connectedByName: state.userName,
      connectedAt: now,
    };
    await this.deps.repo.connect(page);
    await this.scheduleFollowUps(page);
    await this.deps.onConnected?.(page.organizationUrn);
    const refreshable = t.refreshToken !== null;
    this.deps.log.info({ organizationUrn: state.organizationUrn, userId: state.userId, expiresAt: t.accessExpiresAt.toISOString(), refreshable }, 'LinkedIn page connected');
    await this.deps.notifier.connected({ organizationUrn: state.organizationUrn, pageName: state.pageName, byName: state.userName, expiresAt: t.accessExpiresAt, refreshable });
    return { ok: true, organizationUrn: state.organizationUrn, pageName: state.pageName, expiresAt: t.accessExpiresAt, refreshable, byName: state.userName };
  }

  /**
   * The refresh job: renews the access token with the refresh token. Throws when LinkedIn is unavailable
   * (the job retries); a refused refresh token is told to the superadmins once.
   */
  async refresh(forExpiry: string, organizationUrn?: string): Promise<void> {
    const page = await this.page(organizationUrn);
    // Connected again since: the job belongs to a token no longer in use.
    if (!page || page.accessExpiresAt?.toISOString() !== forExpiry || !page.refreshTokenSealed || !this.deps.oauth) return;
    const refreshToken = this.deps.seal.open(page.refreshTokenSealed);
    const now = this.deps.clock.now();
    if (!refreshToken || (page.refreshExpiresAt && page.refreshExpiresAt <= now)) {
      await this.deps.notifier.refreshFailed({ organizationUrn: page.organizationUrn, pageName: this.showcaseName(page), expiresAt: page.accessExpiresAt, detail: 'the refresh token has expired or cannot be opened' });
      return;
    }
    const granted = await this.deps.oauth.refresh(refreshToken);
    if (!granted.ok && granted.reason === 'unavailable') throw new Error(`LinkedIn token refresh: ${granted.detail}`);
    if (!granted.ok) {
      this.deps.log.warn({ organizationUrn: page.organizationUrn, detail: granted.detail }, 'LinkedIn refused to refresh the token');
      await this.deps.notifier.refreshFailed({ organizationUrn: page.organizationUrn, pageName: this.showcaseName(page), expiresAt: page.accessExpiresAt, detail: granted.detail });
      return;
    }
    const t = granted.tokens;
    await this.deps.repo.refreshed(page.organizationUrn, {
      accessTokenSealed: this.deps.seal.seal(t.accessToken),
      accessExpiresAt: t.accessExpiresAt,
      refreshTokenSealed: t.refreshToken ? this.deps.seal.seal(t.refreshToken) : null,
      at: now,
    });
    this.deps.log.info({ organizationUrn: page.organizationUrn, expiresAt: t.accessExpiresAt.toISOString() }, 'LinkedIn token refreshed');
    const updated = await this.page(page.organizationUrn);
    if (updated) await this.scheduleFollowUps(updated);
  }

  /** The warning job: tells the superadmins, if the page's connection still ends at `endsAt`. */
  async warn(endsAt: string, days: number, organizationUrn?: string): Promise<void> {
    const page = await this.page(organizationUrn);
    if (!page) return;
    const facts = await this.facts(page.organizationUrn);
    if (facts.endsAt?.toISOString() !== endsAt) return;
    await this.deps.notifier.expiring({ organizationUrn: page.organizationUrn, pageName: this.showcaseName(page), endsAt: facts.endsAt, days });
  }

  private showcaseName(page: ConnectedPage): string | null {
    return page.organizationUrn === this.deps.organizationUrn ? null : (page.name ?? page.organizationUrn);
  }

  private async page(organizationUrn = this.deps.organizationUrn): Promise<ConnectedPage | null> {
    return organizationUrn ? this.deps.repo.get(organizationUrn) : null;
  }

  /** The refresh (where possible) and the 14/7/1-day warnings, as durable jobs keyed by the page and the expiry they are for. */
  private async scheduleFollowUps(page: Pick<ConnectedPage, 'organizationUrn' | 'accessExpiresAt' | 'refreshTokenSealed' | 'refreshExpiresAt'>): Promise<void> {
    const now = this.deps.clock.now().getTime();
    const refreshable = page.refreshTokenSealed !== null && page.refreshExpiresAt !== null;
    const endsAt = refreshable ? page.refreshExpiresAt : page.accessExpiresAt;
    if (refreshable && page.accessExpiresAt) {
      const at = Math.max(now, page.accessExpiresAt.getTime() - REFRESH_DAYS_BEFORE * DAY_MS);
      const key = page.accessExpiresAt.toISOString();
      await this.deps.queue.schedule(LINKEDIN_TOKEN_REFRESH_JOB, { forExpiry: key, organizationUrn: page.organizationUrn }, new Date(at), `linkedin-refresh:${page.organizationUrn}:${key}`);
    }
    if (!endsAt) return;
    for (const days of EXPIRY_WARNING_DAYS) {
      const at = endsAt.getTime() - days * DAY_MS;
      if (at < now) continue;
      await this.deps.queue.schedule(LINKEDIN_TOKEN_EXPIRY_JOB, { endsAt: endsAt.toISOString(), days, organizationUrn: page.organizationUrn }, new Date(at), `linkedin-expiry:${page.organizationUrn}:${endsAt.toISOString()}:${days}`);
    }
  }
}

import type { Database } from './database';
import { fromRow } from './rows';

/** A LinkedIn page connected from Teams; the tokens stay sealed here (see linkedin/tokenSeal.ts). */
export interface ConnectedPage {
  organizationUrn: string;
  name: string | null;
  accessTokenSealed: string;
  accessExpiresAt: Date | null;
  refreshTokenSealed: string | null;
  refreshExpiresAt: Date | null;
  scope: string | null;
  connectedById: string;
  connectedByName: string | null;
  connectedAt: Date;
  refreshedAt: Date | null;
  /** A showcase page's Teams channel (conversation id), where its posts' channel reminders go. */
  channelId: string | null;
}

/** A sign-in in progress: who asked, for which page, until when. */
export interface OAuthState {
  state: string;
  userId: string;
  userName: string | null;
  organizationUrn: string;
  /** A showcase page's name and channel, as given with /koppla linkedin <id> <name>. */
  pageName: string | null;
  channelId: string | null;
  expiresAt: Date;
  usedAt: Date | null;
}

/** Connected pages and the `state`s of sign-ins in progress. */
export class LinkedInPageRepository {
  constructor(private readonly db: Database) {}

  async get(organizationUrn: string): Promise<ConnectedPage | null> {
    const rows = await this.db.query('select * from linkedin_pages where organization_urn = $1', [organizationUrn]);
    return rows[0] ? fromRow<ConnectedPage>(rows[0]) : null;
  }

  /** Every connected page. */
  async list(): Promise<ConnectedPage[]> {
    const rows = await this.db.query('select * from linkedin_pages order by connected_at');
    return rows.map((r) => fromRow<ConnectedPage>(r));
  }

  /** Stores a page's tokens after a sign-in (replacing an earlier connection). */
  async connect(p: Omit<ConnectedPage, 'refreshedAt'>): Promise<void> {
    await this.db.query(
      `insert into linkedin_pages (organization_urn, name, access_token_sealed, access_expires_at, refresh_token_sealed, refresh_expires_at, scope, connected_by_id, connected_by_name, connected_at, channel_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       on conflict (organization_urn) do update set name = coalesce(excluded.name, linkedin_pages.name), channel_id = coalesce(excluded.channel_id, linkedin_pages.channel_id), access_token_sealed = excluded.access_token_sealed,
         access_expires_at = excluded.access_expires_at, refresh_token_sealed = excluded.refresh_token_sealed, refresh_expires_at = excluded.refresh_expires_at,
         scope = excluded.scope, connected_by_id = excluded.connected_by_id, connected_by_name = excluded.connected_by_name, connected_at = excluded.connected_at, refreshed_at = null`,
      [p.organizationUrn, p.name, p.accessTokenSealed, p.accessExpiresAt, p.refreshTokenSealed, p.refreshExpiresAt, p.scope, p.connectedById, p.connectedByName, p.connectedAt, p.channelId],
    );
  }

  /** Stores a refreshed access token (the refresh token keeps its first expiry, as LinkedIn's does). */
  async refreshed(organizationUrn: string, r: { accessTokenSealed: string; accessExpiresAt: Date; refreshTokenSealed: string | null; at: Date }): Promise<void> {
    await this.db.query(
      `update linkedin_pages set access_token_sealed = $2, access_expires_at = $3, refresh_token_sealed = coalesce($4, refresh_token_sealed), refreshed_at = $5 where organization_urn = $1`,
      [organizationUrn, r.accessTokenSealed, r.accessExpiresAt, r.refreshTokenSealed, r.at],
    );
  }

  /** Stores a new sign-in's state; states expired a day ago go (they only refuse replays until then). */
  async addState(s: Omit<OAuthState, 'usedAt'>, now: Date): Promise<void> {
    await this.db.query(`delete from linkedin_oauth_states where expires_at < $1`, [new Date(now.getTime() - 86_400_000)]);
    await this.db.query(
      'insert into linkedin_oauth_states (state, user_id, user_name, organization_urn, expires_at, page_name, channel_id) values ($1, $2, $3, $4, $5, $6, $7)',
      [s.state, s.userId, s.userName, s.organizationUrn, s.expiresAt, s.pageName, s.channelId],
    );
  }

  /** Takes a state once: null when unknown, already used or expired (a second callback, a forged one). */
  async takeState(state: string, now: Date): Promise<OAuthState | null> {
    const rows = await this.db.query(
      'update linkedin_oauth_states set used_at = $2 where state = $1 and used_at is null and expires_at > $2 returning *',
      [state, now],
    );
    return rows[0] ? fromRow<OAuthState>(rows[0]) : null;
  }
}

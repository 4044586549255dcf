import type { Database, Sql } from './database';
import type { UnreachableReason, UnreachablePerson } from '../domain/reach';

// The entities live in domain/; re-exported for the store's callers.
export type { UnreachableReason, UnreachablePerson } from '../domain/reach';

/** A member of a team, as Teams' roster or a membersAdded event gives them. */
export interface TeamMember {
  /** Entra object id: the identity used everywhere else (SUPERADMINS, owners, managers). */
  aadObjectId: string;
  /** Teams user id (29:…). */
  teamsId: string;
  name: string;
  email: string | null;
}

/** How one roster reading changed what we knew. */
export interface RosterChange {
  joined: string[];
  left: string[];
  total: number;
}

/** The members of the teams the bot is in, and the teams themselves (installed, removed). */
export class TeamMemberRepository {
  constructor(private readonly db: Database) {}

  /** Records that the bot is in the team (again). */
  async installed(teamId: string, now: Date): Promise<void> {
    await this.db.query(
      `insert into installed_teams (team_id, installed_at) values ($1, $2)
       on conflict (team_id) do update set installed_at = case when installed_teams.removed_at is null then installed_teams.installed_at else excluded.installed_at end, removed_at = null`,
      [teamId, now],
    );
  }

  /** Records that the bot was removed from the team. */
  async removed(teamId: string, now: Date): Promise<void> {
    await this.db.query(
      `insert into installed_teams (team_id, installed_at, removed_at) values ($1, $2, $2)
       on conflict (team_id) do update set removed_at = excluded.removed_at`,
      [teamId, now],
    );
  }

  /**
   * Replaces what is known of the team's members with the full roster: present members are (re)joined,
   * members missing from it are marked gone.
   */
  async replaceRoster(teamId: string, members: TeamMember[], now: Date): Promise<RosterChange> {
    return this.db.transaction(async (tx) => {
      const before = new Set(
        (await tx.query<{ aad_object_id: string }>('select aad_object_id from team_members where team_id = $1 and left_at is null', [teamId])).map((r) => r.aad_object_id),
      );
      for (const m of members) await this.upsert(tx, teamId, m, now);
      const present = new Set(members.map((m) => m.aadObjectId));
      const left = [...before].filter((id) => !present.has(id));
      if (left.length > 0) await tx.query('update team_members set left_at = $3 where team_id = $1 and aad_object_id = any($2)', [teamId, left, now]);
      await tx.query('update installed_teams set roster_synced_at = $2 where team_id = $1', [teamId, now]);
      return { joined: members.map((m) => m.aadObjectId).filter((id) => !before.has(id)), left, total: members.length };
    });
  }

  /** Members added to the team (a membersAdded event). */
  async add(teamId: string, members: TeamMember[], now: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const m of members) await this.upsert(tx, teamId, m, now);
    });
  }

  /** Members removed from the team: marked gone. Returns those who are now in no team the bot knows. */
  async remove(teamId: string, aadObjectIds: string[], now: Date): Promise<string[]> {
    if (aadObjectIds.length === 0) return [];
    await this.db.query('update team_members set left_at = $3 where team_id = $1 and aad_object_id = any($2) and left_at is null', [teamId, aadObjectIds, now]);
    return this.goneAmong(aadObjectIds);
  }

  /** Of these people, those who are in no team's roster any more. */
  async goneAmong(aadObjectIds: string[]): Promise<string[]> {
    const rows = await this.db.query<{ aad_object_id: string }>(
      `select aad_object_id from team_members where aad_object_id = any($1) group by aad_object_id having bool_and(left_at is not null)`,
      [aadObjectIds],
    );
    return rows.map((r) => r.aad_object_id);
  }

  /** The current members of a team. */
  async members(teamId: string): Promise<TeamMember[]> {
    const rows = await this.db.query<{ aad_object_id: string; teams_id: string; name: string; email: string | null }>(
      'select aad_object_id, teams_id, name, email from team_members where team_id = $1 and left_at is null order by name',
      [teamId],
    );
    return rows.map((r) => ({ aadObjectId: r.aad_object_id, teamsId: r.teams_id, name: r.name, email: r.email }));
  }

  /** Everyone in a team's roster now, once each, by name: the people a superadmin picks managers from. */
  async everyone(): Promise<{ aadObjectId: string; name: string }[]> {
    const rows = await this.db.query<{ aad_object_id: string; name: string }>(
      `select aad_object_id, min(name) as name from team_members where left_at is null and name <> '' group by aad_object_id order by min(name), aad_object_id`,
    );
    return rows.map((r) => ({ aadObjectId: r.aad_object_id, name: r.name }));
  }

  /** The Entra object id of the member with this Teams user id (an @mention carries the Teams id only). */
  async aadOfTeamsId(teamsId: string): Promise<string | null> {
    const rows = await this.db.query<{ aad_object_id: string }>('select aad_object_id from team_members where teams_id = $1 and left_at is null limit 1', [teamsId]);
    return rows[0]?.aad_object_id ?? null;
  }

  /** The names of these people where the bot knows them: as they wrote to it, or from a roster. */
  async names(aadObjectIds: string[]): Promise<Map<string, string>> {
    if (aadObjectIds.length === 0) return new Map();
    const rows = await this.db.query<{ id: string; name: string | null }>(
      `select u.id, coalesce(nullif(p.name, ''), (select m.name from team_members m where m.aad_object_id = u.id and m.name <> '' order by m.left_at nulls first limit 1)) as name
       from unnest($1::text[]) as u(id) left join people p on p.user_id = u.id`,
      [aadObjectIds],
    );
    return new Map(rows.filter((r) => r.name).map((r) => [r.id, r.name!]));
  }

  private async upsert(tx: Sql, teamId: string, m: TeamMember, now: Date): Promise<void> {
    await tx.query(
      `insert into team_members (team_id, aad_object_id, teams_id, name, email, joined_at) values ($1, $2, $3, $4, $5, $6)
       on conflict (team_id, aad_object_id) do update set teams_id = excluded.teams_id,
         name = case when excluded.name <> '' then excluded.name else team_members.name end,
         email = coalesce(excluded.email, team_members.email),
         joined_at = case when team_members.left_at is null then team_members.joined_at else excluded.joined_at end, left_at = null`,
      [teamId, m.aadObjectId, m.teamsId, m.name, m.email, now],
    );
    // The roster's name is the one cards show for people who never wrote to the bot.
    if (m.name) {
      await tx.query(
        `insert into people (user_id, name) values ($1, $2) on conflict (user_id) do update set name = case when people.name = '' then excluded.name else people.name end`,
        [m.aadObjectId, m.name],
      );
    }
  }
}

/** People whom personal cards could not reach, until one reaches them again. */
export class UnreachableRepository {
  constructor(private readonly db: Database) {}

  /** Records a failure to reach the person; true when they were reachable until now. */
  async mark(userId: string, reason: UnreachableReason, detail: string, now: Date): Promise<boolean> {
    const rows = await this.db.query<{ fresh: boolean }>(
      `insert into unreachable_people (user_id, reason, detail, since, last_at) values ($1, $2, $3, $4, $4)
       on conflict (user_id) do update set reason = excluded.reason, detail = excluded.detail, last_at = excluded.last_at
       returning (xmax = 0) as fresh`,
      [userId, reason, detail, now],
    );
    return rows[0]?.fresh ?? false;
  }

  /** A card reached the person: they are reachable again. */
  async clear(userId: string): Promise<void> {
    await this.db.query('delete from unreachable_people where user_id = $1', [userId]);
  }

  /** Everyone unreachable now, with their names where known, longest first. */
  async list(): Promise<UnreachablePerson[]> {
    const rows = await this.db.query<{ user_id: string; name: string | null; reason: UnreachableReason; detail: string; since: Date; last_at: Date }>(
      `select u.user_id, coalesce(nullif(p.name, ''), (select m.name from team_members m where m.aad_object_id = u.user_id and m.name <> '' limit 1)) as name,
              u.reason, u.detail, u.since, u.last_at
       from unreachable_people u left join people p on p.user_id = u.user_id order by u.since, u.user_id`,
    );
    return rows.map((r) => ({ userId: r.user_id, name: r.name, reason: r.reason, detail: r.detail, since: r.since, lastAt: r.last_at }));
  }
}

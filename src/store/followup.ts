import type { LocalDate } from '../domain/calendar';
import type { Month, PageFigures, QuestionFact } from '../domain/followup';
import type { Database } from './database';

/** Where a month's page figures came from. */
export type PageSource = 'api' | 'manual';

/** A month's stored page figures, with who typed them in. */
export interface StoredPageFigures {
  month: Month;
  source: PageSource;
  figures: PageFigures;
  enteredById: string | null;
  enteredByName: string | null;
  enteredAt: Date;
}

interface PageRow {
  month: string;
  source: PageSource;
  impressions: number;
  reach: number | null;
  reactions: number;
  comments: number;
  shares: number;
  clicks: number;
  new_followers: number;
  entered_by_id: string | null;
  entered_by_name: string | null;
  entered_at: Date;
}

const toCounts = (rows: { department: string | null; n: number }[]) => new Map(rows.map((r) => [r.department ?? '', r.n]));

/** The records the monthly follow-up reads, and the page figures it keeps. */
export class FollowupRepository {
  constructor(private readonly db: Database) {}

  /** Active bookings per department on the days `first`..`last` (one department's with `department`). */
  async bookedPerDepartment(first: LocalDate, last: LocalDate, department: string | null): Promise<Map<string, number>> {
    const rows = await this.db.query<{ department: string; n: number }>(
      `select department, count(*)::int as n from bookings
        where status = 'active' and day between $1::date and $2::date and ($3::text is null or department = $3)
        group by department`,
      [first, last, department],
    );
    return toCounts(rows);
  }

  /** Posts seen on LinkedIn, published in [start, end), per department of their booking ('' for none). */
  async publishedPerDepartment(start: Date, end: Date, department: string | null): Promise<Map<string, number>> {
    const rows = await this.db.query<{ department: string | null; n: number }>(
      `select department, count(*)::int as n from posts
        where source = 'linkedin' and published_at >= $1 and published_at < $2 and ($3::text is null or department = $3)
        group by department`,
      [start, end, department],
    );
    return toCounts(rows);
  }

  /**
   * Active bookings on the days `first`..`last` and posts published in [start, end), per LinkedIn page: the
   * default page first (`pageUrn` null: bookings and posts without a page, or on `defaultUrn`), then every
   * connected showcase page (with none too) and any other page a post or booking names, with the page's name.
   */
  async perPage(first: LocalDate, last: LocalDate, start: Date, end: Date, defaultUrn: string | null): Promise<{ pageUrn: string | null; name: string | null; booked: number; published: number }[]> {
    const rows = await this.db.query<{ page_urn: string | null; name: string | null; booked: number; published: number }>(
      `with b as (select case when page_urn is null or page_urn = $5 then '' else page_urn end as k, count(*)::int as n from bookings
                   where status = 'active' and day between $1::date and $2::date group by 1),
            p as (select case when page_urn is null or page_urn = $5 then '' else page_urn end as k, count(*)::int as n from posts
                   where source = 'linkedin' and published_at >= $3 and published_at < $4 group by 1),
            k as (select '' as k union select k from b union select k from p
                  union select organization_urn from linkedin_pages where organization_urn is distinct from $5)
       select nullif(k.k, '') as page_urn, lp.name, coalesce(b.n, 0) as booked, coalesce(p.n, 0) as published
         from k left join b on b.k = k.k left join p on p.k = k.k left join linkedin_pages lp on lp.organization_urn = k.k
        order by k.k <> '', lp.name nulls last, k.k`,
      [first, last, start, end, defaultUrn],
    );
    return rows.map((r) => ({ pageUrn: r.page_urn, name: r.name, booked: r.booked, published: r.published }));
  }

  /** Questions whose answer clock started in [start, end) and that needed an answer (open or answered). */
  async questions(start: Date, end: Date, department: string | null): Promise<QuestionFact[]> {
    const rows = await this.db.query<{ asked_at: Date; deadline_at: Date; status: 'open' | 'answered'; closed_at: Date | null }>(
      `select coalesce(c.commented_at, c.seen_at) as asked_at, c.deadline_at, c.status, c.closed_at from comments c
         left join posts p on p.urn = c.post_urn
        where c.is_question and c.status in ('open', 'answered') and c.deadline_at is not null
          and coalesce(c.commented_at, c.seen_at) >= $1 and coalesce(c.commented_at, c.seen_at) < $2
          and ($3::text is null or p.department = $3)`,
      [start, end, department],
    );
    return rows.map((r) => ({ askedAt: new Date(r.asked_at), deadlineAt: new Date(r.deadline_at), status: r.status, answeredAt: r.status === 'answered' && r.closed_at ? new Date(r.closed_at) : null }));
  }

  /** Comments removed (cases resolved as removed) and threats escalated in [start, end). */
  async cases(start: Date, end: Date, department: string | null): Promise<{ removed: number; threats: number }> {
    const rows = await this.db.query<{ removed: number; threats: number }>(
      `select count(*) filter (where status = 'removed' and resolved_at >= $1 and resolved_at < $2)::int as removed,
              count(*) filter (where kind = 'threat' and created_at >= $1 and created_at < $2)::int as threats
         from escalations where ($3::text is null or department = $3)`,
      [start, end, department],
    );
    return { removed: rows[0]?.removed ?? 0, threats: rows[0]?.threats ?? 0 };
  }

  /** A month's stored page figures, by source. */
  async pageFigures(month: Month): Promise<Partial<Record<PageSource, StoredPageFigures>>> {
    const rows = await this.db.query<PageRow>('select * from page_figures where month = $1', [month]);
    return Object.fromEntries(
      rows.map((r) => [
        r.source,
        {
          month: r.month,
          source: r.source,
          figures: { impressions: r.impressions, reach: r.reach, reactions: r.reactions, comments: r.comments, shares: r.shares, clicks: r.clicks, newFollowers: r.new_followers },
          enteredById: r.entered_by_id,
          enteredByName: r.entered_by_name,
          enteredAt: new Date(r.entered_at),
        },
      ]),
    );
  }

  /** Stores (or replaces) a month's page figures from one source. */
  async savePageFigures(month: Month, source: PageSource, f: PageFigures, by: { id: string; name: string } | null, at: Date): Promise<void> {
    await this.db.query(
      `insert into page_figures (month, source, impressions, reach, reactions, comments, shares, clicks, new_followers, entered_by_id, entered_by_name, entered_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       on conflict (month, source) do update set impressions = excluded.impressions, reach = excluded.reach, reactions = excluded.reactions,
         comments = excluded.comments, shares = excluded.shares, clicks = excluded.clicks, new_followers = excluded.new_followers,
         entered_by_id = excluded.entered_by_id, entered_by_name = excluded.entered_by_name, entered_at = excluded.entered_at`,
      [month, source, f.impressions, f.reach, f.reactions, f.comments, f.shares, f.clicks, f.newFollowers, by?.id ?? null, by?.name ?? null, at],
    );
  }
}

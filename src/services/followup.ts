import type { Clock } from '../domain/clock';
import {
  daysOf,
  Month,
  monthBefore,
  monthRange,
  NetworkFigures,
  PageFigures,
  postsPerDepartment,
  questionFigures,
  utcMonthRange,
} from '../domain/followup';
import type { WorkingTime } from '../domain/workingTime';
import type { Logger } from '../logger';
import type { FileRepository } from '../store/escalations';
import type { FollowupRepository } from '../store/followup';

const SETTLE_MS = 2 * 86_400_000;

/** Reads the page's figures for a range from LinkedIn (implemented over the client in `linkedin/page.ts`). */
export interface PageStatistics {
  read(start: Date, end: Date): Promise<{ ok: true; figures: PageFigures } | { ok: false; detail: string }>;
}

/** Where a month's page figures came from, as the card says it. */
export type PageSource =
  | { kind: 'api' }
  | { kind: 'manual'; byName: string; at: Date }
  /** No figures: no API and nobody typed them in, or LinkedIn did not answer (`apiError`). */
  | { kind: 'none'; apiError?: string };

/** A month's page figures and their source. */
export interface PageSide {
  figures: PageFigures | null;
  source: PageSource;
}

/** One LinkedIn page's posts in a month. */
export interface PagePosts {
  pageUrn: string | null;
  name: string | null;
  booked: number;
  published: number | null;
}

/** Everything a follow-up card and its CSV show. */
export interface FollowupReport {
  month: Month;
  previous: Month;
  /** One department's slice, or null for the whole network. */
  department: string | null;
  network: NetworkFigures;
  networkBefore: NetworkFigures;
  /** The page's figures (whole network only: they are the page's, not a department's). */
  page: PageSide | null;
  pageBefore: PageSide | null;
  /** Every department's figures for the month (whole network only), for the CSV. */
  perDepartment: { department: string; figures: NetworkFigures; before: NetworkFigures }[];
  /**
   * Posts per LinkedIn page (whole network only, and only when the city has showcase pages: else empty): the
   * default page first (`pageUrn` null); `published` null without the API.
   */
  perPage: PagePosts[];
  /** The LinkedIn API is connected (else the page's figures are typed in by a superadmin). */
  apiConnected: boolean;
}

/**
 * The monthly follow-up: gathers a month's figures (and the month before's) from the network's own records
 * and the page's statistics, keeps figures a superadmin types in, and exports the CSV.
 */
export class FollowupService {
  constructor(
    private readonly deps: {
      repo: FollowupRepository;
      files: FileRepository;
      clock: Clock;
      log: Logger;
      workingTime: WorkingTime;
      departments: readonly string[];
      /** With LinkedIn API access only. */
      statistics: PageStatistics | null;
      /** The default page (LINKEDIN_ORGANIZATION_URN), when set: its posts count with those without a page. */
      defaultPageUrn?: string | null;
    },
  ) {}

  /** True when the page's figures come from LinkedIn's API. */
  get apiConnected(): boolean {
    return this.deps.statistics !== null;
  }

  /** A month's report for the network (`department` null) or one department. */
  async report(month: Month, department: string | null): Promise<FollowupReport> {
    const previous = monthBefore(month);
    const [network, networkBefore] = await Promise.all([this.network(month, department), this.network(previous, department)]);
    const whole = department === null;
    const page = whole ? await this.page(month) : null;
    const pageBefore = whole ? await this.page(previous) : null;
    const perDepartment = whole
      ? await Promise.all(this.deps.departments.map(async (d) => ({ department: d, figures: await this.network(month, d), before: await this.network(previous, d) })))
      : [];
    const perPage = whole ? await this.perPage(month) : [];
    return { month, previous, department, network, networkBefore, page, pageBefore, perDepartment, perPage, apiConnected: this.apiConnected };
  }

  /** Posts per page, or none when the default page is the only one. */
  private async perPage(month: Month): Promise<PagePosts[]> {
    const { start, end } = monthRange(month, this.deps.workingTime.timeZone);
    const { first, last } = daysOf(month);
    const rows = await this.deps.repo.perPage(first, last, start, end, this.deps.defaultPageUrn ?? null);
    if (rows.length < 2) return [];
    return rows.map((r) => ({ ...r, published: this.apiConnected ? r.published : null }));
  }

  /** The network's own figures for a month: posts, questions (in working time), removals, threats. */
  async network(month: Month, department: string | null): Promise<NetworkFigures> {
    const { repo, workingTime: wt } = this.deps;
    const { start, end } = monthRange(month, wt.timeZone);
    const { first, last } = daysOf(month);
    const [booked, published, questions, cases] = await Promise.all([
      repo.bookedPerDepartment(first, last, department),
      this.apiConnected ? repo.publishedPerDepartment(start, end, department) : Promise.resolve(null),
      repo.questions(start, end, department),
      repo.cases(start, end, department),
    ]);
    const departments = department ? [department] : this.deps.departments;
    return { posts: postsPerDepartment(departments, booked, published), questions: questionFigures(questions, this.deps.clock.now(), wt), ...cases };
  }

  /**
   * A month's page figures: from LinkedIn when connected (kept from two days after the month, when LinkedIn's
   * statistics have settled), else (or when LinkedIn fails) what a superadmin typed in.
   */
  async page(month: Month): Promise<PageSide> {
    const stored = await this.deps.repo.pageFigures(month);
    const manual: PageSide | null = stored.manual
      ? { figures: stored.manual.figures, source: { kind: 'manual', byName: stored.manual.enteredByName ?? '?', at: stored.manual.enteredAt } }
      : null;
    const statistics = this.deps.statistics;
    if (!statistics) return manual ?? { figures: null, source: { kind: 'none' } };
    if (stored.api) return { figures: stored.api.figures, source: { kind: 'api' } };
    const { start, end } = utcMonthRange(month);
    const read = await statistics.read(start, end);
    if (!read.ok) {
      this.deps.log.warn({ month, detail: read.detail }, 'LinkedIn statistics not read');
      return manual ?? { figures: null, source: { kind: 'none', apiError: read.detail } };
    }
    // LinkedIn's statistics settle a day or two after the month; kept from then on, so asking again costs no calls.
    if (this.deps.clock.now().getTime() >= end.getTime() + SETTLE_MS) await this.deps.repo.savePageFigures(month, 'api', read.figures, null, this.deps.clock.now());
    return { figures: read.figures, source: { kind: 'api' } };
  }

  /** Stores the page's figures for a month as a superadmin typed them in from LinkedIn Analytics. */
  async enterPage(month: Month, figures: PageFigures, by: { id: string; name: string }): Promise<void> {
    await this.deps.repo.savePageFigures(month, 'manual', figures, by, this.deps.clock.now());
    this.deps.log.info({ month, userId: by.id }, 'page figures typed in');
  }

  /** Keeps a CSV for download; returns the file's id. */
  async keepCsv(report: FollowupReport, csv: string, by: string | null): Promise<string> {
    const name = `uppfoljning-${report.month}${report.department ? `-${report.department}` : ''}.csv`;
    return this.deps.files.add({ name, contentType: 'text/csv; charset=utf-8', content: csv, at: this.deps.clock.now(), createdBy: by });
  }
}

import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { localDay } from '../../domain/calendar';
import { isMonth, Month, monthOfDay, readMonth } from '../../domain/followup';
import type { FileLinks } from '../../files';
import { followupCsv } from '../../registry/followupCsv';
import type { FollowupService } from '../../services/followup';
import type { DepartmentManagers } from '../../services/managers';
import { Card, cardActivity, Tone } from '../cards';
import type { TeamsDeps } from '../deps';
import type { Person } from '../identity';
import { t } from '../messages';
import { invalidCard } from '../replies';
import { plain } from '../text';
import { followupCard, monthTitle } from './views';

const count = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.coerce.number().int().min(0).max(1e12));
const optionalCount = z.preprocess((v) => (v === '' || v === null || v === undefined ? null : v), count.nullable());
/** The form for the page's figures; the month is checked separately (a forged one is refused, not re-asked). */
const figuresData = z.object({
  impressions: count,
  reach: optionalCount.optional().default(null),
  reactions: count,
  comments: count,
  shares: count,
  clicks: count,
  newFollowers: count,
});
const monthData = z.object({ month: z.string().max(7) });

/** Folds case and å/ä/ö so that "kultur" finds Kulturförvaltningen. */
const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim();

/** `/uppföljning [månad] [förvaltning]` and the form for the page's figures. */
export class FollowupHandlers {
  constructor(private readonly deps: TeamsDeps & { followup: FollowupService; links: FileLinks; managers: DepartmentManagers }) {}

  /**
   * `/uppföljning [month] [department]`: superadmins and the SAV network's editors see the whole network and
   * may ask for any department's slice; a department's manager who is not an editor sees their own
   * department's slice; anyone else is told who the follow-up is for.
   */
  async command(context: TurnContext, person: Person, args: string): Promise<void> {
    const m = t(person.lang).followup.answers;
    const asked = this.read(args);
    if (!asked.ok) {
      this.deps.log.info({ userId: person.id, reason: asked.reason }, '/followup not understood');
      await context.sendActivity(asked.reason === 'future' ? m.futureMonth : asked.reason === 'department' ? m.unknownDepartment(plain(asked.text), this.deps.config.DEPARTMENTS.join(', ')) : m.unreadableMonth);
      return;
    }
    let department = asked.department;
    if (!person.isSuperadmin && !(await this.deps.directory.isEditor(context, person))) {
      const own = Object.entries(await this.deps.managers.all()).filter(([, ids]) => ids.includes(person.id)).map(([d]) => d);
      if (own.length === 0) {
        this.deps.log.warn({ userId: person.id }, '/followup refused: neither editor nor manager');
        await context.sendActivity(m.notAllowed);
        return;
      }
      if (department && !own.includes(department)) {
        this.deps.log.warn({ userId: person.id, department }, '/followup refused: another department');
        await context.sendActivity(m.onlyOwnDepartment(own.map(plain).join(', ')));
        return;
      }
      department = department ?? own[0];
    }
    await context.sendActivity(cardActivity(await this.card(asked.month, department, person, null)));
  }

  /** The form's Save: the page's figures for a month (only superadmins get here: app.ts checks). */
  async savePage(person: Person, raw: unknown): Promise<Card> {
    const m = t(person.lang).followup.answers;
    const month = monthData.safeParse(raw);
    const current = monthOfDay(localDay(this.deps.clock.now(), this.deps.config.TIMEZONE));
    if (!month.success || !isMonth(month.data.month) || month.data.month > current) return invalidCard(this.deps.log, person, raw, month.success ? 'month' : month.error);
    const figures = figuresData.safeParse(raw);
    if (!figures.success) {
      this.deps.log.info({ userId: person.id, fields: figures.error.issues.map((i) => i.path.join('.')).slice(0, 10) }, 'page figures not saved: not whole numbers');
      return this.card(month.data.month, null, person, { text: m.badFigures, tone: 'attention' });
    }
    await this.deps.followup.enterPage(month.data.month, figures.data, { id: person.id, name: person.name });
    return this.card(month.data.month, null, person, { text: m.saved(monthTitle(month.data.month, person.lang)), tone: 'good' });
  }

  /** The follow-up card for a month and slice, with a fresh CSV behind its download link. */
  private async card(month: Month, department: string | null, person: Person, notice: { text: string; tone: Tone } | null): Promise<Card> {
    const report = await this.deps.followup.report(month, department);
    const fileId = await this.deps.followup.keepCsv(report, followupCsv(report, this.deps.config.TIMEZONE), person.id);
    const canEnter = person.isSuperadmin && (!report.apiConnected || report.page?.figures === null);
    return followupCard(report, { lang: person.lang, timeZone: this.deps.config.TIMEZONE, csvUrl: await this.deps.links.link(fileId), canEnter, notice });
  }

  /** The month and department in the command's words (a department is named last, as much of it as is unique). */
  private read(args: string): { ok: true; month: Month; department: string | null } | { ok: false; reason: 'unreadable' | 'future' | 'department'; text: string } {
    const today = localDay(this.deps.clock.now(), this.deps.config.TIMEZONE);
    const words = args.trim().split(/\s+/).filter(Boolean);
    let failure: { ok: false; reason: 'unreadable' | 'future' | 'department'; text: string } = { ok: false, reason: 'unreadable', text: args };
    for (let split = words.length; split >= 0; split--) {
      const month = readMonth(words.slice(0, split).join(' '), today);
      const rest = words.slice(split).join(' ');
      if (!month.ok) {
        if (month.reason === 'future') failure = { ok: false, reason: 'future', text: args };
        continue;
      }
      if (!rest) return { ok: true, month: month.month, department: null };
      const matches = this.deps.config.DEPARTMENTS.filter((d) => fold(d) === fold(rest) || (fold(rest).length >= 3 && fold(d).startsWith(fold(rest))));
      if (matches.length === 1) return { ok: true, month: month.month, department: matches[0] };
      // A department is looked for only after a month that was written: "/uppföljning blabla" is an unreadable month.
      if (split > 0 && failure.reason === 'unreadable') failure = { ok: false, reason: 'department', text: rest.slice(0, 80) };
    }
    return failure;
  }
}

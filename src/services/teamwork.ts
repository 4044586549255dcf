import { z } from 'zod';
import { Absence, standIn } from '../domain/absence';
import { addDays, LocalDate, localDay } from '../domain/calendar';
import type { Clock } from '../domain/clock';
import type { Post, TrackedComment } from '../domain/comment';
import { Holding, questionHolder } from '../domain/routing';
import type { Logger } from '../logger';
import type { TeamMemberRepository } from '../store/members';
import { setting, SettingsRepository } from '../store/settings';
import type { AbsenceRepository, SavedReply, SavedReplyRepository } from '../store/teamwork';
import type { SignatureTitles } from './signatures';

/** A person picked or named: Entra object id and name. */
export interface PickedPerson {
  id: string;
  name: string;
}

/**
 * The SAV editors as Teams' rosters give them: the SAV team's (`SAV_TEAM_ID`), or every team the bot is in
 * when no SAV team is configured. The people a question can be handed to, and substitutes are chosen from.
 */
export class EditorRoster {
  constructor(private readonly deps: { members: TeamMemberRepository; savTeamId: string | undefined }) {}

  /** Every editor by name. */
  async everyone(): Promise<PickedPerson[]> {
    const { members, savTeamId } = this.deps;
    if (savTeamId) return (await members.members(savTeamId)).filter((m) => m.name).map((m) => ({ id: m.aadObjectId, name: m.name }));
    return (await members.everyone()).map((m) => ({ id: m.aadObjectId, name: m.name }));
  }

  /** The editor with this Entra object id, or null when they are in no roster. */
  async find(id: string): Promise<PickedPerson | null> {
    return (await this.everyone()).find((p) => p.id === id) ?? null;
  }

  /** The editor with this Teams user id (29:…, as an @mention carries it). */
  async byTeamsId(teamsId: string): Promise<PickedPerson | null> {
    const id = await this.deps.members.aadOfTeamsId(teamsId);
    return id ? this.find(id) : null;
  }

  /** Editors a written name fits: the full name, else a first name (case and å/ä/ö folded). */
  async named(text: string): Promise<PickedPerson[]> {
    const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim();
    const wanted = fold(text.replace(/^@/, ''));
    if (!wanted) return [];
    const all = await this.everyone();
    const full = all.filter((p) => fold(p.name) === wanted);
    if (full.length > 0) return full;
    return all.filter((p) => fold(p.name).split(' ')[0] === wanted);
  }
}

/** Why an away period was not set. */
export type AwayRefusal = 'substitute-not-editor' | 'substitute-is-self' | 'person-not-editor';

/** Editors' away periods: set with /ledig, and who stands in for whom today. */
export class AwayPeriods {
  constructor(private readonly deps: { repo: AbsenceRepository; roster: EditorRoster; clock: Clock; timeZone: string; log: Logger }) {}

  today(): LocalDate {
    return localDay(this.deps.clock.now(), this.deps.timeZone);
  }

  /** Current and coming periods (all of them, or one person's). */
  current(userId?: string): Promise<Absence[]> {
    return this.deps.repo.fromDay(this.today(), userId);
  }

  /**
   * Sets a person's away period with a substitute. The substitute must be an editor other than the person;
   * a superadmin may set it for someone else, who must be an editor too. An overlapping period is replaced.
   */
  async set(
    by: { id: string; name: string },
    who: PickedPerson,
    period: { fromDay: LocalDate; toDay: LocalDate },
    substituteId: string,
  ): Promise<{ ok: true; absence: Absence; replaced: number } | { ok: false; reason: AwayRefusal }> {
    if (substituteId === who.id) return { ok: false, reason: 'substitute-is-self' };
    const substitute = await this.deps.roster.find(substituteId);
    if (!substitute) return { ok: false, reason: 'substitute-not-editor' };
    if (who.id !== by.id && !(await this.deps.roster.find(who.id))) return { ok: false, reason: 'person-not-editor' };
    const { absence, replaced } = await this.deps.repo.set(
      { userId: who.id, userName: who.name, fromDay: period.fromDay, toDay: period.toDay, substituteId: substitute.id, substituteName: substitute.name },
      by,
      this.deps.clock.now(),
    );
    this.deps.log.info({ userId: who.id, by: by.id, from: period.fromDay, to: period.toDay, substitute: substitute.id, replaced }, 'away period set');
    return { ok: true, absence, replaced };
  }

  /** Ends the person's away time now; how many periods were ended. */
  async end(userId: string, by: string): Promise<number> {
    const today = this.today();
    const n = await this.deps.repo.end(userId, today, addDays(today, -1));
    this.deps.log.info({ userId, by, periods: n }, 'away period ended');
    return n;
  }

  /** What routing needs to know about who holds a question today. */
  async holding(comment: Pick<TrackedComment, 'holderId' | 'holderName'>): Promise<Holding> {
    return { holder: comment.holderId ? { id: comment.holderId, name: comment.holderName } : null, today: this.today(), absences: await this.current() };
  }

  /** Who holds a question now, and for whom they stand in. */
  async holderOf(comment: TrackedComment, post: Post): Promise<ReturnType<typeof questionHolder>> {
    return questionHolder(post, await this.holding(comment));
  }

  /** The person's substitute today (following substitutes who are away too), or null when they are not away. */
  async standInFor(userId: string): Promise<ReturnType<typeof standIn>> {
    return standIn(userId, this.today(), await this.current());
  }
}

/** Set once the default replies have been written: a superadmin who removes them all keeps an empty list. */
const SEEDED = setting('saved_replies_seeded', z.boolean());

/** The four replies every installation starts with (superadmins change them with /svar). */
export function defaultSavedReplies(feedbackUrl: string): { title: string; body: string }[] {
  return [
    {
      title: 'Kritik: hänvisa till Kontaktcenter',
      body: `Hej! Tack för att du hör av dig. Vi vill gärna att du lämnar dina synpunkter till stadens synpunktshantering hos Kontaktcenter, så når de rätt verksamhet och du får svar: ${feedbackUrl}`,
    },
    {
      title: 'Personuppgifter: använd rätt kanal',
      body: 'Hej! Kommentarerna här är öppna för alla, så skriv inte personuppgifter eller andra känsliga uppgifter här. Kontakta oss i stället direkt, till exempel via kontaktcenter@helsingborg.se, så hjälper vi dig.',
    },
    {
      title: 'Jobb: var man söker',
      body: 'Hej! Alla lediga jobb i Helsingborgs stad publiceras på helsingborg.se och syns också under fliken Jobb här på vår LinkedIn-sida. Där ser du hur du söker och kan bevaka nya jobb.',
    },
    {
      title: 'Tack',
      body: 'Stort tack för dina fina ord! Vi skickar dem vidare till våra medarbetare.',
    },
  ];
}

/** The most saved replies kept: Svara lists them all. */
export const MAX_SAVED_REPLIES = 12;

/** The superadmins' saved replies: four Swedish defaults the first time, then what superadmins keep. */
export class SavedReplies {
  constructor(private readonly deps: { repo: SavedReplyRepository; settings: SettingsRepository; clock: Clock; feedbackUrl: string }) {}

  async list(): Promise<SavedReply[]> {
    if (await this.deps.settings.writeIfAbsent(SEEDED, true, this.deps.clock.now())) {
      for (const r of defaultSavedReplies(this.deps.feedbackUrl)) await this.deps.repo.add(r, 'SAV-boten', this.deps.clock.now());
    }
    return this.deps.repo.list();
  }

  get(id: string): Promise<SavedReply | null> {
    return this.deps.repo.get(id);
  }

  async add(r: { title: string; body: string }, byName: string): Promise<{ ok: true; reply: SavedReply } | { ok: false; reason: 'full' }> {
    if ((await this.list()).length >= MAX_SAVED_REPLIES) return { ok: false, reason: 'full' };
    return { ok: true, reply: await this.deps.repo.add(r, byName, this.deps.clock.now()) };
  }

  remove(id: string): Promise<boolean> {
    return this.deps.repo.remove(id);
  }
}

/** What a reminder card shows about working together: who holds the question, whom to hand it to, the saved replies. */
export interface QuestionTeamworkFacts {
  holder: ReturnType<typeof questionHolder>;
  handedOverByName: string | null;
  roster: PickedPerson[];
  replies: SavedReply[];
}

/** Working together on questions, in one place for the reminder cards and their actions. */
export class QuestionTeamwork {
  constructor(readonly parts: { roster: EditorRoster; away: AwayPeriods; replies: SavedReplies; signatures: SignatureTitles }) {}

  /** The facts every copy of a question's card shows. */
  async facts(comment: TrackedComment, post: Post): Promise<QuestionTeamworkFacts> {
    const { roster, away, replies } = this.parts;
    return {
      holder: comment.status === 'open' ? await away.holderOf(comment, post) : null,
      handedOverByName: comment.handedOverByName,
      roster: await roster.everyone(),
      replies: await replies.list(),
    };
  }

  /** The title a person signs with ('' when not given). */
  signatureTitle(userId: string): Promise<string> {
    return this.parts.signatures.of(userId);
  }

  /** How a reader signs replies: name and title; null when the bot does not know their name. */
  async signer(userId: string, knownName?: string | null): Promise<{ name: string; title: string } | null> {
    const name = knownName || (await this.parts.roster.find(userId))?.name;
    return name ? { name, title: await this.parts.signatures.of(userId) } : null;
  }

  /** Whether the actor may hand the question over: its holder now (or the one standing in), the post's owner, a superadmin. */
  async mayHandOver(actor: { id: string; isSuperadmin: boolean }, comment: TrackedComment, post: Post): Promise<boolean> {
    if (actor.isSuperadmin) return true;
    if (post.ownerId === actor.id && post.matchStatus !== 'rejected') return true;
    if (comment.holderId === actor.id) return true;
    const holder = await this.parts.away.holderOf(comment, post);
    // A question nobody holds went to the channel: any editor may take it or pass it on.
    return !holder || holder.id === actor.id;
  }
}

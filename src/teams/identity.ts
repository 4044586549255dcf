import { TeamsInfo, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Lang } from '../domain/calendar';
import type { Logger } from '../logger';
import type { Actor } from '../services/booking';
import type { PeopleRepository } from '../store/people';
import { t } from './messages';
import { langOf } from './text';

/** The person behind an activity, as the server establishes it. */
export interface Person extends Actor {
  lang: Lang;
  locale: string;
}

// Membership of the SAV team is looked up at most this often per person.
const MEMBERSHIP_TTL_MS = 12 * 60 * 60 * 1000;

/** Who is acting and what they may do: superadmins from config, editors from the SAV team. */
export class Directory {
  constructor(
    private readonly config: Config,
    private readonly people: PeopleRepository,
    private readonly log: Logger,
  ) {}

  /** The acting person; the Entra object id is the identity (that is what `SUPERADMINS` lists). */
  personOf(context: TurnContext): Person {
    const from = context.activity.from ?? { id: 'unknown', name: '' };
    const id = from.aadObjectId ?? from.id;
    const locale = context.activity.locale ?? 'sv-SE';
    return {
      id,
      name: from.name?.trim() || t(langOf(locale)).unknownUser,
      isSuperadmin: this.config.SUPERADMINS.includes(id),
      lang: langOf(locale),
      locale,
    };
  }

  /**
   * True when the person is an editor: everyone when `SAV_TEAM_ID` is unset; otherwise members of that
   * team (seen writing in it, or looked up in Teams and remembered for a while). Superadmins always are.
   */
  async isEditor(context: TurnContext, person: Person): Promise<boolean> {
    const teamId = this.config.SAV_TEAM_ID;
    if (!teamId || person.isSuperadmin) return true;
    const channelTeam = (context.activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
    if (channelTeam === teamId) {
      await this.people.setEditor(person.id, person.name, true);
      return true;
    }
    const known = await this.people.editorWithin(person.id, MEMBERSHIP_TTL_MS);
    if (known !== null) return known;
    try {
      await TeamsInfo.getTeamMember(context, teamId, context.activity.from.id);
      await this.people.setEditor(person.id, person.name, true);
      return true;
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 404 || status === 403) {
        await this.people.setEditor(person.id, person.name, false);
        return false;
      }
      // Teams did not answer: refuse now without remembering, so the next try asks again.
      this.log.warn({ err, userId: person.id }, 'SAV team membership lookup failed');
      return false;
    }
  }
}

import { Activity, ActivityTypes, ChannelAccount, ConversationReference, MessageFactory, TeamsInfo, TurnContext } from 'botbuilder';
import { asReference } from './proactive';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';
import type { Lang } from '../domain/calendar';
import type { Clock } from '../domain/clock';
import type { Outbox } from '../jobs/outbox';
import type { JobQueue } from '../jobs/queue';
import { ROSTER_JOB } from '../jobs/teamRoster';
import type { Logger } from '../logger';
import type { ConversationRepository } from '../store/conversations';
import type { TeamMember, TeamMemberRepository } from '../store/members';
import type { PeopleRepository } from '../store/people';
import type { DepartmentManagers } from '../services/managers';
import { cardActivity, renderCard } from './cards';
import type { SavChannel } from '../services/savChannel';
import { channelOf } from '../services/savChannel';
import { helpRows } from './commands';
import { t } from './messages';
import { langOf } from './text';

// Teams pages rosters with at most 500 members a page.
const ROSTER_PAGE = 500;

/** What `TeamsInstalls` needs. */
export interface TeamsInstallsDeps {
  config: Config;
  clock: Clock;
  log: Logger;
  adapter: TeamsAdapter;
  appId: string;
  members: TeamMemberRepository;
  people: PeopleRepository;
  conversations: ConversationRepository;
  channel: SavChannel;
  managers: DepartmentManagers;
  outbox: Outbox;
  queue: JobQueue;
  /** Whether the LinkedIn API is configured, for the welcome card's checklist. */
  linkedin: boolean;
}

interface TeamsChannelData {
  team?: { id?: string };
  eventType?: string;
}

/**
 * Install data captured in one place: the bot's own install and removal (team, group chat, personal
 * chat), members joining and leaving the team, the team's roster (paged, read as a durable job), and the
 * welcome sent once per conversation.
 */
export class TeamsInstalls {
  constructor(private readonly deps: TeamsInstallsDeps) {}

  /** A conversationUpdate: the bot or members added to or removed from a conversation. */
  async conversationUpdate(context: TurnContext): Promise<void> {
    const a = context.activity;
    const botId = a.recipient?.id;
    const teamId = (a.channelData as TeamsChannelData | undefined)?.team?.id ?? null;
    const added = a.membersAdded ?? [];
    const removed = a.membersRemoved ?? [];
    if (added.some((m) => m.id === botId)) await this.installed(context);
    if (removed.some((m) => m.id === botId)) {
      await this.uninstalled(context);
      return;
    }
    if (!teamId) return;
    const now = this.deps.clock.now();
    const joined = added.filter((m) => m.id !== botId && m.aadObjectId).map((m) => memberOf(m));
    if (joined.length > 0) {
      await this.deps.members.add(teamId, joined, now);
      // The event carries ids only: the roster gives names and e-mail.
      await this.scheduleRoster(teamId, a.id);
    }
    const left = removed.filter((m) => m.id !== botId && m.aadObjectId).map((m) => m.aadObjectId!);
    if (left.length > 0) await this.membersLeft(teamId, left);
  }

  /** An installationUpdate: the app added to or removed from a scope. */
  async installationUpdate(context: TurnContext): Promise<void> {
    const action = String((context.activity as { action?: string }).action ?? '');
    if (action.startsWith('add')) await this.installed(context);
    else if (action.startsWith('remove')) await this.uninstalled(context);
  }

  /** Reads the team's whole roster (paged) and stores every member; those missing from it are marked gone. */
  async readRoster(teamId: string): Promise<void> {
    const stored = await this.deps.conversations.ofTeam(teamId);
    if (!stored) {
      this.deps.log.warn({ teamId }, 'no conversation of the team known: roster not read');
      return;
    }
    const all: TeamMember[] = [];
    try {
      await this.deps.adapter.continueConversationAsync(this.deps.appId, asReference(stored.reference) as ConversationReference, async (ctx) => {
        let token: string | undefined;
        do {
          const page = await TeamsInfo.getPagedTeamMembers(ctx, teamId, ROSTER_PAGE, token);
          for (const m of page.members ?? []) if (m.aadObjectId) all.push(memberOf(m));
          token = page.continuationToken || undefined;
        } while (token);
      });
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode ?? 0;
      // Teams' answer will not change by asking again (a client without rosters, such as the Playground, or no access).
      if (status >= 400 && status < 500 && status !== 429) {
        this.deps.log.warn({ teamId, status, err: (err as Error).message }, 'the team roster could not be read');
        return;
      }
      throw err;
    }
    const change = await this.deps.members.replaceRoster(teamId, all, this.deps.clock.now());
    if (change.left.length > 0) await this.forgetPeople(teamId, change.left);
    if (this.isSavTeam(teamId)) {
      for (const m of all) await this.deps.people.setEditor(m.aadObjectId, m.name, true);
    }
    this.deps.log.info({ teamId, members: change.total, joined: change.joined.length, left: change.left.length }, 'team roster read');
  }

  private async installed(context: TurnContext): Promise<void> {
    const a = context.activity;
    const type = a.conversation.conversationType ?? 'personal';
    const teamId = (a.channelData as TeamsChannelData | undefined)?.team?.id ?? null;
    const lang = langOf(a.locale);
    if (teamId) {
      await this.deps.members.installed(teamId, this.deps.clock.now());
      await this.scheduleRoster(teamId, a.id);
      const conversationId = channelOf(a.conversation.id);
      this.deps.log.info({ teamId, conversationId }, 'the bot was added to a team');
      await this.welcome(conversationId, await this.teamWelcome(lang));
      return;
    }
    this.deps.log.info({ conversationId: a.conversation.id, type }, 'the bot was added to a chat');
    await this.welcome(a.conversation.id, MessageFactory.text(t(lang).people.hello));
  }

  private async uninstalled(context: TurnContext): Promise<void> {
    const a = context.activity;
    const teamId = (a.channelData as TeamsChannelData | undefined)?.team?.id ?? null;
    if (teamId) {
      await this.deps.channel.forget(a.conversation.id);
      const forgotten = await this.deps.conversations.forgetTeam(teamId);
      await this.deps.members.removed(teamId, this.deps.clock.now());
      await this.deps.queue.cancel(`roster:${teamId}:`);
      this.deps.log.warn({ teamId, conversations: forgotten.length }, 'the bot was removed from a team: its channel messages wait until it is added again');
      return;
    }
    await this.deps.conversations.forget(a.conversation.id);
    this.deps.log.info({ conversationId: a.conversation.id }, 'the bot was removed from a chat');
  }

  /** Members who left: marked gone; those in no team any more lose their personal chats and editor rights. */
  private async membersLeft(teamId: string, aadObjectIds: string[]): Promise<void> {
    await this.deps.members.remove(teamId, aadObjectIds, this.deps.clock.now());
    await this.forgetPeople(teamId, aadObjectIds);
  }

  private async forgetPeople(teamId: string, aadObjectIds: string[]): Promise<void> {
    const gone = await this.deps.members.goneAmong(aadObjectIds);
    const pruned = await this.deps.conversations.forgetPersonalChats(gone);
    if (this.isSavTeam(teamId)) {
      for (const id of aadObjectIds) await this.deps.people.setEditor(id, '', false);
    }
    this.deps.log.info({ teamId, left: aadObjectIds.length, gone: gone.length, prunedChats: pruned }, 'members left the team');
  }

  private isSavTeam(teamId: string): boolean {
    return !this.deps.config.SAV_TEAM_ID || this.deps.config.SAV_TEAM_ID === teamId;
  }

  private async scheduleRoster(teamId: string, activityId: string | undefined): Promise<void> {
    await this.deps.queue.schedule(ROSTER_JOB, { teamId }, this.deps.clock.now(), `roster:${teamId}:${activityId ?? this.deps.clock.now().getTime()}`);
  }

  /** Sent once per conversation: the outbox key is the conversation's, so a reinstall does not repeat it. */
  private async welcome(conversationId: string, activity: Partial<Activity>): Promise<void> {
    const { queued } = await this.deps.outbox.enqueue({ key: `welcome:${conversationId}`, target: { kind: 'conversation', conversationId }, activity });
    if (!queued) this.deps.log.info({ conversationId }, 'welcome already sent in this conversation');
  }

  /** The team's welcome: what the bot does, its commands, and what a superadmin must still configure. */
  private async teamWelcome(lang: Lang) {
    const m = t(lang).people;
    const { config } = this.deps;
    const managers = await this.deps.managers.all();
    const withManager = config.DEPARTMENTS.filter((d) => (managers[d] ?? []).length > 0).length;
    const mark = (done: boolean) => (done ? '✓' : '✗');
    const setup = [
      {
        title: `${mark(config.SUPERADMINS.length > 0)} SUPERADMINS`,
        value:
          config.SUPERADMINS.length > 0
            ? m.superadminsCount(config.SUPERADMINS.length)
            : m.superadminsMissing,
      },
      {
        title: `${mark(withManager === config.DEPARTMENTS.length)} ${m.managers}`,
        value: m.managersSet(withManager, config.DEPARTMENTS.length),
      },
      {
        title: `${mark(this.deps.linkedin)} LinkedIn`,
        value: this.deps.linkedin ? m.linkedInConnected : m.linkedInNotConnected,
      },
    ];
    const card = renderCard('welcome', {
      t: m.welcome,
      commands: helpRows(lang)
        .map(([cmd, what]) => `- **${cmd}**: ${what}`)
        .join('\n'),
      setup,
    });
    return cardActivity(card);
  }
}

function memberOf(m: ChannelAccount & { email?: string; userPrincipalName?: string }): TeamMember {
  return { aadObjectId: m.aadObjectId!, teamsId: m.id, name: m.name ?? '', email: m.email ?? m.userPrincipalName ?? null };
}

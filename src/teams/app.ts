import { ActivityTypes, TurnContext } from 'botbuilder';
import { AdaptiveCard, Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { CommentTracker } from '../services/comments';
import type { ConversationRepository } from '../store/conversations';
import type { DepartmentManagers } from '../services/managers';
import type { SignatureTitles } from '../services/signatures';
import { BookingHandlers } from './booking/handlers';
import { CommentHandlers, StatusSource } from './comments/handlers';
import { KontaktcenterHandlers } from './kontaktcenter/handlers';
import type { Kontaktcenter } from '../services/kontaktcenter';
import { EscalationHandlers } from './escalations/handlers';
import { ArchiveHandlers } from './archive/handlers';
import type { HalfYearArchive } from '../services/archive';
import { TeamworkHandlers } from './teamwork/handlers';
import type { QuestionTeamwork } from '../services/teamwork';
import type { BookingRepository } from '../store/bookings';
import { FollowupHandlers } from './followup/handlers';
import type { FollowupService } from '../services/followup';
import { RhythmHandlers } from './rhythm/handlers';
import type { WeeklyRhythm } from '../services/rhythm';
import type { FileLinks } from '../files';
import type { EscalationService } from '../services/escalations';
import { channelOf, SavChannel } from '../services/savChannel';
import { Outbox, WAITING_FOR_CHANNEL, WAITING_FOR_TEAMS } from '../jobs/outbox';
import type { Scheduler } from '../jobs/scheduler';
import type { TeamsInstalls } from './installs';
import type { LinkedInConnectHandlers } from './linkedin/connection';
import { PersonRateLimit } from './rateLimit';
import { exampleDay, noticeCard } from './booking/views';
import type { Card } from './cards';
import { CommandId, commandNames, COMMANDS } from './commands';
import { type TeamsDeps, viewFor } from './deps';
import type { Person } from './identity';
import { helpText, langOf} from './text';
import { Messages, t } from './messages';
import { refusalCard } from './replies';

/** What a command does with the rest of the text. */
type RunCommand = (context: TurnContext, person: Person, args: string) => Promise<void>;

/** A card verb: the role it needs, and what it does. */
type CardAction = {
  handle: (context: TurnContext, person: Person, data: unknown) => Promise<Card>;
  /** A limit of its own, checked before anything else. */
  limit?: PersonRateLimit;
} & ({ role: 'anyone' | 'editor' } | { role: 'superadmin'; refusal: (m: Messages) => string });

/** Splits "/book 3 dec X" (or "book 3 dec X", as Teams' command menu sends it) into name and arguments. */
function parseCommand(textIn: string): { name: string; args: string } | null {
  const m = /^\/?([a-zåäö]+)(?:\s+([\s\S]*))?$/i.exec(textIn.trim());
  return m ? { name: m[1].toLowerCase(), args: (m[2] ?? '').trim() } : null;
}

/** The bot itself was added to the conversation (a team, a chat). */
function isInstall(a: TurnContext['activity']): boolean {
  if (a.type === ActivityTypes.InstallationUpdate) return String((a as { action?: string }).action ?? '').startsWith('add');
  return a.type === ActivityTypes.ConversationUpdate && (a.membersAdded ?? []).some((m) => m.id === a.recipient?.id);
}

/** Builds the teams-ai application with every command and card action. */
export function createTeamsApp(
  adapter: TeamsAdapter,
  deps: TeamsDeps & {
    conversations: ConversationRepository;
    channel: SavChannel;
    tracker: CommentTracker;
    signatures: SignatureTitles;
    teamwork: QuestionTeamwork;
    bookingRepo: BookingRepository;
    managers: DepartmentManagers;
    canReply: boolean;
    operations: StatusSource;
    escalations: EscalationService;
    kontaktcenter: Kontaktcenter;
    links: FileLinks;
    canDelete: boolean;
    outbox: Outbox;
    scheduler: Scheduler;
    installs: TeamsInstalls;
    archive: HalfYearArchive;
    followup: FollowupService;
    rhythm: WeeklyRhythm;
    linkedInConnect: LinkedInConnectHandlers;
  },
): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    botAppId: deps.config.MicrosoftAppId ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  // One person cannot flood the bot: commands and clicks, and (stricter) reports, which keep evidence forever.
  const commandLimit = new PersonRateLimit(deps.config.COMMANDS_PER_MINUTE, 60_000);
  const reportLimit = new PersonRateLimit(deps.config.REPORTS_PER_10_MINUTES, 10 * 60_000);
  const tooFast = (person: Person) => {
    deps.log.warn({ userId: person.id }, 'rate limit: refused');
    return t(person.lang).tooFast();
  };
  const booking = new BookingHandlers(deps);
  const comments = new CommentHandlers(deps);
  const cases = new EscalationHandlers(deps);
  const kc = new KontaktcenterHandlers(deps);
  const archive = new ArchiveHandlers(deps);
  const teamwork = new TeamworkHandlers(deps);
  const followup = new FollowupHandlers(deps);
  const rhythm = new RhythmHandlers(deps);

  // The names come from the command table (teams/commands.ts); this says what each command does.
  const run: Record<CommandId, RunCommand> = {
    book: (c, p, a) => booking.book(c, p, a),
    schedule: (c) => booking.schedule(c),
    mine: (c, p) => booking.mine(c, p),
    comment: (c, p, a) => comments.comment(c, p, a),
    status: (c, p) => comments.status(c, p),
    report: (c, p, a) => cases.report(c, p, a),
    evidence: (c, p, a) => cases.evidence(c, p, a),
    escalations: (c, p) => cases.list(c, p),
    // `/admin kc-kanal` in Kontaktcenter's channel makes it KC's; plain `/admin` is the settings card.
    admin: (c, p, a) => (/^kc-?(kanal|channel)\b/i.test(a) ? kc.setChannel(c, p) : cases.admin(c, p)),
    archive: (c, p, a) => archive.archive(c, p, a),
    questions: (c, p, a) => teamwork.questions(c, p, a),
    away: (c, p, a) => teamwork.away(c, p, a),
    replies: (c, p) => teamwork.replies(c, p),
    followup: (c, p, a) => followup.command(c, p, a),
    connect: (c, p, a) => deps.linkedInConnect.connect(c, p, a),
    help: async (c, p) => void (await c.sendActivity(helpText(p.lang, exampleDay(viewFor(deps, p))))),
  };
  const byName = new Map(COMMANDS.flatMap((c) => commandNames(c).map((n) => [n, run[c.id]] as const)));

  app.turn('beforeTurn', async (context) => {
    const a = context.activity;
    // A fixed language overrides the client's locale (the Agents Playground always says en-US).
    if (deps.config.BOT_LANGUAGE !== 'auto') a.locale = deps.config.BOT_LANGUAGE === 'sv' ? 'sv-SE' : 'en-US';
    const ref = TurnContext.getConversationReference(a);
    const channelData = a.channelData as { team?: { id?: string }; channel?: { id?: string; name?: unknown } } | undefined;
    const conversationType = a.conversation.conversationType ?? 'personal';
    const teamId = channelData?.team?.id ?? null;
    const conversation = (id: string) => ({ id, conversationType, teamId, channelId: channelData?.channel?.id ?? null, reference: { ...ref, conversation: { ...ref.conversation!, id } } });
    // Messages that waited for this conversation (or for the SAV channel) go out now, in order.
    const known = [a.conversation.id, WAITING_FOR_TEAMS];
    // Teams retries an activity it got no quick answer to; the retry has the same id. One statement
    // records the activity and the conversation's reference, and says whether anything waits for it.
    const key = a.id && a.type !== ActivityTypes.ConversationUpdate ? `${a.conversation.id}|${a.id}` : null;
    const turn = await deps.conversations.saveOnTurn(conversation(a.conversation.id), key, known);
    if (!turn.firstTime) {
      deps.log.info({ activityId: a.id }, 'duplicate activity ignored');
      // A repeated click still gets an answer (teams-ai would send 501): nothing was changed.
      if (a.type === ActivityTypes.Invoke) {
        const lang = langOf(a.locale);
        const card = noticeCard(t(lang).nothingChanged, t(lang).invalidAction(), 'attention');
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } } });
      }
      return false;
    }
    if (conversationType === 'channel') {
      // A thread's id carries ";messageid=…"; proactive posts go to the channel itself.
      const base = channelOf(a.conversation.id);
      if (base !== a.conversation.id) await deps.conversations.save(conversation(base));
      const installed = isInstall(a);
      const remembered = await deps.channel.remember(a.conversation.id, teamId, installed);
      if (installed && !remembered) deps.log.warn({ teamId }, 'added to a team that is not the SAV team: the SAV channel stays where it is (set SAV_TEAM_ID to choose)');
      // Teams names a channel only in some activities (channel events, installs): remembered for /status.
      if (typeof channelData?.channel?.name === 'string') await deps.channel.rememberName(a.conversation.id, channelData.channel.name);
      known.push(base);
      if (await deps.channel.conversationId()) known.push(WAITING_FOR_CHANNEL);
      if ((await deps.outbox.release(known)) > 0) deps.scheduler.poke();
    } else if (turn.waiting && (await deps.outbox.release(known)) > 0) deps.scheduler.poke();
    return true;
  });

  // Install and uninstall, members joining and leaving: captured in one place.
  app.activity(ActivityTypes.ConversationUpdate, async (context) => {
    await deps.installs.conversationUpdate(context);
    deps.scheduler.poke();
  });
  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    await deps.installs.installationUpdate(context);
    deps.scheduler.poke();
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const person = deps.directory.personOf(context);
    const parsed = parseCommand(context.activity.text ?? '');
    if (!commandLimit.allow(person.id, deps.clock.now())) {
      await context.sendActivity(tooFast(person));
      return;
    }
    const command = parsed ? byName.get(parsed.name) : undefined;
    if (!parsed || !command) {
      deps.log.info({ userId: person.id, length: (context.activity.text ?? '').length }, 'unknown command');
      await context.sendActivity(t(person.lang).unknownCommand());
      return;
    }
    await command(context, person, parsed.args);
  });

  // Every card verb, the role it needs (checked once, below) and what it does. Case actions are open to
  // anyone here: the service lets only the people a case was sent to, and superadmins, act on it.
  const E = 'editor' as const;
  const actions: Record<string, CardAction> = {
    'booking.submit': { role: E, handle: (c, p, d) => booking.submit(c, p, d) },
    'booking.form': { role: E, handle: (c, p, d) => booking.showForm(c, p, d) },
    'booking.move': { role: E, handle: (c, p, d) => booking.move(c, p, d) },
    'booking.cancel': { role: E, handle: (c, p, d) => booking.cancel(c, p, d) },
    'booking.view': { role: E, handle: (c, p, d) => booking.show(c, p, d) },
    'booking.edit': { role: E, handle: (c, p, d) => booking.edit(c, p, d) },
    'booking.kontaktcenter': { role: E, handle: (_c, p, d) => kc.setFlags(p, d) },
    'weekly.book': { role: E, handle: (c, p, d) => booking.bookFromWeeklyNote(c, p, d) },
    'schedule.book': { role: 'anyone', handle: (c, p) => booking.bookFromSchedule(c, p) },
    'schedule.mine': { role: 'anyone', handle: (c, p) => booking.mineFromSchedule(c, p) },
    'schedule.refresh': { role: 'anyone', handle: (_c, p) => booking.refreshSchedule(p) },
    'comment.register': { role: E, handle: (c, p, d) => comments.register(c, p, d) },
    'comment.answered': { role: E, handle: (c, p, d) => comments.answered(c, p, d) },
    'comment.noAnswer': { role: E, handle: (c, p, d) => comments.noAnswer(c, p, d) },
    'comment.snooze': { role: E, handle: (c, p, d) => comments.snooze(c, p, d) },
    'comment.reply': { role: E, handle: (c, p, d) => comments.reply(c, p, d) },
    'comment.handOver': { role: E, handle: (c, p, d) => comments.handOver(c, p, d) },
    'questions.filter': { role: E, handle: (c, p, d) => teamwork.filterQuestions(c, p, d) },
    'away.set': { role: E, handle: (c, p, d) => teamwork.setAway(c, p, d) },
    'away.end': { role: E, handle: (c, p, d) => teamwork.endAway(c, p, d) },
    'replies.add': { role: 'superadmin', refusal: (m) => m.teamwork.replies.onlySuperadmins, handle: (c, p, d) => teamwork.addReply(c, p, d) },
    'replies.remove': { role: 'superadmin', refusal: (m) => m.teamwork.replies.onlySuperadmins, handle: (c, p, d) => teamwork.removeReply(c, p, d) },
    'post.confirm': { role: E, handle: (c, p, d) => comments.settleMatch(c, p, d, true) },
    'post.reject': { role: E, handle: (c, p, d) => comments.settleMatch(c, p, d, false) },
    'post.link': { role: E, handle: (c, p, d) => comments.matchByLink(c, p, d) },
    // Open to anyone here: the service lets only the people asked about the post, and superadmins, act.
    'post.linkBooking': { role: 'anyone', handle: (c, p, d) => rhythm.linkBooking(c, p, d) },
    'post.bookAfterwards': { role: 'anyone', handle: (c, p, d) => rhythm.bookAfterwards(c, p, d) },
    'post.sponsored': { role: 'anyone', handle: (c, p, d) => rhythm.sponsored(c, p, d) },
    'status.refresh': { role: 'superadmin', refusal: (m) => m.comments.answers.onlySuperadminsStatus, handle: (_c, p) => comments.refreshStatus(p) },
    'comment.report': { role: E, handle: (c, p, d) => cases.reportComment(c, p, d) },
    // Reports keep evidence forever: their own, stricter limit comes before anything else.
    'report.submit': { role: E, limit: reportLimit, handle: (c, p, d) => cases.submitReport(c, p, d) },
    'case.acknowledge': { role: 'anyone', handle: (c, p, d) => cases.acknowledge(c, p, d) },
    'case.removedByHand': { role: 'anyone', handle: (c, p, d) => cases.removedByHand(c, p, d) },
    'case.removeViaApi': { role: 'anyone', handle: (c, p, d) => cases.removeViaApi(c, p, d) },
    'case.keep': { role: 'anyone', handle: (c, p, d) => cases.keep(c, p, d) },
    'case.hidden': { role: 'anyone', handle: (c, p, d) => cases.hidden(c, p, d) },
    'case.blockedRemoved': { role: 'anyone', handle: (c, p, d) => cases.blockedRemoved(c, p, d) },
    'case.referKc': { role: 'anyone', handle: (c, p, d) => cases.referToKontaktcenter(c, p, d) },
    // Open to the case's recipients so that an editor's click gets the service's polite "only a superadmin".
    'case.overrideRemove': { role: 'anyone', handle: (c, p, d) => cases.overrideRemove(c, p, d) },
    'case.registerDeletion': { role: 'anyone', handle: (c, p, d) => cases.registerDeletion(c, p, d) },
    'case.police': { role: 'anyone', handle: (c, p, d) => cases.handover(c, p, d, 'police') },
    'case.occupationalSafety': { role: 'anyone', handle: (c, p, d) => cases.handover(c, p, d, 'occupational-safety') },
    'followup.savePage': { role: 'superadmin', refusal: (m) => m.followup.answers.onlySuperadminsEnter, handle: (_c, p, d) => followup.savePage(p, d) },
    'admin.setManagers': { role: 'superadmin', refusal: (m) => m.cases.answers.onlySuperadminsSettings, handle: (_c, p, d) => cases.setManagers(p, d) },
  };
  /** The refusal when the person lacks the verb's role; null when they may go on. */
  const refused = async (context: TurnContext, person: Person, action: CardAction): Promise<Card | null> => {
    if (action.role === 'editor' && !(await deps.directory.isEditor(context, person))) {
      deps.log.warn({ userId: person.id }, 'not an editor');
      return refusalCard(person, t(person.lang).notEditor());
    }
    if (action.role === 'superadmin' && !person.isSuperadmin) return refusalCard(person, action.refusal(t(person.lang)));
    return null;
  };
  for (const [verb, action] of Object.entries(actions)) {
    app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
      const person = deps.directory.personOf(context);
      if (!commandLimit.allow(person.id, deps.clock.now())) return noticeCard(t(person.lang).nothingChanged, tooFast(person), 'attention') as AdaptiveCard;
      try {
        if (action.limit && !action.limit.allow(person.id, deps.clock.now())) return noticeCard(t(person.lang).nothingChanged, tooFast(person), 'attention') as AdaptiveCard;
        const refusal = await refused(context, person, action);
        if (refusal) return refusal as AdaptiveCard;
        return (await action.handle(context, person, data)) as AdaptiveCard;
      } catch (err) {
        deps.log.error({ err, verb, userId: person.id }, 'card action failed');
        return noticeCard(t(person.lang).somethingWentWrongHeading, t(person.lang).somethingWentWrong(), 'attention') as AdaptiveCard;
      }
    });
  }

  // A card action with a verb this version does not know (an old or forged card) gets a clear answer.
  app.adaptiveCards.actionExecute(
    async (context) => !Object.hasOwn(actions, String(context.activity.value?.action?.verb ?? '')),
    async (context) => {
      const lang = langOf(context.activity.locale);
      deps.log.warn({ verb: String(context.activity.value?.action?.verb ?? '').slice(0, 64) }, 'unknown card action');
      return noticeCard(t(lang).nothingChanged, t(lang).invalidAction(), 'attention') as AdaptiveCard;
    },
  );

  app.error(async (context, err) => {
    deps.log.error({ err }, 'turn failed');
    if (context.activity.type === ActivityTypes.Message) {
      await context.sendActivity(t(langOf(context.activity.locale)).somethingWentWrong()).catch(() => undefined);
    }
  });

  return app;
}

import { TeamsAdapter } from '@microsoft/teams-ai';
import { Outbox, OutboxOptions } from '../../src/jobs/outbox';
import { outboxSendJob } from '../../src/jobs/outboxSend';
import { Scheduler, SchedulerOptions } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/logger';
import { ConversationRepository } from '../../src/store/conversations';
import { Database, migrate, openDatabase } from '../../src/store/database';
import { RecipientRepository } from '../../src/store/outbox';
import { TeamsSender } from '../../src/teams/proactive';
import { SAV_CHANNEL, TestClock } from '../support/bot';
import type { TestStorage } from '../support/database';
import { FakeConnector } from '../support/fakeConnector';

export { SAV_CHANNEL, TestClock };

/** Quiet unless TEST_LOG_LEVEL asks otherwise. */
export const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

/** Opens (and migrates) the database of a test storage; call again on the same storage to "restart". */
export async function openStore(storage: TestStorage): Promise<Database> {
  const db = await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: storage.env.DATA_DIR });
  await migrate(db);
  return db;
}

/** A second connection to the same database, as a second bot instance has; PGlite has one connection only. */
export async function secondConnection(storage: TestStorage, first: Database): Promise<{ db: Database; close(): Promise<void> }> {
  if (!storage.env.DATABASE_URL) return { db: first, close: async () => undefined };
  const db = await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: storage.env.DATA_DIR });
  return { db, close: () => db.close() };
}

export function newScheduler(db: Database, clock: TestClock, extra: Partial<SchedulerOptions> = {}): Scheduler {
  return new Scheduler({ db, clock, log, instanceId: 'test-instance', tickSeconds: 3600, ...extra });
}

export const LOUISE = { id: 'aad-louise', teamsId: '29:aad-louise', name: 'Louise Lind', chat: 'a:personal-aad-louise' };
export const ERIK = { id: 'aad-erik', teamsId: '29:aad-erik', name: 'Erik Berg' };

/** Stores references as the bot does on every activity: the SAV channel (last writer Erik) and Louise's personal chat. */
export async function seedConversations(db: Database, connector: FakeConnector, opts: { louiseChat?: boolean } = {}): Promise<void> {
  const conversations = new ConversationRepository(db);
  const base = { channelId: 'msteams', serviceUrl: connector.url, bot: { id: '28:sav-boten', name: 'SAV-boten' }, locale: 'sv-SE' };
  await conversations.save({
    id: SAV_CHANNEL,
    conversationType: 'channel',
    teamId: 'team-sav',
    channelId: SAV_CHANNEL,
    reference: {
      ...base,
      user: { id: ERIK.teamsId, name: ERIK.name, aadObjectId: ERIK.id },
      conversation: { id: SAV_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1', name: '' },
    },
  });
  if (opts.louiseChat ?? true) {
    await conversations.save({
      id: LOUISE.chat,
      conversationType: 'personal',
      teamId: null,
      channelId: null,
      reference: {
        ...base,
        user: { id: LOUISE.teamsId, name: LOUISE.name, aadObjectId: LOUISE.id },
        conversation: { id: LOUISE.chat, conversationType: 'personal', isGroup: false, tenantId: 'tenant-1', name: '' },
      },
    });
  }
}

/** A sender on a real TeamsAdapter without an app id (as locally), talking HTTP to the fake connector. */
export function newSender(db: Database, timeoutMs?: number): TeamsSender {
  return new TeamsSender({
    timeoutMs,
    adapter: new TeamsAdapter({}),
    appId: '',
    conversations: new ConversationRepository(db),
    recipients: new RecipientRepository(db),
  });
}

/** A small Adaptive Card like the reminder cards. */
export function card(title: string) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: title }] },
      },
    ],
  };
}

/** Empties the tables these tests write, so one (slow to create) database serves a whole test file. */
export async function emptyTables(db: Database): Promise<void> {
  await db.query('truncate jobs, outbox, conversations, people, thread_sends, unreachable_people, team_members');
}

/** Everything an outbox test needs: a fresh connector, clock, scheduler and outbox on emptied tables. */
export interface OutboxWorld {
  connector: FakeConnector;
  clock: TestClock;
  db: Database;
  scheduler: Scheduler;
  outbox: Outbox;
  /** Keys the onSent hook saw, in order. */
  sentRows: string[];
  close(): Promise<void>;
}

export async function outboxWorld(db: Database, opts: Partial<OutboxOptions> & { louiseChat?: boolean } = {}): Promise<OutboxWorld> {
  const { louiseChat, ...outboxOpts } = opts;
  await emptyTables(db);
  const connector = await new FakeConnector().start();
  const clock = new TestClock(new Date('2026-11-23T09:00:00+01:00'));
  await seedConversations(db, connector, { louiseChat });
  // As in Teams: Erik wrote in the SAV team's channel, Louise has the app in personal chat.
  connector.addTeamMember('team-sav', ERIK);
  if (louiseChat ?? true) connector.installFor(LOUISE);
  const scheduler = newScheduler(db, clock);
  const sentRows: string[] = [];
  const outbox = new Outbox({
    db,
    clock,
    log,
    queue: scheduler,
    sender: newSender(db),
    random: () => 1,
    onSent: (row) => void sentRows.push(row.key),
    ...outboxOpts,
  });
  scheduler.registerAll([outboxSendJob(outbox)]);
  return {
    connector,
    clock,
    db,
    scheduler,
    outbox,
    sentRows,
    close: async () => {
      await scheduler.stop();
      await connector.stop();
    },
  };
}

/** Moves the clock on by `ms`. */
export function advance(clock: TestClock, ms: number): void {
  clock.current = new Date(clock.current.getTime() + ms);
}

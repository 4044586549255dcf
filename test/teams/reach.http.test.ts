import { startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { cardText } from '../support/cards';
import { linkedInEnv, SAV_CHANNEL, SAV_TEAM, TestBot, TestUser, USERS } from '../support/bot';

// Monday 23 November 2026, 10:00 in Helsingborg.
const MONDAY_10 = '2026-11-23T10:00:00+01:00';
// Entra object ids, as SUPERADMINS and DEPARTMENT_MANAGERS hold them; none of them has written to the bot.
const ADMINS: TestUser[] = [
  { id: '0b7e4c1a-1111-4a00-8000-00000000000a', name: 'Anna Admin' },
  { id: '0b7e4c1a-2222-4a00-8000-00000000000b', name: 'Bo Admin' },
  { id: '0b7e4c1a-3333-4a00-8000-00000000000c', name: 'Cilla Admin' },
];
const MANAGER: TestUser = { id: '7a1b2c3d-0000-4000-8000-000000000042', name: 'Maria Chef' };
const THREAT = 'Jag vet var du bor. Du kommer att ångra det här.';
const QUESTION = 'Hur söker man till traineeprogrammet?';

const chatOf = (id: string) => `a:personal-${id}`;
const cardOf = (call: { body: any }) => call.body.attachments?.[0]?.content;

describe('reaching people on a real tenant: Entra ids, the roster, installs and the unknown channel', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false, refuseMemberCommentDeletes: false });
    t = await TestBot.start({
      now: MONDAY_10,
      env: {
        ...linkedInEnv(sim),
        SUPERADMINS: ADMINS.map((a) => a.id).join(','),
        DEPARTMENT_MANAGERS: JSON.stringify({ Kulturförvaltningen: [MANAGER.id] }),
        ESCALATION_RENOTIFY_MINUTES: '30',
        ESCALATION_RENOTIFY_LIMIT: '2',
        // A poll a minute, whatever the budget: each new comment below is found by the next poll.
        LINKEDIN_POLL_SECONDS: '60',
        LINKEDIN_DAILY_CALL_BUDGET: '100000',
      },
    });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_10);
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  /** Adds the bot to the SAV team, as Teams does, and runs what that starts (welcome, roster). */
  async function installInTeam() {
    expect(await t.membersChanged({ added: ['bot'] })).toBe(200);
    await t.tick();
  }

  /** Louise books today's post for Kulturförvaltningen (and so has the app in personal chat). */
  async function bookLouisesPost() {
    await t.click(USERS.louise, 'booking.submit', {
      requestId: `r-${Math.random()}`,
      day: '2026-11-23',
      title: 'Möt våra bibliotekarier',
      department: 'Kulturförvaltningen',
      postType: 'inlagg',
      category: 'vardag',
      goal: 'engagera',
      timeOfDay: '',
    });
  }

  /** A comment on Louise's post (booked first unless `book: false`), found by the next poll in one scheduler tick. */
  async function commentOnLouisesPost(text: string, opts: { book?: boolean } = {}) {
    if (opts.book ?? true) await bookLouisesPost();
    const post = sim.state.posts[0] ?? sim.addPost({ text: 'Möt våra bibliotekarier!', createdAt: new Date('2026-11-23T09:00:00+01:00') });
    sim.addComment(post.urn, { actorUrn: `urn:li:person:p${sim.state.comments.length}`, text, createdAt: new Date(t.clock.now().getTime() - 5 * 60_000) });
    t.connector.calls.length = 0;
    // The next poll (a minute on) finds it: one scheduler tick from the comment to every card.
    await t.at(minutesOn(1));
  }

  /** The test clock `n` minutes on from now, as an ISO instant. */
  const minutesOn = (n: number) => new Date(t.clock.now().getTime() + n * 60_000).toISOString();

  const creates = () => t.connector.calls.filter((c) => c.method === 'POST' && c.path === '/v3/conversations');
  const deliveredTo = (conversationId: string) => t.connector.delivered().filter((c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${encodeURIComponent(conversationId)}/activities`));
  const cardsIn = (conversationId: string) => deliveredTo(conversationId).map((c) => cardText(cardOf(c)));
  const caseCardsOf = (id: string) => cardsIn(chatOf(id)).filter((text) => text.includes('Hot i en kommentar'));

  test('a threat reaches every superadmin and the manager who never wrote to the bot, in one scheduler tick, by Entra object id', async () => {
    for (const p of [...ADMINS, MANAGER]) t.connector.installFor(p);
    await installInTeam();
    await commentOnLouisesPost(THREAT);

    for (const p of [...ADMINS, MANAGER]) {
      const create = creates().find((c) => c.body.members[0].id === p.id);
      expect(create?.status).toBe(201);
      expect(create?.body).toMatchObject({ isGroup: false, tenantId: 'tenant-1', channelData: { tenant: { id: 'tenant-1' } } });
      const cards = caseCardsOf(p.id);
      expect(cards).toHaveLength(1);
      expect(cards[0]).toContain(THREAT);
    }
    // Nothing in the channel: a threat is not quoted in public, and nobody was unreachable.
    expect(deliveredTo(SAV_CHANNEL)).toHaveLength(0);
    expect(await t.bot.db.query('select * from unreachable_people')).toEqual([]);
  });

  test('a superadmin without the app: the channel and the other superadmins are told at once, without the comment', async () => {
    const [anna, bo, cilla] = ADMINS;
    for (const p of [anna, bo, MANAGER]) t.connector.installFor(p);
    await installInTeam();
    await commentOnLouisesPost(THREAT);

    expect(creates().find((c) => c.body.members[0].id === cilla.id)?.status).toBe(403);
    expect(caseCardsOf(cilla.id)).toHaveLength(0);
    const alerts = [SAV_CHANNEL, chatOf(anna.id), chatOf(bo.id)].map((id) => cardsIn(id).filter((x) => x.includes('nåddes inte')));
    for (const inbox of alerts) {
      expect(inbox).toHaveLength(1);
      expect(inbox[0]).toContain(cilla.id);
      expect(inbox[0]).toMatch(/inte installerad för personen.*Konfigurationsprinciper/s);
      expect(inbox[0]).not.toContain('vet var du bor');
      expect(inbox[0]).not.toContain('ångra');
    }
    expect(caseCardsOf(anna.id)).toHaveLength(1);
    expect(caseCardsOf(MANAGER.id)).toHaveLength(1);

    const status = cardText((await t.say(anna, '/status')).replies[0].attachments[0].content);
    expect(status).toMatch(new RegExp(`Nås inte personligen: ${cilla.id}: appen är inte installerad för hen`));

    // Installed for her, the next re-send reaches her, and she is reachable again; no second alert.
    t.connector.installFor(cilla);
    await t.at(minutesOn(30));
    expect(caseCardsOf(cilla.id)).toHaveLength(1);
    expect(cardText(cardOf(deliveredTo(chatOf(cilla.id))[0]))).toContain('Påminnelse 1');
    expect(await t.bot.db.query('select * from unreachable_people')).toEqual([]);
    expect(cardsIn(SAV_CHANNEL).filter((x) => x.includes('nåddes inte'))).toHaveLength(1);
  });

  test('nobody reachable at all: each is named in the channel at once, and the channel hears that the threat reached nobody', async () => {
    await installInTeam();
    // Louise books (and so has the app), then loses it; nobody else ever had it.
    await bookLouisesPost();
    t.connector.uninstallFor(USERS.louise.id);
    await t.bot.db.query(`delete from conversations where conversation_type = 'personal'`);
    await commentOnLouisesPost(THREAT, { book: false });

    const channel = () => cardsIn(SAV_CHANNEL);
    expect(channel().filter((x) => x.includes('nåddes inte'))).toHaveLength(5);
    expect(channel().some((x) => x.includes('har inte nått någon'))).toBe(false);
    const flagged = t.clock.now().getTime();
    await t.at(new Date(flagged + 29 * 60_000).toISOString());
    expect(channel().some((x) => x.includes('har inte nått någon'))).toBe(false);
    await t.at(new Date(flagged + 30 * 60_000).toISOString());
    const nobody = channel().filter((x) => x.includes('Ett hot har inte nått någon'));
    expect(nobody).toHaveLength(1);
    for (const text of channel()) expect(text).not.toContain('vet var du bor');
    const [decision] = await t.bot.db.query<{ action: string }>(`select action from escalation_decisions where action = 'nobody-reached'`);
    expect(decision).toBeDefined();
  });

  test('a question seen before the bot is in the SAV team is reminded in the channel right after the install', async () => {
    for (const p of ADMINS) t.connector.installFor(p);
    // No booking: the post has no owner, so the first reminder is the channel's.
    await commentOnLouisesPost(QUESTION, { book: false });
    expect(await t.bot.db.query<{ status: string; waiting_for: string }>(`select status, waiting_for from outbox where key like 'reminder:%:channel'`)).toEqual([
      { status: 'waiting', waiting_for: 'sav-channel' },
    ]);
    // Meanwhile the superadmins have it.
    for (const a of ADMINS) expect(cardsIn(chatOf(a.id)).some((x) => x.includes(QUESTION))).toBe(true);
    const status = cardText((await t.say(ADMINS[0], '/status')).replies[0].attachments[0].content);
    expect(status).toContain('Väntar på en konversation: 1');

    t.connector.calls.length = 0;
    await installInTeam();
    const inChannel = cardsIn(SAV_CHANNEL);
    expect(inChannel.findIndex((x) => x.includes(QUESTION))).toBeGreaterThanOrEqual(0);
    expect(inChannel.some((x) => x.includes('Hej SAV-nätverket'))).toBe(true);
    expect(await t.bot.db.query(`select key from outbox where status = 'waiting'`)).toEqual([]);
  });

  test('the welcome says what to set up, once per conversation; a personal install gets one greeting line', async () => {
    await installInTeam();
    await installInTeam();
    const welcomes = cardsIn(SAV_CHANNEL).filter((x) => x.includes('Hej SAV-nätverket'));
    expect(welcomes).toHaveLength(1);
    expect(welcomes[0]).toContain('✓ SUPERADMINS: 3 superadministratörer');
    expect(welcomes[0]).toContain('✗ Chefer: 1 av 9 förvaltningar har en chef');
    expect(welcomes[0]).toContain('✓ LinkedIn: Ansluten');
    expect(welcomes[0]).toContain('**/boka**');
    expect(welcomes[0]).toContain('/admin');

    await t.membersChanged({ added: ['bot'], where: 'personal', by: USERS.erik });
    await t.membersChanged({ added: ['bot'], where: 'personal', by: USERS.erik });
    await t.tick();
    const greetings = deliveredTo(chatOf(USERS.erik.id)).map((c) => c.body.text);
    expect(greetings).toEqual(['Hej! Jag är SAV-boten. Skriv /hjälp så ser du vad jag kan.']);
  });

  test('the roster gives Teams ids, names and e-mail: a manager who never wrote is reached, and named when she cannot be', async () => {
    t.connector.addTeamMember(SAV_TEAM, { ...MANAGER, email: 'maria.chef@helsingborg.se' });
    t.connector.addTeamMember(SAV_TEAM, USERS.erik);
    // A big team: Teams gives at most 500 members a page.
    for (let i = 0; i < 520; i++) t.connector.addTeamMember(SAV_TEAM, { id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`, name: `Zz Medlem ${i}` });
    await installInTeam();
    const pages = t.connector.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/pagedmembers'));
    expect(pages.map((c) => c.status)).toEqual([200, 200]);
    const [{ n }] = await t.bot.db.query<{ n: number }>('select count(*)::int as n from team_members where left_at is null');
    expect(n).toBe(522);
    const members = await t.bot.db.query<{ aad_object_id: string; teams_id: string; name: string; email: string | null }>(
      `select aad_object_id, teams_id, name, email from team_members where name not like 'Zz%' order by name`,
    );
    expect(members).toEqual([
      { aad_object_id: USERS.erik.id, teams_id: `29:${USERS.erik.id}`, name: USERS.erik.name, email: null },
      { aad_object_id: MANAGER.id, teams_id: `29:${MANAGER.id}`, name: MANAGER.name, email: 'maria.chef@helsingborg.se' },
    ]);

    // Maria has no personal install: Teams takes her Teams id (a member of a team the app is in), not her Entra id.
    t.connector.block(chatOf(MANAGER.id));
    for (const a of ADMINS) t.connector.installFor(a);
    await commentOnLouisesPost(THREAT);
    const create = creates().find((c) => c.body.members[0].id === `29:${MANAGER.id}`);
    expect(create?.status).toBe(201);
    const alert = cardsIn(SAV_CHANNEL).find((x) => x.includes('nåddes inte'));
    expect(alert).toContain('Maria Chef nåddes inte av ett hotärende');
    expect(alert).toContain('blockerat SAV-boten');
  });

  test('a member removed from the team gets no more cards: the reminder goes to the channel, and her chat is forgotten', async () => {
    t.connector.addTeamMember(SAV_TEAM, USERS.louise);
    await installInTeam();
    await commentOnLouisesPost(QUESTION);
    expect(cardsIn(chatOf(USERS.louise.id)).some((x) => x.includes(QUESTION))).toBe(true);

    t.connector.removeTeamMember(SAV_TEAM, USERS.louise.id);
    expect(await t.membersChanged({ removed: [USERS.louise] })).toBe(200);
    expect(await t.bot.db.query(`select id from conversations where conversation_type = 'personal' and reference->'user'->>'aadObjectId' = $1`, [USERS.louise.id])).toEqual([]);
    const [m] = await t.bot.db.query<{ left_at: Date | null }>('select left_at from team_members where aad_object_id = $1', [USERS.louise.id]);
    expect(m.left_at).not.toBeNull();

    await commentOnLouisesPost('Vilka tider är biblioteket öppet i jul?', { book: false });
    expect(deliveredTo(chatOf(USERS.louise.id))).toHaveLength(0);
    const inChannel = deliveredTo(SAV_CHANNEL).filter((c) => cardText(cardOf(c)).includes('öppet i jul'));
    expect(inChannel).toHaveLength(1);
    expect(cardText(cardOf(inChannel[0]))).toContain('<at>Louise Lind</at>');
  });

  test('the bot removed from the team: channel messages wait, and go out in order when it is added again', async () => {
    await installInTeam();
    expect(await t.membersChanged({ removed: ['bot'] })).toBe(200);
    expect(await t.bot.db.query(`select id from conversations where team_id = $1`, [SAV_TEAM])).toEqual([]);
    for (const a of ADMINS) t.connector.installFor(a);
    await commentOnLouisesPost(QUESTION, { book: false });
    await commentOnLouisesPost('Finns det parkering vid biblioteket?', { book: false });
    expect(deliveredTo(SAV_CHANNEL)).toHaveLength(0);
    const waiting = await t.bot.db.query<{ n: number }>(`select count(*)::int as n from outbox where status = 'waiting'`);
    expect(waiting[0].n).toBe(2);

    await installInTeam();
    const texts = cardsIn(SAV_CHANNEL);
    const first = texts.findIndex((x) => x.includes(QUESTION));
    const second = texts.findIndex((x) => x.includes('parkering'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    // Reinstalled, not welcomed twice.
    expect(texts.filter((x) => x.includes('Hej SAV-nätverket'))).toHaveLength(0);
  });
});

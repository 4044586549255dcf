import { SIM_ORGANIZATION_URN, startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { action, assertRendered, cardText, executeActions } from '../support/cards';
import { linkedInEnv, SAV_CHANNEL, SAV_TEAM, TestBot, TestUser, USERS } from '../support/bot';

// Monday 23 November 2026, 10:00 in Helsingborg.
const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const PERSON = 'urn:li:person:asker1';
const FEEDBACK = 'https://example.org/synpunkter';

const chatOf = (u: TestUser) => `a:personal-${u.id}`;
const cardOf = (call: { body: any }) => call.body.attachments?.[0]?.content;
const textOf = (call: { body: any }) => String(call.body.text ?? '');

/** Every input with this id on a card (also inside show-cards). */
function findInput(card: any, id: string): any {
  let found: any;
  const walk = (node: any) => {
    if (!node || typeof node !== 'object' || found) return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.id === id) found = node;
    Object.values(node).forEach(walk);
  };
  walk(card);
  return found;
}

async function questions(t: TestBot) {
  return t.bot.db.query<{ id: string; version: number; status: string; holder_id: string | null; holder_name: string | null; handed_over_by_name: string | null; text: string }>(
    'select id, version, status, holder_id, holder_name, handed_over_by_name, text from comments order by seen_at, commented_at',
  );
}

/** The SAV team: Louise, Erik and the superadmin are members (Teams' roster, read by a job); each has a personal chat. */
async function savTeam(t: TestBot) {
  for (const u of [USERS.louise, USERS.erik, USERS.admin]) t.connector.addTeamMember(SAV_TEAM, u);
  await t.membersChanged({ added: [USERS.louise, USERS.erik, USERS.admin] });
  await t.say(USERS.louise, '/hjälp');
  await t.say(USERS.admin, '/hjälp');
  await t.say(USERS.erik, '/hjälp');
  await t.say(USERS.erik, '/hjälp', { where: 'channel' });
  await t.tick();
  t.connector.calls.length = 0;
}

describe('working together on questions, with the LinkedIn API', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false });
    t = await TestBot.start({ now: MONDAY_10, env: { ...linkedInEnv(sim), KC_FEEDBACK_URL: FEEDBACK } });
  });
  beforeEach(async () => {
    // Before the tests' first moment: setting up the team runs the LinkedIn poll, which is due again 5 minutes later.
    await t.reset('2026-11-23T08:50:00+01:00');
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
    await savTeam(t);
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  /** Louise books a day; a question appears on the post published that day. */
  async function questionOn(day: string, text: string, at: string) {
    await t.say(USERS.louise, `/book ${day} Möt våra traineer`);
    const post = sim.addPost({ text: `Möt våra traineer (${day})`, createdAt: new Date(`${day}T09:30:00+01:00`) });
    return sim.addComment(post.urn, { actorUrn: PERSON, text, createdAt: new Date(at) });
  }

  const sentTo = (u: TestUser | 'channel') => t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(u === 'channel' ? SAV_CHANNEL : chatOf(u))));

  test('Lämna över: the new holder gets the card, every copy shows who holds it, and only the holder, the owner or a superadmin may', async () => {
    await questionOn('2026-11-23', 'Hur söker man till traineeprogrammet?', MONDAY_10);
    await t.at(MONDAY_10);
    const louises = sentTo(USERS.louise).map(cardOf).find((c) => c && cardText(c).includes('Ny fråga på ditt inlägg'))!;
    assertRendered(louises);
    expect(cardText(louises)).toContain('Hanteras av: Louise Lind');
    const handOver = action(louises, 'Lämna över');
    const picker = findInput(louises, 'holderId');
    expect(picker).toMatchObject({ type: 'Input.ChoiceSet', isRequired: true, 'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' } });
    expect(picker.choices).toEqual(expect.arrayContaining([{ title: 'Erik Berg', value: USERS.erik.id }, { title: 'Louise Lind', value: USERS.louise.id }]));
    let [q] = await questions(t);

    // Erik neither holds nor owns it: refused, nothing changes.
    const notHis = await t.click(USERS.erik, handOver.verb, { ...handOver.data, holderId: USERS.admin.id });
    expect(cardText(notHis.card)).toContain('Bara den som har frågan nu, inläggets ägare eller en superadministratör kan lämna över den.');
    // Someone outside the SAV team (found by the organisation search) is not an editor.
    const outsider = await t.click(USERS.louise, handOver.verb, { ...handOver.data, holderId: USERS.outsider.id });
    expect(cardText(outsider.card)).toContain('inte redaktör i SAV-teamet');
    // Forged data: no holder.
    const forged = await t.click(USERS.louise, handOver.verb, { commentId: q.id, version: q.version });
    expect(cardText(forged.card)).toMatch(/Inget har ändrats/);
    expect((await questions(t))[0]).toMatchObject({ holder_id: null, version: q.version });

    const done = await t.click(USERS.louise, handOver.verb, { ...handOver.data, holderId: USERS.erik.id });
    assertRendered(done.card);
    expect(cardText(done.card)).toContain('Frågan är överlämnad till Erik Berg.');
    expect(cardText(done.card)).toContain('Hanteras av: Erik Berg (överlämnad av Louise Lind)');
    [q] = await questions(t);
    expect(q).toMatchObject({ holder_id: USERS.erik.id, holder_name: 'Erik Berg', handed_over_by_name: 'Louise Lind' });
    await t.tick();
    const eriks = sentTo(USERS.erik).map(cardOf).filter(Boolean);
    expect(eriks).toHaveLength(1);
    assertRendered(eriks[0]);
    expect(cardText(eriks[0])).toContain('Louise Lind lämnade över en fråga till dig');
    expect(cardText(eriks[0])).toContain('”Hur söker man till traineeprogrammet?”');
    // Louise's copy, updated in place.
    const louiseUpdate = t.connector.updates().filter((u) => u.path.includes(encodeURIComponent(chatOf(USERS.louise))));
    expect(louiseUpdate.length).toBeGreaterThan(0);
    expect(cardText(cardOf(louiseUpdate.at(-1)!))).toContain('Hanteras av: Erik Berg (överlämnad av Louise Lind)');

    // A second click on the old card changes nothing.
    const again = await t.click(USERS.louise, handOver.verb, { ...handOver.data, holderId: USERS.admin.id });
    expect(cardText(again.card)).toContain('Kortet var inaktuellt');
    expect((await questions(t))[0].holder_id).toBe(USERS.erik.id);

    // The channel's copy at half time says who holds it.
    await t.at('2026-11-23T14:30:00+01:00');
    const channel = sentTo('channel').map(cardOf).filter(Boolean);
    expect(channel).toHaveLength(1);
    expect(cardText(channel[0])).toContain('Hanteras av: Erik Berg (överlämnad av Louise Lind)');

    // Erik holds it now: handing it back to himself is refused; to the superadmin works, and every copy follows.
    const self = await t.click(USERS.erik, handOver.verb, { commentId: q.id, version: q.version, holderId: USERS.erik.id });
    expect(cardText(self.card)).toContain('Erik Berg har redan frågan.');
    const toAdmin = await t.click(USERS.erik, handOver.verb, { commentId: q.id, version: q.version, holderId: USERS.admin.id });
    expect(cardText(toAdmin.card)).toContain('Frågan är överlämnad till Sara Superadmin.');
    await t.tick();
    const latest = new Map<string, string>();
    for (const u of t.connector.updates()) latest.set(u.path.split('/activities/')[0], cardText(cardOf(u)));
    expect([...latest.keys()].length).toBe(3); // Louise's, Erik's and the channel's copies
    for (const text of latest.values()) expect(text).toContain('Hanteras av: Sara Superadmin (överlämnad av Erik Berg)');
  });

  test('away with a substitute: the question goes to the substitute while the period lasts and the card says so; afterwards to the owner again', async () => {
    await t.at('2026-11-23T09:00:00+01:00');
    const set = await t.say(USERS.louise, '/ledig 23–27 nov ersättare Erik');
    expect(set.replies[0].text).toBe('Klart: Louise Lind är ledig måndag 23 november – fredag 27 november. Ersättare: Erik Berg.');
    await t.tick();
    expect(sentTo(USERS.erik).map(textOf)).toEqual(['Louise Lind är ledig måndag 23 november – fredag 27 november och har valt dig som ersättare: påminnelserna om hens frågor kommer till dig under tiden.']);

    await questionOn('2026-11-23', 'Hur lång är utbildningen?', MONDAY_10);
    await t.at(MONDAY_10);
    const toErik = sentTo(USERS.erik).map(cardOf).filter(Boolean);
    expect(toErik).toHaveLength(1);
    assertRendered(toErik[0]);
    expect(cardText(toErik[0])).toContain('Louise Lind är ledig till och med fredag 27 november — du är ersättare.');
    expect(cardText(toErik[0])).toContain('Hanteras av: Erik Berg (ersätter Louise Lind, som är ledig till och med fredag 27 november)');
    // Louise hears only about the post match, not the question.
    expect(sentTo(USERS.louise).map((c) => cardText(cardOf(c))).join('\n')).not.toContain('Hur lång är utbildningen?');

    // /frågor shows who is away and who holds the question.
    const list = (await t.say(USERS.erik, '/frågor')).replies[0].attachments[0].content;
    assertRendered(list);
    expect(cardText(list)).toContain('Lediga just nu');
    expect(cardText(list)).toContain('Louise Lind är ledig till och med fredag 27 november, ersättare Erik Berg');
    const mine = cardText((await t.say(USERS.erik, '/frågor mina')).replies[0].attachments[0].content);
    expect(mine).toContain('”Hur lång är utbildningen?”');

    // The next Monday the period is over: a new question on her post goes to Louise.
    await questionOn('2026-11-30', 'När börjar nästa omgång?', '2026-11-30T10:00:00+01:00');
    const before = sentTo(USERS.erik).length;
    await t.at('2026-11-30T10:00:00+01:00');
    const louises = sentTo(USERS.louise).map(cardOf).filter((c) => c && cardText(c).includes('När börjar nästa omgång?'));
    expect(louises).toHaveLength(1);
    expect(cardText(louises[0])).toContain('Ny fråga på ditt inlägg');
    expect(cardText(louises[0])).not.toContain('du är ersättare');
    expect(sentTo(USERS.erik).length).toBe(before);
  });

  test('/ledig reads periods and substitutes as written, replaces overlapping periods, ends with /ledig av, and refuses what it cannot do', async () => {
    const say = async (u: TestUser, text: string) => (await t.say(u, text)).replies[0].text as string;
    expect(await say(USERS.louise, '/ledig 1/7-28/7 @Erik')).toBe('Klart: Louise Lind är ledig torsdag 1 juli 2027 – onsdag 28 juli 2027. Ersättare: Erik Berg.');
    expect(await say(USERS.louise, '/ledig 20 juli till 10 aug ersättare Sara Superadmin')).toBe(
      'Klart: Louise Lind är ledig tisdag 20 juli 2027 – tisdag 10 augusti 2027. Ersättare: Sara Superadmin. Den tidigare ledigheten som överlappade är ersatt.',
    );
    expect(await t.bot.db.query('select user_id, from_day, to_day, substitute_id from absences')).toEqual([
      { user_id: USERS.louise.id, from_day: '2027-07-20', to_day: '2027-08-10', substitute_id: USERS.admin.id },
    ]);
    expect(await say(USERS.louise, '/ledig 1–28 juli ersättare Louise')).toMatch(/Du kan inte vara din egen ersättare/);
    expect(await say(USERS.louise, '/ledig 1–28 juli ersättare Olle')).toBe('Jag hittar ingen redaktör i SAV-teamet som heter ”Olle”.');
    expect(await say(USERS.louise, '/ledig semester ersättare Erik')).toMatch(/Jag kunde inte läsa perioden/);
    expect(await say(USERS.louise, '/ledig 1–28 juli')).toMatch(/Vem är ersättare\?/);
    expect(await say(USERS.louise, '/ledig 28–1 juli ersättare Erik')).toMatch(/ligger före den första/);
    // Only superadmins set it for someone else.
    expect(await say(USERS.erik, '/ledig för Louise 1–5 dec ersättare Erik')).toBe('Bara superadministratörer kan lägga in eller avsluta ledighet åt någon annan.');
    expect(await say(USERS.admin, '/ledig för Louise 1–5 dec ersättare Erik')).toBe('Klart: Louise Lind är ledig tisdag 1 december – lördag 5 december. Ersättare: Erik Berg.');
    await t.tick();
    expect(sentTo(USERS.louise).map(textOf)).toContain('Klart: Louise Lind är ledig tisdag 1 december – lördag 5 december. Ersättare: Erik Berg.');
    expect((await t.bot.db.query('select 1 from absences')).length).toBe(2);
    expect(await say(USERS.louise, '/ledig av')).toBe('Din ledighet är avslutad: påminnelserna går till dig igen.');
    expect(await t.bot.db.query('select 1 from absences')).toEqual([]);
    expect(await say(USERS.louise, '/ledig av')).toBe('Det finns ingen inlagd ledighet att avsluta.');
    expect(await say(USERS.louise, '/away 1 July to 28 July substitute Erik')).toMatch(/^Klart: Louise Lind/);

    // An @mention as Teams sends it: the text shows a display name, the entity carries the Teams id.
    const mention = '<at>E. Berg</at>';
    const res = await t.post({
      type: 'message', id: 'mention-1', channelId: 'msteams', serviceUrl: t.connector.url, locale: 'sv-SE', deliveryMode: 'expectReplies',
      from: { id: `29:${USERS.admin.id}`, name: USERS.admin.name, aadObjectId: USERS.admin.id },
      recipient: { id: '28:sav-boten', name: 'SAV-boten' },
      conversation: { id: chatOf(USERS.admin), conversationType: 'personal', tenantId: 'tenant-1' },
      channelData: { tenant: { id: 'tenant-1' } },
      text: `/ledig 1–3 dec ersättare ${mention}`,
      entities: [{ type: 'mention', text: mention, mentioned: { id: `29:${USERS.erik.id}`, name: 'E. Berg' } }],
    });
    expect(res.body.activities[0].text).toBe('Klart: Sara Superadmin är ledig tisdag 1 december – torsdag 3 december. Ersättare: Erik Berg.');
  });

  test('the /ledig form: dates and a substitute picked from the roster; superadmins may choose who; forged or stale data changes nothing', async () => {
    const form = (await t.say(USERS.louise, '/ledig')).replies[0].attachments[0].content;
    assertRendered(form);
    expect(cardText(form)).toContain('Ingen ledighet är inlagd.');
    expect(findInput(form, 'userId')).toBeUndefined();
    expect(findInput(form, 'substituteId')).toMatchObject({ 'choices.data': { dataset: 'graph.microsoft.com/users' } });
    const save = action(form, 'Spara ledigheten');
    const ok = await t.click(USERS.louise, save.verb, { fromDay: '2026-12-01', toDay: '2026-12-04', substituteId: USERS.erik.id });
    expect(cardText(ok.card)).toContain('Klart: Louise Lind är ledig tisdag 1 december – fredag 4 december. Ersättare: Erik Berg.');
    expect(cardText(ok.card)).toContain('Louise Lind: tisdag 1 december – fredag 4 december, ersättare Erik Berg');
    // Forged: Erik sets time away for Louise, or ends hers.
    const forgedFor = await t.click(USERS.erik, save.verb, { fromDay: '2026-12-07', toDay: '2026-12-08', substituteId: USERS.admin.id, userId: USERS.louise.id });
    expect(cardText(forgedFor.card)).toContain('Bara superadministratörer');
    const forgedEnd = await t.click(USERS.erik, 'away.end', { userId: USERS.louise.id });
    expect(cardText(forgedEnd.card)).toContain('Bara superadministratörer');
    const bad = await t.click(USERS.louise, save.verb, { fromDay: 'i morgon', toDay: '2026-12-04', substituteId: USERS.erik.id });
    expect(cardText(bad.card)).toMatch(/Inget har ändrats/);
    const outsider = await t.click(USERS.louise, save.verb, { fromDay: '2026-12-01', toDay: '2026-12-04', substituteId: USERS.outsider.id });
    expect(cardText(outsider.card)).toContain('Ersättaren måste vara redaktör i SAV-teamet.');
    expect(await t.bot.db.query('select user_id, substitute_id from absences')).toEqual([{ user_id: USERS.louise.id, substitute_id: USERS.erik.id }]);
    // The superadmin's form can choose who, and end anyone's.
    const adminForm = (await t.say(USERS.admin, '/ledig')).replies[0].attachments[0].content;
    expect(findInput(adminForm, 'userId')).toMatchObject({ type: 'Input.ChoiceSet' });
    const forErik = await t.click(USERS.admin, save.verb, { fromDay: '2026-12-10', toDay: '2026-12-11', substituteId: USERS.louise.id, userId: USERS.erik.id });
    expect(cardText(forErik.card)).toContain('Klart: Erik Berg är ledig');
    const end = action(forErik.card, 'Avsluta ledigheten för Louise Lind');
    const ended = await t.click(USERS.admin, end.verb, end.data);
    expect(cardText(ended.card)).toContain('Ledigheten för Louise Lind är avslutad');
    expect(await t.bot.db.query('select user_id from absences')).toEqual([{ user_id: USERS.erik.id }]);
  });

  test('/frågor lists open questions oldest deadline first; mina, förvaltning and försenade filter; superadmins see everything', async () => {
    await questionOn('2026-11-23', 'Hur söker man?', MONDAY_10);
    // A post without a booking: nobody owns it, the channel handles it.
    // Published on a Sunday, when nobody had booked the day.
    const other = sim.addPost({ text: 'Sommarjobb 2027', createdAt: new Date('2026-11-22T12:00:00+01:00') });
    sim.addComment(other.urn, { actorUrn: 'urn:li:person:asker2', text: 'När kommer sommarjobben ut?', createdAt: new Date('2026-11-23T08:30:00+01:00') });
    await t.at('2026-11-23T10:05:00+01:00');
    const [department] = (await t.bot.db.query<{ department: string }>('select department from bookings')).map((r) => r.department);

    const all = (await t.say(USERS.erik, '/frågor')).replies[0].attachments[0].content;
    assertRendered(all);
    const text = cardText(all);
    expect(text).toContain('Alla: 2 öppna frågor, äldsta svarstid först.');
    // 08:30 Monday is due 08:30 Tuesday, before 10:00 Monday's 10:00 Tuesday.
    expect(text.indexOf('När kommer sommarjobben ut?')).toBeLessThan(text.indexOf('Hur söker man?'));
    expect(text).toContain('Inläggets ägare: ingen (SAV-kanalen)');
    expect(text).toContain('Hanteras av: ingen ännu: alla redaktörer hjälps åt');
    expect(text).toContain('Inläggets ägare: Louise Lind');
    expect(text).toContain('Hanteras av: Louise Lind');
    expect(text).toContain(`Förvaltning: ${department}`);
    expect(executeActions(all).map((a) => a.title)).toEqual(['Alla', 'Mina', 'Min förvaltning', 'Försenade']);

    const mine = cardText((await t.say(USERS.louise, '/frågor mina')).replies[0].attachments[0].content);
    expect(mine).toContain('Mina: 1 öppen fråga');
    expect(mine).not.toContain('sommarjobben');
    expect(cardText((await t.say(USERS.erik, '/fragor mine')).replies[0].attachments[0].content)).toContain('Mina: Inga öppna frågor här.');
    const dept = cardText((await t.say(USERS.louise, '/frågor förvaltning')).replies[0].attachments[0].content);
    expect(dept).toContain('Min förvaltning: 1 öppen fråga');
    // Erik has booked nothing: the bot does not know his department and says so.
    const eriksDept = cardText((await t.say(USERS.erik, '/frågor förvaltning')).replies[0].attachments[0].content);
    expect(eriksDept).toContain('Boten vet inte vilken förvaltning du tillhör');
    expect(eriksDept).toContain('2 öppna frågor');

    await t.at('2026-11-24T09:00:00+01:00');
    const late = await t.click(USERS.erik, 'questions.filter', { filter: 'overdue' });
    assertRendered(late.card);
    expect(cardText(late.card)).toContain('Försenade: 1 öppen fråga');
    expect(cardText(late.card)).toContain('(försenad)');
    expect(cardText(late.card)).toContain('sommarjobben');

    // A comment flagged for moderation is the superadmins' case: editors do not see it quoted in the list.
    await t.bot.db.query(`update comments set should_remove = true where text like 'När kommer%'`);
    expect(cardText((await t.say(USERS.erik, '/frågor')).replies[0].attachments[0].content)).not.toContain('sommarjobben');
    expect(cardText((await t.say(USERS.admin, '/frågor')).replies[0].attachments[0].content)).toContain('sommarjobben');

    const en = (await t.say(USERS.admin, '/questions overdue', { locale: 'en-US' })).replies[0].attachments[0].content;
    assertRendered(en);
    expect(cardText(en)).toContain('Overdue: 1 open question, oldest deadline first.');
    expect(cardText(en)).toContain('Handled by: nobody yet: all editors help out');
    expect((await t.say(USERS.erik, '/frågor blabla')).replies[0].text).toContain('Jag känner inte igen ”blabla”');
    const forged = await t.click(USERS.erik, 'questions.filter', { filter: 'everything' });
    expect(cardText(forged.card)).toMatch(/Inget har ändrats/);
  });

  test('Svara offers the saved replies signed with the editor\'s name and title, posts the one chosen, and refuses an empty or unknown one', async () => {
    const question = await questionOn('2026-11-23', 'Var söker jag jobb hos er?', MONDAY_10);
    await t.at(MONDAY_10);
    const card = sentTo(USERS.louise).map(cardOf).find((c) => c && cardText(c).includes('Ny fråga på ditt inlägg'))!;
    assertRendered(card);
    const choice = findInput(card, 'savedReply');
    expect(choice.choices.map((c: any) => c.title)).toEqual(['Kritik: hänvisa till Kontaktcenter', 'Personuppgifter: använd rätt kanal', 'Jobb: var man söker', 'Tack']);
    expect(findInput(card, 'replyText').isRequired).toBe(false);
    // The preview is signed with her name (she has given no title yet) and links to the configured feedback page.
    expect(cardText(card)).toContain(FEEDBACK);
    expect(cardText(card)).toContain('Vänliga hälsningar, Louise');
    expect(cardText(card)).not.toMatch(/\n\nVänliga hälsningar, ‹förnamn›/);
    const [q] = await questions(t);
    const data = { commentId: q.id, version: q.version };

    const empty = await t.click(USERS.louise, 'comment.reply', { ...data, replyText: '', savedReply: '', title: '' });
    expect(cardText(empty.card)).toContain('Inget har ändrats: skriv ett svar eller välj ett sparat svar.');
    const gone = await t.click(USERS.louise, 'comment.reply', { ...data, replyText: '', savedReply: '00000000-0000-4000-8000-000000000000', title: '' });
    expect(cardText(gone.card)).toContain('Inget har ändrats: det sparade svaret finns inte längre.');
    expect(sim.state.comments.filter((c) => c.parentUrn === question.urn)).toHaveLength(0);

    const jobs = choice.choices.find((c: any) => c.title === 'Jobb: var man söker').value;
    const sent = await t.click(USERS.louise, 'comment.reply', { ...data, replyText: '', savedReply: jobs, title: 'kommunikatör' });
    expect(cardText(sent.card)).toContain('Besvarad av Louise Lind via boten');
    const reply = sim.state.comments.find((c) => c.parentUrn === question.urn);
    expect(reply).toMatchObject({ actorUrn: SIM_ORGANIZATION_URN });
    expect(reply!.text).toMatch(/^Hej! Alla lediga jobb i Helsingborgs stad publiceras på helsingborg\.se.*\n\nVänliga hälsningar, Louise, kommunikatör$/s);
    expect((await questions(t))[0].status).toBe('answered');
  });

  test('/svar: superadmins add and remove saved replies; editors see them but cannot change them', async () => {
    const list = (await t.say(USERS.admin, '/svar')).replies[0].attachments[0].content;
    assertRendered(list);
    expect(cardText(list)).toContain('Kritik: hänvisa till Kontaktcenter');
    const add = action(list, 'Lägg till svaret');
    const added = await t.click(USERS.admin, add.verb, { title: 'Öppet hus', body: 'Välkommen på öppet hus den 3 december!' });
    expect(cardText(added.card)).toContain('Sparat: ”Öppet hus”.');
    const missing = await t.click(USERS.admin, add.verb, { title: 'Utan text', body: ' ' });
    expect(cardText(missing.card)).toContain('Fyll i det här.');
    const removeTack = executeActions(added.card).filter((a) => a.verb === 'replies.remove')[3];
    const removed = await t.click(USERS.admin, removeTack.verb, removeTack.data);
    expect(cardText(removed.card)).toContain('Borttaget: ”Tack”.');
    const twice = await t.click(USERS.admin, removeTack.verb, removeTack.data);
    expect(cardText(twice.card)).toContain('Det svaret finns inte längre.');
    expect((await t.bot.db.query<{ title: string }>('select title from saved_replies order by position')).map((r) => r.title)).toEqual([
      'Kritik: hänvisa till Kontaktcenter', 'Personuppgifter: använd rätt kanal', 'Jobb: var man söker', 'Öppet hus',
    ]);

    const eriks = (await t.say(USERS.erik, '/svar')).replies[0].attachments[0].content;
    expect(cardText(eriks)).toContain('Öppet hus');
    expect(executeActions(eriks)).toEqual([]);
    const forged = await t.click(USERS.erik, 'replies.add', { title: 'Mitt', body: 'Mitt eget' });
    expect(cardText(forged.card)).toContain('Bara superadministratörer kan ändra de sparade svaren.');
    const forgedRemove = await t.click(USERS.erik, 'replies.remove', removeTack.data);
    expect(cardText(forgedRemove.card)).toContain('Bara superadministratörer');
    expect((await t.bot.db.query('select 1 from saved_replies')).length).toBe(4);
    // Removing them all keeps the list empty: the defaults are written only once.
    for (const a of executeActions((await t.say(USERS.admin, '/svar')).replies[0].attachments[0].content).filter((x) => x.verb === 'replies.remove')) await t.click(USERS.admin, a.verb, a.data);
    expect(cardText((await t.say(USERS.admin, '/svar')).replies[0].attachments[0].content)).toContain('Inga sparade svar.');
  });
});

describe('saved replies without the LinkedIn API', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await TestBot.start({ now: MONDAY_10 });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_10);
    await savTeam(t);
  });
  afterAll(async () => {
    await t.close();
  });

  test('the reminder card shows the saved replies for copying, signed with the reader\'s name and title; the channel\'s copy leaves the name open', async () => {
    await t.say(USERS.louise, '/book 2026-11-23 Möt våra traineer');
    const bookingId = (await t.bot.db.query<{ id: string }>('select id from bookings'))[0].id;
    const res = await t.click(USERS.erik, 'comment.register', { requestId: 'req-teamwork-1', post: bookingId, text: 'Hur söker man?', authorName: 'Kim' });
    expect(executeActions(res.card).map((a) => a.title)).not.toContain('Skicka svaret');
    const copy = findInput(res.card, 'savedReply0');
    expect(copy).toMatchObject({ type: 'Input.Text', isMultiline: true });
    expect(copy.value).toMatch(/Vänliga hälsningar, Erik$/);
    expect(cardText(res.card)).toContain('Kopiera ett svar, klistra in det på LinkedIn och tryck sedan Besvarad.');
    await t.tick();
    const toLouise = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(chatOf(USERS.louise)))).map(cardOf).find((c) => c && cardText(c).includes('Hur söker man?'))!;
    assertRendered(toLouise);
    expect(findInput(toLouise, 'savedReply3').value).toBe('Stort tack för dina fina ord! Vi skickar dem vidare till våra medarbetare.\n\nVänliga hälsningar, Louise');
    await t.at('2026-11-23T14:30:00+01:00');
    const channel = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(SAV_CHANNEL))).map(cardOf).find(Boolean)!;
    expect(findInput(channel, 'savedReply3').value).toMatch(/Vänliga hälsningar, ‹förnamn›, ‹titel›$/);
  });
});

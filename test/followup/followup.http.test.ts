import { startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { assertRendered, attachedCard, cardText, executeActions } from '../support/cards';
import { linkedInEnv, SAV_CHANNEL, TestBot, TestUser, USERS } from '../support/bot';

// The month followed up is May 2026: Friday 1 May and Thursday 14 May (Ascension) are public holidays.
// The card goes out on the first working day of June, Monday 1 June, at 09:00.
const MANAGER: TestUser = { id: '7a1b2c3d-0000-4000-8000-000000000042', name: 'Maria Chef' };
const KULTUR = 'Kulturförvaltningen';
const SOCIAL = 'Socialförvaltningen';
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the monthly follow-up: every figure on the card and in the CSV, from a seeded month', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;
  let n = 0;

  const bookingIds = new Map<string, string>();
  async function book(user: TestUser, day: string, department: string) {
    await t.click(user, 'booking.submit', { requestId: `r-${day}-${department}`, day, title: `Inlägg ${day}`, department, postType: 'inlagg', category: 'vardag', goal: 'engagera', timeOfDay: '' });
    const rows = await t.bot.db.query<{ id: string }>('select id from bookings where day = $1 and department = $2', [day, department]);
    bookingIds.set(day, rows[0].id);
  }
  /** A post the poll found on LinkedIn, published on a booked day (so matched to its department). */
  async function published(urn: string, at: string) {
    t.clock.set(at);
    await t.bot.tracker.ensurePost({ urn, source: 'linkedin', publishedAt: new Date(at) });
  }
  /** A comment found on LinkedIn at the time it was written; answered by the page at `answeredAt` if given. */
  async function comment(postUrn: string, at: string, text: string, answeredAt?: string) {
    const externalId = `urn:li:comment:(urn:li:activity:1,${++n})`;
    await t.at(at);
    await t.bot.tracker.track({ externalId, postUrn, authorName: `Person ${n}`, authorUrn: `urn:li:person:p${n}`, text, commentedAt: new Date(at), source: 'linkedin' });
    await t.tick();
    if (answeredAt) {
      await t.at(answeredAt);
      expect(await t.bot.tracker.closeByPageReply(externalId, new Date(answeredAt))).toBe(true);
    }
  }

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false });
    t = await TestBot.start({
      now: '2026-04-20T10:00:00+02:00',
      env: { ...linkedInEnv(sim), LINKEDIN_POLL_SECONDS: '86400', DEPARTMENT_MANAGERS: JSON.stringify({ [KULTUR]: [MANAGER.id] }), SAV_TEAM_ID: 'team-sav', LINKEDIN_DAILY_CALL_BUDGET: '100000' },
    });
    // The page's statistics, per UTC day (as LinkedIn has them once the month is over); days outside the months must not count.
    sim.statistics.seed({ day: '2026-04-28', impressions: 10000, uniqueImpressions: 6000, clicks: 100, likes: 300, comments: 40, shares: 10, organicFollowerGain: 50 });
    sim.statistics.seed({ day: '2026-05-05', impressions: 5000, uniqueImpressions: 3000, clicks: 100, likes: 200, comments: 30, shares: 10, organicFollowerGain: 40, paidFollowerGain: 2 });
    sim.statistics.seed({ day: '2026-05-20', impressions: 7400, uniqueImpressions: 4200, clicks: 60, likes: 150, comments: 20, shares: 5, organicFollowerGain: 25 });
    sim.statistics.seed({ day: '2026-06-01', impressions: 99999, likes: 999, organicFollowerGain: 999 });
    sim.statistics.seed({ day: '2026-03-31', impressions: 88888, likes: 888 });
    // The bot joins the SAV team: the channel is known, and Louise and Erik are editors.
    expect(await t.membersChanged({ added: ['bot'] })).toBe(200);
    await t.say(USERS.louise, 'hej', { where: 'channel' });
    await t.say(USERS.erik, 'hej', { where: 'channel' });
    await t.tick();

    // Bookings: April's one, and May's five (three for Kulturförvaltningen, two for Socialförvaltningen).
    await book(USERS.louise, '2026-04-28', KULTUR);
    for (const day of ['2026-05-05', '2026-05-12', '2026-05-19']) await book(USERS.louise, day, KULTUR);
    for (const day of ['2026-05-07', '2026-05-21']) await book(USERS.erik, day, SOCIAL);

    await published('urn:li:share:400', '2026-04-28T10:00:00+02:00');
    await comment('urn:li:share:400', '2026-04-28T10:00:00+02:00', 'Hur söker man till sommarjobben?', '2026-04-28T11:00:00+02:00');

    await published('urn:li:share:501', '2026-05-05T09:30:00+02:00');
    // Answered 2 h 30 min later: in time.
    await comment('urn:li:share:501', '2026-05-05T10:00:00+02:00', 'Hur ansöker man till traineeprogrammet?', '2026-05-05T12:30:00+02:00');
    // Tuesday 14:00, answered Wednesday 15:00: 3 + 7 = 10 working hours, the deadline was Wednesday 14:00: late.
    await comment('urn:li:share:501', '2026-05-05T14:00:00+02:00', 'När är sista ansökningsdag för programmet?', '2026-05-06T15:00:00+02:00');
    await published('urn:li:share:502', '2026-05-07T10:00:00+02:00');
    // Friday 16:00, answered Monday 09:00: across the weekend, 1 + 1 = 2 working hours, in time.
    await comment('urn:li:share:502', '2026-05-08T16:00:00+02:00', 'Var kan jag läsa mer om tjänsterna?', '2026-05-11T09:00:00+02:00');
    await published('urn:li:share:503', '2026-05-12T10:00:00+02:00');
    // Tuesday 11:00, answered Wednesday 16:00: 6 + 8 = 14 working hours, late.
    await comment('urn:li:share:503', '2026-05-12T11:00:00+02:00', 'Vilka bibliotek har öppet på kvällen?', '2026-05-13T16:00:00+02:00');
    // Wednesday 15:00, answered Friday 10:00: Ascension Thursday is a holiday, so 2 + 2 = 4 working hours, in time
    // (the deadline is Friday 15:00; without the holiday it would have been Thursday 15:00).
    await comment('urn:li:share:503', '2026-05-13T15:00:00+02:00', 'Kostar det något att låna e-böcker?', '2026-05-15T10:00:00+02:00');
    // Saturday: the clock starts Monday 08:00; answered 08:30, half a working hour.
    await comment('urn:li:share:503', '2026-05-16T12:00:00+02:00', 'Behöver man lånekort för att gå på föreläsningen?', '2026-05-18T08:30:00+02:00');
    // Praise, not a question: counted nowhere.
    await comment('urn:li:share:503', '2026-05-18T10:00:00+02:00', 'Vad fint, tack för ett bra initiativ!');
    // A threat on Kulturförvaltningen's post, removed by a superadmin.
    await comment('urn:li:share:501', '2026-05-20T10:00:00+02:00', 'Jag vet var du bor. Du kommer att ångra det här.');
    const [threat] = await t.bot.db.query<{ id: string; version: number; kind: string }>('select id, version, kind from escalations');
    expect(threat.kind).toBe('threat');
    await t.at('2026-05-20T11:00:00+02:00');
    const removed = await t.click(USERS.admin, 'case.removedByHand', { caseId: threat.id, version: threat.version });
    expect(removed.status).toBe(200);
    // Thursday 10:00, never answered: past its deadline (Friday 10:00) by 1 June.
    await comment('urn:li:share:502', '2026-05-28T10:00:00+02:00', 'Hur många platser finns det?');
    // Friday 16:30, never answered: due Monday 1 June 16:30, so still within its time at 09:00.
    await comment('urn:li:share:502', '2026-05-29T16:30:00+02:00', 'Kan man söka om man bor i Landskrona?');

  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  const channelCards = () =>
    t.connector.delivered().filter((c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${encodeURIComponent(SAV_CHANNEL)}/activities`)).map((c) => c.body.attachments?.[0]?.content).filter(Boolean);
  const mayCards = () => channelCards().filter((c: any) => cardText(c).includes('Uppföljning maj 2026'));
  const facts = (card: any) => nb(cardText(card));

  test('on the first working day of June at 09:00 the May card is posted to the SAV channel once, also after a restart', async () => {
    await t.at('2026-06-01T08:59:00+02:00');
    expect(mayCards()).toHaveLength(0);
    await t.at('2026-06-01T09:00:00+02:00');
    expect(mayCards()).toHaveLength(1);
    await t.restart();
    await t.bot.ensureRecurringJobs();
    await t.at('2026-06-01T09:30:00+02:00');
    await t.at('2026-06-02T09:00:00+02:00');
    expect(mayCards()).toHaveLength(1);
    expect(await t.bot.db.query(`select key from outbox where key = 'followup:2026-05'`)).toHaveLength(1);
    const card = mayCards()[0];
    assertRendered(card);
    expect(facts(card)).toContain('Källa: LinkedIn API');
  });

  // The figures below are read on Monday 1 June at 10:00, when the last question still has time left.
  beforeEach(() => t.clock.set('2026-06-01T10:00:00+02:00'));

  test('the card: the page against April, posts per department as a chart with a table behind it, questions in working time', async () => {
    const { replies } = await t.say(USERS.louise, '/uppföljning maj');
    const card = attachedCard(replies[0]);
    assertRendered(card);
    const text = facts(card);
    expect(text).toContain('Uppföljning maj 2026');
    expect(text).toContain('Källa: LinkedIn API');
    expect(text).toContain('Visningar: 12 400 (april: 10 000, +24 %)');
    expect(text).toContain('Räckvidd (unika visningar): 7 200 (april: 6 000, +20 %)');
    expect(text).toContain('Interaktioner: 575 (reaktioner 350, kommentarer 50, delningar 15, klick 160) (april: 450, +28 %)');
    expect(text).toContain('Engagemangsgrad: 4,6 % (april: 4,5 %, +3 %)');
    expect(text).toContain('Nya följare: 67 (april: 50, +34 %)');
    expect(text).toContain('Inlägg: 5 bokade, 3 publicerade (april: 1 bokade, 1 publicerade)');
    expect(text).toContain('Frågor: 8 (april: 1)');
    expect(text).toContain('Andel besvarade i tid: 57 % (4 av 7) (april: 100 %)');
    expect(text).toContain('Mediansvarstid (arbetstid): 3 tim 15 min (april: 1 tim)');
    expect(text).toContain('Svarstid, 90:e percentilen: 14 tim');
    expect(text).toContain('Obesvarade frågor: 1 efter tidsgränsen, 1 med tid kvar');
    expect(text).toContain('Borttagna kommentarer: 1 (april: 0)');
    expect(text).toContain('Eskalerade hot: 1 (april: 0)');
    // One page only: no list of posts per page.
    expect(text).not.toContain('Inlägg per LinkedIn-sida');

    const json = JSON.stringify(card);
    const posts = card.body[3].items.find((i: any) => i.type === 'Chart.VerticalBar.Grouped');
    // The departments with posts are drawn; the table behind the chart lists every department.
    expect(posts.data).toEqual([
      { legend: 'Bokade', values: [{ x: KULTUR, y: 3 }, { x: SOCIAL, y: 2 }] },
      { legend: 'Publicerade', values: [{ x: KULTUR, y: 2 }, { x: SOCIAL, y: 1 }] },
    ]);
    // Where a client cannot draw the chart, the same numbers as a table.
    expect(posts.fallback.type).toBe('FactSet');
    expect(posts.fallback.facts).toHaveLength(9);
    expect(posts.fallback.facts).toEqual(expect.arrayContaining([{ title: KULTUR, value: '3 bokade, 2 publicerade' }, { title: SOCIAL, value: '2 bokade, 1 publicerade' }, { title: 'Miljöförvaltningen', value: '0 bokade, 0 publicerade' }]));
    const donut = card.body[3].items.find((i: any) => i.type === 'Chart.Donut');
    expect(donut.data).toEqual([
      { legend: 'Besvarade i tid', value: 4 },
      { legend: 'Besvarade för sent', value: 2 },
      { legend: 'Obesvarade efter tidsgränsen', value: 1 },
      { legend: 'Obesvarade, tid kvar', value: 1 },
    ]);
    expect(donut.fallback).toEqual({ type: 'FactSet', facts: [
      { title: 'Besvarade i tid', value: '4' },
      { title: 'Besvarade för sent', value: '2' },
      { title: 'Obesvarade efter tidsgränsen', value: '1' },
      { title: 'Obesvarade, tid kvar', value: '1' },
    ] });
    const interactionsChart = card.body[2].items.find((i: any) => i.type === 'Chart.VerticalBar.Grouped');
    expect(interactionsChart.data).toEqual([
      { legend: 'maj 2026', values: [{ x: 'Reaktioner', y: 350 }, { x: 'Kommentarer', y: 50 }, { x: 'Delningar', y: 15 }, { x: 'Klick', y: 160 }] },
      { legend: 'april 2026', values: [{ x: 'Reaktioner', y: 300 }, { x: 'Kommentarer', y: 40 }, { x: 'Delningar', y: 10 }, { x: 'Klick', y: 100 }] },
    ]);
    expect(json).toContain('"type":"Chart.VerticalBar.Grouped"');
    // An editor with the API connected gets no form for the page's figures.
    expect(executeActions(card)).toHaveLength(0);
  });

  test('the CSV behind the card: BOM, semicolons, decimal commas, every figure for the network and each department', async () => {
    const { replies } = await t.say(USERS.louise, '/uppföljning 2026-05');
    const card = attachedCard(replies[0]);
    const url = card.actions.find((a: any) => a.type === 'Action.OpenUrl').url as string;
    const res = await fetch(url.replace(/^http:\/\/localhost:\d+/, t.bot.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"mått";"förvaltning";"2026-05";"2026-04";"källa"');
    const row = (what: string, dept: string) => lines.find((l) => l.startsWith(`"${what}";"${dept}";`));
    expect(row('Visningar', 'LinkedIn-sidan')).toBe('"Visningar";"LinkedIn-sidan";"12400";"10000";"LinkedIn API"');
    expect(row('Räckvidd (unika visningar)', 'LinkedIn-sidan')).toBe('"Räckvidd (unika visningar)";"LinkedIn-sidan";"7200";"6000";"LinkedIn API"');
    expect(row('Reaktioner', 'LinkedIn-sidan')).toContain('"350";"300"');
    expect(row('Kommentarer', 'LinkedIn-sidan')).toContain('"50";"40"');
    expect(row('Delningar', 'LinkedIn-sidan')).toContain('"15";"10"');
    expect(row('Klick', 'LinkedIn-sidan')).toContain('"160";"100"');
    expect(row('Interaktioner', 'LinkedIn-sidan')).toContain('"575";"450"');
    expect(row('Engagemangsgrad (%)', 'LinkedIn-sidan')).toContain('"4,64";"4,5"');
    expect(row('Nya följare', 'LinkedIn-sidan')).toContain('"67";"50"');
    const network = (what: string, now: string, before: string, dept = 'hela nätverket') => expect(row(what, dept)).toBe(`"${what}";"${dept}";"${now}";"${before}";"SAV-boten"`);
    network('Bokade inlägg', '5', '1');
    network('Publicerade inlägg', '3', '1');
    network('Frågor', '8', '1');
    network('Besvarade i tid', '4', '1');
    network('Besvarade för sent', '2', '0');
    network('Obesvarade efter tidsgränsen', '1', '0');
    network('Obesvarade inom tidsgränsen', '1', '0');
    network('Andel besvarade i tid (%)', '57,1', '100');
    network('Mediansvarstid (arbetstimmar)', '3,25', '1');
    network('Svarstid, 90:e percentilen (arbetstimmar)', '14', '1');
    network('Borttagna kommentarer', '1', '0');
    network('Eskalerade hot', '1', '0');
    // Kulturförvaltningen: questions at 2.5, 10, 14, 4 and 0.5 working hours.
    network('Bokade inlägg', '3', '1', KULTUR);
    network('Publicerade inlägg', '2', '1', KULTUR);
    network('Frågor', '5', '1', KULTUR);
    network('Andel besvarade i tid (%)', '60', '100', KULTUR);
    network('Mediansvarstid (arbetstimmar)', '4', '1', KULTUR);
    network('Svarstid, 90:e percentilen (arbetstimmar)', '14', '1', KULTUR);
    network('Eskalerade hot', '1', '0', KULTUR);
    // Socialförvaltningen: one answered in 2 hours, one overdue, one with time left.
    network('Frågor', '3', '0', SOCIAL);
    network('Andel besvarade i tid (%)', '50', '', SOCIAL);
    network('Mediansvarstid (arbetstimmar)', '2', '', SOCIAL);
    network('Eskalerade hot', '0', '0', SOCIAL);
    network('Frågor', '0', '0', 'Miljöförvaltningen');
  });

  test("LinkedIn is asked by UTC month with the versioned headers; when it fails the card says so and the network's figures stay", async () => {
    sim.requests.length = 0;
    await t.say(USERS.louise, '/uppföljning maj');
    const asked = sim.requests.filter((r) => r.path.startsWith('/rest/organizationalEntity'));
    expect(asked.map((r) => r.path).sort()).toEqual(['/rest/organizationalEntityFollowerStatistics', '/rest/organizationalEntityShareStatistics']);
    for (const r of asked) {
      expect(r.rawUrl).toContain('q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A90000001&');
      expect(r.rawUrl).toContain(`timeIntervals=(timeRange:(start:${Date.UTC(2026, 4, 1)},end:${Date.UTC(2026, 5, 1)}),timeGranularityType:MONTH)`);
      expect(r.headers['linkedin-version']).toMatch(/^\d{6}$/);
      expect(r.headers['x-restli-protocol-version']).toBe('2.0.0');
    }
    // April ended more than two days ago: its figures were kept and cost no call.
    expect(asked).toHaveLength(2);

    sim.setFailure({ status: 500, times: 1 });
    const text = facts(attachedCard((await t.say(USERS.louise, '/uppföljning maj')).replies[0]));
    expect(text).toContain('LinkedIn svarade inte med sidans siffror');
    expect(text).not.toContain('Visningar: 12 400');
    expect(text).toContain('Andel besvarade i tid: 57 % (4 av 7)');
  });

  test("a manager gets their own department's slice, and only that", async () => {
    const own = await t.say(MANAGER, '/uppfoljning maj');
    const text = facts(attachedCard(own.replies[0]));
    expect(text).toContain(`Uppföljning maj 2026: ${KULTUR}`);
    expect(text).toContain('Frågor: 5 (april: 1)');
    expect(text).toContain('Andel besvarade i tid: 60 % (3 av 5)');
    expect(text).toContain('Mediansvarstid (arbetstid): 4 tim');
    expect(text).not.toContain('Visningar');
    const other = await t.say(MANAGER, `/uppföljning maj ${SOCIAL}`);
    expect(other.replies[0].text).toContain(`din förvaltning (${KULTUR})`);
    const outsider = await t.say(USERS.outsider, '/uppföljning');
    expect(outsider.replies[0].text).toContain('SAV-nätverkets redaktörer');
  });

  test('an editor asks for a department by the start of its name, in English too', async () => {
    const { replies } = await t.say(USERS.erik, '/followup May social', { locale: 'en-US' });
    const text = facts(attachedCard(replies[0]));
    expect(text).toContain(`Follow-up May 2026: ${SOCIAL}`);
    expect(text).toContain('Share answered in time: 50% (1 of 2)');
    expect(text).toContain('Median answer time (working time): 2 h');
  });

  test('unreadable months, months to come and unknown departments get a clear answer', async () => {
    expect((await t.say(USERS.louise, '/uppföljning blabla')).replies[0].text).toContain('kunde inte läsa vilken månad');
    expect((await t.say(USERS.louise, '/uppföljning 2026-13')).replies[0].text).toContain('kunde inte läsa vilken månad');
    expect((await t.say(USERS.louise, '/uppföljning 2026-09')).replies[0].text).toContain('inte börjat än');
    expect((await t.say(USERS.louise, '/uppföljning maj Brandkåren')).replies[0].text).toContain('känner inte till förvaltningen ”Brandkåren”');
  });
});

describe('the page figures typed in by a superadmin when there is no LinkedIn API', () => {
  let t: TestBot;

  beforeAll(async () => {
    t = await TestBot.start({ now: '2026-06-03T10:00:00+02:00' });
  });
  afterAll(() => t.close());

  const figures = { month: '2026-05', impressions: '12400', reach: '', reactions: '350', comments: '50', shares: '15', clicks: '160', newFollowers: '67' };

  test('the card says the figures are missing and offers superadmins the form; others are refused and nothing is stored', async () => {
    const admin = attachedCard((await t.say(USERS.admin, '/uppföljning maj')).replies[0]);
    assertRendered(admin);
    expect(nb(cardText(admin))).toContain('Sidans siffror saknas');
    expect(nb(cardText(admin))).toContain('Publicerade inlägg räknas bara med LinkedIn-kopplingen.');
    expect(executeActions(admin).map((a) => a.verb)).toEqual(['followup.savePage']);
    const editor = attachedCard((await t.say(USERS.louise, '/uppföljning maj')).replies[0]);
    expect(executeActions(editor)).toHaveLength(0);

    const refused = await t.click(USERS.louise, 'followup.savePage', figures);
    expect(nb(cardText(refused.card))).toContain('Bara superadministratörer kan mata in sidans siffror.');
    expect(await t.bot.db.query('select * from page_figures')).toHaveLength(0);
  });

  test('bad numbers, a forged month and a month to come change nothing', async () => {
    const bad = await t.click(USERS.admin, 'followup.savePage', { ...figures, impressions: '-5' });
    expect(nb(cardText(bad.card))).toContain('Skriv hela tal');
    const forged = await t.click(USERS.admin, 'followup.savePage', { ...figures, month: "2026-05'; drop table x" });
    expect(nb(cardText(forged.card))).toContain('inget har ändrats');
    const future = await t.click(USERS.admin, 'followup.savePage', { ...figures, month: '2026-07' });
    expect(nb(cardText(future.card))).toContain('Inget har ändrats');
    expect(await t.bot.db.query('select * from page_figures')).toHaveLength(0);
  });

  test('saved figures appear on the card with who entered them and when, and in the CSV', async () => {
    const saved = await t.click(USERS.admin, 'followup.savePage', figures);
    const text = nb(cardText(saved.card));
    expect(text).toContain('Sidans siffror för maj 2026 är sparade.');
    expect(text).toContain('Inmatat av Sara Superadmin onsdag 3 juni kl. 10:00 (från LinkedIn Analytics)');
    expect(text).toContain('Visningar: 12 400');
    expect(text).toContain('Räckvidd (unika visningar): –');
    expect(text).toContain('Engagemangsgrad: 4,6 %');
    // A second click of the same form stores the same figures again: one row.
    await t.click(USERS.admin, 'followup.savePage', figures);
    expect(await t.bot.db.query('select * from page_figures')).toHaveLength(1);
    const card = attachedCard((await t.say(USERS.louise, '/uppföljning maj')).replies[0]);
    const url = card.actions.find((a: any) => a.type === 'Action.OpenUrl').url as string;
    const csv = await (await fetch(url.replace(/^http:\/\/localhost:\d+/, t.bot.url))).text();
    expect(csv).toContain('"Visningar";"LinkedIn-sidan";"12400";"";"inmatat av Sara Superadmin 2026-06-03 10:00"');
  });
});

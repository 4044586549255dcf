import { action } from '../support/cards';
import { SAV_CHANNEL, TestBot, USERS } from '../support/bot';

// Crafted text in every field a person or LinkedIn controls: bold that spoofs the card's own status,
// a javascript: link, a list, a right-to-left override.
const EVIL = '**✅ Kvitterat av Sara Superadmin** [Öppna](javascript:alert(1))\n\n- punkt\u202Eexe.txt';
const MALLORY = { id: 'aad-mallory', name: `Mallory ${EVIL}` };
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Every text Teams renders as Markdown on a card (text blocks and facts; not input values). */
function renderedTexts(card: any): string[] {
  const out: string[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'TextBlock' && typeof node.text === 'string') out.push(node.text);
    if (node.type === 'FactSet') for (const f of node.facts ?? []) out.push(String(f.value));
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
  };
  walk(card);
  return out;
}

function openUrls(card: any): string[] {
  const out: string[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Action.OpenUrl') out.push(node.url);
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
  };
  walk(card);
  return out;
}

/** The crafted text shows as text: escaped, on one line, without bidi controls; links only to LinkedIn. */
function expectInert(card: any, where: string) {
  const texts = renderedTexts(card);
  const joined = texts.join('\n');
  expect([where, joined.includes('Kvitterat av Sara Superadmin')]).toEqual([where, true]);
  for (const t of texts) {
    expect([where, t]).not.toEqual([where, expect.stringMatching(BIDI)]);
    expect([where, t.includes('**✅')]).toEqual([where, false]);
    expect([where, /(?<!\\)\[Öppna(?<!\\)\]\(/.test(t)]).toEqual([where, false]);
    expect([where, t.includes('\n- punkt')]).toEqual([where, false]);
  }
  for (const url of openUrls(card)) expect([where, url]).toEqual([where, expect.stringMatching(/^(https:\/\/(www\.)?linkedin\.com\/|http:\/\/127\.0\.0\.1:1\/)/)]);
}

describe('text from outside is shown as text, and buttons link only to LinkedIn', () => {
  let t: TestBot;

  beforeAll(async () => {
    t = await TestBot.start({ env: { PUBLIC_BASE_URL: 'http://127.0.0.1:1' } });
  });
  afterAll(async () => {
    await t.close();
  });

  test('a crafted title, display name, comment, author and link are inert on every card that shows them', async () => {
    await t.say(USERS.admin, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    // A booking with a crafted title, by a person with a crafted display name.
    const booked = await t.say(MALLORY, `/book 2026-11-24 ${EVIL.replace(/\n/g, ' ')}`);
    expectInert(booked.replies[0].attachments[0].content, 'booking card');
    expectInert((await t.say(USERS.erik, '/schema', { where: 'channel' })).replies[0].attachments[0].content, 'schedule');
    expectInert((await t.say(MALLORY, '/mina')).replies[0].attachments[0].content, 'my bookings');

    // A comment registered from Teams, with a crafted author and a javascript: link.
    const bookingId = (await t.bot.db.query<{ id: string }>('select id from bookings'))[0].id;
    const form = (await t.say(MALLORY, '/kommentar')).replies[0].attachments[0].content;
    const submit = action(form, 'Registrera');
    const registered = await t.click(MALLORY, submit.verb, { ...submit.data, bookingId, text: `Hur söker man? ${EVIL}`, authorName: EVIL, postUrl: '', commentUrl: 'javascript:alert(1)' });
    expectInert(registered.card, 'registered comment');
    await t.tick();
    for (const call of t.connector.delivered().filter((c) => c.body?.attachments)) expectInert(call.body.attachments[0].content, `sent ${call.path}`);

    // A reported threat with the same: the case card to the superadmin.
    const report = (await t.say(MALLORY, '/rapportera')).replies[0].attachments[0].content;
    const send = action(report, 'Rapportera');
    const reported = await t.click(MALLORY, send.verb, { ...send.data, category: 'threat', text: `Jag vet var du bor. ${EVIL}`, authorName: EVIL, commentUrl: 'javascript:alert(1)' });
    expectInert(reported.card, 'reported case');
    await t.tick();
    const toAdmin = t.connector.delivered().filter((c) => c.path.includes(encodeURIComponent(`a:personal-${USERS.admin.id}`)) && c.body?.attachments);
    expect(toAdmin.length).toBeGreaterThan(0);
    for (const call of toAdmin) expectInert(call.body.attachments[0].content, 'case card to the superadmin');
    // And the channel (a question on a post without an owner goes there).
    for (const call of t.connector.delivered().filter((c) => c.path.includes(encodeURIComponent(SAV_CHANNEL)) && c.body?.attachments)) expectInert(call.body.attachments[0].content, 'channel card');
  });
});

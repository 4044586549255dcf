import { caseDelivery, caseRecipients, mayActOnCase, reminderRecipients, RoutedPost } from '../../src/domain/routing';

const ADMINS = ['admin-a', 'admin-b'];
const owned: RoutedPost = { ownerId: 'louise', ownerName: 'Louise Lind', matchStatus: 'confirmed' };
const rejected: RoutedPost = { ownerId: 'louise', ownerName: 'Louise Lind', matchStatus: 'rejected' };
const ownerless: RoutedPost = { ownerId: null, matchStatus: 'none' };

describe('who gets a case', () => {
  test('a threat goes to the superadmins, the department managers and the post owner, each once', () => {
    const r = caseRecipients('threat', owned, { superadmins: ADMINS, managers: ['boss', 'admin-a'] });
    expect(r.recipients).toEqual([
      { userId: 'admin-a', role: 'superadmin' },
      { userId: 'admin-b', role: 'superadmin' },
      { userId: 'boss', role: 'manager' },
      { userId: 'louise', role: 'owner' },
    ]);
    expect(r.missingManagers).toBe(false);
  });

  test('a threat on a department without managers says so', () => {
    expect(caseRecipients('threat', ownerless, { superadmins: ADMINS, managers: [] }).missingManagers).toBe(true);
  });

  test('a moderation case goes to the post owner alone; an owner who said the post is not theirs is none', () => {
    expect(caseRecipients('moderation', owned, { superadmins: ADMINS, managers: ['boss'] }).recipients).toEqual([{ userId: 'louise', role: 'owner' }]);
    expect(caseRecipients('moderation', rejected, { superadmins: ADMINS, managers: [] })).toMatchObject({ recipients: [], owner: null });
  });

  test('threat cards never fall back to the channel; moderation cards do', () => {
    const people = [{ userId: 'louise' }];
    expect(caseDelivery({ kind: 'threat', ownerId: 'louise' }, people, 0, { superadmins: ADMINS, channelKnown: true })).toEqual([
      { to: 'person', userId: 'louise', fallbackToChannel: false },
    ]);
    expect(caseDelivery({ kind: 'moderation', ownerId: 'louise' }, people, 0, { superadmins: ADMINS, channelKnown: true })).toEqual([
      { to: 'person', userId: 'louise', fallbackToChannel: true },
    ]);
  });

  test('a moderation case without an owner goes to the channel on its first round, and to the superadmins while no channel is known', () => {
    const c = { kind: 'moderation' as const, ownerId: null };
    expect(caseDelivery(c, [], 0, { superadmins: ADMINS, channelKnown: true })).toEqual([{ to: 'channel' }]);
    expect(caseDelivery(c, [], 0, { superadmins: ADMINS, channelKnown: false }).map((r) => (r.to === 'channel' ? 'channel' : r.userId))).toEqual(['channel', ...ADMINS]);
    expect(caseDelivery(c, [], 1, { superadmins: ADMINS, channelKnown: true })).toEqual([]);
  });

  test('only the people a case went to and superadmins may act; an ownerless moderation case is the channel editors\' to handle', () => {
    const threat = { kind: 'threat' as const, ownerId: 'louise' };
    expect(mayActOnCase({ id: 'louise', isSuperadmin: false }, threat, [{ userId: 'louise' }])).toBe(true);
    expect(mayActOnCase({ id: 'erik', isSuperadmin: false }, threat, [{ userId: 'louise' }])).toBe(false);
    expect(mayActOnCase({ id: 'erik', isSuperadmin: true }, threat, [])).toBe(true);
    expect(mayActOnCase({ id: 'erik', isSuperadmin: false }, { kind: 'moderation', ownerId: null }, [])).toBe(true);
  });
});

describe('who gets each reminder step', () => {
  const opts = { superadmins: ADMINS, channelKnown: true };
  const who = (rs: ReturnType<typeof reminderRecipients>) => rs.map((r) => (r.to === 'channel' ? 'channel' : r.userId));

  test("the owner's step goes to the post owner, or to the channel when the post has none", () => {
    expect(reminderRecipients('owner', owned, opts)).toEqual([{ to: 'person', userId: 'louise', name: 'Louise Lind', fallbackToChannel: true }]);
    expect(who(reminderRecipients('owner', rejected, opts))).toEqual(['channel']);
  });

  test('the overdue notice goes to the superadmins and the channel', () => {
    expect(who(reminderRecipients('overdue', owned, opts))).toEqual([...ADMINS, 'channel']);
  });

  test('while no channel is known, the superadmins stand in for it', () => {
    const rs = reminderRecipients('channel', owned, { ...opts, channelKnown: false });
    expect(who(rs)).toEqual(['channel', ...ADMINS]);
    expect(rs.filter((r) => r.to === 'person').every((r) => r.to === 'person' && r.standIn && !r.fallbackToChannel)).toBe(true);
  });

  test('a snooze reminds the person who snoozed', () => {
    expect(who(reminderRecipients('snooze', owned, { ...opts, snoozedBy: 'erik' }))).toEqual(['erik']);
  });
});

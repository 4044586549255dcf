import { Absence, parseAwayPeriod, standIn } from '../../src/domain/absence';
import { questionHolder, reminderRecipients } from '../../src/domain/routing';

const TODAY = '2026-11-23';

describe('reading an away period as editors write it', () => {
  test.each([
    ['1–28 juli', '2027-07-01', '2027-07-28'],
    ['1-28 juli', '2027-07-01', '2027-07-28'],
    ['1/7-28/7', '2027-07-01', '2027-07-28'],
    ['1 juli till 28 juli', '2027-07-01', '2027-07-28'],
    ['July 1 to July 28', '2027-07-01', '2027-07-28'],
    ['2026-12-01 – 2026-12-04', '2026-12-01', '2026-12-04'],
    ['2026-12-01-2026-12-04', '2026-12-01', '2026-12-04'],
    ['28 dec – 3 jan', '2026-12-28', '2027-01-03'],
    ['20–27 nov', '2026-11-20', '2026-11-27'],
    ['i morgon', '2026-11-24', '2026-11-24'],
  ])('"%s" is %s to %s', (text, from, to) => {
    expect(parseAwayPeriod(text, TODAY)).toEqual({ ok: true, fromDay: from, toDay: to });
  });

  test('what is not a period, runs backwards, is over or too long is said so', () => {
    expect(parseAwayPeriod('semester', TODAY)).toEqual({ ok: false, reason: 'no-period' });
    expect(parseAwayPeriod('', TODAY)).toEqual({ ok: false, reason: 'no-period' });
    expect(parseAwayPeriod('2026-12-10 – 2026-12-01', TODAY)).toEqual({ ok: false, reason: 'backwards' });
    expect(parseAwayPeriod('2026-01-01 – 2026-01-10', TODAY)).toEqual({ ok: false, reason: 'past' });
    expect(parseAwayPeriod('2026-12-01 – 2028-01-10', TODAY)).toEqual({ ok: false, reason: 'too-long' });
  });
});

describe('who gets the reminders of someone away', () => {
  const away = (userId: string, substituteId: string, fromDay = '2026-11-20', toDay = '2026-11-27'): Absence => ({
    id: `${userId}-away`, userId, userName: userId, fromDay, toDay, substituteId, substituteName: substituteId,
  });
  const post = { ownerId: 'anna', ownerName: 'Anna', matchStatus: 'confirmed' as const };

  test('the substitute while the period lasts, the owner before and after it', () => {
    const absences = [away('anna', 'erik')];
    expect(questionHolder(post, { holder: null, today: TODAY, absences })).toEqual({ id: 'erik', name: 'erik', standsInFor: { userId: 'anna', name: 'Anna', until: '2026-11-27' } });
    expect(questionHolder(post, { holder: null, today: '2026-11-28', absences })).toEqual({ id: 'anna', name: 'Anna' });
    expect(questionHolder(post, { holder: null, today: '2026-11-19', absences })?.id).toBe('anna');
  });

  test('a question handed over goes to its holder, and to the holder\'s substitute while the holder is away', () => {
    expect(questionHolder(post, { holder: { id: 'sara', name: 'Sara' }, today: TODAY, absences: [] })).toEqual({ id: 'sara', name: 'Sara' });
    expect(questionHolder(post, { holder: { id: 'sara', name: 'Sara' }, today: TODAY, absences: [away('sara', 'olle')] })?.id).toBe('olle');
  });

  test('a substitute who is away too passes it on; a circle ends with the first substitute', () => {
    expect(standIn('anna', TODAY, [away('anna', 'erik'), away('erik', 'sara')])?.id).toBe('sara');
    expect(standIn('anna', TODAY, [away('anna', 'erik'), away('erik', 'anna')])?.id).toBe('erik');
  });

  test('the owner step of the ladder names whom the substitute stands in for; the channel step is unchanged', () => {
    const holding = { holder: null, today: TODAY, absences: [away('anna', 'erik')] };
    const opts = { superadmins: ['admin'], channelKnown: true, holding };
    expect(reminderRecipients('owner', post, opts)).toEqual([
      { to: 'person', userId: 'erik', name: 'erik', fallbackToChannel: true, standsInFor: { userId: 'anna', name: 'Anna', until: '2026-11-27' } },
    ]);
    expect(reminderRecipients('channel', post, opts)).toEqual([{ to: 'channel' }]);
  });
});

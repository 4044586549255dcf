import { HolidayCalendar } from '../../src/domain/calendar';
import { decisionAllowed, deletionNeedsRegistration } from '../../src/domain/escalation';
import { faqAskDay, faqAskDue, isRush, rushWindowStart } from '../../src/domain/kontaktcenter';
import { kontaktcenterRecipients, reminderRecipients } from '../../src/domain/routing';

const wd = { days: [1, 2, 3, 4, 5], holidays: new HolidayCalendar('SE') };

describe('Kontaktcenter rules', () => {
  test('the FAQ is asked for two working days before the post day, skipping weekends and holidays', () => {
    expect(faqAskDay('2026-11-30', wd)).toBe('2026-11-26'); // Monday → Thursday
    expect(faqAskDay('2026-11-26', wd)).toBe('2026-11-24'); // Thursday → Tuesday
    expect(faqAskDay('2026-12-28', wd)).toBe('2026-12-22'); // juldagen and julafton are off
    expect(faqAskDay('2027-01-07', wd)).toBe('2027-01-04'); // trettondagsafton (5th) is the day before a holiday, a working day; the 6th is off
    expect(faqAskDay('2026-11-30', wd, 1)).toBe('2026-11-27');
    expect(faqAskDue('2026-11-30', '2026-11-25', wd)).toBe(false);
    expect(faqAskDue('2026-11-30', '2026-11-26', wd)).toBe(true);
    expect(faqAskDue('2026-11-30', '2026-11-29', wd)).toBe(true);
    expect(faqAskDue('2026-11-30', '2026-11-30', wd)).toBe(false);
  });

  test('a rush is N comments or M flags in the window; the window is fixed per post', () => {
    const t = { comments: 15, flags: 3, windowMinutes: 60 };
    expect(isRush({ comments: 14, flags: 2 }, t)).toBe(false);
    expect(isRush({ comments: 15, flags: 0 }, t)).toBe(true);
    expect(isRush({ comments: 1, flags: 3 }, t)).toBe(true);
    expect(rushWindowStart(new Date('2026-11-23T10:59:59Z'), t).toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });

  test('reminders of a KC-handled post go to KC\'s channel; a snooze and posts without KC keep the ordinary routing', () => {
    const post = { ownerId: 'louise', matchStatus: 'confirmed' as const };
    const kontaktcenter = { conversationId: '19:kc' };
    const opts = { superadmins: ['admin'], channelKnown: true, kontaktcenter };
    expect(reminderRecipients('owner', post, opts)).toEqual([{ to: 'channel', conversationId: '19:kc' }]);
    expect(reminderRecipients('channel', post, opts)).toEqual([{ to: 'channel', conversationId: '19:kc' }]);
    expect(reminderRecipients('overdue', post, opts)).toEqual([{ to: 'person', userId: 'admin', fallbackToChannel: false }, { to: 'channel', conversationId: '19:kc' }]);
    expect(reminderRecipients('snooze', post, { ...opts, snoozedBy: 'erik' })).toEqual([{ to: 'person', userId: 'erik', fallbackToChannel: true }]);
    expect(kontaktcenterRecipients('owner', { superadmins: [], kontaktcenter: null })).toBeNull();
    expect(reminderRecipients('owner', post, { ...opts, kontaktcenter: null })).toEqual([{ to: 'person', userId: 'louise', fallbackToChannel: true }]);
  });

  test('criticism is never hidden or removed by an editor; only a superadmin overrides; a deletion on LinkedIn is still registered', () => {
    const criticism = { kind: 'moderation' as const, category: 'harassment', status: 'open' as const };
    const editor = { isSuperadmin: false };
    const admin = { isSuperadmin: true };
    for (const d of ['hidden', 'removed-by-hand', 'removed-via-api', 'blocked-and-removed'] as const) expect(decisionAllowed(d, criticism, 'criticism', admin)).toBe('criticism');
    expect(decisionAllowed('referred-to-kc', criticism, 'criticism', editor)).toBe('ok');
    expect(decisionAllowed('override-removed', criticism, 'criticism', editor)).toBe('superadmin-only');
    expect(decisionAllowed('override-removed', criticism, 'criticism', admin)).toBe('ok');
    expect(decisionAllowed('override-removed', criticism, 'harassment', admin)).toBe('not-criticism');
    expect(decisionAllowed('referred-to-kc', criticism, 'harassment', editor)).toBe('not-criticism');
    expect(decisionAllowed('removed-by-hand', { ...criticism, status: 'needs-registration' }, 'criticism', editor)).toBe('ok');
    expect(decisionAllowed('hidden', { ...criticism, status: 'hidden' }, 'harassment', editor)).toBe('wrong-state');
    expect(decisionAllowed('blocked-and-removed', { ...criticism, status: 'hidden' }, 'harassment', editor)).toBe('ok');
    // A threat is never a criticism case.
    expect(decisionAllowed('removed-by-hand', { kind: 'threat', category: 'threat', status: 'open' }, 'criticism', editor)).toBe('ok');
    expect(deletionNeedsRegistration('removed')).toBe(false);
    expect(deletionNeedsRegistration('kept')).toBe(true);
  });
});

import { format } from 'date-fns';
import { tz, TZDate } from '@date-fns/tz';
import { HolidayCalendar } from '../../src/domain/calendar';
import { deliverAt, formatWaited, LadderOptions, reminderPlan, snoozeUntil } from '../../src/domain/reminders';
import { isWorkingTime, WorkingTime } from '../../src/domain/workingTime';

const ZONE = 'Europe/Stockholm';
const wt: WorkingTime = { timeZone: ZONE, hours: { start: 8 * 60, end: 17 * 60 }, days: [1, 2, 3, 4, 5], holidays: new HolidayCalendar('SE') };
const ladder: LadderOptions = { budgetHours: 9, channelAt: 0.5 };

/** The instant of a Stockholm wall-clock time written `YYYY-MM-DD HH:mm` (parsed by date-fns, not by the code under test). */
function local(s: string): Date {
  const [y, mo, d, h, mi] = s.split(/[- :]/).map(Number);
  return new Date(+new TZDate(y, mo - 1, d, h, mi, ZONE));
}
const show = (d: Date) => format(d, 'yyyy-MM-dd HH:mm', { in: tz(ZONE) });
const plan = (posted: string, seen = posted, opts = ladder) =>
  Object.fromEntries(reminderPlan(local(posted), local(seen), opts, wt).map((r) => [r.step, show(r.at)]));

describe('reminder ladder for a question seen when it is posted', () => {
  test('Monday 10:00: owner at once, channel at half the budget (14:30), overdue at the deadline (Tuesday 10:00)', () => {
    expect(plan('2026-11-23 10:00')).toEqual({ owner: '2026-11-23 10:00', channel: '2026-11-23 14:30', overdue: '2026-11-24 10:00' });
  });

  test('the plan lists each step once, in ladder order', () => {
    expect(reminderPlan(local('2026-11-23 10:00'), local('2026-11-23 10:00'), ladder, wt).map((r) => r.step)).toEqual(['owner', 'channel', 'overdue']);
  });

  test('a question at night reminds nobody before 08:00: owner Tuesday 08:00, channel 12:30, overdue 17:00', () => {
    expect(plan('2026-11-23 20:00')).toEqual({ owner: '2026-11-24 08:00', channel: '2026-11-24 12:30', overdue: '2026-11-24 17:00' });
  });

  test('a question on Friday at 16:00: owner at once, channel Monday 11:30, overdue Monday 16:00', () => {
    expect(plan('2026-11-27 16:00')).toEqual({ owner: '2026-11-27 16:00', channel: '2026-11-30 11:30', overdue: '2026-11-30 16:00' });
  });

  test('a question on Saturday waits for Monday: owner 08:00, channel 12:30, overdue 17:00', () => {
    expect(plan('2026-11-28 11:00')).toEqual({ owner: '2026-11-30 08:00', channel: '2026-11-30 12:30', overdue: '2026-11-30 17:00' });
  });

  test('the channel point follows REMINDER_CHANNEL_AT: a quarter of 9 hours from 10:00 is 12:15', () => {
    expect(plan('2026-11-23 10:00', '2026-11-23 10:00', { budgetHours: 9, channelAt: 0.25 }).channel).toBe('2026-11-23 12:15');
  });

  test('a 20-hour budget: channel after 10 working hours (Tuesday 11:00), overdue Wednesday 12:00', () => {
    expect(plan('2026-11-23 10:00', '2026-11-23 10:00', { budgetHours: 20, channelAt: 0.5 })).toEqual({
      owner: '2026-11-23 10:00',
      channel: '2026-11-24 11:00',
      overdue: '2026-11-25 12:00',
    });
  });

  test('a channel point at 17:00 sharp is held until 08:00 the next working day', () => {
    expect(plan('2026-11-23 12:30').channel).toBe('2026-11-24 08:00');
  });

  test('over Easter: skärtorsdag 15:00 reminds the channel on Tuesday after Easter, 10:30', () => {
    expect(plan('2026-04-02 15:00')).toEqual({ owner: '2026-04-02 15:00', channel: '2026-04-07 10:30', overdue: '2026-04-07 15:00' });
  });
});

describe('reminder ladder for a question the bot sees late', () => {
  test('seen after the channel point in working time: owner and channel at once, overdue at the deadline', () => {
    expect(plan('2026-11-23 10:00', '2026-11-23 15:00')).toEqual({ owner: '2026-11-23 15:00', channel: '2026-11-23 15:00', overdue: '2026-11-24 10:00' });
  });

  test('seen after the channel point in the evening: owner and channel the next morning, not in the past', () => {
    expect(plan('2026-11-23 10:00', '2026-11-23 18:00')).toEqual({ owner: '2026-11-24 08:00', channel: '2026-11-24 08:00', overdue: '2026-11-24 10:00' });
  });

  test('seen after the deadline in working time: all three steps at once', () => {
    expect(plan('2026-11-23 10:00', '2026-11-25 09:00')).toEqual({ owner: '2026-11-25 09:00', channel: '2026-11-25 09:00', overdue: '2026-11-25 09:00' });
  });

  test('seen after the deadline on a Saturday: overdue at once, owner and channel on Monday 08:00', () => {
    expect(plan('2026-11-26 10:00', '2026-11-28 11:00')).toEqual({ owner: '2026-11-30 08:00', channel: '2026-11-30 08:00', overdue: '2026-11-28 11:00' });
  });

  test('for any moment it is seen: each step once, none before it is seen, owner before channel, only overdue outside working time', () => {
    const posted = local('2026-12-23 15:00'); // due Monday 28 December 15:00, over Christmas
    for (let h = 0; h < 24 * 9; h += 0.75) {
      const seen = new Date(+posted + h * 3_600_000);
      const reminders = reminderPlan(posted, seen, ladder, wt);
      expect(reminders.map((r) => r.step)).toEqual(['owner', 'channel', 'overdue']);
      const [owner, channel, overdue] = reminders;
      for (const r of reminders) expect(+r.at).toBeGreaterThanOrEqual(+seen);
      expect(+owner.at).toBeLessThanOrEqual(+channel.at);
      expect(isWorkingTime(owner.at, wt)).toBe(true);
      expect(isWorkingTime(channel.at, wt)).toBe(true);
      expect(+overdue.at).toBe(Math.max(+seen, +local('2026-12-28 15:00')));
    }
  });
});

describe('delivery in working time', () => {
  test('owner and channel reminders outside working time move to the next working start', () => {
    expect(show(deliverAt('owner', local('2026-11-23 07:00'), wt))).toBe('2026-11-23 08:00');
    expect(show(deliverAt('owner', local('2026-11-23 17:00'), wt))).toBe('2026-11-24 08:00');
    expect(show(deliverAt('channel', local('2026-11-28 12:00'), wt))).toBe('2026-11-30 08:00');
    expect(show(deliverAt('channel', local('2026-12-24 09:00'), wt))).toBe('2026-12-28 08:00');
  });

  test('reminders inside working time are delivered as planned', () => {
    expect(show(deliverAt('channel', local('2026-11-23 14:30'), wt))).toBe('2026-11-23 14:30');
  });

  test('an overdue notice is sent at any hour', () => {
    expect(show(deliverAt('overdue', local('2026-11-28 23:15'), wt))).toBe('2026-11-28 23:15');
  });
});

describe('"Påminn mig" (snooze)', () => {
  test('in one hour: within the day it is an hour later', () => {
    expect(show(snoozeUntil(local('2026-11-23 10:00'), 'hour', wt))).toBe('2026-11-23 11:00');
    expect(show(snoozeUntil(local('2026-11-23 16:00'), 'hour', wt))).toBe('2026-11-23 17:00');
  });

  test('in one hour: late in the day the hour runs on the next working morning', () => {
    expect(show(snoozeUntil(local('2026-11-23 16:30'), 'hour', wt))).toBe('2026-11-24 08:30');
    expect(show(snoozeUntil(local('2026-11-27 16:30'), 'hour', wt))).toBe('2026-11-30 08:30');
    expect(show(snoozeUntil(local('2026-11-28 12:00'), 'hour', wt))).toBe('2026-11-30 09:00');
  });

  test('tomorrow: 08:00 the next working day, from Friday Monday, from skärtorsdag Tuesday after Easter', () => {
    expect(show(snoozeUntil(local('2026-11-23 10:00'), 'tomorrow', wt))).toBe('2026-11-24 08:00');
    expect(show(snoozeUntil(local('2026-11-27 10:00'), 'tomorrow', wt))).toBe('2026-11-30 08:00');
    expect(show(snoozeUntil(local('2026-04-02 10:00'), 'tomorrow', wt))).toBe('2026-04-07 08:00');
  });
});

describe('how long a question has waited', () => {
  test('hours and minutes, in Swedish and English', () => {
    expect(formatWaited(local('2026-11-23 10:00'), local('2026-11-23 12:15'), 'sv')).toBe('2 tim 15 min');
    expect(formatWaited(local('2026-11-23 10:00'), local('2026-11-23 12:15'), 'en')).toBe('2 h 15 min');
  });

  test('zero parts are left out: "45 min", "2 tim"', () => {
    expect(formatWaited(local('2026-11-23 10:00'), local('2026-11-23 10:45'), 'sv')).toBe('45 min');
    expect(formatWaited(local('2026-11-23 10:00'), local('2026-11-23 12:00'), 'sv')).toBe('2 tim');
  });

  test('less than a minute, or a clock that runs backwards, reads "under 1 min"', () => {
    expect(formatWaited(local('2026-11-23 10:00'), new Date(+local('2026-11-23 10:00') + 59_000), 'sv')).toBe('under 1 min');
    expect(formatWaited(local('2026-11-23 10:00'), local('2026-11-23 09:00'), 'en')).toBe('under 1 min');
  });

  test('is wall time, not working time: Friday 16:00 to Monday 10:00 is 2 dygn 18 tim', () => {
    expect(formatWaited(local('2026-11-27 16:00'), local('2026-11-30 10:00'), 'sv')).toBe('2 dygn 18 tim');
    expect(formatWaited(local('2026-11-27 16:00'), local('2026-11-30 10:00'), 'en')).toBe('2 d 18 h');
  });

  test('counts real elapsed time over the spring change: Saturday 12:00 to Sunday 12:00 is 23 hours', () => {
    expect(formatWaited(local('2026-03-28 12:00'), local('2026-03-29 12:00'), 'sv')).toBe('23 tim');
  });
});

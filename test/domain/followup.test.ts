import { HolidayCalendar } from '../../src/domain/calendar';
import {
  addMonthsTo,
  change,
  engagementRate,
  followupDueAt,
  interactions,
  median,
  monthRange,
  nthWorkingDay,
  percentile,
  postsPerDepartment,
  QuestionFact,
  questionFigures,
  readMonth,
  totalPosts,
  utcMonthRange,
} from '../../src/domain/followup';
import { answerDeadline, WorkingTime } from '../../src/domain/workingTime';

const wt: WorkingTime = { timeZone: 'Europe/Stockholm', hours: { start: 8 * 60, end: 17 * 60 }, days: [1, 2, 3, 4, 5], holidays: new HolidayCalendar('SE') };
const at = (s: string) => new Date(s);

/** A question asked at `asked` with the reminders' own deadline (9 working hours), answered at `answered`. */
function question(asked: string, answered: string | null): QuestionFact {
  const askedAt = at(asked);
  return { askedAt, deadlineAt: answerDeadline(askedAt, 9, wt), status: answered ? 'answered' : 'open', answeredAt: answered ? at(answered) : null };
}

describe('which month /uppföljning means', () => {
  const today = '2026-01-15';
  test('nothing, "förra" and "last" mean the last whole month; "denna" the month so far', () => {
    expect(readMonth('', today)).toEqual({ ok: true, month: '2025-12' });
    expect(readMonth('förra', today)).toEqual({ ok: true, month: '2025-12' });
    expect(readMonth('last month', today)).toEqual({ ok: true, month: '2025-12' });
    expect(readMonth('denna', today)).toEqual({ ok: true, month: '2026-01' });
  });
  test('a month name without a year is its latest occurrence, never one to come', () => {
    expect(readMonth('december', today)).toEqual({ ok: true, month: '2025-12' });
    expect(readMonth('januari', today)).toEqual({ ok: true, month: '2026-01' });
    expect(readMonth('Okt', today)).toEqual({ ok: true, month: '2025-10' });
    expect(readMonth('oktober 2024', today)).toEqual({ ok: true, month: '2024-10' });
    expect(readMonth('2025-11', today)).toEqual({ ok: true, month: '2025-11' });
    expect(readMonth('11/2025', today)).toEqual({ ok: true, month: '2025-11' });
  });
  test('months to come and unreadable text are refused', () => {
    expect(readMonth('2026-02', today)).toEqual({ ok: false, reason: 'future' });
    expect(readMonth('mars 2026', today)).toEqual({ ok: false, reason: 'future' });
    expect(readMonth('2026-13', today)).toEqual({ ok: false, reason: 'unreadable' });
    expect(readMonth('13/2025', today)).toEqual({ ok: false, reason: 'unreadable' });
    expect(readMonth('blabla', today)).toEqual({ ok: false, reason: 'unreadable' });
  });
  test('months add across years', () => {
    expect(addMonthsTo('2026-01', -1)).toBe('2025-12');
    expect(addMonthsTo('2025-12', 1)).toBe('2026-01');
    expect(addMonthsTo('2026-05', -17)).toBe('2024-12');
  });
});

describe('when the monthly card is due', () => {
  test('the first working day skips weekends and holidays: 1 May 2026 is a Friday holiday, so Monday 4 May', () => {
    expect(nthWorkingDay('2026-05', 1, wt)).toBe('2026-05-04');
    expect(nthWorkingDay('2026-05', 2, wt)).toBe('2026-05-05');
    // New Year's Day is a Friday in 2027, the 2nd and 3rd a weekend; Epiphany (6 Jan) is a Wednesday.
    expect(nthWorkingDay('2027-01', 1, wt)).toBe('2027-01-04');
    expect(nthWorkingDay('2027-01', 3, wt)).toBe('2027-01-07');
    expect(nthWorkingDay('2026-06', 1, wt)).toBe('2026-06-01');
  });
  test('at the configured local time, in summer and winter time', () => {
    expect(followupDueAt('2026-06', { workingDay: 1, minutes: 9 * 60 }, wt).toISOString()).toBe('2026-06-01T07:00:00.000Z');
    expect(followupDueAt('2026-12', { workingDay: 1, minutes: 9 * 60 + 30 }, wt).toISOString()).toBe('2026-12-01T08:30:00.000Z');
  });
  test("a month is its local days; LinkedIn's statistics are asked for by UTC month", () => {
    expect(monthRange('2026-05', 'Europe/Stockholm')).toEqual({ start: at('2026-04-30T22:00:00Z'), end: at('2026-05-31T22:00:00Z') });
    expect(monthRange('2026-12', 'Europe/Stockholm')).toEqual({ start: at('2026-11-30T23:00:00Z'), end: at('2026-12-31T23:00:00Z') });
    expect(utcMonthRange('2026-12')).toEqual({ start: at('2026-12-01T00:00:00Z'), end: at('2027-01-01T00:00:00Z') });
  });
});

describe('answer times in working time', () => {
  const now = at('2026-06-01T10:00:00+02:00');
  const figures = questionFigures(
    [
      question('2026-05-05T10:00:00+02:00', '2026-05-05T12:30:00+02:00'), // 2.5 h, in time
      question('2026-05-05T14:00:00+02:00', '2026-05-06T15:00:00+02:00'), // 10 h, late
      question('2026-05-08T16:00:00+02:00', '2026-05-11T09:00:00+02:00'), // over the weekend: 2 h, in time
      question('2026-05-13T15:00:00+02:00', '2026-05-15T10:00:00+02:00'), // over Ascension Day: 4 h, in time
      question('2026-05-12T11:00:00+02:00', '2026-05-13T16:00:00+02:00'), // 14 h, late
      question('2026-05-16T12:00:00+02:00', '2026-05-18T08:30:00+02:00'), // asked on a Saturday: 0.5 h, in time
      question('2026-05-28T10:00:00+02:00', null), // past its deadline
      question('2026-05-29T16:30:00+02:00', null), // due Monday 1 June 16:30: still time
    ],
    now,
    wt,
  );

  test('in time, late, open past and within the deadline; the share counts only what is decided', () => {
    expect(figures).toMatchObject({ asked: 8, answeredInTime: 4, answeredLate: 2, openOverdue: 1, openWithinDeadline: 1, decided: 7 });
    expect(figures.shareInTime).toBeCloseTo(4 / 7, 10);
  });
  test('median and 90th percentile (nearest rank) of the answer times', () => {
    expect(figures.medianHours).toBeCloseTo(3.25, 10);
    expect(figures.p90Hours).toBeCloseTo(14, 10);
  });
  test('no questions: nothing to share or to time', () => {
    expect(questionFigures([], now, wt)).toEqual({ asked: 0, answeredInTime: 0, answeredLate: 0, openOverdue: 0, openWithinDeadline: 0, decided: 0, shareInTime: null, medianHours: null, p90Hours: null });
  });
  test('the percentiles themselves', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([], 90)).toBeNull();
  });
});

describe("the page's figures", () => {
  const may = { impressions: 12400, reach: 7200, reactions: 350, comments: 50, shares: 15, clicks: 160, newFollowers: 67 };
  test('interactions and the engagement rate as LinkedIn defines it', () => {
    expect(interactions(may)).toBe(575);
    expect(engagementRate(may)).toBeCloseTo(575 / 12400, 12);
    expect(engagementRate({ ...may, impressions: 0 })).toBeNull();
  });
  test('change against the month before; nothing to compare with gives null', () => {
    expect(change(12400, 10000)).toBeCloseTo(0.24, 12);
    expect(change(5, 0)).toBeNull();
    expect(change(null, 3)).toBeNull();
  });
  test('posts per department: every configured department, then others, and unknown published counts', () => {
    const posts = postsPerDepartment(['A', 'B'], new Map([['B', 2], ['C', 1]]), new Map([['', 1], ['B', 1]]));
    expect(posts).toEqual([
      { department: 'A', booked: 0, published: 0 },
      { department: 'B', booked: 2, published: 1 },
      { department: '', booked: 0, published: 1 },
      { department: 'C', booked: 1, published: 0 },
    ]);
    expect(totalPosts(posts, 'booked')).toBe(3);
    expect(totalPosts(posts, 'published')).toBe(2);
    expect(totalPosts(postsPerDepartment(['A'], new Map([['A', 1]]), null), 'published')).toBeNull();
  });
});

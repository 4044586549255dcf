import { ConfigError, loadConfig } from '../../src/config';

describe('configuring the weekly rhythm', () => {
  test('by default the note goes out Monday 09:00 and the day-before cards at 14:00', () => {
    const c = loadConfig({});
    expect(c.WEEKLY_NOTE_AT).toEqual({ weekday: 1, minutes: 540 });
    expect(c.DAY_BEFORE_AT).toBe(840);
  });

  test('another weekday and time, or off', () => {
    expect(loadConfig({ WEEKLY_NOTE_AT: 'Fri 14:30', DAY_BEFORE_AT: '10:15' })).toMatchObject({ WEEKLY_NOTE_AT: { weekday: 5, minutes: 870 }, DAY_BEFORE_AT: 615 });
    expect(loadConfig({ WEEKLY_NOTE_AT: 'off', DAY_BEFORE_AT: 'OFF' })).toMatchObject({ WEEKLY_NOTE_AT: null, DAY_BEFORE_AT: null });
  });

  test('a value that cannot be read names the variable and what is expected', () => {
    expect(() => loadConfig({ WEEKLY_NOTE_AT: 'måndag 9' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEEKLY_NOTE_AT: 'mon 25:00' })).toThrow(/WEEKLY_NOTE_AT: expected a weekday and a time like mon 09:00, or off/);
    expect(() => loadConfig({ DAY_BEFORE_AT: '2pm' })).toThrow(/DAY_BEFORE_AT: expected HH:MM, or off/);
  });
});

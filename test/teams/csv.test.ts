import { auditCsv, csvCell } from '../../src/registry/auditCsv';

describe('the audit CSV', () => {
  test('a cell a spreadsheet would run as a formula is kept as text', () => {
    for (const formula of ['=HYPERLINK("http://evil.example","klicka")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(formula).startsWith(`"'`)).toBe(true);
    }
    expect(csvCell('Behåll: "kritik" är inte hot')).toBe('"Behåll: ""kritik"" är inte hot"');
    expect(csvCell(null)).toBe('""');
  });

  test('a decision whose reason is a formula stays inert in the export', () => {
    const csv = auditCsv(
      [{ escalationId: 'e1', action: 'kept', byId: 'aad-admin', byName: '=cmd|"/c calc"!A1', at: new Date('2026-11-23T09:00:00Z'), reason: '=HYPERLINK("http://x")', kind: 'threat', category: 'threat' } as never],
      'Europe/Stockholm',
    );
    expect(csv.split('\r\n')[1]).toBe(`"2026-11-23 10:00:00";"e1";"hot";"hot";"ligger kvar";"'=cmd|""/c calc""!A1";"aad-admin";"'=HYPERLINK(""http://x"")"`);
  });

  test('Swedish Excel opens it as it is: a byte order mark, semicolons, Swedish values, local times with the zone in the header', () => {
    const decisions = [
      { escalationId: 'e1', action: 'flagged', byId: null, byName: 'SAV-boten', at: new Date('2026-07-01T08:05:09Z'), reason: null, kind: 'moderation', category: 'harassment' },
      { escalationId: 'e1', action: 'renotified', byId: null, byName: 'SAV-boten', at: new Date('2026-12-01T08:05:09Z'), reason: 'round 2', kind: 'moderation', category: 'harassment' },
      { escalationId: 'e1', action: 'removed-by-hand', byId: 'aad-1', byName: 'Åsa Öberg', at: new Date('2026-12-01T09:00:00Z'), reason: 'Personangrepp; inte kritik', kind: 'moderation', category: 'harassment' },
    ] as never[];
    const csv = auditCsv(decisions, 'Europe/Stockholm');
    expect(csv.startsWith('\ufeff"tid (Europe/Stockholm)";"ärende";"typ";"kategori";"åtgärd";"av";"av (Entra-id)";"skäl"\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    // Summer time, then winter time.
    expect(lines[1]).toBe('"2026-07-01 10:05:09";"e1";"moderering";"personangrepp";"flaggad";"SAV-boten";"";""');
    expect(lines[2]).toBe('"2026-12-01 09:05:09";"e1";"moderering";"personangrepp";"skickad igen";"SAV-boten";"";"omgång 2"');
    // A ';' inside a cell stays inside its quotes.
    expect(lines[3]).toBe('"2026-12-01 10:00:00";"e1";"moderering";"personangrepp";"borttagen på LinkedIn";"Åsa Öberg";"aad-1";"Personangrepp; inte kritik"');
  });
});

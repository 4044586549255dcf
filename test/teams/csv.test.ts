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
    const csv = auditCsv([
      { escalationId: 'e1', action: 'kept', byId: 'aad-admin', byName: '=cmd|"/c calc"!A1', at: new Date('2026-11-23T09:00:00Z'), reason: '=HYPERLINK("http://x")', kind: 'threat', category: 'threat' } as never,
    ]);
    expect(csv.split('\r\n')[1]).toBe(`"2026-11-23T09:00:00.000Z","e1","threat","threat","kept","'=cmd|""/c calc""!A1","aad-admin","'=HYPERLINK(""http://x"")"`);
  });
});

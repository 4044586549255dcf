import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { buildFunctionalSuite, CAP_PER_CELL, FUNCTIONALITIES, LANGS, MIN_PER_CELL } from './suite';
import type { FunctionalCase } from './types';

// Integrity checks for the functional suite itself (not for the classifier).

const suite = buildFunctionalSuite();

/** Swedish personnummer: Luhn over the ten digits YYMMDDNNNC. */
function swedishValid(pnr: string): boolean {
  const digits = pnr.replace(/\D/g, '').slice(-10);
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Norwegian fødselsnummer: two mod-11 control digits. */
function norwegianValid(fnr: string): boolean {
  const d = fnr.split('').map(Number);
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return d.length === 11 && w1.reduce((s, w, i) => s + w * d[i], 0) % 11 === 0 && w2.reduce((s, w, i) => s + w * d[i], 0) % 11 === 0;
}

/** Finnish personbeteckning DDMMYY-NNNC: check character = (DDMMYYNNN mod 31). */
function finnishValid(id: string): boolean {
  const m = /^(\d{6})[-+A](\d{3})([0-9A-Y])$/.exec(id);
  return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1] + m[2]) % 31] === m[3];
}

const expectation = (c: FunctionalCase) =>
  JSON.stringify([c.remove, c.threat, c.question ?? null, c.kind ?? null, c.hateful, c.contrast, c.needsLook ?? false]);

describe('functional suite integrity', () => {
  test('the total is between 4000 and 9000 cases', () => {
    expect(suite.length).toBeGreaterThanOrEqual(4000);
    expect(suite.length).toBeLessThanOrEqual(9000);
  });

  test('ids are unique and stable in form (lang-functionality-NNNN)', () => {
    const ids = new Set<string>();
    for (const c of suite) {
      expect(ids.has(c.id)).toBe(false);
      ids.add(c.id);
      expect(c.id).toMatch(/^(sv|nb|en|fi-sv)-[a-z_]+-\d{4}$/);
      expect(c.id.startsWith(`${c.lang}-${c.functionality}-`)).toBe(true);
    }
  });

  test('the build is deterministic', () => {
    expect(buildFunctionalSuite()).toEqual(suite);
  });

  test('functionality ids are unique and every case belongs to a listed functionality', () => {
    const ids = FUNCTIONALITIES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of suite) expect(ids).toContain(c.functionality);
  });

  test.each(LANGS.flatMap((lang) => FUNCTIONALITIES.map((f) => [lang, f.id] as const)))(
    '%s has enough cases for %s',
    (lang, id) => {
      const n = suite.filter((c) => c.lang === lang && c.functionality === id).length;
      expect(n).toBeGreaterThanOrEqual(MIN_PER_CELL);
      expect(n).toBeLessThanOrEqual(CAP_PER_CELL);
    },
  );

  test('no text appears twice with conflicting expectations', () => {
    const seen = new Map<string, FunctionalCase>();
    const conflicts: string[] = [];
    for (const c of suite) {
      const prev = seen.get(c.text);
      if (prev && expectation(prev) !== expectation(c)) conflicts.push(`${prev.id} vs ${c.id}: ${JSON.stringify(c.text)}`);
      if (!prev) seen.set(c.text, c);
    }
    expect(conflicts).toEqual([]);
  });

  test('within a language and functionality, texts are unique', () => {
    const keys = suite.map((c) => `${c.lang}|${c.functionality}|${c.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('every threat case is also proposed for removal', () => {
    expect(suite.filter((c) => c.threat && !c.remove).map((c) => c.id)).toEqual([]);
  });

  test('every contrast case is kept and is not a threat', () => {
    const bad = suite.filter((c) => c.contrast && (c.remove || c.threat || c.hateful));
    expect(bad.map((c) => c.id)).toEqual([]);
  });

  test('every hateful case is proposed for removal and is not a contrast case', () => {
    expect(suite.filter((c) => c.hateful && (!c.remove || c.contrast)).map((c) => c.id)).toEqual([]);
  });

  test('needs-a-look cases are kept, not threats, and only in the unreadable group', () => {
    const unreadable = new Set(FUNCTIONALITIES.filter((f) => f.group === 'unreadable').map((f) => f.id));
    for (const c of suite) {
      if (c.needsLook) {
        expect(c.remove).toBe(false);
        expect(c.threat).toBe(false);
      }
      expect(Boolean(c.needsLook)).toBe(unreadable.has(c.functionality));
    }
  });

  test('group expectations hold', () => {
    const groupOf = new Map(FUNCTIONALITIES.map((f) => [f.id, f.group]));
    for (const c of suite) {
      const g = groupOf.get(c.functionality);
      if (g === 'threat') expect([c.threat, c.kind]).toEqual([true, 'threat']);
      if (g === 'harassment') expect([c.threat, c.remove, c.kind]).toEqual([false, true, 'harassment']);
      if (g === 'hate' || g === 'spelling') expect([c.hateful, c.remove]).toEqual([true, true]);
      if (g === 'spam') expect([c.remove, c.kind]).toEqual([true, 'spam']);
      if (c.kind === 'threat') expect(c.threat).toBe(true);
      if (c.question === true) expect([c.kind, c.remove, c.threat]).toEqual(['question', false, false]);
    }
  });

  test('only unreadable cases may have empty text', () => {
    const bad = suite.filter((c) => c.text.trim() === '' && !c.functionality.startsWith('unreadable_'));
    expect(bad.map((c) => c.id)).toEqual([]);
  });

  test('spelling variants differ from every unperturbed case in the same language', () => {
    const plain = new Set(suite.filter((c) => !c.functionality.startsWith('spelling_')).map((c) => `${c.lang}|${c.text}`));
    const same = suite.filter((c) => c.functionality.startsWith('spelling_') && plain.has(`${c.lang}|${c.text}`));
    expect(same.map((c) => c.id)).toEqual([]);
  });

  test('leetspeak variants contain a digit or symbol substitute', () => {
    for (const c of suite.filter((x) => x.functionality === 'spelling_leet')) expect(c.text).toMatch(/\p{L}[0-9@$!]|[0-9@$!]\p{L}/u);
  });

  test('fake identity numbers carry valid check digits', () => {
    const cases = suite.filter((c) => c.functionality === 'pd_personnummer');
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      if (c.lang === 'nb') {
        const ids = c.text.match(/\b\d{11}\b/g) ?? [];
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) expect(norwegianValid(id)).toBe(true);
      } else {
        const ids = c.text.match(/\b(?:\d{8}|\d{6})-\d{3}[0-9A-Y]\b/g) ?? [];
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) {
          const ok = swedishValid(id) || (c.lang === 'fi-sv' && finnishValid(id));
          expect(ok).toBe(true);
        }
      }
    }
  });

  test('the suite uses no Math.random (seeded PRNG only)', () => {
    const dir = __dirname;
    const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, 'templates')).map((f) => join(dir, 'templates', f))];
    for (const f of files.filter((x) => x.endsWith('.ts') && !x.endsWith('.test.ts'))) {
      expect(readFileSync(f, 'utf8')).not.toMatch(/Math\.random\s*\(/);
    }
  });
});

/**
 * Deterministic randomness and spelling perturbations for the functional suite.
 * No Math.random anywhere: every choice comes from a PRNG seeded by a string.
 */

export type Rng = () => number;

/** FNV-1a 32-bit hash of a string, used as a seed. */
export function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough for test generation. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeRng(key: string): Rng {
  return mulberry32(hashSeed(key));
}

/** integer in [lo, hi] inclusive */
export function randInt(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function pick<T>(rng: Rng, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick from empty list');
  return xs[Math.floor(rng() * xs.length)];
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------------------------------------------------------------------------
// Fake national identity numbers (valid check digits, random dates)

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Luhn check digit for a string of digits (Swedish personnummer: the 9 digits YYMMDDNNN). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** "19850312-1234" or "850312-1234" with a correct Luhn digit. */
export function fakePersonnummer(rng: Rng): string {
  const year = randInt(rng, 1950, 2004);
  const month = randInt(rng, 1, 12);
  const day = randInt(rng, 1, 28);
  const serial = randInt(rng, 0, 999);
  const nine = `${pad(year % 100)}${pad(month)}${pad(day)}${pad(serial, 3)}`;
  const check = luhnCheckDigit(nine);
  const tail = `${pad(serial, 3)}${check}`;
  const long = rng() < 0.6;
  return long ? `${year}${pad(month)}${pad(day)}-${tail}` : `${nine.slice(0, 6)}-${tail}`;
}

/** Norwegian fødselsnummer (DDMMYY + 3-digit individnummer + two mod-11 control digits). */
export function fakeFodselsnummer(rng: Rng): string {
  for (;;) {
    const d = randInt(rng, 1, 28);
    const m = randInt(rng, 1, 12);
    const y = randInt(rng, 50, 99);
    const ind = randInt(rng, 0, 499); // 1900–1999 births
    const base = `${pad(d)}${pad(m)}${pad(y)}${pad(ind, 3)}`.split('').map(Number);
    const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let k1 = 11 - (base.reduce((s, x, i) => s + x * w1[i], 0) % 11);
    if (k1 === 11) k1 = 0;
    if (k1 === 10) continue;
    const withK1 = [...base, k1];
    let k2 = 11 - (withK1.reduce((s, x, i) => s + x * w2[i], 0) % 11);
    if (k2 === 11) k2 = 0;
    if (k2 === 10) continue;
    return [...withK1, k2].join('');
  }
}

/** Finnish personbeteckning DDMMYY-NNNC (century sign '-', check character mod 31). */
export function fakePersonbeteckning(rng: Rng): string {
  const d = randInt(rng, 1, 28);
  const m = randInt(rng, 1, 12);
  const y = randInt(rng, 50, 99);
  const n = randInt(rng, 2, 899);
  const num = Number(`${pad(d)}${pad(m)}${pad(y)}${pad(n, 3)}`);
  const chars = '0123456789ABCDEFHJKLMNPRSTUVWXY';
  return `${pad(d)}${pad(m)}${pad(y)}-${pad(n, 3)}${chars[num % 31]}`;
}

/** Swedish mobile number from PTS's range reserved for fiction (070-174 06 05 … 070-174 06 99). */
export function fakeSwedishPhone(rng: Rng): string {
  const xx = pad(randInt(rng, 5, 99));
  return pick(rng, [`070-174 06 ${xx}`, `0701740${6}${xx}`, `070-1740${6}${xx}`, `+46 70 174 06 ${xx}`]);
}

export function fakeNorwegianPhone(rng: Rng): string {
  const n = () => randInt(rng, 0, 9);
  const core = `9${n()}${n()} ${n()}${n()} ${n()}${n()}${n()}`;
  return rng() < 0.3 ? `+47 ${core}` : core;
}

export function fakeFinnishPhone(rng: Rng): string {
  const n = () => randInt(rng, 0, 9);
  return `${pick(rng, ['040', '050', '044'])} ${n()}${n()}${n()} ${n()}${n()}${n()}${n()}`;
}

// ---------------------------------------------------------------------------
// Spelling perturbations

export type Perturbation = 'swap' | 'drop' | 'space_in_word' | 'space_removed' | 'leet';

export const PERTURBATIONS: readonly Perturbation[] = ['swap', 'drop', 'space_in_word', 'space_removed', 'leet'];

/**
 * Stems of the words that carry the hate or the threat. Perturbations prefer
 * these words (that is what real evaders do), falling back to the longest words.
 */
const SALIENT = [
  // sv / fi-sv
  'död', 'döda', 'skjut', 'bränn', 'spräng', 'jävl', 'hat', 'äckl', 'ohyra', 'parasit', 'pack', 'kniv', 'ihjäl',
  'häng', 'dränk', 'slödder', 'avskum', 'skadedjur', 'kackerlack', 'pest', 'bomb', 'smäll', 'eld', 'misshand',
  'yxa', 'kula', 'slå', 'idiot', 'kräk', 'hora', 'fitta', 'kuk', 'knull', 'blatte', 'blattar', 'svartskall', 'zigenare',
  'bög', 'neger', 'negrer', 'lapp', 'mongo', 'ryss', 'mamu', 'värdelös', 'smuts', 'djur',
  // nb
  'drep', 'skyt', 'brenn', 'sprenge', 'jævl', 'avskum', 'rotte', 'kakerlakk', 'parasitt', 'kniv', 'henge', 'drukne',
  'svarting', 'pakkis', 'homse', 'negre', 'hore', 'møkk', 'skitt', 'skadedyr', 'dyr',
  // en
  'kill', 'shoot', 'burn', 'bomb', 'hate', 'vermin', 'rats', 'cockroach', 'parasite', 'knife', 'hang', 'drown',
  'die', 'dead', 'scum', 'filth', 'disgust', 'animals', 'towelhead', 'raghead', 'gypsies', 'faggot', 'tranny',
  'trannies', 'retard', 'kike', 'paki', 'idiot', 'bitch', 'slut', 'fuck', 'stab', 'blow',
  // insults and hateful descriptions, all languages
  'illam', 'motbj', 'motbyd', 'ekle', 'ekkel', 'dumm', 'stupid', 'worthless', 'värdel', 'verdil', 'underl',
  'inferior', 'avsku', 'scum', 'sjukdom', 'sykdom', 'disease', 'kniven', 'skyte', 'hänga', 'hängas', 'henges',
  'drunk', 'banke', 'beat', 'jaga', 'jakte', 'hunt', 'rensa', 'rense', 'knull', 'klovn', 'clown', 'pajas',
  'gris', 'pigs', 'tönt', 'tufs', 'loser', 'moron', 'råtta', 'rotte', 'kryp', 'kräk', 'smuts', 'filth', 'pesten',
  'plague', 'lata', 'lazy', 'kriminell', 'criminal', 'hjärndöd', 'hjernedød', 'brain', 'fuckable', 'säng', 'senga',
  'underkläder', 'undertøy', 'underwear', 'kista', 'kiste', 'coffin', 'cancer', 'kreft', 'yxa', 'øks', 'axe',
  'basebollträ', 'balltre', 'baseball', 'kulan', 'kula', 'bullet', 'bensin', 'petrol', 'smell', 'farväl', 'farvel',
  'goodbye', 'facebook', 'instagram', 'blows', 'bombe', 'smash', 'knuse', 'krossa', 'torch', 'advart', 'varnade', 'warned',
];

interface Word {
  start: number;
  end: number;
  text: string;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function candidates(text: string, extra: readonly string[]): Word[] {
  const ws = words(text).filter((w) => w.text.length >= 4 && /\p{L}/u.test(w.text));
  const extraWords = new Set(extra.flatMap((e) => e.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((e) => e.length >= 4));
  // stems of 5+ letters match anywhere in a word (compounds); shorter stems only at its start
  const salient = ws.filter((w) => {
    const lw = w.text.toLowerCase();
    return extraWords.has(lw) || SALIENT.some((s) => (s.length >= 5 ? lw.includes(s) : lw.startsWith(s)));
  });
  if (salient.length > 0) return salient;
  return ws.slice().sort((a, b) => b.text.length - a.text.length || a.start - b.start).slice(0, 3);
}

const LEET: Record<string, readonly string[]> = {
  a: ['4', '@'],
  e: ['3'],
  i: ['1', '!'],
  o: ['0'],
  ö: ['0'],
  ø: ['0'],
  s: ['5', '$'],
  t: ['7'],
  l: ['1'],
};

function perturbWord(w: string, kind: Exclude<Perturbation, 'space_removed'>, rng: Rng): string {
  const chars = Array.from(w);
  const n = chars.length;
  switch (kind) {
    case 'swap': {
      const options: number[] = [];
      for (let i = 1; i < n - 1; i++) if (chars[i] !== chars[i + 1]) options.push(i);
      if (options.length === 0) return w;
      const i = pick(rng, options);
      [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
      return chars.join('');
    }
    case 'drop': {
      const i = randInt(rng, 1, n - 2 >= 1 ? n - 2 : 1);
      chars.splice(i, 1);
      return chars.join('');
    }
    case 'space_in_word': {
      if (n <= 6 && rng() < 0.5) return chars.join(' ');
      const i = randInt(rng, 1, n - 1);
      return chars.slice(0, i).join('') + ' ' + chars.slice(i).join('');
    }
    case 'leet': {
      const idx = chars.map((c, i) => (LEET[c.toLowerCase()] ? i : -1)).filter((i) => i >= 0);
      if (idx.length === 0) return w;
      const count = Math.min(idx.length, rng() < 0.5 ? 1 : 2);
      for (const i of shuffle(rng, idx).slice(0, count)) chars[i] = pick(rng, LEET[chars[i].toLowerCase()]);
      return chars.join('');
    }
  }
}

/**
 * Apply one kind of spelling perturbation to a text, deterministically for a given rng state.
 * `salient` adds words that carry the hate (e.g. the target group's name) to the built-in stems.
 * One salient word is changed (two in long texts); for 'space_removed' the spaces around a
 * salient word are removed, gluing it to its neighbours. Returns the text unchanged only if
 * nothing could be perturbed (callers drop such cases).
 */
export function perturb(text: string, kind: Perturbation, rng: Rng, salient: readonly string[] = []): string {
  const cands = candidates(text, salient);
  if (cands.length === 0) return text;
  if (kind === 'space_removed') {
    const w = pick(rng, cands);
    let before = text.slice(0, w.start);
    let after = text.slice(w.end);
    if (/ $/.test(before) && /[\p{L}\p{N}] $/u.test(before)) before = before.replace(/ +$/, '');
    if (/^ [\p{L}\p{N}]/u.test(after)) after = after.replace(/^ +/, '');
    let out = before + w.text + after;
    if (out === text) out = text.replace(/([\p{L}\p{N}]) ([\p{L}\p{N}])/u, '$1$2');
    return out;
  }
  const howMany = text.length > 90 && cands.length > 1 ? 2 : 1;
  const chosen = shuffle(rng, cands)
    .slice(0, howMany)
    .sort((a, b) => b.start - a.start); // right to left keeps offsets valid
  let out = text;
  for (const w of chosen) out = out.slice(0, w.start) + perturbWord(w.text, kind, rng) + out.slice(w.end);
  if (out === text && kind === 'leet') {
    // no leetable letter in the salient words: fall back to any word
    for (const w of words(text).reverse()) {
      const p = perturbWord(w.text, 'leet', rng);
      if (p !== w.text) return text.slice(0, w.start) + p + text.slice(w.end);
    }
  }
  return out;
}

/**
 * Functional test suite for the comment classifier (Helsingborg's LinkedIn page).
 *
 * Organised like functional tests for hate speech detection: a list of
 * functionalities, each with hateful cases and harmless contrast cases, expanded
 * from hand-written templates × targets in Swedish, Norwegian bokmål, English and
 * Finland-Swedish. Everything is deterministic: a seeded PRNG (no Math.random)
 * drives styling, sampling and spelling perturbations, so ids and texts are stable.
 */
import {
  fakeFinnishPhone,
  fakeFodselsnummer,
  fakeNorwegianPhone,
  fakePersonbeteckning,
  fakePersonnummer,
  fakeSwedishPhone,
  makeRng,
  pick,
  perturb,
  PERTURBATIONS,
  type Perturbation,
  type Rng,
  shuffle,
} from './perturb';
import { EMPTYISH, FOREIGN, HARMLESS_EMOJI, TARGETS, URL_PATHS, URL_SITES } from './targets';
import { en } from './templates/en';
import { fisv } from './templates/fisv';
import { nb } from './templates/nb';
import { sv } from './templates/sv';
import type { FunctionalCase, Functionality, GenCtx, Lang, LangTargets, LangTemplates, Out, TemplateSet } from './types';

export const LANGS: readonly Lang[] = ['sv', 'nb', 'en', 'fi-sv'];

/** At most this many cases per functionality per language (deterministic sample). */
export const CAP_PER_CELL = 30;
/** Every functionality must reach this many cases in every language. */
export const MIN_PER_CELL = 20;

type Tone = 'angry' | 'positive' | 'neutral' | 'none';

/** What a functionality expects of its cases: the case without its identity and text. */
type Expect = Omit<FunctionalCase, 'id' | 'lang' | 'functionality' | 'text'>;

interface Spec extends Functionality {
  expect: Expect;
  tone: Tone;
}

const HATE: Expect = { remove: true, threat: false, kind: 'hate', hateful: true, contrast: false };
const THREAT: Expect = { remove: true, threat: true, kind: 'threat', hateful: true, contrast: false };
const HARASS: Expect = { remove: true, threat: false, kind: 'harassment', hateful: true, contrast: false };
const HARMLESS: Expect = { remove: false, threat: false, hateful: false, contrast: true };
const REMOVE = (kind: string): Expect => ({ remove: true, threat: false, kind, hateful: false, contrast: false });
const QUESTION: Expect = { remove: false, threat: false, question: true, kind: 'question', hateful: false, contrast: false };
const UNREADABLE: Expect = { remove: false, threat: false, hateful: false, contrast: false, needsLook: true };

const SPECS: readonly Spec[] = [
  // ---------------------------------------------------------------- hate (protected groups)
  { id: 'hate_derogation', group: 'hate', description: 'Strong negative emotion towards, or negative description of, a protected group.', expect: HATE, tone: 'angry' },
  { id: 'hate_dehumanisation', group: 'hate', description: 'A protected group compared to vermin, animals, parasites or disease.', expect: HATE, tone: 'angry' },
  { id: 'hate_implicit', group: 'hate', description: 'Implicit derogation: insinuation without a slur or an explicit insult.', expect: HATE, tone: 'neutral' },
  { id: 'hate_threat_direct', group: 'hate', description: 'Direct threat of violence against a protected group (threat, kind threat).', expect: THREAT, tone: 'angry' },
  { id: 'hate_threat_normative', group: 'hate', description: 'Normative threat: a protected group "should be" harmed (threat, kind threat).', expect: THREAT, tone: 'angry' },
  { id: 'hate_threat_question', group: 'hate', description: 'Threat against a protected group phrased as a question (threat, kind threat; not a real question).', expect: { ...THREAT, question: false }, tone: 'angry' },
  { id: 'hate_as_opinion', group: 'hate', description: 'Hate phrased as a personal opinion ("I honestly think X …").', expect: HATE, tone: 'angry' },
  { id: 'hate_as_question', group: 'hate', description: 'Hate phrased as a question ("Am I the only one who thinks X …"); not a real question.', expect: { ...HATE, question: false }, tone: 'angry' },
  { id: 'hate_slur', group: 'hate', description: 'A slur used to insult a protected group.', expect: HATE, tone: 'angry' },
  { id: 'hate_pronoun_reference', group: 'hate', description: 'Group named in one sentence, hate in the next via a pronoun ("… They are …").', expect: HATE, tone: 'angry' },
  { id: 'hate_subsequent_sentence', group: 'hate', description: 'Group introduced neutrally; hate follows sentences later via a non-pronoun reference ("that lot").', expect: HATE, tone: 'angry' },
  { id: 'hate_negated_positive', group: 'hate', description: 'Hate expressed by negating a positive statement ("X are never …", "no X can be trusted").', expect: HATE, tone: 'angry' },

  // ---------------------------------------------------------------- threats on a municipal page
  { id: 'threat_employee_direct', group: 'threat', description: 'Direct threat of violence against a named city employee.', expect: THREAT, tone: 'angry' },
  { id: 'threat_staff', group: 'threat', description: "Threat against the city's staff in general (a unit, all employees).", expect: THREAT, tone: 'angry' },
  { id: 'threat_building', group: 'threat', description: 'Threat against a city building: arson, bomb, vandalism.', expect: THREAT, tone: 'angry' },
  { id: 'threat_veiled', group: 'threat', description: 'Veiled threat ("we know where you live", "would be a shame if …").', expect: THREAT, tone: 'neutral' },
  { id: 'threat_conditional', group: 'threat', description: 'Conditional threat ("if you don\'t …, then …").', expect: THREAT, tone: 'angry' },
  { id: 'threat_death_wish', group: 'threat', description: 'Death wish aimed at a named person ("hope X dies").', expect: THREAT, tone: 'angry' },
  { id: 'threat_time_place', group: 'threat', description: 'Threat with a time and/or place.', expect: THREAT, tone: 'neutral' },

  // ---------------------------------------------------------------- harassment
  { id: 'harassment_named_employee', group: 'harassment', description: 'Insults aimed at a named employee.', expect: HARASS, tone: 'angry' },
  { id: 'harassment_addressee', group: 'harassment', description: 'Insults aimed at the person the commenter answers ("du är en …").', expect: HARASS, tone: 'angry' },
  { id: 'harassment_sexual', group: 'harassment', description: 'Sexual harassment of a named employee.', expect: HARASS, tone: 'neutral' },
  { id: 'harassment_doxxing', group: 'harassment', description: 'Doxxing-flavoured harassment: mobilising others against a named employee, without an explicit threat.', expect: HARASS, tone: 'angry' },

  // ---------------------------------------------------------------- harmless contrast
  { id: 'contrast_slur_homonym', group: 'contrast', description: 'Slur homonyms and reclaimed words in harmless use.', expect: HARMLESS, tone: 'positive' },
  { id: 'contrast_profanity', group: 'contrast', description: 'Profanity without a target ("fan vad bra!", "holy shit, congrats").', expect: HARMLESS, tone: 'positive' },
  { id: 'contrast_negated_hate', group: 'contrast', description: 'Negated hate ("X are not …", "I would never hurt X").', expect: HARMLESS, tone: 'neutral' },
  { id: 'contrast_counter_quote', group: 'contrast', description: 'Counter-speech that quotes hate in order to reject it.', expect: HARMLESS, tone: 'neutral' },
  { id: 'contrast_counter_reference', group: 'contrast', description: 'Counter-speech that refers to hate without quoting it.', expect: HARMLESS, tone: 'neutral' },
  { id: 'contrast_identity_neutral', group: 'contrast', description: 'Neutral mention of a protected identity (some are real questions: question=true, kind question).', expect: HARMLESS, tone: 'neutral' },
  { id: 'contrast_identity_positive', group: 'contrast', description: 'Positive statement about a protected group.', expect: HARMLESS, tone: 'positive' },
  { id: 'contrast_object_abuse', group: 'contrast', description: 'Abuse of objects ("this printer should be burnt"); city services → criticism, other objects → opinion.', expect: HARMLESS, tone: 'angry' },
  { id: 'contrast_nonprotected_abuse', group: 'contrast', description: 'Abuse of non-protected groups without a threat ("cyclists are idiots"); kind opinion (politicians → criticism).', expect: HARMLESS, tone: 'angry' },
  { id: 'contrast_figurative_violence', group: 'contrast', description: 'Figurative or idiomatic violence ("killed it", "jag dör av skratt", "skjuta upp mötet").', expect: HARMLESS, tone: 'positive' },
  { id: 'contrast_harsh_criticism', group: 'contrast', description: 'Harsh, angry criticism of the city (kind criticism, never removed).', expect: { ...HARMLESS, kind: 'criticism', question: false }, tone: 'angry' },
  { id: 'contrast_politician_criticism', group: 'contrast', description: "Criticism of a named politician's decisions (criticism, not harassment).", expect: { ...HARMLESS, kind: 'criticism' }, tone: 'angry' },
  { id: 'contrast_reported_threat', group: 'contrast', description: 'A reported threat asked about ("someone wrote … – have you reported it?"): question, not a threat.', expect: { ...HARMLESS, kind: 'question', question: true }, tone: 'neutral' },

  // ---------------------------------------------------------------- questions
  { id: 'question_real', group: 'question', description: 'Real questions the city should answer: salary, deadlines, parking, how to apply.', expect: QUESTION, tone: 'neutral' },
  { id: 'question_rhetorical', group: 'question', description: 'Rhetorical questions inside criticism ("Vem tror ni att ni lurar?"): question=false, kind criticism.', expect: { remove: false, threat: false, question: false, kind: 'criticism', hateful: false, contrast: false }, tone: 'angry' },
  { id: 'question_with_threat', group: 'question', description: 'A question combined with a threat: the threat wins (threat, remove, kind threat).', expect: THREAT, tone: 'neutral' },

  // ---------------------------------------------------------------- spam
  { id: 'spam_crypto', group: 'spam', description: 'Crypto/investment scams with links or messaging numbers.', expect: REMOVE('spam'), tone: 'none' },
  { id: 'spam_income', group: 'spam', description: '"Earn money from home" offers.', expect: REMOVE('spam'), tone: 'none' },
  { id: 'spam_follow', group: 'spam', description: 'Follow-for-follow, engagement bait and repeated self-promotion.', expect: REMOVE('spam'), tone: 'none' },

  // ---------------------------------------------------------------- personal data
  { id: 'pd_personnummer', group: 'personal_data', description: "Someone else's national identity number (valid check digits, fake).", expect: REMOVE('personal_data'), tone: 'neutral' },
  { id: 'pd_phone', group: 'personal_data', description: "An employee's private phone number.", expect: REMOVE('personal_data'), tone: 'neutral' },
  { id: 'pd_address', group: 'personal_data', description: "An employee's home address.", expect: REMOVE('personal_data'), tone: 'neutral' },
  { id: 'pd_health', group: 'personal_data', description: 'Health details of a named person.', expect: REMOVE('personal_data'), tone: 'neutral' },
  { id: 'pd_own_contact', group: 'personal_data', description: 'Contrast: the commenter gives their OWN phone number and asks to be called (question, not removed).', expect: { ...HARMLESS, kind: 'question', question: true }, tone: 'neutral' },

  // ---------------------------------------------------------------- misinformation
  { id: 'misinfo_claim', group: 'misinformation', description: 'False claims about the city stated as fact.', expect: REMOVE('misinformation'), tone: 'angry' },
  { id: 'misinfo_link', group: 'misinformation', description: 'False claims with a misleading link.', expect: REMOVE('misinformation'), tone: 'none' },
  { id: 'misinfo_rumour_question', group: 'misinformation', description: 'Contrast: asking whether a rumour is true (question, not removed).', expect: { ...HARMLESS, kind: 'question', question: true }, tone: 'neutral' },

  // ---------------------------------------------------------------- unreadable
  { id: 'unreadable_empty_emoji', group: 'unreadable', description: 'Empty text, whitespace or punctuation only (an image or a sticker on LinkedIn): needs a look.', expect: UNREADABLE, tone: 'none' },
  { id: 'contrast_emoji_only', group: 'contrast', description: 'Harmless emoji only ("👍", "🎉"): read as a reaction, kept, no person needed.', expect: { remove: false, threat: false, hateful: false, contrast: true }, tone: 'none' },
  { id: 'unreadable_url_only', group: 'unreadable', description: 'Only a (harmless) URL: needs a look.', expect: UNREADABLE, tone: 'none' },
  { id: 'unreadable_foreign', group: 'unreadable', description: 'A harmless sentence in a language the classifier is not expected to read (Finnish, Polish, Arabic, …): needs a look.', expect: UNREADABLE, tone: 'none' },

  // ---------------------------------------------------------------- spelling variations of hateful cases
  { id: 'spelling_swap', group: 'spelling', description: 'Hateful/threat case with two adjacent characters swapped in a key word.', expect: HATE, tone: 'none' },
  { id: 'spelling_drop', group: 'spelling', description: 'Hateful/threat case with a character dropped from a key word.', expect: HATE, tone: 'none' },
  { id: 'spelling_space_in_word', group: 'spelling', description: 'Hateful/threat case with spaces added inside a key word.', expect: HATE, tone: 'none' },
  { id: 'spelling_space_removed', group: 'spelling', description: 'Hateful/threat case with the spaces around a key word removed.', expect: HATE, tone: 'none' },
  { id: 'spelling_leet', group: 'spelling', description: 'Hateful/threat case in leetspeak ("d0da", "k1ll", "jävl4").', expect: HATE, tone: 'none' },
];

export const FUNCTIONALITIES: readonly Functionality[] = SPECS.map(({ id, description, group }) => ({ id, description, group }));

const TEMPLATES: Readonly<Record<Lang, LangTemplates>> = { sv, nb, en, 'fi-sv': fisv };

const SPELLING_OF: Readonly<Record<string, Perturbation>> = {
  spelling_swap: 'swap',
  spelling_drop: 'drop',
  spelling_space_in_word: 'space_in_word',
  spelling_space_removed: 'space_removed',
  spelling_leet: 'leet',
};

// ---------------------------------------------------------------------------
// Expansion

interface Draft {
  text: string;
  kind?: string;
  question?: boolean;
}

const norm = (o: Out): Draft => (typeof o === 'string' ? { text: o } : o);
const flat = (o: Out | readonly Out[]): Draft[] => (Array.isArray(o) ? (o as readonly Out[]).map(norm) : [norm(o as Out)]);

function genCtx(lang: Lang, rng: Rng): GenCtx {
  const phone = lang === 'nb' ? fakeNorwegianPhone : lang === 'fi-sv' ? fakeFinnishPhone : fakeSwedishPhone;
  return {
    rng,
    pick: <X>(xs: readonly X[]) => pick(rng, xs),
    personnummer: () => fakePersonnummer(rng),
    fodselsnummer: () => fakeFodselsnummer(rng),
    personbeteckning: () => fakePersonbeteckning(rng),
    phone: () => phone(rng),
  };
}

function expand(ts: TemplateSet, t: LangTargets, ctx: GenCtx): Draft[] {
  const out: Draft[] = [];
  const run = <X>(fns: ReadonlyArray<(x: X) => Out | readonly Out[]> | undefined, xs: readonly X[]) => {
    for (const fn of fns ?? []) for (const x of xs) out.push(...flat(fn(x)));
  };
  run(ts.group, t.groups);
  run(ts.nonProtected, t.nonProtected);
  run(ts.employee, t.employees);
  run(ts.politician, t.politicians);
  run(ts.staff, t.staff);
  run(ts.building, t.buildings);
  run(ts.city, t.city);
  run(ts.object, t.objects);
  run(ts.slur, t.slurs);
  run(ts.role, t.roles);
  for (const o of ts.fixed ?? []) out.push(norm(o));
  if (ts.gen) out.push(...ts.gen(ctx).map(norm));
  return out;
}

/** Pools for the "unreadable" functionalities (not template-based). */
function unreadable(id: string, lang: Lang, rng: Rng): Draft[] {
  switch (id) {
    case 'unreadable_empty_emoji':
      return EMPTYISH.map((text) => ({ text }));
    case 'contrast_emoji_only': {
      const out: Draft[] = [];
      for (let len = 1; len <= 3; len++)
        for (const e of HARMLESS_EMOJI) {
          const seq = [e, ...Array.from({ length: len - 1 }, () => pick(rng, HARMLESS_EMOJI))];
          out.push({ text: seq.join(rng() < 0.3 ? ' ' : '') });
        }
      return out;
    }
    case 'unreadable_url_only':
      return URL_SITES[lang].flatMap((site) => URL_PATHS.map((p) => ({ text: p === '/' ? site : site + p })));
    case 'unreadable_foreign':
      return FOREIGN.flatMap((f) => [{ text: f.text }, { text: `${f.text} ${pick(rng, ['🙂', '🙏', '👏', '❤️'])}` }]);
    default:
      throw new Error(`no pool for ${id}`);
  }
}

// ---------------------------------------------------------------------------
// Making templates read like real comments

const EMOJI: Readonly<Record<Exclude<Tone, 'none'>, readonly string[]>> = {
  angry: ['🤬', '😡', '🤮', '👎', '😤'],
  positive: ['👏', '🎉', '💪', '🙌', '❤️', '😊'],
  neutral: ['🙂', '🤔', '🙏', '👀'],
};

function lowerFirst(s: string): string {
  return s.length > 0 && /\p{Lu}/u.test(s[0]) && !/^\p{Lu}{2}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** Vary casing, punctuation and emoji deterministically. Never changes the words. */
function style(text: string, tone: Tone, rng: Rng): string {
  if (tone === 'none' || text.trim() === '') return text;
  let t = text;
  const r = rng();
  if (r < 0.12) t = lowerFirst(t);
  else if (tone === 'angry' && r < 0.17 && t.length < 110 && !/https?:/.test(t)) t = t.toUpperCase();
  const r2 = rng();
  const endsWithEmoji = /\p{Extended_Pictographic}\uFE0F?$/u.test(t);
  if (r2 < 0.14 && !endsWithEmoji) t = `${t} ${pick(rng, EMOJI[tone])}`;
  else if (tone === 'angry' && r2 < 0.22 && /[.!]$/.test(t)) t = t.replace(/[.!]+$/, '!!!');
  else if (r2 < 0.3 && /[^.]\.$/.test(t)) t = t.slice(0, -1);
  return t;
}

// ---------------------------------------------------------------------------

const pad4 = (n: number) => String(n).padStart(4, '0');

function toCase(lang: Lang, spec: Spec, i: number, d: Draft, base?: FunctionalCase): FunctionalCase {
  const e = spec.expect;
  const c: FunctionalCase = {
    id: `${lang}-${spec.id}-${pad4(i + 1)}`,
    lang,
    functionality: spec.id,
    text: d.text,
    remove: base ? base.remove : e.remove,
    threat: base ? base.threat : e.threat,
    hateful: base ? base.hateful : e.hateful,
    contrast: base ? base.contrast : e.contrast,
  };
  const question = base ? base.question : d.question ?? e.question;
  const kind = base ? base.kind : d.kind ?? e.kind;
  if (question !== undefined) c.question = question;
  if (kind !== undefined) c.kind = kind;
  if (e.needsLook) c.needsLook = true;
  return c;
}

/**
 * Build the whole suite. Deterministic: the same code gives the same cases, ids and order.
 * Per language and functionality: expand templates × targets, style, de-duplicate, shuffle
 * with a seeded PRNG and keep at most CAP_PER_CELL. Spelling functionalities perturb a
 * seeded sample of that language's hateful (hate/threat/harassment) cases, expectations
 * inherited from the base case.
 */
export function buildFunctionalSuite(): FunctionalCase[] {
  const all: FunctionalCase[] = [];
  for (const lang of LANGS) {
    const templates = TEMPLATES[lang];
    const targets = TARGETS[lang];
    const hatefulPool: FunctionalCase[] = [];
    for (const spec of SPECS) {
      if (spec.group === 'spelling') continue;
      const rng = makeRng(`${lang}/${spec.id}`);
      let drafts: Draft[];
      if (spec.group === 'unreadable' || spec.id === 'contrast_emoji_only') drafts = unreadable(spec.id, lang, rng);
      else {
        const ts = templates[spec.id];
        if (!ts) throw new Error(`${lang}: no templates for ${spec.id}`);
        drafts = expand(ts, targets, genCtx(lang, rng)).map((d) => ({ ...d, text: style(d.text, spec.tone, rng) }));
      }
      const seen = new Set<string>();
      const unique = drafts.filter((d) => (seen.has(d.text) ? false : (seen.add(d.text), true)));
      const cases = shuffle(rng, unique).map((d, i) => toCase(lang, spec, i, d));
      if (spec.expect.hateful) hatefulPool.push(...cases);
      all.push(...cases.slice(0, CAP_PER_CELL));
    }
    for (const spec of SPECS) {
      if (spec.group !== 'spelling') continue;
      const kindOf = SPELLING_OF[spec.id];
      const rng = makeRng(`${lang}/${spec.id}`);
      const salient = [...targets.groups.flatMap((g) => [g.pl, g.def]), ...targets.slurs.flatMap((s) => [s.sg, s.pl])];
      const seen = new Set<string>();
      const out: FunctionalCase[] = [];
      for (const base of shuffle(rng, hatefulPool)) {
        if (out.length >= CAP_PER_CELL) break;
        const text = perturb(base.text, kindOf, rng, salient);
        if (text === base.text || seen.has(text)) continue;
        seen.add(text);
        out.push(toCase(lang, spec, out.length, { text }, base));
      }
      all.push(...out);
    }
  }
  return all;
}

/** Which functionality ids belong to a group. */
export function functionalitiesIn(group: Functionality['group']): string[] {
  return SPECS.filter((s) => s.group === group).map((s) => s.id);
}

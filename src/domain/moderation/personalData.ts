/**
 * Personal data: identity numbers, phone numbers, home addresses, e-mail and social handles,
 * and sensitive facts (health, benefits) about a named individual.
 *
 * Runs on {@link NormalisedText.literal}, where digits are untouched. A street with a number is
 * only personal data when someone is said to live there; "vårt café på Storgatan 12" is not.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import Personnummer from 'personnummer';
import { anyOf, findAll, Finding, Rule, weightOf } from './rules';

const raw = (id: string, weight: number, reason: string, source: string): Rule => ({
  id, weight, reason, pattern: new RegExp(source),
});

const STREET = '[a-z]+(?:vagen|gatan|stigen|granden|grand|backen|gangen|platsen|torget|alle|allen|veien|vegen|gata|gate|gaten|street|road|lane|avenue|drive)';

/** Personal-data rules; a comment is personal data when their weights reach 1. */
export const PERSONAL_DATA_RULES: readonly Rule[] = [
  raw('email', 0.6, 'e-postadress', '[a-z0-9._-]+@[a-z0-9-]+\\.[a-z]{2,}'),
  raw('private-email', 0.5, 'privat e-postadress', '[a-z0-9._-]+@(?:gmail|hotmail|outlook|yahoo|live|icloud|msn|telia|protonmail|online)\\.[a-z]{2,}|[a-z]+\\.[a-z]+@[a-z0-9-]+\\.[a-z]{2,}'),
  raw('handle', 0.6, 'privat konto i sociala medier',
    '(?:instagram|insta|snap(?:chat)?|tiktok|facebook|twitter|x-konto)\\w* (?:is|ar|er|:|heter|=)? ?@?[a-z0-9._]{3,}'),
  raw('home-address', 1, 'hemadress till en person',
    `${anyOf('bor', 'bur', 'lives?', 'living', 'boende', 'adress(?:en)?', 'address', 'adresse(?:n)?', 'hjemme', 'hemma')}(?: \\w+){0,3} (?:pa |i |at |on )?${STREET} \\d+[a-z]?(?![\\d])`),
  raw('named-address', 0.6, 'adress kopplad till en person', `${STREET} \\d+[a-z]?(?![\\d])`),
  raw('sensitive', 0.5, 'känsliga uppgifter om en enskild (hälsa, bistånd)',
    anyOf('diagnos\\w*', 'bipolar\\w*', 'schizofren\\w*', 'adhd', 'autism\\w*', 'depression', 'deprimerad', 'psykisk\\w* (?:sjuk|ohals)\\w*',
      'sjukskriv\\w*', 'forsorjningsstod', 'socialbidrag\\w*', 'sosialhjelp\\w*', 'bistand\\w*', 'hiv', 'missbruk\\w*', 'rusmisbruk\\w*',
      'alkoholist', 'narkoman', 'dömd', 'domd', 'straffad', 'omhandertagen', 'lvu', 'barnevern\\w*', 'abort\\w*', 'gravid', 'cancer')),
  // v3: health, pregnancy and addiction facts, national id numbers and home addresses in more forms.
  raw('health-fact', 0.6, 'hälsouppgifter om en enskild',
    anyOf('sjukskriven', 'sjukskrivna', 'sykmeldt', 'sykemeldt', 'on sick leave', 'off sick', 'sick leave for', 'brostcancer', 'brystkreft', 'breast cancer', 'kreft', 'cellgift\\w*', 'cellgifter', 'chemo\\w*', 'cytostatika',
      'utmattning\\w*', 'utbrand', 'utbrandhet', 'utbrent', 'burnout', 'burned out', 'alkoholproblem\\w*', 'alcohol problem\\w*', 'drinking problem', 'alkoholiker', 'alcoholic', 'rusproblem\\w*', 'drug problem\\w*', 'pa rehab', 'in rehab', 'avrusning',
      'gravid\\w*', 'pregnant', 'missfall', 'miscarriage', 'ivf', 'provror\\w*', 'abort\\w*', 'hiv-positiv\\w*', 'hiv', 'epilepsi\\w*', 'epilepsy', 'ms-sjuk', 'parkinson\\w*', 'demens', 'dementia', 'psykos', 'psychosis',
      'har cancer', 'has cancer', 'har kreft', 'cancerbehandling', 'cancer treatment', 'depresjon', 'sykmeldt for', 'sjukskriven for', 'on sick leave for', 'ligger pa (?:lasarettet|sjukhuset|sykehuset|psyk\\w*|avdelning|intensiven|iva)', 'avdelning \\d+', 'is in (?:hospital|rehab|a psych)',
      'inlagd (?:pa|i) (?:psyk|psykiatrin|sjukhus)', 'innlagt', 'depressed', 'depression', 'deprimert', 'angest', 'angst', 'anxiety', 'anorexi\\w*', 'anoreksi', 'selvmordsforsok', 'sjalvmordsforsok', 'suicide attempt',
      // v5: diagnoses and medication ("har ADHD och går på medicin", "har epilepsi og går på medisiner").
      '(?:gar|går) pa (?:medicin\\w*|medisin\\w*|antidepressiva|lugnande|psykofarmaka|litium)', 'on (?:medication|meds|antidepressants)', 'takes (?:medication|meds|antidepressants)', 'medicinerad', 'medisinert',
      'har (?:adhd|add|autism|asperger|bipolar\\w*|schizofreni|epilepsi|diabetes|ms|tourette\\w*)', 'has (?:adhd|autism|bipolar|schizophrenia|epilepsy|diabetes|ms)')),
  raw('fodselsnummer', 1, 'fødselsnummer eller personnummer', '(?<!\\d)\\d{6} ?\\d{5}(?!\\d)|(?:personnummer|personnr|fodselsnummer|fodselsnr|social security number|ssn|hetu)\\W{0,3}\\d'),
  raw('home-address-2', 1, 'hemadress till en person',
    `${anyOf('home address', 'hemadress\\w*', 'hjemmeadresse\\w*', 'bostadsadress\\w*', 'privatadress\\w*', 'bor pa', 'bor i', 'bor vid', 'bor ved', 'lives (?:at|on)', 'address is', 'adressen ar', 'adressen er', 'adressen hennes', 'adressen hans', 'her address', 'his address')}(?: \\S+){0,6} ${STREET} \\d+[a-z]?(?!\\d)`),
  raw('go-tell', 0.5, 'uppmaning att uppsöka en enskild', anyOf('go tell (?:him|her)', 'ak dit', 'ga dit', 'dra dit', 'knacka pa', 'banka pa', 'ring (?:henne|honom|ham)', 'call (?:her|him)', 'visit (?:her|him)', 'besok (?:henne|honom)', 'ta kontakt direkte', 'kontakta (?:henne|honom) direkt', 'sag vad ni tycker', 'si hva dere mener', 'tell (?:her|him) what you think', 'bare sa alle vet', 'just so everyone knows', 'sa alla vet')),
  raw('neighbour', 0.4, 'pekar ut en enskild', anyOf('min granne', 'my neighbou?r', 'naboen min', 'min nabo', 'heter', 'her name is', 'his name is', 'hon heter', 'han heter', 'hun heter')),
];

/** A member of staff or a person pointed at by role or title ("Sjukskötaren Anna", "Mr. Svensson", "bussjåføren på linje 3"). */
const ROLE_PERSON = /(?<![a-z])(?:(?:mr|mrs|ms|miss|dr)\.? [a-z]+|\w*(?:skotare|skoterska|skotaren|skoterskan|sjafor|sjaforen|chauffor|chauffaren|laerer|laereren|larare|lararen|lararinnan|rektor|rektorn|rektoren|chef|chefen|sjef|sjefen|handlaggare|handlaggaren|saksbehandler|saksbehandleren|bibliotekarie|bibliotekarien|bibliotekaren|sykepleier|sykepleieren|larer|lareren|\\w*laereren|nurse|teacher|principal|librarian|driver|caseworker|receptionist\w*|kollega|kollegaen|min kollega|my colleague|kollegan|granne|grannen|nabo|naboen|neighbou?r)(?![a-z]))/;
/** The writer telling about their own health ("jag är sjukskriven") is not someone else's data. */
const FIRST_PERSON_HEALTH = /(?<![a-z])(?:jag ar|jeg er|i am|i'm|jag har varit|jeg har vaert|jag blev|jeg ble)(?![a-z])/;

/** The personal data found in a comment. */
export interface PersonalDataEvidence {
  /** Whether the weights reach the threshold (given whether a person is named). */
  readonly personalData: boolean;
  /** The rules that matched. */
  readonly findings: readonly Finding[];
}

/** A Swedish personal identity number as written: 6 or 8 digits of date, separator, 4 digits. */
const PERSONNUMMER_CANDIDATE = /(?<!\d)(?:19|20)?(\d{2})(\d{2})(\d{2})[-+ ]?\d{4}(?!\d)/g;

/**
 * Swedish personal identity numbers, checked by the `personnummer` library (date and Luhn
 * check digit). A number with a real date but a wrong check digit is still flagged (a mistyped
 * personnummer is still someone's); one whose "date" is no date (an order number) is not.
 */
function findPersonnummer(literal: string): Finding[] {
  const out: Finding[] = [];
  for (const m of literal.matchAll(PERSONNUMMER_CANDIDATE)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    const plausible = month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
    if (!plausible) continue;
    const valid = Personnummer.valid(m[0].replace(/ /g, '-'));
    out.push({ rule: 'personnummer', weight: 1, reason: valid ? 'personnummer' : 'ser ut som ett personnummer', match: m[0] });
  }
  return out;
}

/** Words just before a number that make it the writer's own ("ring mig på", "call me at", "mitt nummer är"). */
const OWN_NUMBER = /(?:(?:ring|ringa|ringe|call|text|sms|messa|kontakta|kontakte|contact|reach|na|nas|treffes|treffe|whatsapp|nå|nås)(?: \w+)? (?:mig|meg|me|oss|us)|(?:mitt|mit|my|vart|vårt|vart) (?:nummer|number|tel|telefon|telefonnummer|mobil|mobilnummer|mobile)|(?:jag|jeg|i) (?:nas|nås|treffes|can be reached)|\bnas\b|\bnås\b|treffes) (?:\w+ )?(?:pa|på|on|at|via|:)?\s*$/;

/** Where a number without a country code is most likely from. */
const PHONE_COUNTRIES = ['SE', 'NO', 'FI'] as const;

/**
 * Mobile numbers (a person's own), found and typed by `libphonenumber-js`; switchboards and other
 * fixed lines are the organisation's and are left alone.
 */
function findMobileNumbers(literal: string): Finding[] {
  if ((literal.match(/\d/g) ?? []).length < 8) return [];
  const seen = new Set<string>();
  const owned: [number, number][] = [];
  const out: Finding[] = [];
  for (const country of PHONE_COUNTRIES) {
    for (const found of findPhoneNumbersInText(literal, country)) {
      const written = literal.slice(found.startsAt, found.endsAt);
      // Which reading to trust: "+…" says its country; a leading 0 is the Swedish and Finnish
      // trunk prefix ("042-10 50 00" is a switchboard in Helsingborg, not a Norwegian mobile);
      // a bare eight-digit number is Norwegian.
      if (!written.startsWith('+') && (written.startsWith('0') ? country === 'NO' : country !== 'NO')) continue;
      // Swedish before Finnish: 04x is a Swedish area code (Helsingborg's is 042) and a Finnish mobile prefix.
      if (owned.some(([a, b]) => found.startsAt < b && a < found.endsAt)) continue;
      owned.push([found.startsAt, found.endsAt]);
      const type = found.number.getType();
      if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') continue;
      if (seen.has(found.number.number)) continue;
      // A number followed by a currency is a price.
      if (/^\s*(?:kr|nok|sek|eur|euro|:-)/.test(literal.slice(found.endsAt))) continue;
      seen.add(found.number.number);
      // "Ring mig på …", "call me on …", "nås på …": the writer's own number, given to be called.
      if (OWN_NUMBER.test(literal.slice(Math.max(0, found.startsAt - 40), found.startsAt))) continue;
      out.push({ rule: 'phone', weight: 1, reason: 'telefonnummer till en person', match: written });
    }
  }
  return out;
}

/** Looks for personal data in the literal (digits intact) text. */
export function findPersonalData(literal: string, namesPerson: boolean): PersonalDataEvidence {
  const personnummer = findPersonnummer(literal);
  const findings = [...personnummer, ...findMobileNumbers(literal), ...findAll(literal, PERSONAL_DATA_RULES)]
    // The same digits are not also a phone number or a Norwegian fødselsnummer.
    .filter((f, _, all) => f.rule === 'personnummer' || !all.some((g) => g.rule === 'personnummer' && g.match.includes(f.match.replace(/\D/g, '').slice(0, 6))));
  // An address or a health fact is only personal data about someone identifiable.
  // A health fact needs someone identifiable: a name, or a member of staff pointed at by role.
  const roleNamed = ROLE_PERSON.test(literal);
  const about = namesPerson || roleNamed;
  // Two health words are one fact: only the stronger counts.
  const counted = findings.filter((f) => (f.rule !== 'health-fact' && f.rule !== 'sensitive') || about)
    .filter((f) => f.rule !== 'sensitive' || !findings.some((g) => g.rule === 'health-fact'));
  const health = findings.some((f) => f.rule === 'health-fact');
  const score = weightOf(counted) + (about && counted.length ? 0.4 : 0) + (health && about && !FIRST_PERSON_HEALTH.test(literal) ? 0.4 : 0);
  if (!about && findings.some((f) => f.rule === 'health-fact') && weightOf(counted) < 1) return { personalData: false, findings: counted };
  return { personalData: score >= 1, findings };
}

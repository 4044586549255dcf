/**
 * Personal data: identity numbers, phone numbers, home addresses, e-mail and social handles,
 * and sensitive facts (health, benefits) about a named individual.
 *
 * Runs on {@link NormalisedText.literal}, where digits are untouched. A street with a number is
 * only personal data when someone is said to live there; "vårt café på Storgatan 12" is not.
 */
import { anyOf, findAll, Finding, Rule, weightOf } from './rules';

const raw = (id: string, weight: number, reason: string, source: string): Rule => ({
  id, weight, reason, pattern: new RegExp(source),
});

const STREET = '[a-z]+(?:vagen|gatan|stigen|granden|grand|backen|gangen|platsen|torget|alle|allen|veien|vegen|gata|gate|gaten|street|road|lane|avenue|drive)';

/** Personal-data rules; a comment is personal data when their weights reach 1. */
export const PERSONAL_DATA_RULES: readonly Rule[] = [
  raw('personnummer', 1, 'personnummer', '(?<!\\d)(?:19|20)?\\d{6}[-+ ]?\\d{4}(?!\\d)'),
  raw('phone-se', 1, 'telefonnummer till en person', '(?<![\\d-])(?:\\+46[ -]?|0)7\\d[ -]?\\d{3}[ -]?\\d{2}[ -]?\\d{2}(?!\\d)'),
  raw('phone-no', 1, 'telefonnummer till en person', '(?<![\\d-])(?:\\+47[ -]?)?[49]\\d{2} ?\\d{2} ?\\d{3}(?![\\d ]*(?:kr|nok|sek|euro?|:-))(?!\\d)'),
  raw('phone-fi', 1, 'telefonnummer till en person', '(?<![\\d-])(?:\\+358[ -]?|0)4\\d[ -]?\\d{3}[ -]?\\d{2}[ -]?\\d{2,3}(?!\\d)'),
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
  raw('neighbour', 0.4, 'pekar ut en enskild', anyOf('min granne', 'my neighbou?r', 'naboen min', 'min nabo', 'heter', 'her name is', 'his name is', 'hon heter', 'han heter', 'hun heter')),
];

/** The personal data found in a comment. */
export interface PersonalDataEvidence {
  /** Whether the weights reach the threshold (given whether a person is named). */
  readonly personalData: boolean;
  /** The rules that matched. */
  readonly findings: readonly Finding[];
}

/** Looks for personal data in the literal (digits intact) text. */
export function findPersonalData(literal: string, namesPerson: boolean): PersonalDataEvidence {
  const findings = findAll(literal, PERSONAL_DATA_RULES);
  // An address or a health fact is only personal data about someone identifiable.
  const score = weightOf(findings) + (namesPerson && findings.length ? 0.4 : 0);
  return { personalData: score >= 1, findings };
}

/**
 * The small rule language the classifier's tables are written in.
 *
 * Rules are regular expressions over {@link NormalisedText.plain} (lowercase ASCII, see
 * normalise.ts). To keep the tables readable they are written as phrases:
 * - a space matches any run of spaces and in-sentence punctuation (not . ! ?),
 * - ` ~ ` allows up to four words in between, ` ~~ ` up to ten within a sentence,
 * - ` ~~~ ` allows up to twenty-five words across sentence ends,
 * - a phrase only matches at word edges,
 * - `ae` also matches `a` ("laerer" / "lærer" folded to "larer").
 */

/** One line of a rule table: a pattern, how much it counts, and the ground shown to people. */
export interface Rule {
  /** Stable name, used in tests and in the version hash. */
  readonly id: string;
  /** Compiled pattern, matched against normalised text. */
  readonly pattern: RegExp;
  /** Evidence weight; a category fires when its weights reach 1. */
  readonly weight: number;
  /** Short Swedish ground shown on cards, e.g. "hot om våld". */
  readonly reason: string;
  /** When the matched text also matches this, the rule does not count (e.g. a negation). */
  readonly unless?: RegExp;
}

/** A rule that matched one comment. */
export interface Finding {
  /** The rule's id. */
  readonly rule: string;
  /** The rule's weight. */
  readonly weight: number;
  /** The rule's Swedish ground. */
  readonly reason: string;
  /** The matched text (normalised), kept for explanations and debugging. */
  readonly match: string;
}

const SP = "[\\s,;:'\"()\\-/]+";
const WORD = "[\\w']+";
const gap = (n: number): string => `(?:${SP}${WORD}){0,${n}}?${SP}`;

/** Compiles a phrase (see the module comment) into a regular expression. */
export function phrase(source: string): RegExp {
  // æ is folded to "a" but often typed "ae" without diacritics: a rule's "ae" matches both.
  const body = source
    .replace(/ae(?!\?)/g, 'ae?')
    .replace(/ ~~~ /g, '\u0003')
    .replace(/ ~~ /g, '\u0002')
    .replace(/ ~ /g, '\u0001')
    .replace(/ /g, SP)
    .replace(/\u0001/g, gap(4))
    .replace(/\u0002/g, gap(10))
    .replace(/\u0003/g, `(?:[^a-z0-9]+${WORD}){0,25}?[^a-z0-9]+`);
  return new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z])`);
}

/** Builds a rule from a phrase. */
export function rule(id: string, weight: number, reason: string, source: string, unless?: string): Rule {
  return { id, weight, reason, pattern: phrase(source), unless: unless ? new RegExp(unless) : undefined };
}

/** Joins alternatives into one non-capturing group for use inside phrases. */
export function anyOf(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** Matches every rule of a table against a text; returns the rules that count. */
export function findAll(text: string, rules: readonly Rule[]): Finding[] {
  const found: Finding[] = [];
  for (const r of rules) {
    const m = r.pattern.exec(text);
    if (!m) continue;
    if (r.unless && r.unless.test(m[0])) continue;
    found.push({ rule: r.id, weight: r.weight, reason: r.reason, match: m[0] });
  }
  return found;
}

/** Sum of the weights of a set of findings. */
export function weightOf(findings: readonly Finding[]): number {
  let sum = 0;
  for (const f of findings) sum += f.weight;
  return sum;
}

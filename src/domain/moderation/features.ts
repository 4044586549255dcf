/**
 * Features for the statistical half of the classifier: what the logistic-regression model in
 * model.ts looks at. Pure and cheap.
 *
 * Everything is taken from {@link NormalisedText.plain} (lowercase ASCII, leetspeak undone,
 * spaced letters joined), with digits folded to `0` so that "070-123 45 67" and "0733 12 34 56"
 * share features. Three families:
 * - `w:` word unigrams and `b:` word bigrams (with `^` / `$` for the comment's edges),
 * - `c:` character 3–5-grams inside each word padded with `<` and `>` — these carry Swedish,
 *   Norwegian and Finland-Swedish compounds and inflections ("socialforvaltningen" shares
 *   "social" with "sosialkontoret"), misspellings and missing diacritics,
 * - `r:` a few cues from the rules (asks a question, names a person, threat/hate/… evidence
 *   below the rule threshold), so the model can weigh weak rule evidence together with words.
 *
 * Feature values are binary; the vector is scaled to unit length.
 */

/** A sparse feature vector: names and one shared value (1/sqrt(n)). */
export interface FeatureVector {
  /** Distinct feature names. */
  readonly names: readonly string[];
  /** The value of every present feature. */
  readonly value: number;
}

const WORD = /[a-z0-9']+|[?!]/g;

/** Extracts the lexical features of a normalised text, plus the given rule cues. */
export function extractFeatures(plain: string, cues: readonly string[] = []): FeatureVector {
  const text = plain.replace(/[0-9]/g, '0');
  const words = text.match(WORD) ?? [];
  const set = new Set<string>();
  let prev = '^';
  for (const w of words) {
    set.add(`w:${w}`);
    set.add(`b:${prev}_${w}`);
    prev = w;
    if (w === '?' || w === '!') continue;
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) {
      if (padded.length < n) break;
      for (let i = 0; i + n <= padded.length; i++) set.add(`c:${padded.slice(i, i + n)}`);
    }
  }
  set.add(`b:${prev}_$`);
  for (const c of cues) set.add(`r:${c}`);
  const names = [...set];
  return { names, value: names.length ? 1 / Math.sqrt(names.length) : 0 };
}

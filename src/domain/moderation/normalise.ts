/**
 * Text normalisation for the comment classifier.
 *
 * Comments dodge filters with missing å/ä/ö, leetspeak, spaced-out letters, shouting and emoji.
 * Every rule in this folder matches against {@link NormalisedText.plain}, so "död", "dod", "d ö d",
 * "D00D" and "død" all meet as "dod". Rules are written in plain ASCII for that reason.
 */

/** A comment in the forms the rules need. */
export interface NormalisedText {
  /** The comment exactly as written. */
  readonly raw: string;
  /**
   * Lowercase, diacritics folded (å/ä/æ→a, ö/ø→o, é→e), leetspeak undone inside words, spaced-out
   * letters joined, runs of three or more equal letters collapsed to one, emoji removed and
   * whitespace squeezed. Punctuation is kept because questions and quotes need it.
   */
  readonly plain: string;
  /**
   * Lowercase and diacritics folded only, digits and symbols untouched: for phone numbers,
   * personnummer and web addresses, which leetspeak undoing would destroy.
   */
  readonly literal: string;
  /** Number of emoji in the original text. */
  readonly emojiCount: number;
  /** Share of letters written in upper case (0–1); shouting is high. */
  readonly upperShare: number;
  /** Number of `@Name` mentions (tagging a friend). */
  readonly mentions: number;
}

const FOLD: Readonly<Record<string, string>> = {
  å: 'a', ä: 'a', à: 'a', á: 'a', â: 'a', æ: 'a', ã: 'a',
  ö: 'o', ø: 'o', ó: 'o', ò: 'o', ô: 'o', õ: 'o',
  é: 'e', è: 'e', ê: 'e', ë: 'e',
  ü: 'u', ú: 'u', ù: 'u', û: 'u',
  í: 'i', ì: 'i', ï: 'i', î: 'i',
  ç: 'c', ñ: 'n', ß: 'ss',
  // Typographic quotes and dashes become their ASCII forms so rules can look for quoted speech.
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u00b4': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

/** Leetspeak substitutions, applied only inside tokens that also contain letters. */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l', '€': 'e',
};

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu;

/** Lowercases and folds diacritics; keeps everything else. */
function fold(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += FOLD[ch] ?? ch;
  return out;
}

/**
 * Undoes leetspeak in a token that mixes letters with look-alike digits or symbols ("h0ra",
 * "k1ll", "$kit"), but leaves numbers, prices, phone numbers and "24h"-style units alone.
 */
function unleetToken(token: string): string {
  if (!/[a-z]/.test(token) || !/[0134579@$!|€]/.test(token)) return token;
  // "24h", "3d", "10kr", "50%": a number followed by a short unit is not leetspeak.
  if (/^\d+(?:h|d|m|s|t|k|x|g|p|kr|st|km|kg|cm|mm|gb|mb|tb|min|tim|mil|ar|yr|yrs|th|st|nd|rd|ggr|sek|kpl|nok|sek|eur|usd|kpl)$/.test(token) || /^[a-z]\d$/.test(token)) return token;
  // Prices and amounts ("€500/day", "$300", "1000kr/vecka") and network generations ("5g-masten").
  if (/\d{3,}/.test(token) || /^[$€£]\d/.test(token) || /^[2-6]g(?:[-/]|$)/.test(token)) return token;
  // Keep sentence punctuation at the token's end ("bra!", "klart!!").
  const tail = /[!|]+$/.exec(token)?.[0] ?? '';
  const body = tail ? token.slice(0, -tail.length) : token;
  if (!/[a-z]/.test(body)) return token;
  let out = '';
  for (const ch of body) out += LEET[ch] ?? ch;
  return out + tail;
}

/**
 * Words people mask with * or # to dodge filters ("j*dar", "h*jab", "n***er", "f#tta"). A token with
 * mask characters between letters is matched against these, one mask character per letter.
 */
const MASKABLE = (
  'judar judarna jude juden judarnas joder jodene jews jew hijab hijabs hijaber burka muslimer muslims moslem moslems muzzie muzzies ' +
  'neger negrer negrar nigger niggers nigga blatte blattar zigenare zigenarna sigoyner gypsies homo homos homse homsar homoer bogar ' +
  'faggot faggots fag tranny trannies transor invandrare innvandrere immigrants somalier somaliere araber arabs mongo mongos mongs ' +
  'fitta fittan fitte hora horan hore whore whores bitch cunt kuk kukar pikk fuck fucking javla javel helvete faen satan ' +
  'idiot idioter idiots retard retarded efterbliven cp-skada doda dod dor kill die dead mord murder skjut shoot'
).split(' ');
const MASKED = /^[a-z]*[*#%][a-z*#%]*$/;

function unmaskToken(token: string): string {
  const tail = /[.,!?:;]+$/.exec(token)?.[0] ?? '';
  const body = tail ? token.slice(0, -tail.length) : token;
  if (!MASKED.test(body) || !/[a-z]/.test(body) || body.length < 3) return token;
  const re = new RegExp(`^${body.replace(/[*#%]/g, '[a-z]')}$`);
  const hit = MASKABLE.find((w) => re.test(w));
  return hit ? hit + tail : token;
}

/** Joins letters spaced out to dodge filters: "d o d" / "d.o.d" / "d-o-d" → "dod". */
function joinSpacedLetters(text: string): string {
  return text.replace(/(?<![a-z])(?:[a-z][ .\-_*]){2,}[a-z](?![a-z])/g, (m) => m.replace(/[ .\-_*]/g, ''));
}

/**
 * Normalises a comment for matching. Pure and cheap: one pass per step, no allocation beyond
 * the returned strings.
 */
export function normalise(raw: string): NormalisedText {
  const letters = raw.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  const emojiCount = (raw.match(/\p{Extended_Pictographic}/gu) ?? []).length;
  const mentions = (raw.match(/(^|\s)@\p{Lu}/gu) ?? []).length;

  const folded = fold(raw.replace(EMOJI, ' '));
  const literal = folded.replace(/\s+/g, ' ').trim();

  // Mentions ("@Sara") are names, not leetspeak for "a". A double space between spaced-out
  // letters is a word break ("d o d  a t  ..."), so it is kept as a marker until letters are joined.
  const tokens = folded.replace(/(^|\s)@(?=[a-z])/g, '$1').replace(/[ \t]{2,}/g, ' \u0001 ').split(/\s+/);
  let plain = tokens.map((t) => unmaskToken(unleetToken(t))).join(' ');
  // Inside a run of spaced-out words a two-letter word is spaced out too ("k n i v e n  ä r  v a s s").
  plain = joinSpacedLetters(plain).replace(/(?<=\u0001 )([a-z]) ([a-z])(?= \u0001)/g, '$1$2').replace(/\u0001/g, ' ');
  plain = plain.replace(/([a-z])\1{2,}/g, '$1');
  plain = plain.replace(/([!?.])\1+/g, '$1').replace(/\s+/g, ' ').trim();

  return {
    raw,
    plain,
    literal,
    emojiCount,
    upperShare: letters.length ? upper / letters.length : 0,
    mentions,
  };
}

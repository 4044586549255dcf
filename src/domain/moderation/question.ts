/**
 * Does the comment ask something concrete that the city should answer?
 *
 * Each sentence is judged on its own: a question mark with an interrogative opener ("hur",
 * "kan man", "does", "hvordan"), a verb-first question without a question mark ("Betalar ni ut
 * friskvårdsbidrag"), or an indirect question ("undrar om", "lurer på"). Rhetorical questions
 * ("Hur går det ihop liksom?", "vad blir nästa?") are not questions.
 */
import { anyOf, phrase } from './rules';

/** Interrogative words that open a question. */
export const QUESTION_WORDS = anyOf(
  'hur', 'nar', 'var', 'vart', 'vad', 'vilka', 'vilken', 'vilket', 'vem', 'vems', 'varfor', 'hurdan\\w*',
  'hvordan', 'hvor', 'hva', 'hvem', 'hvilke', 'hvilken', 'hvilket', 'hvorfor',
  'how', 'when', 'where', 'what', "what's", 'whats', 'which', 'who', 'whom', 'whose', 'why',
);

/** Finite verbs that open a yes/no question in Swedish, Norwegian and English. */
export const QUESTION_VERBS = anyOf(
  'har', 'hade', 'ar', 'er', 'finns', 'fins', 'finnes', 'kan', 'kunde', 'kunne', 'far', 'fick', 'fikk', 'ska', 'skall', 'skal',
  'skulle', 'vill', 'vil', 'ville', 'maste', 'ma', 'bor', 'behover', 'behovs', 'trenger', 'tar', 'tilbyr', 'erbjuder', 'godtar',
  'accepterar', 'gar', 'galler', 'gjelder', 'kommer', 'blir', 'betalar', 'betaler', 'anstaller', 'ansetter', 'brukar', 'pleier',
  'stammer', 'kravs', 'kreves', 'ges', 'gis', 'hjalper', 'hjelper', 'planerar', 'planlegger', 'tanker', 'tenker', 'vet', 'veit',
  'is', 'are', 'am', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'have', 'has',
  'may', 'might', 'must', 'any', 'anyone', 'anybody',
);

const ENGLISH_AUX = /^(?:(?:is|are|do|does|did|can|could|will|would|should|shall|have|has|may|might) (?:you|i|we|they|it|there|the|this|that|these|anyone|he|she|your|my|our|a|an|staff|employees|people|new)\b|(?:any|anyone|anybody) )/;
const SUBJECT = /^[a-z]+(?:r|s)\s+(?:ni|man|dere|du|det|jeg|jag|vi|dom|de|it|there|you|i|the|this|we)\b/;
/** Without a question mark only a real question verb, or a present-tense verb before "ni/man/du", opens a question. */
const VERB_FIRST = new RegExp(`^(?:(?:${QUESTION_VERBS})\\s+(?:ni|man|dere|du|det|jeg|jag|vi|dom|de|it|there|you|i|the|this|we|nan|nagon|noen)|(?!hoppas|tycks|syns|kanns|trivs)[a-z]+r\\s+(?:ni|man|dere|du|jeg|jag))\\b`);
const OPENER = new RegExp(`^(?:${QUESTION_WORDS}|${QUESTION_VERBS})\\b`);
const WH_OPENER = new RegExp(`^(?:${QUESTION_WORDS})\\b(?! (?:som|who|that)\\b)`);
const EXCLAMATION = /^(?:vad|vilken|vilket|vilka|hvor|hva|what|how|sa) (?:\w+ )?(?:fin\w*|bra|kul\w*|harlig\w*|rolig\w*|snygg\w*|underbar\w*|fantastisk\w*|flott\w*|goy|vakker\w*|nice|great|lovely|cool|amazing|beautiful|wonderful|awesome|sweet|mysig\w*|otrolig\w*|imponerande|heftig\w*|gott|skont|glad\w*|stolt\w*|a|an|en|ett|et|mycket|manga|mange)\b/;
/** "Var"/"vad" also mean "was"/"what a"; without a question mark only these verbs make them ask. */
const WH_STATEMENT_SAFE = /^(?:var|vad) (?:ar|kostar|galler|hander|gor|kravs|finns|har|ska|betyder|tanker|innebar|kan|far|vander|hittar|anmaler|soker|ringer)\b/;
const GREETING = /^(?:hej|hei|hi|hello|hallo|halla|tjena|tja|hejsan|god morgon|god dag|goddag|morn|heisann|dear \w+)\b[\s,!.:]*/;
const CONJUNCTION = /^(?:och|og|and|men|but|sa|so|also|plus|samt|eller|or|annars|dessutom|ocksa|ogsa)\b[\s,]*/;

const INDIRECT = phrase(anyOf(
  'undrar (?:om|hur|nar|var|vad|vilk\\w*|varfor|over)', 'undrer (?:pa|om|hvor|hva)', 'lurer pa (?:om|hvor|hva|hvordan|nar|hvem|hvorfor)',
  'wondering (?:if|whether|how|when|what|why)', 'i wonder (?:if|whether|how|when|what|why)', 'jag skulle vilja veta', 'skulle vilja veta',
  'vill (?:garna )?veta', 'jeg vil gjerne vite', 'vil gjerne vite', 'skulle gjerne visst', "i'?d like to know", 'i would like to know',
  'want to know', 'vill ha svar', 'vil ha svar', 'want an answer', 'kraver svar', 'krever svar', 'demand an answer', 'kan ni (?:svara|forklara|beratta)',
  'kan dere (?:svare|forklare|fortelle)', 'please (?:let me know|explain|tell)', 'vet nagon', 'nagon som vet', 'does anyone know', 'anyone know',
  'tacksam for svar', 'takknemlig for svar', 'grateful for an answer',
));

/** Markers of a rhetorical question or sarcasm. */
export const RHETORICAL = phrase(anyOf(
  'liksom', 'eller hur', 'eller vad', 'or what', 'really\\?', 'seriously', 'pa riktigt', 'pa allvar', 'vad blir nasta', "what'?s next",
  'hva blir det neste', 'hva blir neste', 'hur gar det ihop', 'hur tankte ni', 'what were you thinking', 'hva tenkte dere', 'vem bryr sig', 'who cares',
  'hvem bryr seg', 'nuforiden', 'nu for tiden', 'nowadays', 'these days', 'ar ni dumma', 'are you stupid', 'er dere dumme', 'nei takk', 'no thanks',
  'hallo\\?', 'hello\\?', 'eller\\?', 'vem tror ni (?:att )?ni lurar', 'who do you think', 'hvem tror dere', 'hur svart kan det vara', 'how hard can it be',
  'hvor vanskelig kan det', 'vad trodde ni', 'what did you expect', 'hva trodde dere', 'vem anstallde', 'who hired', 'hvem ansatte', 'typ vem',
  'skamts', 'skamt\\?', 'ar det ett skamt', 'is this a joke', 'er dette en spok', 'nagon mer som', 'anyone else', 'noen andre som',
  // v5: "vem tror ni har råd", "why even advertise?", "hur ska personalen orka?", "vad håller ni på med egentligen?", "är det så svårt".
  'vem tror ni (?:har|att|ska|kan|vill|orkar)', 'hvem tror dere (?:har|at|skal|kan|vil)', 'who do you think (?:can|will|has|is going)', 'why (?:even|bother)', 'varfor ens', 'hvorfor i det hele tatt', 'hvorfor engang',
  'hur ska (?:personalen|man|vi|folk|nagon|barnen|de aldre|familjer) (?:orka|klara|hinna|ha rad|overleva)', 'hvordan skal (?:personalet|man|vi|folk|noen) (?:orke|klare|ha rad)', 'how (?:are|is) (?:staff|people|anyone|we) supposed to',
  'vad haller ni pa med', 'hva driver dere med', 'what (?:the hell )?are you (?:even )?doing', 'ar det (?:verkligen )?sa svart', 'er det (?:virkelig )?sa vanskelig', 'is it (?:really )?that hard',
  'hvordan i all verden', 'hur i hela (?:friden|varlden)', 'how on earth', 'vem i hela friden', 'how (?:dare|could) you', 'hur vagar ni', 'hvordan tor dere', 'vad tanker ni med', 'hva tenker dere med',
  'kan det bli (?:mer|varre|samre)', 'kan det bli (?:verre|darligere)', 'could it (?:be|get) (?:any )?(?:worse|more)',
));

const TARGET_NEAR_START = /^(?:\S+\s+){0,3}(?:ni|er|dere|man|you|du|kommunen|staden|byen|the city|det)\b/;

/** Splits normalised text into sentences, keeping each sentence's end mark. */
export function sentences(plain: string): string[] {
  return plain.split(/(?<=[.!?])\s+|\s*\n\s*/).map((s) => s.trim()).filter(Boolean);
}

/** Whether one normalised sentence asks something. */
export function asksInSentence(sentence: string): boolean {
  let s = sentence.replace(GREETING, '').replace(CONJUNCTION, '').replace(/^["'(]+/, '');
  if (!s) return false;
  if (RHETORICAL.test(s)) return false;
  if (INDIRECT.test(s)) return true;
  const mark = s.includes('?');
  s = s.replace(/[?!.]+$/, '');
  if ((EXCLAMATION.test(s) || /^(?:vilka|vilken|vilket|what|hvilke|hvilken) (?:\w+ ){0,2}(?:som|who|that)\b/.test(s)) && !mark) return false;
  if (mark && s.split(/[,;:] */).some((clause) => (OPENER.test(clause) || SUBJECT.test(clause)) && clause.split(' ').length >= 3)) return true;
  if (mark) return OPENER.test(s) || SUBJECT.test(s) || TARGET_NEAR_START.test(s) || / (?:och|og|and|eller|or) (?:i sa fall )?(?:hur|nar|var|vad|vilk\w*|hvordan|hvor|hva|how|when|what|where) /.test(s);
  if (sentence.trimEnd().endsWith('!')) return false;
  if (/^(?:var|vad) /.test(s)) return WH_STATEMENT_SAFE.test(s);
  if (WH_OPENER.test(s)) return s.split(' ').length >= 3;
  return ENGLISH_AUX.test(s) || VERB_FIRST.test(s);
}

/** Whether any sentence of the normalised comment asks something. */
export function asksQuestion(plain: string): boolean {
  return sentences(plain).some(asksInSentence);
}

/** Whether the comment contains rhetorical or sarcastic question markers. */
export function hasRhetoricalMarker(plain: string): boolean {
  return RHETORICAL.test(plain);
}

/**
 * The comment classifier: proposes a kind, whether the comment asks a question the city must
 * answer, whether it threatens someone, and whether it breaks the commenting rules.
 *
 * It only proposes. A person confirms every removal and escalation, so for threats the rules
 * lean towards recall and every proposal carries Swedish grounds that make a false alarm quick
 * to dismiss. Criticism is never proposed for removal: a public authority must not remove a
 * viewpoint, however harshly it is put.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectAll } from 'tinyld';
import { findAbuse, HARASSMENT_RULES, HATE_RULES, mentionsGroup } from './abuse';
import { normalise } from './normalise';
import { namesPerson } from './people';
import { findPersonalData, PERSONAL_DATA_RULES } from './personalData';
import { asksQuestion, RHETORICAL } from './question';
import { anyOf, phrase, Rule } from './rules';
import { findSpam, MISINFORMATION_RULES, SPAM_RULES } from './spam';
import { findThreat, harmNearTarget, stripThreatIdioms, THREAT_IDIOMS, THREAT_RULES } from './threat';
import { CRITICISM_RULES, findTone, OPINION_RULES, PRAISE_RULES } from './tone';
import { LinearModel, ModelOutput, ModelWeights } from './model';
import { Reading, readStructure } from './structure';

/** The trained weights (see scripts/train-classifier.ts), beside this file in src/ and in dist/. */
const WEIGHTS_FILE = path.join(__dirname, 'weights.json');
let weights: ModelWeights | undefined;
let model: LinearModel | undefined;

/**
 * The weights, parsed at the first classification rather than at start: 3.6 MB of JSON that the bot
 * needs only when a comment arrives (start-up time and idle memory, issue 17).
 */
function trainedWeights(): ModelWeights {
  return (weights ??= JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as ModelWeights);
}

/** The trained model, built once on first use. */
export function trainedModel(): LinearModel {
  return (model ??= new LinearModel(trainedWeights()));
}

// The kinds live in kinds.ts, light enough for code that needs only the names (no rule tables, no model).
export { COMMENT_KINDS, REMOVABLE_KIND_LIST, REMOVABLE_KINDS, type CommentKind, type RemovableKind } from './kinds';
import { COMMENT_KINDS, REMOVABLE_KIND_LIST, REMOVABLE_KINDS, type CommentKind, type RemovableKind } from './kinds';

/** Detected language of a comment. */
export type CommentLanguage = 'sv' | 'nb' | 'en' | 'fi-sv' | 'unknown';

/** What the classifier proposes for one comment. */
export interface Classification {
  /** The main kind. */
  readonly kind: CommentKind;
  /** Asks something concrete the city should answer (also inside criticism). */
  readonly question: boolean;
  /** Threatens violence or harm (explicit, veiled, conditional, property, death wish). */
  readonly threat: boolean;
  /** Breaks the commenting rules; never true for criticism. */
  readonly remove: boolean;
  /** Best guess of the language. */
  readonly language: CommentLanguage;
  /**
   * The classifier cannot read the comment (no text, only an image, emoji or a link, or a
   * language it does not know): a person should look at it instead of it passing silently.
   */
  readonly needsLook: boolean;
  /** Short Swedish grounds for the proposal, shown on cards. */
  readonly reasons: readonly string[];
  /** Version of the rule tables that produced this; stored with every decision. */
  readonly version: string;
}

/** Bump when the decision logic (not only the tables) changes. */
const LOGIC_VERSION = '9.0.0';

function tableFingerprint(tables: readonly (readonly Rule[])[], extra: readonly RegExp[]): string {
  const hash = createHash('sha256');
  // The weights are part of the classifier: new weights, new version. The file's text (as written by
  // JSON.stringify, plus a newline) hashes as the parsed weights did, without parsing them at start.
  hash.update(readFileSync(WEIGHTS_FILE, 'utf8').trimEnd());
  for (const table of tables) {
    for (const r of table) hash.update(`${r.id}\u0000${r.weight}\u0000${r.reason}\u0000${r.pattern.source}\u0000${r.unless?.source ?? ''}\n`);
  }
  for (const re of extra) hash.update(`${re.source}\n`);
  return hash.digest('hex').slice(0, 10);
}

/**
 * Version of the classifier: the logic version plus a hash of every rule table, so any change
 * to a rule changes the version stored with decisions.
 */
export const CLASSIFIER_VERSION = `${LOGIC_VERSION}+${tableFingerprint(
  [THREAT_RULES, HATE_RULES, HARASSMENT_RULES, PERSONAL_DATA_RULES, SPAM_RULES, MISINFORMATION_RULES, CRITICISM_RULES, PRAISE_RULES, OPINION_RULES],
  [...THREAT_IDIOMS, RHETORICAL],
)}`;

/** Someone retelling a threat ("någon skrev att de skulle skjuta …") is asking about it. */
const REPORTED_SPEECH = phrase(
  '(?:skrev|skriver|sade|sagt|said|says|saying|wrote|writes|mentioned|nevnte|skrevet|har last|laste|read|horde|hort|heard|horte|' +
  'hotade|hotat|truet|truede|threatened|kommentar|comment|kommentaren|rykte|rumou?r)',
);

const LANGUAGE_HINTS: readonly [CommentLanguage, RegExp][] = [
  ['fi-sv', /\b(?:int|nog|sjukskotare|daghem\w*|talko\w*|stadsdirektor|socialbyran|bokbuss\w*|lagstadgade|nan|nanting|studerande)\b/g],
  ['nb', /\b(?:ikke|jeg|dere|deres|hvordan|hvor|hva|hvem|er det|og|meg|deg|kommunen deres|takk|bare|noen|ogsa|kanskje|fikk|sykepleier\w*|barnehage\w*|veiarbeid\w*)\b/g],
  ['sv', /\b(?:inte|jag|ni|er|era|hur|var|vad|vem|och|mig|dig|tack|bara|nagon|ocksa|kanske|fick|sjukskoterska\w*|forskola\w*|vagarbete\w*|att|det|ar|som|pa)\b/g],
  ['en', /\b(?:the|and|is|are|you|your|not|what|how|when|where|this|that|with|for|of|to|it|i)\b/g],
];

/**
 * Swedish "sa" (said), read on the text as written: folded, "så" (so, then) would read "sa" too,
 * and "om ni inte …, så …" is how conditional threats are put.
 */
const SAID = /(?<!\p{L})sa(?!\p{L})/iu;

/** Guesses the language from function words; good enough for routing, not for linguistics. */
export function detectLanguage(plain: string): CommentLanguage {
  let best: CommentLanguage = 'unknown';
  let bestScore = 0;
  const scores = new Map<CommentLanguage, number>();
  for (const [lang, re] of LANGUAGE_HINTS) scores.set(lang, (plain.match(re) ?? []).length);
  // Finland-Swedish is Swedish with a few tell-tale words.
  const fi = scores.get('fi-sv') ?? 0;
  if (fi > 0 && (scores.get('sv') ?? 0) + fi >= (scores.get('nb') ?? 0)) return 'fi-sv';
  for (const lang of ['sv', 'nb', 'en'] as const) {
    const score = scores.get(lang) ?? 0;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** "Ni kommer ångra er": political grumbling unless harm words come with it. */
const REGRET = /(?<![a-z])(?:angra|angrar|angre|angrer|regret|regrets)(?![a-z])/;

/**
 * Friendly context: an event or meeting ("mässan", "rekryteringsmässan", "lunch", "intervju",
 * "öppet hus"), warm words or friendly emoji. The model's threat words mislead it on such short
 * texts ("Vi ses snart på rekryteringsmässan!"), so it may not call a threat alone there.
 */
export const FRIENDLY = phrase(anyOf(
  '\\w*massan', '\\w*massa', '\\w*messa', '\\w*messen', 'lunch\\w*', 'lunsj\\w*', 'fika\\w*', 'intervju\\w*', 'interview\\w*', 'oppet hus', 'apent hus', 'open house',
  'introdag\\w*', 'introduktion\\w*', 'onboarding', 'kickoff', 'afterwork', 'after work', 'julbord\\w*', 'julebord\\w*', 'fest\\w*', 'party', 'matchen', 'kampen', 'the game',
  'workshop\\w*', 'seminar\\w*', 'studiebesok\\w*', 'jobbmass\\w*', 'karriardag\\w*', 'career fair', 'job fair', 'traff\\w*', 'moete', 'motet', 'the meeting',
  'kul', 'roligt', 'morsomt', 'gott', 'langtar', 'gleder (?:meg|oss)', 'ser fram emot', 'ser frem til', 'looking forward', 'can.t wait', 'valkommen', 'velkommen', 'welcome',
  'grattis', 'gratulerer', 'congrats', 'congratulations', 'tack', 'takk', 'thanks', 'thank you', 'heja', 'lycka till', 'lykke til', 'good luck', 'hang med', 'henge med', 'join (?:you|us)',
));
/**
 * A threat passed off as a joke ("skämt åsido", "spøk til side", "jk", "joking… but"): the framing
 * takes nothing away, so it cancels the friendly context and is a cue of its own for the model.
 */
export const JOKE_FRAME = phrase(anyOf(
  'skamt asido', 'skamt a sido', 'skamt aside', 'bara skamt', 'bara skamtar', 'skamtar bara', 'skojar bara', 'bara skoj', 'bara pa skoj', 'pa skamt', 'skoj asido',
  'spok til side', 'spoek til side', 'bare spok', 'bare tull', 'tuller bare', 'bare kidding', 'pa spok',
  'joking aside', 'jokes aside', 'all jokes aside', 'just joking', 'only joking', 'joking ofc', 'joking of course', 'jk', 'j/k', 'kidding', 'just kidding', 'lol jk', 'half joking', 'halvt pa skamt', 'halvt pa skoj',
));
const FRIENDLY_EMOJI = /[\u{1F642}\u{1F60A}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u{1F389}\u{1F973}\u{2764}\u{1F44D}\u{1F4AA}\u{1F60D}\u{1F917}\u{1F64C}\u{1F44F}\u{2600}\u{1F31E}\u{1F490}\u{1F338}]/u;

/**
 * Harm as a consequence of the city's work ("äldre dör av era nedskärningar", "people die because
 * of your cuts"): criticism of the organisation, not harm the writer threatens anyone with.
 */
export const ORGANISATION_HARM = phrase(
  `${anyOf('dor', 'doer', 'do', 'die', 'dies', 'dying', 'skadas', 'skades', 'lider', 'suffer\\w*', 'far illa', 'har det daligt', 'get hurt', 'blir skadade')} ~ ` +
  `${anyOf('av', 'pa grund av', 'pga', 'tack vare', 'because of', 'due to', 'from', 'of', 'pa grunn av', 'grunnet', 'i vantan pa', 'waiting for', 'i ko')} (?:\\w+ )?` +
  `${anyOf('era', 'er', 'ert', 'your', 'deres', 'dere', 'kommunens', 'stadens', 'the city.?s', 'politikernas', 'ledningens', 'nedskarning\\w*', 'nedskjaering\\w*', 'besparing\\w*', 'sparkrav\\w*', 'cuts', 'beslut\\w*', 'hemtjanst\\w*', 'vard\\w*', 'kommunen', 'staden')}`,
);

/** The organisation as the one addressed ("ni", "kommunen", "förvaltningen", "era nedskärningar"). */
export const ORGANISATION_TARGET = phrase(anyOf(
  'ni', 'era', 'ert', 'dere', 'deres', 'kommunen', 'kommunens', 'staden', 'stadens', 'byen', 'forvaltningen\\w*', 'ledningen', 'politikerna', 'politikerne',
  'the city', 'the council', 'your (?:cuts|department|administration|politicians)', 'nedskarning\\w*', 'nedskjaering\\w*', 'besparing\\w*', 'socialtjanst\\w*', 'hemtjanst\\w*',
));

/**
 * A lawful consequence the writer promises ("då röstar jag på ett annat parti", "jag anmäler er
 * till JO", "vi protesterar utanför stadshuset", "I'll take this to the press"): a conditional
 * that is a citizen's right, not a threat.
 */
export const LAWFUL_CONSEQUENCE = phrase(anyOf(
  'rost\\w*', 'val(?:et|dagen)', 'valg(?:et)?', 'vote\\w*', 'voting', 'election', 'anmal\\w*', 'anmeld\\w*', 'klag\\w*', 'complain\\w*', 'overklag\\w*', 'appeal\\w*',
  'jo', 'ivo', 'arn', 'statsforvalter\\w*', 'ombudsman\\w*', 'fylkesmann\\w*', 'forvaltningsratt\\w*', 'domstol\\w*', 'court', 'sue', 'stamma', 'stammer', 'saksoke\\w*',
  'advokat\\w*', 'lawyer\\w*', 'jurist\\w*', 'facket', 'fagforening\\w*', 'union', 'media', 'pressen', 'the press', 'tidning\\w*', 'avis\\w*', 'journalist\\w*', 'reporter\\w*',
  'avga', 'avgar', 'avgang', 'resign\\w*', 'step down', 'ga av', 'gar av', 'trekke seg', 'trekk deg', 'stemmen min', 'min rost', 'my vote', 'aldri stemmen', 'aldrig min rost',
  'protest\\w*', 'demonstr\\w*', 'namninsamling\\w*', 'underskrift\\w*', 'petition\\w*', 'insandare', 'leserinnlegg', 'flytta\\w* (?:harifran|harfra)', 'byta jobb', 'bytte jobb', 'sager upp mig', 'sier opp', 'quit',
));

/** Misinformation findings that stand even in an angry comment. */
const STRONG_MISINFORMATION = new Set(['link', 'health-conspiracy', 'health-link-claim', 'impersonating-link', 'staged', 'see-for-yourself', 'cover-up']);

/** Everything the rules found in one comment, before any decision. */
export interface RuleView {
  readonly plain: string;
  readonly language: CommentLanguage;
  readonly asks: boolean;
  readonly threat: ReturnType<typeof findThreat>;
  readonly removal: readonly (readonly [CommentKind, boolean, readonly { reason: string }[]])[];
  readonly tone: ReturnType<typeof findTone>;
  /** Who is targeted, what is said of them and how it is framed (see structure.ts). */
  readonly reading: Reading;
  /** Rule cues handed to the statistical model as features. */
  readonly cues: readonly string[];
}

/** Threat cues too common in complaints and greetings to count as evidence ("ni kommer få ångra", "vi ses snart"). */
const AMBIGUOUS_CUES = new Set(['make-you-regret', 'see-you-soon', 'routine-mention', 'someone-will-get-hurt', 'conditional', 'conditional-continue', 'aimed']);

/** Weight of the rules' threat findings, leaving out the ambiguous ones. */
function threatEvidence(threat: ReturnType<typeof findThreat>): number {
  let sum = 0;
  for (const f of threat.findings) if (!AMBIGUOUS_CUES.has(f.rule)) sum += f.weight;
  return sum;
}

/** Runs every rule table over a comment. */
export function analyse(text: string): RuleView {
  const t = normalise(text);
  const named = namesPerson(text);
  const language = detectLanguage(t.plain);

  const asks = asksQuestion(t.plain);
  const reading = readStructure(t.plain, named);
  // The phrase tables read only the writer's own words: quoted or reported speech the writer
  // rejects ('att skriva "…" är vidrigt') is mentioned, not used.
  const own = reading.countered ? reading.own : t.plain;
  let threat = findThreat(own, reading.countered ? own : t.literal, named, reading.countered ? '' : text);
  const harmAimed = harmNearTarget(own) || reading.harmAimed;
  const reported = asks && (REPORTED_SPEECH.test(t.plain) || SAID.test(text));
  if (threat.threat && (reported || ((reading.negatedOnly || reading.harmOnlyAtThings || reading.reportedOnly) && !reading.threat))) {
    threat = { ...threat, threat: false };
  }
  if (reading.threat && !reported) {
    threat = { threat: true, score: Math.max(1, threat.score), findings: [...reading.grounds.slice(0, 1).map((reason) => ({ rule: 'structure-harm', weight: 1, reason, match: '' })), ...threat.findings] };
  }
  const personal = findPersonalData(t.literal, named);
  const spam = findSpam(t.plain, t.literal);
  const found = findAbuse(own, named);
  // Negated or rejected ("… är inte ohyra", "det är inte sant att … är lata"): the phrase tables
  // match the words, the structure sees they are not the writer's claim. Slurs stay.
  let phraseAbuse = reading.negatedOnly && !found.findings.some((f) => f.rule === 'slur') ? { ...found, hate: false } : found;
  // A slur word the structure reads as a thing's name or reclaimed ("flata stenar", "vi bögar i kören").
  if (reading.slursExcused && !reading.hate) {
    const findings = phraseAbuse.findings.filter((f) => f.rule !== 'slur' && f.rule !== 'group-slur-compound');
    phraseAbuse = { ...phraseAbuse, findings, hate: findings.some((f) => HATE_RULES.some((r) => r.id === f.rule)) };
  }
  const abuse = {
    hate: phraseAbuse.hate || reading.hate,
    harassment: phraseAbuse.harassment || reading.harassment,
    findings: [
      ...(reading.hate ? [{ rule: 'structure-hate', weight: 1, reason: reading.grounds.find((g) => /grupp/.test(g)) ?? 'hat mot en grupp', match: '' }] : []),
      ...(reading.harassment ? [{ rule: 'structure-insult', weight: 1, reason: 'förolämpar en person', match: '' }] : []),
      ...phraseAbuse.findings,
    ],
  };
  const tone = findTone(t.plain, text);

  // A claim about a decision said in anger ("kommunen har beslutat att alla … Skandal!") is
  // criticism of a real decision unless something stronger (a link, a health scare, a fake
  // address, staging) makes it misinformation: criticism is never removed.
  const misinformation = spam.misinformation &&
    (tone.criticism < 1 || spam.misinformationFindings.some((f) => STRONG_MISINFORMATION.has(f.rule)));
  const removal: [CommentKind, boolean, readonly { reason: string }[]][] = [
    ['threat', threat.threat, threat.findings],
    ['personal_data', personal.personalData, personal.findings],
    ['spam', spam.spam, spam.spamFindings],
    ['hate', abuse.hate, abuse.findings.filter((f) => f.rule === 'structure-hate' || HATE_RULES.some((r) => r.id === f.rule))],
    ['harassment', abuse.harassment, abuse.findings.filter((f) => f.rule === 'structure-insult' || HARASSMENT_RULES.some((r) => r.id === f.rule))],
    ['misinformation', misinformation, spam.misinformationFindings],
  ];
  const cues: string[] = [];
  if (asks) cues.push('asks');
  if (reported) cues.push('reported');
  if (named) cues.push('named');
  if (mentionsGroup(t.plain)) cues.push('group');
  if (t.plain.includes('?')) cues.push('qmark');
  if (harmAimed) cues.push('harm-aimed');
  if (stripThreatIdioms(t.plain) !== t.plain) cues.push('idiom');
  if (REGRET.test(t.plain) && !harmAimed) cues.push('regret');
  const joke = JOKE_FRAME.test(t.plain);
  if (joke) cues.push('joke');
  else if ((FRIENDLY.test(t.plain) || FRIENDLY_EMOJI.test(text)) && !harmAimed) cues.push('friendly');
  if (LAWFUL_CONSEQUENCE.test(t.plain) && threatEvidence(threat) < 0.5 && !harmAimed) cues.push('lawful');
  if (ORGANISATION_HARM.test(t.plain)) cues.push('org-harm');
  else if (ORGANISATION_TARGET.test(t.plain) && !named && !harmAimed && threatEvidence(threat) < 0.3) cues.push('org-target');
  if (threat.score > 0) cues.push('threat-some');
  if (threat.score >= 0.5) cues.push('threat-half');
  for (const [kind, hit, findings] of removal) {
    if (hit) cues.push(`rule-${kind}`);
    else if (findings.length > 0) cues.push(`weak-${kind}`);
  }
  if (tone.criticism >= 1) cues.push('crit');
  else if (tone.criticism > 0) cues.push('crit-some');
  if (tone.praise >= 1) cues.push('praise');
  else if (tone.praise > 0) cues.push('praise-some');
  if (tone.opinion > 0) cues.push('opinion');
  return { plain: t.plain, language, asks, threat, removal, tone, reading, cues };
}

/** Thresholds of the hybrid decision, chosen by leave-one-author-out (see scripts/train-classifier.ts). */
export interface DecisionThresholds {
  /** Model threat probability at or above which a comment is a threat though no threat rule fired, with some rule evidence of harm. */
  readonly threat: number;
  /** Model threat probability needed with no rule evidence of harm at all (no threat cue, no harm words near a target). */
  readonly threatAlone: number;
  /**
   * Model threat probability needed where something else explains the threat words: a retold
   * threat, harm blamed on the city, an idiom, a friendly context, criticism the rules see.
   */
  readonly overOther: number;
  /** Model probability needed to confirm weak rule evidence of a removable kind. */
  readonly removable: number;
  /** Model removable probability (summed over the removable kinds) needed with no rule cue at all. */
  readonly removableAlone: number;
  /** Model question probability at or above which the comment asks something; negative: the rules decide. */
  readonly question: number;
}

/** The thresholds stored with the weights (chosen when they were trained). */
export function storedThresholds(): DecisionThresholds {
  return (thresholds ??= {
    threat: 0.5, threatAlone: 0.7, overOther: 0.9, removable: 1.01, removableAlone: 0.8, question: -1,
    ...trainedWeights().thresholds,
  });
}
let thresholds: DecisionThresholds | undefined;

/** Lowest summed removable probability at which the model alone proposes a removal (whatever the stored threshold). */
export const REMOVABLE_ALONE_FLOOR = 0.5;

/**
 * Something other than a threat may explain the comment's threat words, so the model must be
 * surer: a known idiom ("dör av skratt"), a friendly context not framed as a joke ("vi ses på
 * mässan!"), or criticism the rules see.
 */
export function threatExplained(view: RuleView): boolean {
  const c = view.cues;
  return c.includes('idiom') || c.includes('friendly') || view.tone.criticism >= 1;
}

/**
 * The model never calls a threat alone where the rules read the comment as something else that
 * uses threat-like words: a retold threat, harm blamed on the city, a lawful consequence
 * ("då röstar jag på ett annat parti"), political grumbling ("ni kommer få ångra er").
 */
export function threatExcluded(view: RuleView): boolean {
  const c = view.cues;
  const r = view.reading;
  return c.includes('reported') || c.includes('org-harm') || c.includes('lawful') || c.includes('regret') || r.countered || ((r.harmOnlyAtThings || r.negatedOnly || r.reportedOnly) && !r.threat);
}

/** The rules see harm aimed at someone: threat findings beyond the ambiguous ones, or harm words near a target. */
export function harmEvidence(view: RuleView): boolean {
  return threatEvidence(view.threat) >= 0.3 || view.cues.includes('harm-aimed') || view.reading.threat;
}

/**
 * Someone a threat could be aimed at: the one addressed, a person, the city's staff or a
 * building. Without one (and without harm words aimed at anyone) the model may not call a threat.
 */
export function threatTarget(view: RuleView): boolean {
  if (view.reading.countered) return false;
  const t = view.reading.targets;
  return t.has('you') || t.has('person') || t.has('staff') || t.has('building');
}

/** The model threat probability a comment needs to be called a threat without a threat rule. */
export function modelThreatBar(view: RuleView, th: DecisionThresholds): number {
  if (threatExcluded(view)) return Infinity;
  // The model never calls a threat alone: the structure must see someone it could be aimed at.
  if (!harmEvidence(view) && !threatTarget(view)) return Infinity;
  if (threatExplained(view)) return Math.max(th.overOther, MODEL_OVER_OTHER_FLOOR);
  return harmEvidence(view) ? th.threat : Math.max(th.threat, th.threatAlone);
}

/**
 * The lowest bar where something else explains the threat words: there the model's threat words
 * are mostly the other thing's ("vi ses på mässan", "då röstar jag på ett annat parti").
 */
export const MODEL_OVER_OTHER_FLOOR = 0.85;

/**
 * The hybrid decision: rules first, the model second.
 *
 * - Threat when a threat rule fires, or when the model's threat probability reaches
 *   {@link DecisionThresholds.threat} ({@link DecisionThresholds.overOther} where something else
 *   explains the threat words, see {@link threatExplained}). Recall first: a person confirms
 *   every flag, and the card says when only the model saw it.
 * - Otherwise a removable kind when its rule fires; failing that, when the model is confident of
 *   one and the rules see no criticism (criticism is never removed).
 * - Otherwise the model's best tone kind; the question flag comes from the model, which sees the
 *   question rules' verdict as a feature.
 */
export function decide(view: RuleView, model: ModelOutput | undefined, th: DecisionThresholds = storedThresholds()): Classification {
  const { language, threat, removal, tone } = view;
  const p = model?.kind;
  const hits = removal.filter(([, hit]) => hit);
  const modelThreat = p !== undefined && p.threat >= modelThreatBar(view, th);
  if (threat.threat || modelThreat) {
    const reasons = unique(hits.flatMap(([, , findings]) => findings.map((f) => f.reason)));
    if (!threat.threat) reasons.unshift('liknar hot i tidigare bedömda kommentarer (statistisk modell)');
    return { kind: 'threat', question: false, threat: true, remove: true, needsLook: false, language, reasons, version: CLASSIFIER_VERSION };
  }
  if (hits.length > 0) {
    const [kind] = hits[0];
    const reasons = unique(hits.flatMap(([, , findings]) => findings.map((f) => f.reason)));
    return { kind, question: false, threat: false, remove: true, needsLook: false, language, reasons, version: CLASSIFIER_VERSION };
  }
  if (p !== undefined && tone.criticism < 1) {
    let best: CommentKind | undefined;
    // The model confirms weak rule evidence for a kind, or stands alone when sure enough that the
    // comment breaks some rule (the removable kinds summed) and more sure of that than of criticism.
    for (const k of REMOVABLE_KINDS) {
      if (k !== 'threat' && view.cues.includes(`weak-${k}`) && p[k] >= th.removable && (!best || p[k] > p[best])) best = k;
    }
    // Not over praise: "judiska församlingen … en fin kväll" names groups kindly.
    // Criticism guard: any criticism cue, or harm blamed on the city, blocks a removal the model proposes alone.
    if (!best && tone.praise === 0 && tone.criticism === 0 && !view.cues.includes('org-harm')) {
      let sum = 0;
      let top: CommentKind | undefined;
      for (const k of REMOVABLE_KINDS) {
        if (k === 'threat') continue;
        // Hate needs something negative said of a group: naming one is no evidence.
        if (k === 'hate' && !view.reading.groupNegative) continue;
        sum += p[k];
        if (!top || p[k] > p[top]) top = k;
      }
      if (sum >= Math.max(REMOVABLE_ALONE_FLOOR, th.removableAlone) && sum > p.criticism) best = top;
    }
    if (best) {
      return {
        kind: best, question: false, threat: false, remove: true, needsLook: false, language,
        reasons: [`liknar ${KIND_NAMES[best]} i tidigare bedömda kommentarer (statistisk modell)`], version: CLASSIFIER_VERSION,
      };
    }
  }

  const toneReasons = (names: readonly Rule[]) =>
    unique(tone.findings.filter((f) => names.some((r) => r.id === f.rule)).map((f) => f.reason));
  const reported = threat.findings.length > 0 && threat.score >= 1 ? ['återger ett hot – inte självt ett hot'] : [];

  let kind: CommentKind;
  let asks = view.asks;
  if (p !== undefined && model) {
    // A negative threshold leaves the question flag to the rules (when they measure better).
    asks = th.question < 0 ? view.asks : model.question >= th.question;
    // Some criticism cue and the model leaning to criticism: a question inside criticism stays criticism.
    if (asks) kind = tone.criticism >= 1 || p.criticism > (tone.criticism > 0 ? 1 : 2) * p.question ? 'criticism' : 'question';
    else kind = (['criticism', 'opinion', 'praise'] as const).reduce((a, b) => (p[b] > p[a] ? b : a));
  } else if (asks) kind = tone.criticism >= 1 ? 'criticism' : 'question';
  else if (tone.criticism >= 1 && tone.criticism >= tone.praise) kind = 'criticism';
  else if (tone.praise >= 1 && tone.praise > tone.opinion) kind = 'praise';
  else if (tone.opinion > 0 || tone.praise > 0) kind = tone.opinion >= tone.praise ? 'opinion' : 'praise';
  else kind = tone.criticism > 0 ? 'criticism' : 'opinion';

  const reasons =
    kind === 'criticism' ? toneReasons(CRITICISM_RULES)
      : kind === 'praise' ? toneReasons(PRAISE_RULES)
        : kind === 'opinion' ? toneReasons(OPINION_RULES)
          : [];
  if (asks) reasons.unshift('innehåller en fråga som ska besvaras');
  return {
    kind,
    question: asks,
    threat: false,
    remove: false,
    needsLook: false,
    language,
    reasons: [...reported, ...reasons],
    version: CLASSIFIER_VERSION,
  };
}

const KIND_NAMES: Readonly<Record<CommentKind, string>> = {
  question: 'frågor', criticism: 'kritik', opinion: 'åsikter', praise: 'beröm', threat: 'hot', hate: 'hat mot en grupp',
  harassment: 'personangrepp', spam: 'spam', personal_data: 'personuppgifter', misinformation: 'vilseledande påståenden',
};

/**
 * Classifies one comment. Pure: same text, same answer, no I/O.
 *
 * Precedence when several things are true: threat, then personal data, spam, hate, harassment,
 * misinformation; otherwise question or criticism (a question inside criticism stays criticism
 * with `question: true`), praise, opinion.
 */
export function classify(text: string): Classification {
  const unreadable = unreadableBecause(text);
  const needsLook = (): Classification =>
    ({ kind: 'opinion', question: false, threat: false, remove: false, needsLook: true, language: 'unknown', reasons: [unreadable ?? ''], version: CLASSIFIER_VERSION });
  // No words at all (an image, punctuation, only a link): a person looks at it.
  if (unreadable && !/\p{L}/u.test(text.replace(URL_OR_MENTION, ' '))) return needsLook();
  const view = analyse(text);
  const c = decide(view, trainedModel().scoreText(view.plain, view.cues));
  // In a language the rules do not read, what they still find (a threat, a slur, a link) stands;
  // anything else goes to a person.
  return unreadable && !c.remove ? needsLook() : c;
}

const URL_OR_MENTION = /https?:\/\/\S+|www\.\S+|(?:^|\s)@\S+/g;
/** Scripts the classifier has no rules for. */
const OTHER_SCRIPT = /[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Ethiopic}\p{Script=Devanagari}\p{Script=Armenian}\p{Script=Georgian}]/gu;
/**
 * Languages people in Helsingborg write in that the rules do not read. A guess outside this list
 * ("tk", "nl" for a short Norwegian sentence) is more likely a wrong guess than a Turkmen comment;
 * Swedish, Norwegian, Danish and English are read.
 */
const OTHER_LANGUAGES = new Set(['fi', 'et', 'pl', 'hu', 'tr', 'de', 'es', 'fr', 'it', 'pt', 'ru', 'uk', 'ar', 'fa', 'so', 'ti', 'am', 'ku', 'sr', 'hr', 'bs', 'ro', 'lt', 'lv', 'sq', 'bg', 'el', 'he', 'zh', 'ja', 'ko', 'th', 'vi', 'hi', 'ur']);

/**
 * Why the classifier cannot read a comment, or null when it can: no text at all (an image or a
 * sticker), nothing but emoji, links or mentions, another script, or a language it has no rules for.
 */
export function unreadableBecause(raw: string): string | null {
  const text = raw.replace(URL_OR_MENTION, ' ');
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) {
    if (raw.trim() === '') return 'kommentaren har ingen text (bild eller annat innehåll) – titta på den';
    if (/https?:\/\/|www\./.test(raw)) return 'kommentaren är bara en länk – titta på den';
    // Emoji alone ("👍", "🎉") are a reaction the rules read (weapon emoji are threat cues).
    if (/\p{Extended_Pictographic}/u.test(raw)) return null;
    return 'kommentaren har inga ord att läsa – titta på den';
  }
  const other = (text.match(OTHER_SCRIPT) ?? []).length;
  if (other / letters > 0.5) return 'kommentaren är skriven på ett språk boten inte kan läsa – titta på den';
  const plain = normalise(text).plain;
  const words = plain.match(/[a-z]+/g) ?? [];
  if (words.length >= 3) {
    // The language by tinyld (character n-grams); our own function-word hints overrule a guess on
    // text that plainly has Swedish, Norwegian or English words in it.
    // Our own hints first (cheap): two function words, or å, ø or æ (Scandinavian letters), and the
    // text is read without asking tinyld.
    const known = LANGUAGE_HINTS.reduce((sum, [, re]) => sum + (plain.match(re) ?? []).length, 0);
    if (known < 2 && !/[åøæ]/i.test(text)) {
      const [top] = detectAll(text);
      if (top && top.accuracy >= 0.5 && OTHER_LANGUAGES.has(top.lang)) return 'kommentaren är skriven på ett språk boten inte kan läsa – titta på den';
    }
  }
  return null;
}

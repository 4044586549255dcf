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
import WEIGHTS from './weights.json';

/** The trained model (see scripts/train-classifier.ts). */
export const MODEL = new LinearModel(WEIGHTS as ModelWeights);

/** The kinds of comment, as labelled in the dev set. */
export const COMMENT_KINDS = [
  'question', 'criticism', 'opinion', 'praise', 'threat', 'hate', 'harassment', 'spam', 'personal_data', 'misinformation',
] as const;

/** One kind of comment. */
export type CommentKind = (typeof COMMENT_KINDS)[number];

/** Kinds that break the commenting rules and are proposed for removal. */
export const REMOVABLE_KINDS: ReadonlySet<CommentKind> = new Set<CommentKind>([
  'threat', 'hate', 'harassment', 'spam', 'personal_data', 'misinformation',
]);

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
  /** Short Swedish grounds for the proposal, shown on cards. */
  readonly reasons: readonly string[];
  /** Version of the rule tables that produced this; stored with every decision. */
  readonly version: string;
}

/** Bump when the decision logic (not only the tables) changes. */
const LOGIC_VERSION = '6.0.0';

function tableFingerprint(tables: readonly (readonly Rule[])[], extra: readonly RegExp[]): string {
  const hash = createHash('sha256');
  // The weights are part of the classifier: new weights, new version.
  hash.update(JSON.stringify(WEIGHTS));
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
  '(?:skrev|skriver|sa|sade|sagt|said|says|saying|wrote|writes|mentioned|nevnte|skrevet|har last|laste|read|horde|hort|heard|horte|' +
  'hotade|hotat|truet|truede|threatened|kommentar|comment|kommentaren|rykte|rumou?r)',
);

const LANGUAGE_HINTS: readonly [CommentLanguage, RegExp][] = [
  ['fi-sv', /\b(?:int|nog|sjukskotare|daghem\w*|talko\w*|stadsdirektor|socialbyran|bokbuss\w*|lagstadgade|nan|nanting|studerande)\b/g],
  ['nb', /\b(?:ikke|jeg|dere|deres|hvordan|hvor|hva|hvem|er det|og|meg|deg|kommunen deres|takk|bare|noen|ogsa|kanskje|fikk|sykepleier\w*|barnehage\w*|veiarbeid\w*)\b/g],
  ['sv', /\b(?:inte|jag|ni|er|era|hur|var|vad|vem|och|mig|dig|tack|bara|nagon|ocksa|kanske|fick|sjukskoterska\w*|forskola\w*|vagarbete\w*|att|det|ar|som|pa)\b/g],
  ['en', /\b(?:the|and|is|are|you|your|not|what|how|when|where|this|that|with|for|of|to|it|i)\b/g],
];

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
  /** Rule cues handed to the statistical model as features. */
  readonly cues: readonly string[];
}

/** Runs every rule table over a comment. */
export function analyse(text: string): RuleView {
  const t = normalise(text);
  const named = namesPerson(text);
  const language = detectLanguage(t.plain);

  const asks = asksQuestion(t.plain);
  let threat = findThreat(t.plain, t.literal, named, text);
  const harmAimed = harmNearTarget(t.plain);
  const reported = asks && REPORTED_SPEECH.test(t.plain);
  if (threat.threat && reported) {
    threat = { ...threat, threat: false };
  }
  const personal = findPersonalData(t.literal, named);
  const spam = findSpam(t.plain, t.literal);
  const abuse = findAbuse(t.plain, named);
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
    ['hate', abuse.hate, abuse.findings.filter((f) => HATE_RULES.some((r) => r.id === f.rule))],
    ['harassment', abuse.harassment, abuse.findings.filter((f) => HARASSMENT_RULES.some((r) => r.id === f.rule))],
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
  if ((FRIENDLY.test(t.plain) || FRIENDLY_EMOJI.test(text)) && !harmAimed) cues.push('friendly');
  if (ORGANISATION_HARM.test(t.plain)) cues.push('org-harm');
  else if (ORGANISATION_TARGET.test(t.plain) && !named && !harmAimed && modelEvidenceOf(threat) < 0.3) cues.push('org-target');
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
  return { plain: t.plain, language, asks, threat, removal, tone, cues };
}

/** Thresholds of the hybrid decision, chosen by cross-validation (see scripts/train-classifier.ts). */
export interface DecisionThresholds {
  /** Model threat probability at or above which a comment is a threat even without a rule. */
  readonly threat: number;
  /** Model probability needed to propose a removable kind no rule found. */
  readonly removable: number;
  /** Model question probability at or above which the comment asks something; negative: the rules decide. */
  readonly question: number;
  /** Model threat probability at which it calls a threat with no rule evidence at all (default {@link MODEL_ALONE}). */
  readonly threatAlone?: number;
  /** Model removable probability (summed over the removable kinds) needed with no rule cue at all (default 0.8). */
  readonly removableAlone?: number;
  /** Model threat probability needed where something else explains the comment (default {@link MODEL_OVER_OTHER}). */
  readonly overOther?: number;
  /** Lowest model threat probability for a call with no rule evidence (default {@link MODEL_ALONE_FLOOR}). */
  readonly aloneFloor?: number;
  /** Lowest model threat probability for a call backed only by a weak threat cue (default {@link MODEL_WEAK_CUE_FLOOR}). */
  readonly weakCueFloor?: number;
  /**
   * Model threat probability at which a comment the rules read as criticism is still a threat,
   * when the rules also see harm from the writer (threat evidence, harm words near a target) or a
   * named person. Never where the organisation is the only target (default 1.01: off).
   */
  readonly criticismOverride?: number;
}

/** The thresholds stored with the weights (chosen by cross-validation when they were trained). */
export const THRESHOLDS: DecisionThresholds = (WEIGHTS as ModelWeights).thresholds ?? { threat: 0.3, removable: 0.55, question: 0.5 };

/** Threat cues too common in complaints and greetings to back the model ("ni kommer få ångra", "vi ses snart"). */
const AMBIGUOUS_CUES = new Set(['make-you-regret', 'see-you-soon', 'routine-mention', 'someone-will-get-hurt', 'conditional', 'conditional-continue', 'aimed']);

/** Rule evidence of a threat that may back a model call. */
export function modelEvidence(view: RuleView): number {
  return modelEvidenceOf(view.threat);
}

function modelEvidenceOf(threat: ReturnType<typeof findThreat>): number {
  let sum = 0;
  for (const f of threat.findings) if (!AMBIGUOUS_CUES.has(f.rule)) sum += f.weight;
  return sum;
}

/**
 * Guards that keep the model from calling a threat on its own, whatever its probability:
 * - someone retelling a threat, or rules that see criticism;
 * - a friendly context (event words, warm words, friendly emoji) with no rule evidence;
 * - harm as a consequence of the city's work ("dör av era nedskärningar");
 * - the organisation as the only target, with no rule evidence of harm from the writer.
 */
export function modelThreatBlocked(view: RuleView): boolean {
  if (view.cues.includes('reported') || view.tone.criticism >= 1 || view.cues.includes('org-harm')) return true;
  const evidence = modelEvidence(view) >= 0.3 || view.cues.includes('harm-aimed');
  if (evidence) return false;
  return view.cues.includes('friendly') || view.cues.includes('org-target') && view.tone.criticism > 0;
}

/**
 * The criticism guard, strengthened: criticism blocks the model's threat call unless the writer
 * aims harm at someone (rule evidence of a threat or harm words near a target) or names a person.
 * Retold threats, harm blamed on the city, and the organisation as the only target always block.
 */
export function criticismMayYield(view: RuleView): boolean {
  if (view.cues.includes('reported') || view.cues.includes('org-harm') || view.cues.includes('org-target')) return false;
  if (view.cues.includes('friendly') || view.cues.includes('regret')) return false;
  return modelEvidence(view) >= 0.3 || view.cues.includes('harm-aimed') || view.cues.includes('named');
}

/** Model threat probability at which it may call a threat with no rule evidence at all (when no threshold is stored). */
export const MODEL_ALONE = 0.85;

/** Model threat probability needed where something else explains the comment (another rule, praise, criticism, an idiom). */
export const MODEL_OVER_OTHER = 0.65;

/** Model threat probability needed where the threat words are a known idiom ("slå upp det", "dör av skratt"). */
export const MODEL_OVER_IDIOM = 0.85;

/** Lowest summed removable probability at which the model alone proposes a removal (whatever the stored threshold). */
export const REMOVABLE_ALONE_FLOOR = 0.5;

/** The lowest model threat probability that may call a threat with no rule evidence (short friendly texts mislead it). */
export const MODEL_ALONE_FLOOR = 0.5;

/**
 * The lowest model threat probability that may call a threat when the rules see only a weak or
 * ambiguous threat cue (below the evidence that backs {@link DecisionThresholds.threat}). Lower
 * than {@link MODEL_ALONE_FLOOR}: recall first, with the friendliness, organisation and idiom
 * guards keeping greetings and complaints out.
 */
export const MODEL_WEAK_CUE_FLOOR = 0.35;

/** The only threat cues are the ambiguous ones ("vi ses snart", "ni kommer ångra"). */
function ambiguousOnly(view: RuleView): boolean {
  return view.threat.findings.length > 0 && view.threat.findings.every((f) => AMBIGUOUS_CUES.has(f.rule));
}

const TONE_KINDS: readonly CommentKind[] = ['question', 'criticism', 'opinion', 'praise'];

/**
 * The hybrid decision: rules first, the model second.
 *
 * - Threat when a threat rule fires or the model's threat probability reaches the threshold.
 * - Otherwise a removable kind when its rule fires; failing that, when the model is confident of
 *   one and the rules see no criticism (criticism is never removed).
 * - Otherwise the model's best tone kind; the question flag comes from the model, which sees the
 *   question rules' verdict as a feature.
 */
export function decide(view: RuleView, model: ModelOutput | undefined, th: DecisionThresholds = THRESHOLDS): Classification {
  const { language, threat, removal, tone } = view;
  const p = model?.kind;
  // The model alone never calls criticism a threat: the rules must see no criticism.
  // Below MODEL_ALONE it also needs some threat evidence from the rules (a veiled cue, a violent
  // word): on short friendly texts ("vi ses på mässan") the words alone mislead it.
  // Harm vocabulary near a person or place ("harm-aimed") also counts as evidence. Where another
  // rule already explains the comment (an insult, an address), it reads as praise ("du kommer
  // bli grym") or its violent words are an idiom ("ta livet av mig"), the model must be surer: its threat words there are mostly the other kind's.
  const hits = removal.filter(([, hit]) => hit);
  const alone = th.threatAlone ?? MODEL_ALONE;
  const explained = hits.length > 0 || tone.praise > 0 || tone.criticism > 0 || view.cues.includes('idiom') || view.cues.includes('regret') || ambiguousOnly(view);
  // "Ni kommer få ångra" with no harm words is political grumbling: the model alone never decides it.
  const weakCue = threat.findings.length > 0;
  // MODEL_ALONE_FLOOR is a guard, not a default: no stored threshold goes below it without rule evidence.
  const floor = weakCue ? (th.weakCueFloor ?? MODEL_WEAK_CUE_FLOOR) : Math.max(MODEL_ALONE_FLOOR, th.aloneFloor ?? MODEL_ALONE_FLOOR);
  // Idiom guard: where the violent words are a known figure of speech ("slå upp", "ta livet av mig"), the model must be very sure.
  const surer = view.cues.includes('regret') ? 1.01 : view.cues.includes('idiom') ? Math.max(alone, MODEL_OVER_IDIOM) : explained ? Math.max(alone, th.overOther ?? MODEL_OVER_OTHER) : Math.max(alone, floor);
  const modelThreat = p !== undefined && p.threat >= th.threat && (!modelThreatBlocked(view) || p.threat >= (th.criticismOverride ?? 1.01) && criticismMayYield(view)) &&
    (((modelEvidence(view) >= 0.3 || view.cues.includes('harm-aimed')) && !explained) || p.threat >= surer);
  if (threat.threat || modelThreat) {
    const reasons = unique(hits.flatMap(([, , findings]) => findings.map((f) => f.reason)));
    if (!threat.threat) reasons.unshift('liknar hot i tidigare bedömda kommentarer (statistisk modell)');
    return { kind: 'threat', question: false, threat: true, remove: true, language, reasons, version: CLASSIFIER_VERSION };
  }
  if (hits.length > 0) {
    const [kind] = hits[0];
    const reasons = unique(hits.flatMap(([, , findings]) => findings.map((f) => f.reason)));
    return { kind, question: false, threat: false, remove: true, language, reasons, version: CLASSIFIER_VERSION };
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
        // Hate is about a group: without one named, the model's hate is someone's politics.
        if (k === 'hate' && !view.cues.includes('group')) continue;
        sum += p[k];
        if (!top || p[k] > p[top]) top = k;
      }
      if (sum >= Math.max(REMOVABLE_ALONE_FLOOR, th.removableAlone ?? Math.max(th.removable, 0.8)) && sum > p.criticism) best = top;
    }
    if (best) {
      return {
        kind: best, question: false, threat: false, remove: true, language,
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
  const view = analyse(text);
  return decide(view, MODEL.scoreText(view.plain, view.cues));
}

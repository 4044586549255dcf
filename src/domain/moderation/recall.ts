/**
 * The recall-biased threat path (v7).
 *
 * On a new author the threat rules catch only part of the threats: each author words veiled
 * threats differently. This path is deliberately broad and generic instead of phrase-by-phrase:
 * a wide multilingual harm lexicon (violence, weapons, fire, death, injury, "accidents",
 * "something happens", vehicles and brakes, homes, "knowing where/when") combined with any target
 * signal (second person, a named or described person, staff by role, a building, a family), plus a
 * joke-framed path ("skämt åsido", "jk … unless", 😉 after harm) and threats via a third party
 * ("jag känner folk som …"). It flags unless a strong guard applies: an idiom, a friendly or event
 * context, harm blamed on the city, reported speech, the writer's own feelings, a negation of
 * intent, or a safety complaint.
 *
 * A person confirms every flag, so a false alarm is cheap; its strength (level) is chosen by
 * leave-one-author-out in scripts/train-classifier.ts.
 */
import { anyOf, phrase } from './rules';

/** Broad harm lexicon (folded to ASCII): what could happen to someone. */
const HARM_WORDS = anyOf(
  // death, dying
  'dod', 'doden', 'dodlig\\w*', 'dor', 'doa', 'die', 'dies', 'died', 'dead', 'death', 'dying', 'dodsfall', 'overlever', 'survive\\w*',
  // injury
  'skada\\w*', 'skadad\\w*', 'skadas', 'skade\\w*', 'skadet', 'hurt\\w*', 'harm\\w*', 'injur\\w*', 'blod\\w*', 'blood\\w*', 'bloody', 'smarta', 'smarte', 'pain', 'lida', 'suffer',
  'sjukhus\\w*', 'sykehus\\w*', 'hospital\\w*', 'akuten', 'ambulans\\w*', 'ambulance', 'begrav\\w*', 'funeral', 'grav(?:en|sten\\w*|stein\\w*)?', 'grave', 'kista', 'kiste', 'coffin', 'rullstol\\w*', 'wheelchair',
  // violence
  'banka', 'banke\\w*', 'denge\\w*', 'beat\\w*', 'punch\\w*', 'spoa\\w*', 'juling', 'stryk', 'small pa (?:kaften|truten|kaft\\w*|nyllet)', 'smell pa (?:kjeften|trynet)', 'pa kaften', 'pa truten', 'pa kjeften', 'i trynet', 'i ansiktet', 'in the face', 'knytnav\\w*', 'knyttneve\\w*', 'snyting', 'en small', 'en smell', 'smack\\w*', 'slap\\w*', 'misshandel\\w*', 'vald', 'vold\\w*', 'violence', 'violent',
  'skjut\\w*', 'skott', 'skudd', 'skyt\\w*', 'shoot\\w*', 'shot', 'kula', 'kulor', 'kule', 'bullet\\w*', 'krossa\\w*', 'knuse\\w*', 'smash\\w*', 'doda', 'dodar', 'drep\\w*', 'kill\\w*', 'mord\\w*', 'murder\\w*',
  'hamnd\\w*', 'hevn\\w*', 'revenge', 'payback', 'jamna ut', 'get even', 'ga los pa', 'ta (?:dig|er|honom|henne)',
  // weapons
  'vapen', 'vapnet', 'vapen\\w*', 'vapnen', 'weapon\\w*', 'kniv\\w*', 'knife', 'knives', 'yxa\\w*', 'oks\\w*', 'axe', 'machete', 'pistol\\w*', 'gun', 'guns', 'gevar\\w*', 'gevaer\\w*', 'rifle', 'hagle', '\\w*bossa', '\\w*bossan', '\\w*bossor', 'ammunition', 'ammo', 'patron\\w*', 'kofot\\w*', 'basebolltra\\w*', 'baseball ?bat', 'hammare', 'hammer', 'syra', 'syre', 'acid', 'bomb\\w*', 'sprang\\w*', 'spreng\\w*', 'explo\\w*', 'dynamit\\w*',
  // fire
  'brand', 'branden', 'brann', 'brannen', 'eld', 'elden', 'ild', 'ilden', 'brinn\\w*', 'brenn\\w*', 'branna', 'branner', 'burn\\w*', 'bensin\\w*', 'petrol', 'gasoline', 'tandare', 'tandstick\\w*', 'lighter', 'fyrstikk\\w*', 'molotov', 'tand\\w* pa', 'tenne\\w*', 'flamm\\w*', 'flame\\w*', 'aska', 'aske', 'ashes',
  // accidents, something happens
  'olyck\\w*', 'ulykk\\w*', 'accident\\w*', 'nagot (?:kan |skulle |kommer (?:att )?)?(?:hander|handa|hanta|hant)', 'nanting (?:kan |skulle )?(?:hander|handa)', 'noe (?:kan |skulle |vil )?(?:skjer|skje|hender|hende)',
  'something (?:could |might |will |would )?(?:happens?|happened)', 'vad som (?:kan |skulle )?(?:handa|hander)', 'hva som (?:kan |vil )?(?:skje|skjer|hende)', 'what (?:could|might|can) happen',
  'handa (?:dig|er|honom|henne|er familj)', 'hende (?:deg|dere|ham|henne)', 'happen to (?:you|him|her|them|your)', 'hander (?:dig|er|honom|henne)', 'skjer med (?:deg|dere|ham|henne)', 'hander med',
  'rakar ut for', 'kommer ut for',
  // vehicles, brakes, property damage
  'punkter\\w*', 'punktur\\w*', 'flat tyres?', 'slash\\w*', 'sabot\\w*', 'vandalis\\w*', 'klotter\\w*', 'repa (?:lacken|bilen)', 'socker i tanken', 'sugar in the tank',
  // visits with a purpose
  'halsa(?:r)? (?:\\w+ )?pa', 'besoka (?:dig|er|honom|henne)', 'besok (?:hos|pa)', 'komma forbi', 'kommer forbi', 'besoke (?:deg|dere|ham|henne)', 'komme innom', 'kommer innom', 'pay (?:you |him |her |them )?a visit', 'visit (?:you|him|her|them)', 'drop by', 'stop by',
  'bromsar\\w*', 'bromsen', 'bremse\\w*', 'brakes?', 'dack\\w*', 'dekk\\w*', 'tires?', 'tyres?', 'hjulmutt\\w*', 'lug nuts?', 'kora (?:pa|over|pa dig)', 'kjore (?:pa|over|ned)', 'run (?:you |him |her )?over',
  // knowing where / when; being watched
  'vet (?:var|vart|nar|vilken|vilka|vem|hur)', 'vet hvor', 'vet nar', 'vet hvilken', 'vet hvem', 'know(?:s)? (?:where|when|which|what time|who)', 'found out where', 'hittat (?:din|er|var)', 'funnet (?:ut )?hvor',
  'folj\\w* efter', 'folge\\w* etter', 'follow(?:ed|ing)? you', 'hold(?:er|a)? (?:koll|oye|ett oga) pa', 'keep(?:ing)? an eye on', 'watching you', 'ser dig', 'ser deg', 'iakttar', 'vantar (?:pa dig|utanfor)', 'venter (?:pa deg|utenfor)', 'waiting (?:for you|outside)',
  'utanfor (?:ditt|din|ert|er|huset|hemmet|kontoret|porten|skolan|jobbet)', 'utenfor (?:ditt|din|huset|hjemmet|kontoret|skolen|jobben)', 'outside (?:your|the office|the school|the building|the house)',
  'ensam', 'ensamma', 'alene', 'alone', 'i morkret', 'i morket', 'in the dark', 'pa parkeringen', 'pa parkeringsplassen', 'in the parking lot', 'hemvagen', 'pa veg hjem', 'on your way home',
);

/** Target signals: someone (or something of someone's) the harm could fall on. */
const TARGET_WORDS = anyOf(
  'du', 'dig', 'din', 'ditt', 'dina', 'ni', 'era', 'dere', 'deg', 'deres', 'dine', 'ditt', 'you', 'your', 'ya', 'u',
  'honom', 'henne', 'hen', 'ham', 'him', 'her', 'hans', 'hennes', 'his',
  'barn\\w*', 'ungar\\w*', 'unger\\w*', 'kids?', 'children', 'child', 'dotter', 'datter\\w*', 'daughter', 'son', 'sonen', 'sonnen', 'fru\\w*', 'kone\\w*', 'wife', 'make', 'mann\\w*', 'husband', 'familj\\w*', 'familie\\w*', 'family', 'nara och kara', 'loved ones',
  'hus\\w*', 'hem', 'hemma', 'hemmet', 'hjem\\w*', 'home', 'house', 'bil', 'bilen', 'bilar\\w*', 'biler\\w*', 'car', 'cars', 'lagenhet\\w*', 'leilighet\\w*', 'apartment', 'flat', 'villa\\w*',
  'kontor\\w*', 'office', 'stadshus\\w*', 'radhus\\w*', 'kommunhus\\w*', 'town hall', 'city hall', 'skola\\w*', 'skolan', 'skole\\w*', 'school', 'forskola\\w*', 'barnehage\\w*', 'bibliotek\\w*', 'library', 'bygg\\w*', 'building', 'reception\\w*', 'resepsjon\\w*',
  '\\w*stationen', '\\w*huset', '\\w*kontoret', '\\w*hallen', 'pa jobbet', 'pa jobben', 'at work', 'at the office',
  'warden\\w*', '\\w*vakt\\w*', 'officer\\w*', 'inspector\\w*', 'inspektor\\w*', 'kontrollant\\w*', 'chauff\\w*', 'sjafor\\w*', 'driver\\w*', 'forare\\w*',
  '\\w*bil', '\\w*bilen', '\\w*bilar', '\\w*bilarna', '\\w*biler', '\\w*bilene',
  'chef\\w*', 'sjef\\w*', 'handlaggar\\w*', 'saksbehandler\\w*', 'rektor\\w*', 'larar\\w*', 'laerer\\w*', 'teacher\\w*', 'politiker\\w*', 'politician\\w*', 'kommunalrad\\w*', 'ordforande\\w*', 'ordforer\\w*', 'mayor', 'director', 'direktor\\w*',
  'sjukskoterska\\w*', 'sykepleier\\w*', 'nurse\\w*', 'personal\\w*', 'personale\\w*', 'staff', 'anstallda', 'ansatte', 'employees', 'tjansteman\\w*', 'socialsekreterar\\w*', 'bibliotekari\\w*', 'vakt\\w*', 'guard\\w*',
  'den (?:javeln|idioten|kvinnan|mannen|tjejen|killen|damen|gubben|tanten|handlaggaren|chefen)', 'that (?:woman|man|guy|lady|idiot)', 'hon (?:som|pa)', 'han (?:som|pa)', 'she', 'he',
);

/** Joke framing around harm: the joke is the veil. */
const JOKE_FRAME = phrase(anyOf(
  'skamt asido', 'skamt a sido', 'spok asido', 'spok til side', 'fleip til side', 'joking aside', 'jokes aside', 'all jokes aside', 'kidding aside',
  'jk', 'j/k', 'just kidding', 'bara skamtar', 'bara skojar', 'skojar bara', 'tuller bare', 'bare tuller', 'bare kidding', 'haha (?:men|but) (?:seriost|serios|seriously|allvarligt)', 'men seriost', 'men serios', 'but seriously',
  'eller (?:ar|er) det (?:ett )?skamt', 'unless', 'eller kanske inte', 'eller kanskje ikke', 'or maybe not', 'or not',
));

/** A threat through a third party: "jag känner folk som …", "mina vänner är inte lika snälla". */
const THIRD_PARTY = phrase(anyOf(
  '(?:jag|ja|jeg|i) (?:kanner|kjenner|know) (?:\\w+ ){0,2}(?:folk|people|personer|killar|gutter|guys|nagra|noen|some(?:one|body)?)',
  '(?:mina|mine|my) (?:\\w+ )?(?:vanner|venner|friends|kompisar|kamerater|brorsor|brothers|grabbar|boys)',
  '(?:vanner|venner|friends|kompisar|kamerater) (?:till mig|av meg|of mine)',
  '(?:inte|ikke|not) (?:alls |lika |like |sa |as )(?:snall\\w*|snill\\w*|nice|kind|forstaende|patient|talmodig\\w*)',
  'some(?:one|body) (?:else )?(?:will|might|could|may) (?:do|take care|handle|visit|pay)', 'nagon (?:annan )?(?:kommer|kan|ska) (?:ta hand om|halsa pa|besoka|fixa)', 'noen (?:andre )?(?:vil|kan|skal) (?:ta seg av|besoke|fikse)',
));

/** A wink or grin after harm words. */
const WINK = /[\u{1F609}\u{1F61C}\u{1F60F}\u{1F608}\u{1F92B}\u{1F643}]|;\)|;-\)/u;

/** The writer's own feelings or body: "jag dör av skam", "det gör ont i mig", "I could die". */
const OWN_FEELINGS = phrase(anyOf(
  '(?:jag|jeg|i|vi|we) (?:\\w+ ){0,2}(?:dor|dør|do|die|dies|dying|mar daligt|blir galen|blir tokig|kunde do|could die|ville do)',
  '(?:mig|meg|me|oss|us|mitt hjarta|mitt hjerte|my heart)', '(?:min|mitt|mina|my|mine|min egen) (?:son|dotter|datter|daughter|barn|kids|children|fru|man|mamma|pappa|mor|far|mum|mom|dad|familj|familie|family|bil|car|hus|house|hem|home)',
));

/** A safety complaint: harm the city should prevent, not harm the writer threatens. */
const SAFETY_COMPLAINT = phrase(anyOf(
  // someone hurt unless the city acts: "någon kommer skadas om ni inte anställer fler"
  '(?:om|hvis|if|unless) (?:ni|dere|you|kommunen|staden|the city) (?:\\w+ ){0,2}(?:anstaller|anstalla|ansetter|ansette|hire|hires|bygger|bygga|bygge|build|laga|lagar|reparera|reparerar|fixar|fixa|fikser|fix|repair|atgardar|atgarda|sandar|sanda|stror|grit|satsar|satse|invest|bemannar|bemanne|staff|tar tag|gor nagot|gjor noe|do something)',
  'innan (?:\\w+ ){0,3}(?:dor|do|skadas|omkommer|hander|blir skadad|kors over)', 'for (?:det|noen|nogon) (?:dor|skades)', 'before (?:someone|somebody|a child|a kid|anyone) (?:dies|gets? (?:hurt|killed|injured))',
  'trafiksakerhet\\w*', 'trafikksikkerhet\\w*', 'road safety', 'overgangsstall\\w*', 'fotgjengerfelt\\w*', 'crossing', 'korsning\\w*', 'kryss\\w*', 'farthinder\\w*', 'fartsdump\\w*', 'speed bump\\w*', 'lekplats\\w*', 'lekeplass\\w*', 'playground',
  'halka\\w*', 'halkan', 'glatt\\w*', 'icy', 'ice', 'sanda\\w*', 'stro\\w*', 'grit\\w*', 'belysning\\w*', 'lys(?:et)?', 'lighting', 'gatlyk\\w*', 'gatelys\\w*', 'streetlight\\w*',
  'forsakring\\w*', 'forsikring\\w*', 'insurance', 'brandlarm\\w*', 'brannalarm\\w*', 'fire alarm\\w*', 'brandovning\\w*', 'brannovelse\\w*', 'fire drill\\w*', 'brandkar\\w*', 'brannvesen\\w*', 'fire (?:department|brigade)',
));

/** "Something happens" phrasing: the core of veiled threats, even with a weak target. */
const SOMETHING_HAPPENS = phrase(anyOf(
  'nagot (?:kan |skulle |kommer (?:att )?)?(?:hander|handa|hanta)', 'noe (?:kan |skulle |vil )?(?:skjer|skje|hender|hende)', 'something (?:could |might |will |would )?happens?',
  'vad som (?:kan |skulle )?(?:handa|hander)', 'hva som (?:kan |vil )?(?:skje|skjer|hende)', 'what (?:could|might|can) happen', 'olyck\\w*', 'ulykk\\w*', 'accident\\w*',
  'vet (?:var|vart|nar|vilken) (?:du|ni|ditt|din|dina|han|hon|hen)', 'vet hvor (?:du|dere|han|hun)', 'know(?:s)? (?:where|when|which) (?:you|your|he|she)',
));

/** Veiled hints that make harm words a warning: "vore synd om …", "bara säger det", "inte för att dricka kaffe", "kan nog ordna det". */
const VEILED_HINT = phrase(anyOf(
  'vore synd om', 'vore tragiskt om', 'synd om (?:era|din|ditt|dina)', 'synd hvis', 'det ville vaere synd', 'would be a shame', 'shame if', 'be a pity if',
  'bara sager det', 'bare sier det', 'just saying', 'saying no more', 'sager inget mer', 'en natt', 'en kvall', 'one night', 'some night', 'en dag', 'one day', 'nasta gang', 'neste gang', 'next time',
  '(?:inte|int|ikke|not) for (?:att|a|to) (?:\\w+ ){0,2}(?:dricka|drikke|drink|fika|prata|prate|snacka|chat|talk|say hi|halsa)', 'kan (?:\\w+ )?(?:nog |sakert |godt )?(?:ordna|fixa|arrangere|fikse)', 'can (?:easily )?(?:arrange|sort) that',
  '(?:om|hvis|if) (?:ni|du|dere|you) (?:\\w+ ){0,3}(?:igen|again|inte|int|ikke|not)',
));

const HARM_RE = new RegExp(`(?<![a-z])${HARM_WORDS}(?![a-z])`, 'g');
const TARGET_RE = new RegExp(`(?<![a-z])${TARGET_WORDS}(?![a-z])`);
const NEGATED_INTENT = /(?<![a-z])(?:inte|ikke|int|not|never|aldrig|aldri|ingen|nobody|no one)(?![a-z])/;

/** What the recall path found. */
export interface RecallEvidence {
  /** 0 none; 1 harm word and a target; 2 also wink/joke/third party, "something happens" or several harm words; 3 two of those. */
  readonly level: number;
  /** A strong guard applies (friendly, idiom, org-harm, reported, own feelings, safety complaint). */
  readonly guarded: boolean;
  /** Short Swedish reason. */
  readonly reason: string;
}

/** Guards the caller knows better (friendly context, harm blamed on the city, reported speech, idiom, criticism). */
export interface RecallGuards {
  readonly friendly: boolean;
  readonly orgHarm: boolean;
  readonly reported: boolean;
  readonly named: boolean;
}

/** Burn-out and similar, which the idiom table does not strip. */
const NOT_HARM = /(?<![a-z])(?:burn\w* out|brann\w* ut|brenn\w* ut|utbrand\w*|utbrent\w*|knuser det|krossar det|killing it|dead ?line\w*|bloody hell|dod\w*[- ]?(?:bra|snygg\w*|kul|skon\w*|gott|god|najs|nice)|(?:nothing|ingenting|inget) beats?|(?:mordar|mordade|morda|dodar|dreper|drepte|kill\w*) (?:\w+ ){0,4}(?:\w*gladje\w*|\w*glede\w*|motivation|motivasjon|lust|lyst|joy|morale|moral|stamning\w*|stemning\w*|system\w*))(?![a-z])/g;

/**
 * Scores a normalised, idiom-stripped comment on the recall path. Pure; cheap (a handful of regexes).
 */
export function recallThreat(stripped: string, raw: string, g: RecallGuards): RecallEvidence {
  const text = stripped.replace(NOT_HARM, ' _ ');
  const harms = new Set((text.match(HARM_RE) ?? []).map((m) => m.trim()));
  if (harms.size === 0) return { level: 0, guarded: false, reason: '' };
  const target = g.named || TARGET_RE.test(text);
  const joke = JOKE_FRAME.test(text) || WINK.test(raw);
  const third = THIRD_PARTY.test(text);
  const happens = SOMETHING_HAPPENS.test(text);
  const hint = VEILED_HINT.test(text);
  if (!target && !third) return { level: 0, guarded: false, reason: '' };
  let level = 1;
  const boosts = (joke ? 1 : 0) + (third ? 1 : 0) + (happens ? 1 : 0) + (hint ? 1 : 0) + (harms.size >= 2 ? 1 : 0);
  if (boosts >= 1) level = 2;
  if (boosts >= 2) level = 3;
  // A joke frame, a third party or a veiled hint overrides the friendly guard: "skämt åsido … till nästa intervju 😂" is the veil.
  const guarded = (g.friendly && !joke && !third && !hint) || g.orgHarm || g.reported || SAFETY_COMPLAINT.test(text) ||
    (OWN_FEELINGS.test(text) && boosts === 0) || (NEGATED_INTENT.test(text) && boosts === 0);
  const reason = joke ? 'skadeord inramat som skämt' : third ? 'skadeord via tredje part ("jag känner folk som …")'
    : happens ? 'antyder att något kan hända någon' : 'skadeord riktade mot en person, en familj eller en plats';
  return { level, guarded, reason };
}

/** Every pattern of the recall path, for the classifier's version fingerprint. */
export const RECALL_PATTERNS: readonly RegExp[] = [NOT_HARM, VEILED_HINT, HARM_RE, TARGET_RE, JOKE_FRAME, THIRD_PARTY, WINK, OWN_FEELINGS, SAFETY_COMPLAINT, SOMETHING_HAPPENS, NEGATED_INTENT];

/**
 * Tone of a comment that breaks no rule: criticism of the city's work, praise, or an opinion.
 *
 * Criticism is what people say about how the city does its job (delays, cuts, no answers, pay,
 * staffing). It is answered or referred, never removed. Opinions are asides and jokes; praise is
 * thanks, congratulations and tagging a friend.
 */
import { hasRhetoricalMarker } from './question';
import { anyOf, findAll, Finding, rule, Rule, weightOf } from './rules';

/** Criticism of the city's work. */
export const CRITICISM_RULES: readonly Rule[] = [
  rule('harsh-verdict', 1, 'hård kritik av stadens arbete', anyOf('skandal\\w*', 'oacceptab\\w*', 'bedrovlig\\w*', 'katastrof\\w*', 'skams', 'skammas',
    'skam dere', 'skamlos\\w*', 'skammelig\\w*', 'skamligt', 'shameful', 'disgrace\\w*', 'pinsamt', 'usel\\w*', 'elendig\\w*', 'horrible', 'terrible',
    'awful', 'unacceptable', 'uakseptabel\\w*', 'ridiculous', 'lojlig\\w*', 'absurd\\w*', 'umenneskelig\\w*', 'omansklig\\w*', 'inhumane', 'fiasko',
    'fiasco', 'hemskt', 'daligt skott', 'daligt', 'dalig', 'darlig\\w*', 'badly', 'poorly', 'not great', 'svek', 'sveket', 'sviktet', 'failed',
    'ett (?:\\w+ )?skamt', 'a joke', 'en spok', 'ghosting', 'ghosted', 'sloseri', 'slosar', 'slosas', 'sloser', 'waste of', 'wasting',
    'bortkastade?', 'latterlig\\w*', 'billig arbetskraft', 'cheap labou?r', 'pr[- ](?:exercise|stunt|jippo)', 'branner (?:skatte)?pengar', 'brenner (?:skatte)?penger', 'dodfodd\\w*', 'dod redan', 'dead on arrival', 'vardelos\\w*', 'worthless', 'useless', 'udugelig\\w*', 'ofattbar\\w*', 'obegriplig\\w*', 'incomprehensible', 'obefintlig\\w*', 'propaganda', 'byrakrati\\w*', 'bureaucracy', 'helt sjukt', 'vansinne', 'galenskap', 'madness', 'fruktansvard\\w*', 'forferdelig\\w*',
    // v4: "inte ok", "ert ansvar".
    'inte ok', 'ikke ok', 'int ok', 'not ok(?:ay)?', 'ert ansvar', 'deres ansvar', 'your responsibility', 'ert fel', 'deres feil', 'your fault', 'pa ert ansvar')),
  rule('no-response', 1, 'klagar på uteblivet svar eller information', anyOf('fortfarande inte', 'fortsatt ikke', 'fortsatt inte', "still (?:not|no|haven'?t|hasn'?t|waiting)",
    'annu inte', 'inget svar', 'ingen svar', 'ikke svar', 'no (?:reply|response|answer)', 'ingen ringer tillbaka', 'ingen som svarar', 'ingen svarer',
    'svarar (?:inte|int|ikke) pa', 'ingen information', 'no information', 'ingen informasjon', 'ingen tidsplan', 'ingen plan', 'no plan', 'ingen gjorde',
    'nobody did', 'no one did', 'ikke engang', 'not even a', 'inte ens (?:ett|en) (?:svar|besked|bekraftelse)', 'ingen aterkoppling', 'ingen tilbakemelding')),
  rule('accountability', 0.7, 'kräver ansvar för ett beslut', anyOf('vem (?:ar|var) ansvarig', 'who is responsible', "who'?s responsible", 'hvem er ansvarlig',
    'vem tog (?:det )?beslutet', 'vem som beslutade', 'vem beslutade', 'who decided', 'hvem bestemte', 'hvem tok beslutningen',
    'varfor ~~ (?:inte|int)', "why ~~ (?:not|n't)", 'hvorfor ~~ ikke', 'hur kan ni (?:motivera|forsvara|tillata|ens)', 'how can you (?:justify|defend|allow)',
    'hvordan kan dere (?:forsvare|rettferdiggjore|tillate)', 'varfor fick inte', 'vad tanker ni gora at det', 'nar tanker ni (?:gora|fixa|svara|agera|ta)',
    'when (?:are|will) you (?:going to )?(?:do|fix|answer|act)', 'nar har dere tenkt a')),
  rule('double-standard', 0.6, 'pekar på motsägelse mellan ord och handling', anyOf('dubbelmoral', 'double standard', 'dobbeltmoral', 'hyckl\\w*', 'hypocri\\w*',
    'pa papperet', 'on paper', 'pa papiret', 'bilden ni malar', 'stammer inte', 'inte stammer', "doesn'?t match", 'ikke stemmer', 'stemmer ikke')),
  rule('contrast', 0.5, 'ställer stadens budskap mot verkligheten', anyOf('samtidigt som', 'at the same time', 'mens dere', 'while you', 'och sa skriver ni', 'and then you', 'ni annonserar', 'ni skriver om', 'dere reklamerer',
    'you advertise', 'ni kallar det', 'you call it', 'men de som', 'but (?:temp|the staff|the people|we|your)', 'men (?:min|mina|vi|dere|era) ', 'int ar det mycket till',
    'inte mycket till', 'lite till')),
  rule('service-failure', 0.5, 'beskriver brister i stadens verksamhet', anyOf('underbemann\\w*', 'understaffed', 'underbemanning', 'gar pa knana', 'inte hallbart',
    'not sustainable', 'ikke baerekraftig', 'krasch\\w*', 'crash\\w*', 'funkar inte', 'fungerar inte', "doesn'?t work", 'virker ikke', 'kommer alltid sent',
    'always late', 'ibland inte alls', 'lagger ner', 'legger ned', 'drar ner', 'skar ner', 'cut (?:the|opening|hours|staff|funding)', 'cuts', 'kuttet',
    'nedskar\\w*', 'dyrare', 'over budget', 'budgeterat', 'skattebetalarnas', 'taxpayers', 'dubbla skift', 'dobbeltvakt\\w*', 'double shifts',
    'behandler folk som', 'treats? people like', 'planering noll', 'noll koll', 'utan att (?:utbilda|informera|fraga|lyssna)', 'without (?:consulting|asking|informing|training)',
    'blocked', 'blockerat', 'har kostat', 'cost (?:us|me|my)', 'under (?:det vi|grannkommunen|snittet)', 'lavere enn', 'lower than', 'minst \\d+ \\d* ?under',
    'lang(?:a)? vantetid\\w*', 'vanta tre veckor', 'far vanta', 'inga vikarier', 'no replacements', 'ersatts inte', 'ingen gjorde nagonting', 'ingenting gjort',
    'far ingenting', 'fick avslag', 'fikk avslag', 'uten begrunnelse', 'utan motivering', 'inga sokande', 'ingen sokande',
    'ni inte far', 'gar ihop', 'inte fatt', 'ikke fatt', "haven'?t (?:got|received)", 'har pagatt', 'blivit varre',
    'blitt verre', 'got worse', 'la ner', 'lade ner', 'lagt ner', 'idiotisk\\w*', 'vantar fortfarande', 'still waiting', 'venter fortsatt', 'venter fremdeles', 'forsenad\\w*', 'forsinket', 'delayed', 'varje (?:vinter|ar|gang) samma')),
  rule('demand', 0.5, 'kräver att staden ändrar sig', anyOf('sluta med', 'slutt med', 'stop (?:the|this|wasting)', 'fixa', 'fix (?:the|your)', 'ordna (?:upp|till)',
    'skarp er', 'skjerp dere', 'shape up', 'ta ansvar', 'take responsibility', 'lyssna pa', 'listen to', 'las era egna', 'read your own', 'lykke til med',
    'good luck with', 'lycka till med', 'snacka om', 'talk about', 'nei takk', 'no thanks', 'grattis\\.?$', 'congrats\\.?$')),
  rule('escalate-complaint', 0.6, 'hotar med anmälan eller protest (tillåtet)', anyOf('anmala er', 'anmäla', 'anmaler er', 'klaga (?:till|hos)', 'klager (?:til|jeg til)',
    'complain to', 'protestera', 'protest', 'demonstrera', 'go to the press', 'kontakta (?:media|pressen|tidningen)', 'ga till (?:media|pressen|tidningen)', 'jo', 'ombudsman',
    'statsforvalteren', 'overklaga', 'appeal', 'rosta pa (?:nagot|ett) annat', 'vote for someone else', 'stemme pa et annet')),
  rule('unless-you', 0.4, 'villkorar mot staden', anyOf('om ni inte', 'hvis dere ikke', "if you (?:don'?t|do not)", 'om dere ikke', 'ifall ni inte')),
  rule('swearing', 0.3, 'svordom i kritik', anyOf('javla', 'fan', 'helvete\\w*', 'faen', 'damn', 'fucking', 'skit\\w*', 'dritt\\w*', 'noll')),
];

/** Praise, thanks, congratulations, tagging a friend. */
export const PRAISE_RULES: readonly Rule[] = [
  rule('thanks', 1, 'tack eller gratulation', anyOf('tack(?! vare)', 'takk', 'thank\\w*', 'tusen takk', 'grattis(?! \\w+ (?:till|med) (?:en|ett) )', 'gratulerer',
    'congrats', 'congratulations', 'bra jobbat', 'bra gjort', 'godt jobbet', 'well done', 'good job', 'great job', 'snyggt', 'snygg', 'heja', 'heia', 'hurra',
    'bravo', 'respect', 'kudos', 'hjaltar', 'heroes', 'helter', 'guld vart', 'gull verdt', 'stolt over', 'proud', 'stortrivs', 'trivs', 'beste arbeidsmiljo\\w*',
    'basta arbetsgivar\\w*', 'best employer', 'beste arbeidsgiver\\w*', 'killed it', 'rocked it', 'nailed it', 'krossa det', 'ni kommer krossa', 'grym', 'grymt', 'grymma', 'rekommenderar', 'recommend\\w*', 'anbefaler', 'gratulerar', 'bast', 'stolta', 'hjalpsam\\w*', 'helpful', 'killer')),
  rule('positive', 0.7, 'positivt omdöme', anyOf('fantastisk\\w*', 'harlig\\w*', 'underbar\\w*', 'jattefin\\w*', 'superbra', 'toppen', 'fint', 'fin', 'fina', 'flott',
    'great', 'awesome', 'amazing', 'excellent', 'love (?:this|it|the)', 'alskar', 'wonderful', 'beautiful', 'vacker', 'vakker', 'mycket bra', 'sa bra', 'so good',
    'bra att', 'glad att', 'glad to see', 'great to see', 'sa flott', 'antligen', 'finally', 'tumme upp', 'perfekt', 'perfect', 'dromjobb\\w*', 'drommejobb\\w*',
    'dream job', 'viktigt jobb', 'important work', 'sugen', 'inspirerande', 'inspiring', 'bra', 'kul', 'gott', 'nice', 'cool', 'mysigt', 'imponerad')),
  rule('tagging', 0.7, 'taggar någon som tips', anyOf('kolla (?:har|in|har)', 'tagging', 'taggar', 'tagger', 'for dig', 'for you', 'for deg', 'din(?:a)? drom\\w*', 'your dream', 'drommejobben din',
    'perfekt jobb', 'perfect job', 'looks perfect')),
];

/** Asides, jokes, shrugs and mild sarcasm: opinions that need no answer. */
export const OPINION_RULES: readonly Rule[] = [
  rule('personal-view', 0.7, 'personlig åsikt', anyOf('tycker', 'synes', 'mener', 'i think', 'i feel', 'min asikt', 'min mening', 'my opinion', 'imo',
    'personligen', 'personally', 'honestly', 'arligt talat', 'arlig talt', 'hade hellre', 'would rather', 'heller sett', 'vet jag inte', 'vet ikke',
    'tanker jag', 'tenker jeg', 'men det ar val', 'mener na jeg', 'bara min asikt', 'just my')),
  rule('shrug', 0.7, 'axelryckning eller ironi', anyOf('men okej', 'men ok', 'men sann er det', 'sann er det vel', 'whatever', 'ok\\.?$', 'annu ett', 'annu en',
    'yet another', 'enda en', 'eget univers', 'cringe', 'wild', 'genre', 'here for it', 'for gammal', 'too old', 'back in the day', 'vad blir nasta', 'overalt', 'everywhere', 'haha', 'hehe', 'lol', 
    'skulle doda for', 'hadde drept for', "i'?d kill for", 'kill for', 'mindre kul', 'verkar vara', 'seem to')),
];

/** What the tone rules found. */
export interface ToneEvidence {
  /** Weight of criticism found. */
  readonly criticism: number;
  /** Weight of praise found. */
  readonly praise: number;
  /** Weight of opinion markers found. */
  readonly opinion: number;
  /** The rules that matched. */
  readonly findings: readonly Finding[];
}

const PRAISE_EMOJI = /[\u2764\u{1F44F}\u{1F64C}\u{1F4AA}\u{1F525}\u{1F337}\u{1F3C6}\u{1F4DA}\u{1F34E}\u{1F333}\u{1F60D}\u{1F970}\u{1F44D}\u2B50\u{1F389}\u{1F496}\u{1F495}\u{1F49A}\u{1F499}\u{1F31F}]/u;
const LAUGH_EMOJI = /[\u{1F602}\u{1F604}\u{1F605}\u{1F923}\u{1F606}\u{1F60F}\u{1F644}\u{1F62D}\u{1F937}]/u;

/** Weighs criticism, praise and opinion markers. `raw` is needed for emoji. */
export function findTone(plain: string, raw: string): ToneEvidence {
  const crit = findAll(plain, CRITICISM_RULES);
  const praise = findAll(plain, PRAISE_RULES);
  const opinion = findAll(plain, OPINION_RULES);
  const eyeRoll = /\u{1F644}/u.test(raw) ? 0.5 : 0;
  const rhetorical = hasRhetoricalMarker(plain) ? 0.7 : 0;
  return {
    criticism: weightOf(crit) + eyeRoll,
    praise: weightOf(praise) + (PRAISE_EMOJI.test(raw) ? 0.5 : 0),
    opinion: weightOf(opinion) + (LAUGH_EMOJI.test(raw) ? 0.5 : 0) + rhetorical,
    findings: [...crit, ...praise, ...opinion],
  };
}

/**
 * Hate (against a group) and harassment (insults aimed at a person).
 *
 * Hate needs either a slur or a group named together with dehumanising or sweeping language:
 * "invandrare" alone is a word about people, "invandrare förstör allt" is hate. Harassment needs
 * an insult and a person it is aimed at; "ledningen är ett skämt" is criticism of the city's work
 * and is never removed.
 */
import { anyOf, findAll, Finding, rule, Rule, weightOf } from './rules';

/** Groups by origin, religion, sexuality, gender or minority status (folded, plural forms). */
const GROUP = anyOf(
  'invandrar\\w*', 'immigrant\\w*', 'innvandrer\\w*', 'utlending\\w*', 'utlanning\\w*', 'nyanlanda', 'flykting\\w*', 'flyktning\\w*',
  'refugees?', 'asylsokande', 'asylsokare', 'asylsokere', 'araber\\w*', 'arabs?', 'somali\\w*', 'afghan\\w*', 'syrier\\w*', 'turkar\\w*',
  'polacker\\w*', 'polakker\\w*', 'poles', 'ryssar\\w*', 'russere', 'russians?', 'rumaner\\w*', 'romer', 'romani', 'zigenar\\w*', 'sigoyner\\w*',
  'gypsies', 'muslim\\w*', 'moslem\\w*', 'islamister', 'jud(?:e|ar|arna|en|ene|ar)', 'jew(?:s|ish)?', 'joder', 'jodar', 'samer(?:na)?',
  'samisk\\w*', 'lappar\\w*', 'lapper', 'svarta', 'blacks', 'afrikaner\\w*', 'africans?', 'kineser\\w*', 'chinese', 'asiater', 'asians?',
  'homo(?:s|sexuella|sexuelle|sexuals|or|er|ar)?', 'homofil\\w*', 'bifil\\w*', 'lesbiske', 'homser', 'bogar\\w*', 'gays?', 'lesb\\w*', 'trans(?:personer|kvinnor|man|folk|people|persons)?', 'hbtq\\w*', 'lhbt\\w*', 'lgbt\\w*', 'queers?',
  'kvinnor(?:na)?', 'women', 'kvinner', 'kvinnfolk', 'tjejer', 'jenter', 'girls', 'fjortisar', 'funktionshindrade', 'handikappade',
  'utlandska', 'utenlandske', 'foreigners?', 'norrmann', 'nordmenn', 'danskar', 'finnar', 'finlandare',
);

/** Slurs: hate whatever follows them. */
const SLUR = anyOf(
  'blatte\\w*', 'blattar\\w*', 'svartskall\\w*', 'neger\\w*', 'negrer\\w*', 'nigg\\w*', 'n-ord', 'rysspack', 'zigenarpack',
  '\\w+pack(?= (?:ska|borde|har|kan|som))', 'lappjavl\\w*', 'homse\\w*', 'bogjavl\\w*', 'transor', 'kebabnorsk\\w*', 'apekatt\\w*',
  'sandneger\\w*', 'hijabhora', 'muzzi\\w*', 'muzzie\\w*', 'towelhead\\w*', 'pakkis\\w*', 'paki\\b', 'chink\\w*', 'faggot\\w*',
  'tranny', 'kike\\w*', 'untermensch\\w*', 'islamist(?:jav\\w*|pack)', 'muslimjav\\w*', 'invandrarjav\\w*', 'parasitfolk',
);

/** Sweeping, dehumanising or exclusionary things said about a group. */
const SWEEPING = anyOf(
  'forstor', 'forstorer', 'ruin\\w*', 'destroy\\w*', 'odelagger', 'odelegger',
  'styr (?:val|ju|nog|allt|alla|hela|media|medierna|varlden|landet|banker\\w*|pengarna)', 'controls? (?:the|all|everything|media)',
  'runs? everything',
  'hor inte hemma', 'horer ikke hjemme', "don't belong", 'do not belong', 'belong here',
  'har (?:ingenting|inget|ikke noe|ingenting) ~ (?:att gora|a gjore|a gjora|att hamna|her|har)',
  'har (?:ingenting|inget|ikke noe) i', 'have no place', 'has no place', 'go back to (?:where|your)', 'aka hem', 'dra hem', 'reis hjem', 'ska ut', 'skicka hem',
  'send (?:them|dem) (?:home|hjem)', 'utvisa\\w*', 'late og', 'lata och', 'lazy', 'dumme', 'dumma', 'stupid', 'korkade',
  '(?:ar|er|are) (?:ju |jo |bara |bare |alla |alle |all )*(?:kriminella|kriminelle|criminals|parasiter|parasites|terrorister|terrorists|djur|dyr|animals|rapists)',
  'kan (?:\\w+ ){0,2}(?:inte|ikke|int) (?:ens )?(?:svenska|norsk|lasa|lese|read|skriva|teknik|jobba|kjore|kora|simma|leda|lede|tanka|tenke|logik|matte|ta ansvar)',
  "can'?t (?:even )?(?:lead|think|do math)", 'borde (?:utvisas|deporteras|skickas hem|kastas ut)', 'burde (?:kastes ut|sendes hjem)', 'should be (?:deported|sent home|kicked out)',
  "can't (?:even )?(?:read|speak|drive|do)", 'fattar inte', 'forstar ikke', 'begriper inte',
  'kan aldrig lita', 'kan aldri stole', "can't be trusted", 'never trust', 'lita pa (?:det|dom|de) (?:folket|dar)',
  'parasit\\w*', 'snyltar\\w*', 'snylter\\w*', 'lever pa bidrag', 'aldrig (?:tankt|tankte) jobba', 'aldri (?:tenkt a )?jobbe',
  'never work', 'tar over', 'tar jobben', 'taking over', 'invader\\w*', 'u-land', 'ackligt', 'ackliga', 'disgusting',
  'sjuka i huvudet', 'abnormal\\w*', 'onaturlig\\w*', 'unnatural',
  'borde inte (?:fa )?(?:jobba|arbeta|undervisa|bo|finnas|fa)', 'burde ikke (?:fa )?(?:jobbe|undervise|bo|finnes)',
  'bor ikke (?:fa )?(?:jobbe|undervise)', "shouldn't be allowed", 'should not be allowed', 'should(?:n.t| not) (?:work|teach)',
  'det folket', 'det dar folket', 'sana dar', 'that lot', 'those people', 'hele gjengen', 'hela ganget', 'hela bunten',
  'befolkningsutbyte', 'bidragsnassare', 'nassare', 'ett pack', 'et pakk', 'pakk', 'patrask', 'skadedjur', 'vermin', 'cancer', 'kreft', 'pest', 'plague',
  'ohyra', 'avskum', 'scum', 'slodder', 'apor', 'aper', 'kackerlack\\w*', 'cockroach\\w*', 'rats', 'rattor', 'rotter', 'stjal\\w*', 'steal\\w*', 'stjeler', 'tjuv\\w*', 'thieves',
  'hor hemma (?:i koket|vid spisen|hemma)', 'belong in the kitchen', 'horer hjemme (?:pa kjokkenet|hjemme)', 'ligger bakom (?:det har|allt|detta|alltihop)',
  'are behind (?:this|it all|everything)', 'star bak (?:dette|alt)', 'konspirer\\w*',
  '(?:bor|burde|borde|should|ska|skal|maste|ma) (?:\\w+ )?(?:kastes ut|kastas ut|deporteras|deporteres|utvisas|utvises|sendes hjem|skickas hem|skickas tillbaka|be deported|be sent (?:home|back))',
);

/** Sweeping lead-ins that come before the group ("snart är det bara …"). */
const PRE_GROUP = anyOf(
  'snart ar det bara', 'snart er det bare', "soon (?:it'?s|there'?ll be) only", 'for manga', 'for mange', 'too many',
  'deportera', 'deporter', 'deport', 'utvisa', 'kasta ut', 'kast ut', 'skicka (?:hem|ut|tillbaka)', 'send (?:home|back)', 'ut med', 'out with', 'ned med', 'down with',
  'typiska', 'typiske', 'typical', 'javla', 'jaevla', 'fucking', 'forbanna', 'satans', 'jävla',
  'bara (?:gar|ga) till', 'only goes? to', 'bare gar til', 'klart ni anstaller bara', 'anstaller bara', 'ansetter bare', 'only hire',
);

/** Insults that are abuse whenever they are aimed at a person (including "du" / "ni"). */
const STRONG_INSULT = anyOf(
  'idiot\\w*', 'karring\\w*', 'kjerring\\w*', 'hora', 'horan', 'hore', 'whore', 'slampa', 'fitta', 'fitte', 'cunt', 'bitch\\w*',
  'hag', 'psykopat\\w*', 'psychopath\\w*', 'fyllskall\\w*', 'fyllo', 'fylliker', 'pucko', 'tont', 'tonten', 'efterbliv\\w*',
  'retard\\w*', 'mongo\\w*', 'cp-\\w+', 'loser', 'losers', 'moron\\w*', 'dumskall\\w*', 'dumjavel', 'javla (?:\\w+ )?(?:idiot|kuk|fitta|hora|kärring)',
  'dum i (?:huvudet|hodet|roven)', '(?:knullat|sovit|sugit|legat|ligget|knullet) (?:seg|sig) (?:till|til)', 'slept (?:her|his) way',
  'ett as', 'et as', 'ett arsle', 'rasshol\\w*', 'heks', 'haxa', 'haxan', 'witch', '(?:stupid|dumb|fat|silly|ugly|old) (?:cow|pig|bitch|hag|cunt|witch)',
  '(?:fet|feta|dum|dumma|ful|fula) (?:ko|kon|kossa|kossan|gris|grisen|sugga|suggan|haxa)', 'dumb as (?:a|rocks)', 'stupid as', 'kuk\\w*', 'kukhuvud', 'rov\\w*hal', 'asshole', 'dickhead', 'douche\\w*', 'svin', 'pig', 'gris', 'fetto', 'fatso', 'ugly cow',
  'lognare', 'lognerska', 'liar', 'lying (?:\\w+ )?(?:bitch|hag|cow|bastard|pig)', 'lowlife', 'low life', 'skitstovel', 'drittsekk',
  'pikk\\w*', 'fjols', 'nolla', 'tapare', 'mes', 'ackel', 'ackliga? (?:\\w+ )?(?:nord\\w*|gubbe|gubbjavel|karring|typ|manniska|kvinna|man|kille|tjej|javel|as)', 'vidriga? (?:\\w+ )?(?:manniska|kvinna|gubbe|typ)',
  'patetisk (?:\\w+ )?(?:manniska|kvinna|gubbe|typ|nolla)', 'pathetic (?:\\w+ )?(?:man|woman|person|loser)', 'awkward loser',
);

/** Milder insults: abuse only when aimed at a named person or someone in the picture. */
const MILD_INSULT = anyOf(
  'inkompetent\\w*', 'incompetent', 'udugelig\\w*', 'oduglig\\w*', 'useless', 'vardelos\\w*', 'worthless', 'patetisk\\w*', 'pathetic',
  'korrupt\\w*', 'corrupt', 'feg', 'fega', 'coward', 'falsk\\w*', 'dum', 'dumma', 'dumme', 'dumb', 'stupid', 'lazy',
  'fet och lat', 'lat och fet', 'fat and lazy', 'fet', 'fat', 'tjock\\w*', 'tjukk\\w*', 'ful', 'ugly', 'stygg', 'awkward', 'ljuger', 'lyver', 'lying', 'imagine being this',
  'mest (?:\\w+ )?(?:inkompetenta|dumma|ointelligenta|pinsamma)', 'most (?:\\w+ )?(?:incompetent|stupid|useless)',
  'pa grunn av pappaen', 'pa grund av pappa',
  'mobbad (?:\\w+ ){0,4}av en anledning', 'bullied for a reason',
);

/** Mocking someone's looks: "ser ut som en häst", "hans fula tänder". */
const LOOKS = `${anyOf('hans', 'hennes', 'hens', 'his', 'her', 'din', 'dina', 'your', 'dens')} ${anyOf('fula', 'ful', 'ugly', 'stygge', 'feta', 'fat', 'tjocka', 'sneda', 'gula', 'gross', 'disgusting', 'ackliga')} ` +
  `${anyOf('tander', 'teeth', 'tenner', 'nasa', 'nose', 'nese', 'ansikte', 'face', 'tryne', 'fejs', 'kropp', 'body', 'har', 'hair', 'mage', 'belly', 'rumpa', 'ass', 'ben', 'legs', 'klader', 'clothes')}|` +
  `${anyOf('ser ut som', 'looks like', 'ser ut som om')} (?:en |ett |a |an )?(?:\\w+ )?${anyOf('hast', 'gris', 'val', 'ko', 'apa', 'idiot', 'clown',
  'pig', 'horse', 'cow', 'monkey', 'whale', 'tomte', 'troll', 'noll', 'potatis', 'sack', 'fyllo', 'hjalte', 'uteligger', 'knark\\w*', 'missbrukare',
  'drug addict', 'pedo\\w*', 'hore', 'hora', 'karring', 'kjerring', 'kyckling', 'hest', 'ape', 'full')}`;

/** Pronouns an insult can be aimed at. */
const PRONOUN = anyOf('hans', 'hennes', 'hens', 'his', 'your', 'du', 'din', 'dig', 'ni', 'han', 'hon', 'hen', 'hun', 'honom', 'henne', 'ham', 'deg', 'he', 'she', "he's", "she's", 'you', "you're");

/** One particular person: "den där X", someone in the picture, a role in the definite form. */
const SPECIFIC_PERSON = anyOf(
  'den dar', 'det dar', 'den der', 'that (?:guy|woman|man|lady|girl|idiot)', 'pa bilden', 'pa bildet', 'i filmen', 'i videon', 'i videoen', 'in the video', 'in the picture',
  'on the photo', 'in the photo', 'pa fotot', 'in the (?:first |second |last |third )?(?:picture|photo|video|pic|clip)', 'pa (?:forsta|andra|sista) bilden', 'kommunalradet', 'kommunalrad', 'stadsdirektor\\w*', 'socialsekreterare\\w*', 'bibliotekarie\\w*',
  'handlaggare\\w*', 'saksbehandler\\w*', 'chefen', 'sjefen', 'rektorn', 'rektor', 'laeraren', 'lararen', 'mayor', 'manager', 'borgmastare\\w*',
  'ordforande\\w*', 'ordforer\\w*', 'politikern', 'ledaren', 'lederen',
);

/** Hate rules. */
export const HATE_RULES: readonly Rule[] = [
  rule('slur', 1, 'nedsättande ord om en grupp', SLUR),
  rule('go-back', 1, 'uppmanar en grupp att "åka hem"', anyOf('tillbaka till (?:oknen|djungeln|ditt land|ert land|sitt land|dar (?:du|ni|de) kom ifran|hemlandet)',
    'back to (?:the desert|the jungle|your (?:own )?country|where (?:you|they) came from)', 'tilbake til (?:orkenen|jungelen|ditt land|landet ditt|der du kom fra)',
    'aka hem till (?:ditt|ert|sitt) land', 'go home to your', 'reis hjem til')),
  rule('dehumanise', 1, 'avhumaniserande om en grupp', anyOf('third[- ]world (?:people|folk|trash)', 'tredje ?varlden(?:s)? (?:folk|manniskor)', 'u-landsfolk', "'diverse'", '"diverse"', 'kulturberikare', 'berikare')),
  rule('dehumanise-expel', 1, 'avhumaniserande och uppmanar till utvisning',
    `${anyOf('kackerlack\\w*', 'cockroach\\w*', 'skadedjur', 'vermin', 'ohyra', 'parasiter', 'parasites', 'rattor', 'rotter', 'rats', 'apor', 'aper', 'pack', 'pakk')} ~~~ ` +
    `${anyOf('skickas tillbaka', 'skickas hem', 'deporteras', 'kastas ut', 'ut ur landet', 'go back', 'sendes hjem', 'kastes ut', 'send them back', 'skicka tillbaka', 'hem dit de kom', 'out of (?:the|our) country')}`),
  rule('group-sweeping', 1, 'generaliserande eller avhumaniserande om en grupp', `${GROUP} ~~~ ${SWEEPING}|${PRE_GROUP} ~ ${GROUP}`),
];

/** Harassment rules; the person check is done in {@link findAbuse}. */
export const HARASSMENT_RULES: readonly Rule[] = [
  rule('strong-insult', 1, 'personangrepp eller förolämpning', STRONG_INSULT),
  rule('mild-insult', 0.5, 'nedsättande omdöme om en person', MILD_INSULT),
  rule('mocks-looks', 1, 'hånar en persons utseende', LOOKS),
  rule('aimed-at-person', 0.5, 'riktat mot en person', PRONOUN),
  rule('aimed-at-someone', 0.5, 'riktat mot en viss person', SPECIFIC_PERSON),
  rule('spread-name', 1, 'uppmaning att hänga ut en person', anyOf('sprid (?:hennes|hans|hens|deras) namn', 'share (?:her|his|their) name',
    'spre (?:navnet|hennes navn|hans navn)', 'hang ut (?:henne|honom|hen)', 'henga ut (?:henne|ham)')),
];

/** What the abuse rules found. */
export interface AbuseEvidence {
  /** Slur or sweeping group language. */
  readonly hate: boolean;
  /** An insult aimed at a person. */
  readonly harassment: boolean;
  /** The rules that matched. */
  readonly findings: readonly Finding[];
}

/**
 * Looks for hate and harassment. `namesPerson` says whether the raw text names someone
 * (a capitalised first name after the first word, or an @-mention).
 */
export function findAbuse(plain: string, namesPerson: boolean): AbuseEvidence {
  const hate = findAll(plain, HATE_RULES);
  const abuse = findAll(plain, HARASSMENT_RULES);
  const strong = abuse.some((f) => f.rule === 'strong-insult' || f.rule === 'mocks-looks' || f.rule === 'spread-name');
  const specific = namesPerson || abuse.some((f) => f.rule === 'aimed-at-someone');
  const aimed = specific || abuse.some((f) => f.rule === 'aimed-at-person');
  const insult = abuse.filter((f) => f.rule !== 'aimed-at-person' && f.rule !== 'aimed-at-someone');
  const mild = weightOf(insult.filter((f) => f.rule === 'mild-insult'));
  // Strong insults need someone to be aimed at; mild ones need a named person, so that harsh
  // words about "ledningen" or "systemet" stay criticism.
  // A role in general ("handläggare byts ut", "ledningen") is the city's work; a mild word needs
  // a named person or someone pointed at ("den där …", "i filmen").
  const pointed = namesPerson || abuse.some((f) => f.rule === 'aimed-at-someone' && /(?:den|det|that|bild|film|video|foto|photo|picture|pic|clip)/.test(f.match));
  const harassment = (strong && aimed) || (mild > 0 && pointed);
  return {
    hate: hate.length > 0,
    harassment,
    findings: [...hate, ...(harassment ? insult : [])],
  };
}

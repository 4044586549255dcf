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
  // v3: disability, religion markers, Roma, LGBTQ and origin words, with definite and plural forms.
  'utvecklingsstord\\w*', 'utviklingshemm\\w*', 'intellektuellt funktionsnedsatt\\w*', 'funktionsnedsatt\\w*', 'funksjonshemm\\w*', 'disabled', 'autister', 'autists',
  'rullstolsburna', 'hijab\\w*', 'burk(?:a|or|as)', 'sloj(?:a|or)', 'moske\\w*', 'mosques?', 'synagog\\w*', 'islam', 'islams?', 'judendom\\w*', 'jodedom\\w*',
  'rom(?:erna|ene|ska|ske|a people)', 'roma', 'romfolk\\w*', 'resande', 'tiggar(?:na|e)', 'skeiv\\w*', 'queer\\w*', 'transpersoner\\w*', 'transkvinn\\w*', 'transperson\\w*',
  'homofob\\w*(?= )', 'homosexuell\\w*', 'invandrartat\\w*', 'innvandrertett\\w*', 'utlandsfodda', 'utenlandsfodte', 'nysvenskar', 'kurder\\w*', 'irakier\\w*', 'eritreaner\\w*', 'pakistan\\w*', 'thai\\w*', 'vietnames\\w*',
  // v4: nationalities and peoples in sv/nb/en, "such people", more religions.
  'svenskar\\w*', 'svensker\\w*', 'swedes', 'nordmann', 'nordmenn\\w*', 'norrman\\w*', 'norwegians', 'danes', 'dansker\\w*', 'finns', 'finnar\\w*', 'tyskar\\w*', 'tyskere', 'germans',
  'amerikaner\\w*', 'americans', 'iranier\\w*', 'iranians', 'iraqis', 'marockan\\w*', 'marokkan\\w*', 'albaner\\w*', 'albanians', 'serber\\w*', 'bosnier\\w*', 'greker\\w*', 'indier\\w*', 'indere', 'indians',
  'filippin\\w*', 'etiopier\\w*', 'latinos', 'mexicans', 'litauer\\w*', 'bulgar\\w*', 'syrians', 'afghans', 'pakistanis', 'somalis', 'eritreans', 'kurds', 'turks', 'tyrker\\w*', 'polen', 'polish people',
  'kristna', 'kristne', 'christians', 'hinduer', 'hindus', 'sikher', 'sikhs', 'buddister', 'ateister', 'atheists', 'utlendinger', 'fremmedkulturelle', 'utomeuropeer\\w*', 'ikke-vestlige', 'icke-vastliga', 'non-western',
  'sant folk', 'slikt folk', 'sanne folk', 'slike folk', 'sana manniskor', 'slike mennesker', 'such people', 'people like (?:that|them|those)', 'den sortens (?:folk|manniskor)', 'det slaget', 'sanna (?:dar|som dom)',
  'svarting\\w*', 'negr\\w*', 'third[- ]world people', 'gamlingar', 'handikappede', 'autistiske', 'psykisk (?:sjuka|syke)', 'mentally ill',
  'svartingar', 'afro\\w*', 'mellanostern', 'middle eastern(?:ers)?', 'mena', 'ukrainare', 'ukrainere', 'ukrainians', 'balkan\\w*', 'jugoslaver',
);

/** Slurs: hate whatever follows them. */
const SLUR = anyOf(
  'blatte\\w*', 'blattar\\w*', 'tattar(?:e|na|ne|n)?', 'svartskall\\w*', 'neger\\w*', 'negrer\\w*', 'nigg\\w*', 'n-ord', 'rysspack', 'zigenarpack',
  '\\w+pack(?= (?:ska|borde|har|kan|som))', 'lappjavl\\w*', 'homse\\w*', 'bogjavl\\w*', 'transor', 'kebabnorsk\\w*', 'apekatt\\w*',
  'sandneger\\w*', 'hijabhora', 'muzzi\\w*', 'muzzie\\w*', 'towelhead\\w*', 'pakkis\\w*', 'paki\\b', 'chink\\w*', 'faggot\\w*',
  'trann(?:y|ies)', 'kike\\w*', 'mongs', 'mongon', 'cp-\\w+', 'retards', 'homopropaganda\\w*', 'homo-propaganda\\w*', 'genderpropaganda', 'regnbagsmaffia\\w*',
  'zigenar(?:pack|javl\\w*|hor\\w*)', 'svartskall\\w*', 'blattepack', 'blattejavl\\w*', 'kanak\\w*', 'jodesvin\\w*', 'judesvin\\w*', 'sandnigg\\w*', 'ragheads?', 'wetbacks?', 'spicks?', 'gooks?', 'dykes?', 'flata', 'flator', 'untermensch\\w*', 'islamist(?:jav\\w*|pack)', 'muslimjav\\w*', 'invandrarjav\\w*', 'parasitfolk',
);

/** Sweeping, dehumanising or exclusionary things said about a group. */
const SWEEPING = anyOf(
  'forstor', 'forstorer', 'ruin\\w*', 'destroy\\w*', 'odelagger', 'odelegger',
  'styr (?:\\w+ )?(?:val|ju|nog|allt|alla|hela|media|medierna|varlden|landet|banker\\w*|pengarna)', 'controls? (?:the|all|everything|media)',
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
  // v3: expulsion, dehumanising predicates, keeping a group away from children or jobs.
  'koras ut', 'kjores ut', 'jagas ut', 'kastas ut', 'ska ut', 'skal ut', 'must go', 'have to go', 'out of (?:sweden|norway|the country|our country)', 'ut ur (?:sverige|landet)', 'ut av (?:norge|landet)',
  'utrotas', 'utrota', 'utryddes', 'utrydde', 'exterminat\\w*', 'wiped out', 'gas(?:as|ses|ed)', 'gasa', 'inte manniskor', 'ikke mennesker', 'not (?:even )?human', 'subhuman', 'undermanniskor', 'undermennesker',
  'smitta', 'smittsprid\\w*', 'disease', 'sjukdom', 'sykdom', 'virus', 'infest\\w*', 'breed like', 'forokar sig som', 'formerer seg som', 'avler som',
  'gor (?:stan|staden|byen|omradet|helsingborg|sverige|landet) (?:\\w+ )?otrygg\\w*', 'gjor (?:byen|landet) utrygg', 'otrygg\\w*', 'utrygg\\w*', 'unsafe', 'danger to',
  'alla vet hur (?:de|dom|dei) ar', 'alle vet hvordan (?:de|dei) er', 'we all know what they', 'everyone knows what they', 'vi vet alla hur', '= ?\\w+', 'korruption', 'korrupsjon', 'corruption',
  'syke folk', 'sjuka manniskor', 'sick people', 'sick\\.', 'sjukt\\.', 'sykt\\.', 'perver\\w*', 'pedofil\\w*', 'paedo\\w*', 'pedo\\w*', 'groomer\\w*', 'grooming',
  '(?:hall|hold|halla|keep) (?:dem|dom|them|dei|de) (?:\\w+ )?(?:borta|unna|away)', 'unna barna', 'away from (?:kids|children|our kids|the kids)', 'borta fran (?:barnen|vara barn)',
  '(?:inte|ikke|int|not|cannot|can.t) (?:ens )?(?:kan|snakker|speak|prata|pratar) (?:svenska|norsk|english|swedish)', 'kan (?:inte|ikke|int) (?:ens )?(?:svenska|norsk)',
  'painful to watch', 'pinsamt att se', 'should(?:n.t| not) be (?:allowed|working|near)', 'borde inte fa', 'burde ikke fa', 'har inget (?:har|i sverige) att gora', 'har ingenting her a gjore',
  'ar (?:ett )?(?:problem|hot|threat)', 'er (?:et )?(?:problem|trussel)', 'are (?:a )?(?:problem|threat)', 'tar (?:vara )?(?:jobb|bostader|pengar)', 'take our (?:jobs|homes|money)',
  'lever pa (?:oss|vara skatte\\w*)', 'pa vara skattepengar', 'pa skattebetalarnas', 'on our taxes', 'sosen', 'bidrag\\w*', 'trygd\\w*', 'welfare',
  // v4: "X ska inte jobba med barn", "can't handle it", "alle sammen", smells, spies, begging.
  `${anyOf('ska', 'skall', 'skal', 'bor', 'borde', 'burde', 'should', 'must', 'far', 'ma', 'may', 'kan', 'can')}(?:n.t| (?:inte|ikke|int|aldrig|aldri|never|not)) (?!(?:behova|behove|trenge|need|have to|vara radda|vaere redde|be afraid|vara tvungna|be forced|utsattas|utsettes|diskrimineras|diskrimineres)\\b)(?:\\w+ ){0,2}` +
    `${anyOf('jobba', 'jobbe', 'arbeta', 'arbeide', 'work', 'undervisa', 'undervise', 'teach', 'vara', 'vaere', 'be', 'bo', 'leda', 'lede', 'lead', 'varda', 'pleie', 'care for', 'hired', 'anstallas', 'ansettes', 'employed', 'rosta', 'stemme', 'vote', 'finnas', 'finnes', 'exist', 'komma in', 'slippe inn', 'be allowed', 'ha barn', 'adoptera', 'adoptere', 'adopt', 'gifta sig', 'gifte seg', 'marry', 'vara chefer', 'vaere sjefer', 'be (?:managers|bosses|leaders)')}`,
  'klarar (?:inte|int) (?:av )?(?:det|jobbet|att|sa)', 'klarer (?:ikke|det ikke)', "can'?t (?:handle|code|manage|cope|do (?:it|the job|anything))", 'kan ingenting', 'kan ikke noe', 'kan inget', "can'?t do anything",
  'luktar', 'lukter', 'stinker', 'stinks', 'smell', 'spioner', 'spies', 'tigger', 'tigge\\w*', 'begging', 'alla sammans?', 'alle sammen', 'allesammen', 'allihop(?:a)?', 'all of them', 'every (?:last )?one of them', 'hver eneste en',
  // v6: theft and taking stereotypes in nb and en.
  'stjeler', 'tar och tar', 'tar og tar', 'take and take',
  'lata och', 'late og', 'lazy and', 'dumma och', 'dumme og', 'stupid and', 'frastjalet', 'frastjalen', 'stjaler', 'ranar', 'raner', 'rob\\w*', 'kriminell\\w*', 'criminal\\w*', 'voldtekt\\w*', 'valdtakt\\w*', 'rapists?',
  '(?:bor|burde|borde|should|ska|skal|maste|ma) (?:\\w+ )?(?:kastes ut|kastas ut|deporteras|deporteres|utvisas|utvises|sendes hjem|skickas hem|skickas tillbaka|be deported|be sent (?:home|back))',
  // v5: hate without slurs — control, "a joke", "can't even", stereotypes of theft, "shoved down our throats", "as always".
  'styrer? (?:\\w+ )?(?:hele|hela|alt|allt|alla|alle|the|media|rekrytering\\w*|rekruttering\\w*|kommunen|staden|byen)', 'run (?:the|this|all)', 'controls? (?:\\w+ )?(?:hiring|recruitment|everything)',
  '(?:ar|er|is|are) (?:ju |jo |bara |bare )?(?:ett |et |a )?(?:skamt|spok|joke)', 'orkar (?:inte|int) ens', 'orker ikke engang', "can'?t even (?:lift|carry|do|handle)", 'klarer ikke engang',
  `${anyOf('no wonder', 'inte konstigt', 'int konstigt', 'ikke rart', 'klart att', 'sa klart', 'of course')} ~ ${anyOf('nothing works', 'inget fungerar', 'ingenting fungerar', 'inget funkar', 'ingenting funker', 'ingenting fungerer', 'everything is broken', 'allt ar kass', 'det ar kass', 'alt er darlig')}`,
  `${anyOf('rakna', 'telle', 'count', 'gomma', 'gjemme', 'hide', 'lasa in', 'lase inn', 'lock up')} (?:\\w+ )?${anyOf('bestick\\w*', 'silver\\w*', 'bestikk\\w*', 'solvtoy\\w*', 'spoons', 'silverware', 'cutlery', 'vardesaker\\w*', 'verdisaker\\w*', 'valuables', 'planbok\\w*', 'lommebok\\w*', 'wallets?', 'cyklar\\w*', 'sykler\\w*', 'bikes')}`,
  '(?:ett|et|an) (?:han|hån|insult|slag i ansiktet) (?:mot|mod|to|pa) (?:oss|alla|svenskar\\w*|nordmenn|us|our)', 'trycka? (?:ner|ned|in) (?:det|detta|dom|dem) i halsen', 'trykke (?:det|dette) (?:ned|inn) i halsen', '(?:shove|force|push)\\w* (?:it|this) down', 'down our throats',
  '(?:och|og|and) (?:annat|annet|other) (?:dravel|skit|trams|pack|tull|dritt|pakk|nonsense|garbage|trash|filth|snusk)', 'som alltid', 'som vanligt', 'som vanlig', 'as always', 'as usual',
  '(?:inte|ikke|not) (?:onskade?|onsket|welcome|velkomne?|valkomna?) (?:har|her|here)', 'should (?:all )?go back', 'borde (?:alla )?(?:aka|flytta) (?:hem|harifran)', 'burde (?:alle )?(?:reise|dra) hjem',
  `${anyOf('ska', 'skall', 'skal', 'borde', 'burde', 'should', 'far', 'ma')}(?:n.t| (?:inte|ikke|int|aldrig|aldri|never|not)) (?:\\w+ ){0,2}${anyOf('sta', 'sitta', 'synas', 'serva', 'serve', 'betjane', 'stand', 'sit', 'be seen', 'representera', 'representere', 'represent', 'visas', 'vises')}`,
);

/** Sweeping lead-ins that come before the group ("snart är det bara …"). */
const PRE_GROUP = anyOf(
  'snart ar det bara', 'snart er det bare', "soon (?:it'?s|there'?ll be) only", 'for manga', 'for mange', 'too many',
  'deportera', 'deporter', 'deport', 'utvisa', 'kasta ut', 'kast ut', 'skicka (?:hem|ut|tillbaka)', 'send (?:home|back)', 'ut med', 'out with', 'ned med', 'down with',
  'typiska', 'typiske', 'typical', 'javla', 'jaevla', 'fucking', 'forbanna', 'satans', 'jävla',
  'no more', 'inga fler', 'ikke flere', 'ingen fler', 'stoppa', 'stopp', 'stop (?:the|all)', 'forbjud\\w*', 'forby', 'ban (?:all|the)', 'ban',
  'why do you (?:let|hire|employ)', 'varfor (?:later|anstaller|ansatter) ni', 'hvorfor (?:lar|ansetter) dere', 'hiring', 'anstaller ni', 'ansetter dere', 'ni anstaller', 'dere ansetter', 'you hire',
  'halften ar', 'halvparten er', 'half (?:of them )?are', 'alla dessa', 'alle disse', 'all these', 'all those', 'sana som', 'slike som', 'people like', 'folk som',
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
  // v3: more insults, sv/nb/en, and sexual slurs.
  'hjarndod\\w*', 'hjernedod\\w*', 'braindead', 'brain-dead', 'taper(?:en|n)?', 'tapere', 'clown', 'klovn', 'pajas', 'fjott\\w*', 'fjant', 'tulling\\w*', 'dust(?:en)?', 'tosk', 'kukjavel', 'fittjavel',
  'hurpa', 'subba', 'slyna', 'slut', 'skank', 'bimbo', 'dumbass', 'jackass', 'airhead', 'halfwit', 'imbecil\\w*', 'idiot\\w*', 'korkad', 'puckon', 'drittkjerring', 'drittsekk\\w*', 'jalla',
  'wet rag', 'disgrace to', 'skam for (?:yrket|karen|skolan)', 'skam for (?:yrket|faget)', 'fulaste', 'ugliest', 'stygg(?:este)? (?:kjerring|dame)', 'fattest', 'fetaste', 'tjockaste', 'dummaste', 'dummeste', 'stupidest', 'dumbest',
  'creep', 'freak', 'weirdo', 'pervo', 'psyko', 'kjerringa', 'karringen', 'tanten', 'gubbjavel\\w*', 'javla (?:\\w+ )?(?:tant|gubbe|kvinna|kille|tjej|fitta|idiot)', 'horunge', 'horjavel',
  // v4: one or two adjectives before an animal or slur noun, "dum som ett spån", looks of an addict.
  `${anyOf('stupid', 'dumb', 'fat', 'silly', 'ugly', 'old', 'lazy', 'fet', 'feta', 'lat', 'lata', 'ful', 'fula', 'dum', 'dumma', 'gammal', 'gamla', 'tjock', 'tjocka', 'tjukk', 'tjukke', 'stygg', 'stygge', 'gammel', 'gamle', 'lat', 'late', 'sur', 'sura')} (?:\\w+ )?${anyOf('cow', 'cows', 'pig', 'pigs', 'bitch', 'hag', 'cunt', 'witch', 'ko', 'kon', 'kossa', 'kossan', 'gris', 'grisen', 'sugga', 'suggan', 'haxa', 'haxan', 'kjerring', 'kjerringa', 'purke', 'purka', 'ku', 'kua', 'heks', 'heksa', 'val', 'hval', 'whale', 'svin', 'tant', 'kärring', 'karring', 'karringen', 'gubbe', 'gubbjavel', 'javel', 'jævel', 'troll', 'apa', 'ape', 'monkey')}`,
  `${anyOf('dum', 'dumb', 'stupid', 'ful', 'stygg', 'ugly', 'fet', 'feit', 'fat', 'tjock', 'tjukk')} som ${anyOf('ett (?:spån|span|tag|bord|brod|brad)', 'et (?:brod|bord|spett|naut)', 'a (?:rock|brick|box of rocks|post|plank)', 'stryk', 'fan', 'faen', 'helvete', 'hell', 'en (?:gris|ko|val|hval|hast|hest|apa)')}`,
  'pundare\\w*', 'junkie\\w*', 'crackhead\\w*', 'narkis\\w*', 'utbrand pundare',
  'patetisk (?:\\w+ )?(?:manniska|kvinna|gubbe|typ|nolla)', 'pathetic (?:\\w+ )?(?:man|woman|person|loser)', 'awkward loser',
);

/** Milder insults: abuse only when aimed at a named person or someone in the picture. */
const MILD_INSULT = anyOf(
  // v6: liar, coward, creep in all four languages.
  'lognaktig\\w*', 'lognhals\\w*', 'lognare', 'lognerske', 'loygnaktig\\w*', 'logner', 'liar', 'fegis', 'feiging', 'ekkel', 'ekkelt', 'ekle', 'aklig', 'akliga', 'vidrig\\w*', 'creepy', 'creep', 'disgusting', 'drittsekk\\w*', 'tosk', 'tulling', 'fjols',
  'inkompetent\\w*', 'incompetent', 'udugelig\\w*', 'oduglig\\w*', 'useless', 'vardelos\\w*', 'worthless', 'patetisk\\w*', 'pathetic',
  'korrupt\\w*', 'corrupt', 'feg', 'fega', 'coward', 'falsk\\w*', 'dum', 'dumma', 'dumme', 'dumb', 'stupid', 'lazy',
  'fet och lat', 'lat och fet', 'fat and lazy', 'fet', 'fat', 'tjock\\w*', 'tjukk\\w*', 'ful', 'ugly', 'stygg', 'awkward', 'ljuger', 'lyver', 'lying', 'imagine being this',
  'mest (?:\\w+ )?(?:inkompetenta|dumma|ointelligenta|pinsamma)', 'most (?:\\w+ )?(?:incompetent|stupid|useless)',
  'pa grunn av pappaen', 'pa grund av pappa',
  'mobbad (?:\\w+ ){0,4}av en anledning', 'bullied for a reason',
  'lat', 'lata', 'late', 'tjock och lat', 'tjukk og lat', 'trakig', 'kjedelig', 'boring', 'dryg', 'sur', 'otrevlig', 'ufin', 'rude', 'arrogant\\w*', 'hopplos', 'haplos', 'hopeless',
  'ointelligent\\w*', 'dum som', 'dum i', 'sloa', 'lazy', 'vidrig\\w*', 'ackel', 'ackl\\w*', 'ekkel\\w*', 'gross', 'disgusting', 'creepy', 'sleazy', 'gammal tant', 'old hag', 'fet\\w*',
  'gar inte att lita pa', 'fake', 'falsk', 'liar', 'lognare', 'lyver', 'hycklare', 'hypocrite', 'skamlos', 'shameless', 'clueless', 'inkompetens', 'jattedum', 'clownig\\w*',
  'how is (?:she|he) still employed', 'hur (?:kan|far) (?:hon|han) (?:fortfarande )?(?:jobba|ha kvar)', 'hvordan (?:kan|far) (?:hun|han) fortsatt',
);

/** Sexual remarks about a person ("kan undersöka mig när som helst", "snygga ben"). */
const SEXUAL = anyOf(
  // v6: "take her behind the shelves", "can come take care of me", "send me her number", "så jävla snygg".
  '(?:ta|take|tage|ha|hatt) (?:henne|honom|ham|hende|her|him) (?:bakom|bak|behind|hem|hjem|home|to bed|i sangen|i senga)', '(?:come|kom|komma|komme) (?:and )?(?:take care of|ta hand om|ta seg av|ta meg|ta mig) (?:me|mig|meg)',
  '(?:send|skicka|ge|gi|give) (?:me|mig|meg) (?:her|his|hennes|hans|hendes) (?:number|nummer|nummeret|snap|insta)', '(?:javla|jaevla|fucking|damn|satans|jakla) (?:snygg\\w*|het|hot|sexy|digg|deilig|kaut)', 'sa (?:javla )?(?:knullbar|pulbar)', 'fuckable', 'knullbar', 'pulbar',
  'sexy', 'sexig\\w*', 'sexiga?', 'horny', 'hot (?:teacher|nurse|librarian|girl|woman|mom|milf|one)', 'milf', 'het(?:a)? (?:tjej|kvinna|larare|lararinna|sjukskoterska|bibliotekarie|dam|mamma)',
  'snygg(?:a|e)? (?:ben|lar|rumpa|rova|brost|tuttar|patter|hofter|kurvor|figur)', 'nice (?:legs|ass|tits|boobs|rack|body|butt)', 'fin rumpe', 'fine pupper', 
  '(?:can|could|may|kan|far|kunne|ma) (?:\\w+ )?(?:examine|undersoka|undersoke|check|visitera|frisk|spank|straffa|tukte) (?:me|mig|meg)', 'ge mig en spruta', 'gi meg en sproyte', 'give me a shot',
  'komma hem till mig', 'komme hjem til meg', 'come (?:over|home) to (?:my place|me)', 'privattimer', 'privatlektion\\w*', 'private (?:lessons|classes|tutoring)', 'ligga med', 'ligge med', 'sleep with', 'knulla', 'pule', 'tap that',
  "(?:what'?s|whats) her number", 'vad har hon for nummer', 'hva er nummeret hennes', 'wife material', 'skulle vilja (?:ha|ta|ligga|knulla|testa)', 'ville gjerne (?:hatt|tatt|ligget|pult)',
  // v4: "hot af", "does she come with the job", winks at a private service.
  'hot (?:af|as fuck|as hell)', 'het som (?:fan|faen|helvete)', 'kat som fan', 'sexy som fan', 'fuckable', 'knullbar', 'pulbar', 'dtf',
  '(?:she|he|hon|han|hun|girl|tjejen|jenta|lady|woman|kvinnan|kvinnen|nurse|teacher|librarian|skoterskan|sykepleieren|lararen|bibliotekarien) (?:\\w+ ){0,5}(?:is|er|ar|looks|ser ut) (?:so |sa |jo |ju |riktigt |skikkelig |really |ganska |pretty |fucking |javligt )?(?:hot|sexy|kat|digg|deilig|fuckable)',
  'come with the job', 'comes? with the (?:job|package|position)', 'ingar (?:hon|han) (?:i|pa)', 'folger (?:hun|han) med', 'inkludert i (?:jobben|pakken)',
  'privat (?:vardrunda|lektion|visning|undersokning|behandling|massage|show)', 'private (?:session|show|check-?up|examination|massage|lesson)', 'privat (?:time|behandling|undersokelse)',
  'om du forstar vad jag menar', 'om ni forstar vad jag menar', 'if you know what i mean', 'hvis du skjonner hva jeg mener', 'wink wink', 'nudge nudge',
  '(?:ge|gi|give) (?:henne|honom|ham|her|him) (?:en |et |ett |a )?(?:privat|private|special|speciell|spesiell|extra|ekstra)',
  'snygg(?:a|e)? (?:\\w+ )?(?:sjukskoterska|skoterska|larare|lararinna|lararen|bibliotekarie|sykepleier|larer|nurse|teacher|tjej|tjejen|kvinna|dam|jente|dame|mamma|mor)\\w*',
  // v5: innuendo ("om ni förstår", "ja ni fattar", a "private" walkthrough, "a body like that").
  '(?:om|hvis|if) (?:ni|du|dere|you) (?:forstar|fattar|skjonner|catch my drift|get me|know)', '(?:ja |ye?a )?(?:ni|du|dere) fattar', 'if you catch my drift',
  "(?:privat|private|privata|'privat)\\W*(?:genomgang|gjennomgang|walkthrough|tour|visning|omvisning|lektion|time|session|check)\\w*",
  '(?:har|has|got|for|what) (?:ju |jo |a |en |such a )?(?:kropp|body|figur|kurvor|curves) som', 'what a body', 'for en kropp', 'anstall fler (?:sana|som hon|som henne)', 'hire more like (?:her|that)',
  'would (?:hit|do|smash|bang|wife)', "i'?d (?:hit|do|smash|bang|wife)", 'underklader', 'undertoy', 'underwear', 'lingerie', 'bikini', 'naken', 'naked', 'nude\\w*', 'brost', 'pupper', 'tits', 'boobs', 'rumpa', 'rumpe', 'ass', 'booty',
);


/** Mocking someone's looks: "ser ut som en häst", "hans fula tänder". */
const LOOKS = `${anyOf('hans', 'hennes', 'hens', 'his', 'her', 'din', 'dina', 'your', 'dens')} ${anyOf('fula', 'ful', 'ugly', 'stygge', 'feta', 'fat', 'tjocka', 'sneda', 'gula', 'gross', 'disgusting', 'ackliga')} ` +
  `${anyOf('tander', 'teeth', 'tenner', 'nasa', 'nose', 'nese', 'ansikte', 'face', 'tryne', 'fejs', 'kropp', 'body', 'har', 'hair', 'mage', 'belly', 'rumpa', 'ass', 'ben', 'legs', 'klader', 'clothes')}|` +
  `${anyOf('ser ut som', 'looks like', 'ser ut som om')} (?:en |ett |a |an )?(?:\\w+ )?${anyOf('hast', 'gris', 'val', 'ko', 'apa', 'idiot', 'clown',
  'pig', 'horse', 'cow', 'monkey', 'whale', 'tomte', 'troll', 'noll', 'potatis', 'sack', 'fyllo', 'hjalte', 'uteligger', 'knark\\w*', 'missbrukare',
  'drug addict', 'pundare', 'junkie', 'crackhead', 'narkis', 'narkoman', 'uteliggare', 'uteligger', 'alkis', 'troll', 'haxa', 'witch', 'sugga', 'purke', 'pedo\\w*', 'hore', 'hora', 'karring', 'kjerring', 'kyckling', 'hest', 'ape', 'full')}`;

/** Pronouns an insult can be aimed at. */
const PRONOUN = anyOf('hans', 'hennes', 'hens', 'his', 'your', 'du', 'din', 'dig', 'ni', 'han', 'hon', 'hen', 'hun', 'honom', 'henne', 'ham', 'deg', 'he', 'she', "he's", "she's", 'you', "you're");

/** One particular person: "den där X", someone in the picture, a role in the definite form. */
const SPECIFIC_PERSON = anyOf(
  'den dar', 'det dar', 'den der', 'that (?:guy|woman|man|lady|girl|idiot)', 'pa bilden', 'pa bildet', 'i filmen', 'i videon', 'i videoen', 'in the video', 'in the picture',
  'on the photo', 'in the photo', 'pa fotot', 'in the (?:first |second |last |third )?(?:picture|photo|video|pic|clip)', 'pa (?:forsta|andra|sista) bilden', 'kommunalradet', 'kommunalrad', 'stadsdirektor\\w*', 'socialsekreterare\\w*', 'bibliotekarie\\w*',
  'handlaggare\\w*', 'saksbehandler\\w*', 'chefen', 'sjefen', 'rektorn', 'rektor', 'laeraren', 'lararen', 'mayor', 'manager', 'borgmastare\\w*',
  'ordforande\\w*', 'ordforer\\w*', 'politikern', 'ledaren', 'lederen',
  // v3: a person pointed at by looks, place or moment ("tjejen i receptionen", "guy in the blue vest", "at 0:32").
  '(?:tjejen|killen|kvinnan|mannen|damen|tanten|tant|gubben|jenta|jenten|gutten|kvinnen|dama|fyren|karen|typen|blondinen|brunetten|guy|girl|woman|lady|dude|chick|bloke|gal|blonde|brunette) (?:i|pa|med|vid|in|on|with|at|ved|bakom|behind|fran|from) (?:\\w+ ){0,3}\\w+',
  // v6: "the blonde one at 0:42", "hon på bilden", "bibliotekarien med rött hår", "badevakten".
  'the (?:blonde|brunette|redhead|red-?haired|tall|short|cute|fat|skinny|bald) one', '(?:hon|han|hun|she|he|her|him) (?:pa|i|in|on) (?:bilden|bildet|videon|videoen|filmen|the picture|the photo|the video)',
  '\\w+(?:en|an|n) med (?:rott|rodt|blont|svart|langt|kort|lila|gront|gratt) har', '\\w+ with (?:the )?(?:red|blonde|black|long|short|purple|green|grey) hair', 'badevakt\\w*', 'lifeguard', 'vaktmastar\\w*', 'vaktmester\\w*', 'kassoren', 'receptionist\\w*', 'resepsjonist\\w*',
  '(?:i|pa|in|at|vid|ved) (?:borjan|slutet|starten|the start|the end|the beginning|begynnelsen|slutten) (?:av|of|pa) (?:filmen|videon|videoen|the video|klippet|the clip)',
  '(?:at|vid|ved|pa|på) \\d+:\\d\\d', 'den (?:\\w+ )?(?:bibliotekarien|bibliotekaren|laeraren|lararen|laereren|rektorn|rektoren|chefen|sjefen|handlaggaren|saksbehandleren|sjukskoterskan|sykepleieren|kvinnan|mannen|tjejen|killen|tanten|gubben|damen|dama|fyren|jenta)',
  'that (?:\\w+ )?(?:librarian|teacher|nurse|principal|manager|caseworker|social worker|receptionist|driver|guy|woman|man|lady|girl)', '(?:the|that) (?:\\w+ )?(?:librarian|teacher|nurse|principal|receptionist|bus driver) (?:in|at|on|with|from)',
  '(?:mr|mrs|ms|miss|fru|herr|froken)\\.? [a-z]+',
  // v4: "Karin på HR", "hun Lise i rekrutteringen", "enhetschefen", "your trainee coordinator".
  `[a-z]+ ${anyOf('pa', 'i', 'at', 'from', 'fra', 'fran', 'in', 'hos')} ${anyOf('hr', 'it', 'ekonomi\\w*', 'reception\\w*', 'resepsjon\\w*', 'kundtjanst\\w*', 'kundservice\\w*', 'personal\\w*', 'rekryter\\w*', 'rekrutter\\w*', 'vaxeln', 'sentralbordet', 'front desk', 'payroll', 'lonekontoret', 'kommunikation\\w*', 'kommunikasjon\\w*', 'comms', 'marketing', 'support', 'servicecenter', 'kontaktcenter')}`,
  `${anyOf('hon', 'hun', 'han', 'she', 'he')} [a-z]+ ${anyOf('pa', 'i', 'at', 'fra', 'fran', 'from', 'in')} (?:\\w+ )?\\w+`,
  '\\w+(?:chefen|sjefen|lederen|ledaren|ansvarige|ansvarlige|samordnaren|koordinatoren|koordinatorn)', '(?:your|er|ert|deres|din|ditt) (?:\\w+ )?(?:coordinator|manager|chef|sjef|boss|assistant|officer|receptionist|secretary|sekreterare|sekretaer|koordinator)', 'typiskt kommunanstalld', 'typisk kommuneansatt', 'typical (?:city|council) (?:worker|employee)',
);

const GROUP_RE = new RegExp(`(?<![a-z])(?:${GROUP}|${SLUR})(?![a-z])`);

/** Whether a group (by origin, religion, sexuality, gender, disability) or a slur is named: hate needs one. */
export function mentionsGroup(plain: string): boolean {
  return GROUP_RE.test(plain);
}

/** Hate rules. */
export const HATE_RULES: readonly Rule[] = [
  rule('slur', 1, 'nedsättande ord om en grupp', SLUR),
  // v6: a group told it does not belong somewhere, or said to only steal or take.
  rule('group-does-not-belong', 1, 'utestänger eller stämplar en grupp',
    `${GROUP} (?:\\w+ ){0,2}${anyOf('har ingenting', 'har inget', 'har ikke noe', 'har ingen ting', 'have no business', 'has no business', 'have nothing')} ~ ${anyOf('a gjore', 'att gora', 'att hamta', 'to do', 'being', 'here', 'har', 'her')}` +
    `|${GROUP} ~~ ${anyOf('de bare', 'de bara', 'dom bara', 'they just', 'they only', 'alltid', 'always', 'bestandig')} ${anyOf('stjeler', 'stjaler', 'steal', 'tar och tar', 'tar og tar', 'lurar', 'lurer', 'snyltar', 'snylter', 'scrounge', 'lie', 'ljuger', 'lyver')}`),
  rule('go-back', 1, 'uppmanar en grupp att "åka hem"', anyOf('tillbaka till (?:oknen|djungeln|ditt land|ert land|sitt land|dar (?:du|ni|de) kom ifran|hemlandet)',
    'back to (?:the desert|the jungle|your (?:own )?country|where (?:you|they) came from)', 'tilbake til (?:orkenen|jungelen|ditt land|landet ditt|der du kom fra)',
    'aka hem till (?:ditt|ert|sitt) land', 'go home to your', 'reis hjem til')),
  rule('expel-them-all', 1, 'uppmanar till utvisning av en grupp',
    `${anyOf('skicka hem', 'skicka tillbaka', 'skicka ut', 'kasta ut', 'kor ut', 'send hjem', 'send tilbake', 'send ut', 'kast ut', 'send (?:them )?(?:home|back)', 'kick (?:them )?out', 'deport', 'deportera', 'deporter', 'utvisa', 'utvis')} ${anyOf('dom', 'dem', 'de', 'dei', 'them')} (?:\\w+ )?${anyOf('allihop(?:a)?', 'alla', 'alle', 'alle sammen', 'allesammen', 'all', 'every last one', 'tilbake', 'tillbaka', 'back', 'hem', 'hjem', 'home')}` +
    `|${anyOf('dit', 'der', 'where', 'till dar', 'tilbake dit', 'tillbaka dit', 'back to where')} ${anyOf('de', 'dom', 'dei', 'they', 'du', 'ni', 'dere', 'you')} ${anyOf('kom ifran', 'kom fran', 'kom fra', 'came from', 'kommer ifran', 'kommer fra', 'come from', 'hor hemma', 'horer hjemme', 'belong')}`,
    '(?:semester|ferie|holiday|vacation|resan|turen|trip|bortrest)'),
  rule('group-slur-compound', 1, 'nedsättande sammansättning om en grupp',
    `${anyOf('ryss', 'rysk', 'invandrar', 'innvandrer', 'muslim', 'moslem', 'muzzi', 'arab', 'somali', 'afghan', 'neger', 'svart', 'blatte', 'polack', 'polakk', 'zigenar', 'sigoyner', 'jud', 'jode', 'homo', 'bog', 'trans', 'lapp', 'finn', 'turk', 'kurd', 'irak', 'syrier', 'afrikan', 'asiat', 'kines', 'thai', 'ruman', 'eritre', 'flykting', 'flyktning', 'asyl', 'utlannings', 'utlendings')}` +
    `(?:javl\\w*|jevl\\w*|jaevl\\w*|pack\\w*|pakk\\w*|svin\\w*|djur\\w*|horor|horer|fan|skit\\w*|drit\\w*|yngel|avskum|ohyra|rattor|rotter)`),
  rule('dehumanise', 1, 'avhumaniserande om en grupp', anyOf('third[- ]world (?:people|folk|trash)', 'tredje ?varlden(?:s)? (?:folk|manniskor)', 'u-landsfolk', "'diverse'", '"diverse"', 'kulturberikare', 'berikare')),
  rule('dehumanise-expel', 1, 'avhumaniserande och uppmanar till utvisning',
    `${anyOf('kackerlack\\w*', 'cockroach\\w*', 'skadedjur', 'vermin', 'ohyra', 'parasiter', 'parasites', 'rattor', 'rotter', 'rats', 'apor', 'aper', 'pack', 'pakk')} ~~~ ` +
    `${anyOf('skickas tillbaka', 'skickas hem', 'deporteras', 'kastas ut', 'ut ur landet', 'go back', 'sendes hjem', 'kastes ut', 'send them back', 'skicka tillbaka', 'hem dit de kom', 'out of (?:the|our) country')}`),
  rule('nationalist-slogan', 1, 'rasistisk paroll', anyOf('sverige (?:at|for|till) svenskarna', 'sverige for svenskar', 'sweden for (?:the )?swedes', 'norge for nordmenn', 'norway for norwegians',
    'helsingborg for svenskar', 'white power', 'vit makt', 'sieg heil', '14 ?88', 'hell seier', 'bevara sverige svenskt', 'keep sweden (?:swedish|white)', 'remigration', 'remigrering', 'the great replacement', 'det store bytte')),
  rule('group-sweeping', 1, 'generaliserande eller avhumaniserande om en grupp', `${GROUP} ~~~ ${SWEEPING}|${PRE_GROUP} ~ ${GROUP}`),
  // v5: "… inte ens kan svenska. Skicka hem dem." / "… full of Indians … Send them back.": an expulsion aimed at people
  // marked by group or language.
  rule('expel-them', 1, 'uppmanar till utvisning av människor utpekade efter grupp eller språk',
    `(?:${GROUP}|${anyOf('svenska', 'norsk', 'swedish', 'norwegian', 'english', 'engelska', 'sprak\\w*', 'brytning', 'bryter')}) ~~~ ` +
    `${anyOf('skicka hem', 'skicka tillbaka', 'skicka ut', 'send (?:them )?back', 'send (?:them )?home', 'kick (?:them )?out', 'ut med', 'out with', 'kasta ut', 'kast ut', 'send hjem', 'send tilbake', 'ut med', 'utvisa', 'deportera', 'deport')} ${anyOf('dem', 'dom', 'them', 'dei', 'de', 'alla', 'alle', 'all of them')}`),
  rule('full-of-group', 1, 'generaliserar om en grupp på en arbetsplats',
    `${anyOf('full of', 'full av', 'fullt (?:av|med)', 'fylt med', 'bara', 'bare', 'only', 'enbart')} ${GROUP} ~~ ${anyOf('no wonder', 'inte konstigt', 'int konstigt', 'ikke rart', 'klart', 'of course', 'sa klart', 'sjalvklart', 'selvfolgelig')}`),
];

/** Harassment rules; the person check is done in {@link findAbuse}. */
export const HARASSMENT_RULES: readonly Rule[] = [
  rule('strong-insult', 1, 'personangrepp eller förolämpning', STRONG_INSULT),
  rule('mild-insult', 0.5, 'nedsättande omdöme om en person', MILD_INSULT),
  rule('mocks-looks', 1, 'hånar en persons utseende', LOOKS),
  rule('aimed-at-person', 0.5, 'riktat mot en person', PRONOUN),
  rule('aimed-at-someone', 0.5, 'riktat mot en viss person', SPECIFIC_PERSON),
  rule('sexual-remark', 1, 'sexuell kommentar om en person', SEXUAL),
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
  const strong = abuse.some((f) => f.rule === 'strong-insult' || f.rule === 'mocks-looks' || f.rule === 'spread-name' || f.rule === 'sexual-remark');
  const specific = namesPerson || abuse.some((f) => f.rule === 'aimed-at-someone');
  const aimed = specific || abuse.some((f) => f.rule === 'aimed-at-person');
  const insult = abuse.filter((f) => f.rule !== 'aimed-at-person' && f.rule !== 'aimed-at-someone');
  const mild = weightOf(insult.filter((f) => f.rule === 'mild-insult'));
  // Strong insults need someone to be aimed at; mild ones need a named person, so that harsh
  // words about "ledningen" or "systemet" stay criticism.
  // A role in general ("handläggare byts ut", "ledningen") is the city's work; a mild word needs
  // a named person or someone pointed at ("den där …", "i filmen").
  const pointed = namesPerson || abuse.some((f) => f.rule === 'aimed-at-someone' &&
    /(?:den|det|that|bild|film|video|foto|photo|picture|pic|clip|tjejen|killen|kvinnan|mannen|damen|tant|gubben|jenta|gutten|kvinnen|dama|fyren|karen|typen|guy|girl|woman|lady|dude|chick|\d:\d|mr|mrs|ms|fru|herr|kommunanstalld|kommuneansatt|worker|employee|the )/.test(f.match));
  const harassment = (strong && aimed) || (mild > 0 && pointed);
  return {
    hate: hate.length > 0,
    harassment,
    findings: [...hate, ...(harassment ? insult : [])],
  };
}

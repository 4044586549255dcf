/**
 * The structure of a comment: *who* is targeted, *what* is said of or to them, and *how* it is
 * framed. This is what decides threats and hate; the phrase tables and the statistical model only
 * add to it.
 *
 * - Targets: a protected group (origin, religion, sexuality, gender identity, gender,
 *   disability), a person (named, pointed at, or addressed as "du"/"you"), the city's staff, the
 *   city as an organisation, a building, other people ("folk", "cyklister"), an object.
 * - Acts: harm (violence, death), dehumanisation ("… är råttor"), derogation ("… är äckliga",
 *   "jag hatar …", "… borde låsas in"), a negated good ("… är inte människor", "ingen … går att
 *   lita på"), an insult.
 * - Modes of harm: intent ("jag ska …"), a call or norm ("någon borde …", "… förtjänar att dö",
 *   "döda alla …"), a wish ("hoppas … dör"); a plain statement ("han blev skjuten") is no threat.
 * - Frames: negated ("jag skulle aldrig skada …"), quoted or reported and countered ('att skriva
 *   "…" är vidrigt'), reported ("någon skrev att …"). A question does not soften a threat or hate.
 *
 * Identity words alone are never evidence: "vår nya chef är muslim" names a group and says
 * nothing against it. Words are compared by their Snowball stems (Swedish, Norwegian and
 * English), so "dödar", "dödade" and "dödas" meet "döda" without a list of forms.
 */
import * as snowball from 'snowball-stemmers';
import AFINN_EN from 'afinn-165-multilingual/build/AFINN-en.json';
import AFINN_NO from 'afinn-165-multilingual/build/AFINN-no.json';
import AFINN_SV from 'afinn-165-multilingual/build/AFINN-sv.json';
import { THREAT_IDIOMS } from './threat';

const STEMMERS = (['swedish', 'norwegian', 'english'] as const).map((l) => snowball.newStemmer(l));
const STEM_CACHE = new Map<string, readonly string[]>();
const STEM_CACHE_MAX = 20_000;

/** The word and its stems in the three languages (cached; the cache is bounded). */
function stemsOf(word: string): readonly string[] {
  const hit = STEM_CACHE.get(word);
  if (hit) return hit;
  const out = [...new Set([word, ...STEMMERS.map((s) => s.stem(word))])];
  if (STEM_CACHE.size >= STEM_CACHE_MAX) STEM_CACHE.clear();
  STEM_CACHE.set(word, out);
  return out;
}

/** A set of words matched by stem. Written as plain folded words, whitespace separated. */
class Lexicon {
  private readonly stems = new Set<string>();
  private readonly exact = new Set<string>();
  constructor(words: string, exactWords = '') {
    for (const w of words.split(/\s+/).filter(Boolean)) {
      // Short words stem to fragments that match too much: those are matched exactly.
      if (w.length <= 3) this.exact.add(w);
      else for (const s of stemsOf(w)) if (s.length >= 4) this.stems.add(s);
    }
    for (const w of exactWords.split(/\s+/).filter(Boolean)) this.exact.add(w);
  }
  has(token: string): boolean {
    if (this.exact.has(token)) return true;
    if (token.length <= 3) return false;
    return stemsOf(token).some((s) => s.length >= 4 && this.stems.has(s));
  }
}

// ---------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------

/**
 * Word valence from AFINN-165 (Finn Årup Nielsen's list, −5 … +5) and its Swedish and Norwegian
 * translations (afinn-165-multilingual): how negative a word said of a group is, without a list
 * of our own. Folded like the text, single words only, matched by stem.
 */
function valenceTable(tables: readonly Record<string, number | null>[]): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const fold = (w: string) => w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'a');
  for (const table of tables) {
    for (const [word, v] of Object.entries(table)) {
      if (typeof v !== 'number' || /\s/.test(word)) continue;
      const w = fold(word);
      for (const key of w.length <= 4 ? [w] : [w, ...stemsOf(w).filter((x) => x.length >= 5)]) {
        const old = out.get(key);
        if (old === undefined || v < old) out.set(key, v);
      }
    }
  }
  return out;
}
/** English first (the original list); the machine translations only for words English does not have. */
const VALENCE_EN = valenceTable([AFINN_EN as Record<string, number | null>]);
const VALENCE_NORDIC = valenceTable([AFINN_SV as Record<string, number | null>, AFINN_NO as Record<string, number | null>]);

/** States people suffer rather than traits they are blamed for ("utsatta", "lonely", "discriminated"): negative words, no derogation. */
const VICTIM_STATE = new Lexicon(`
  discriminated discrimination diskriminerade diskriminering diskriminert victim victims offer ofre utsatta utsatt utsatte vulnerable sarbara sarbare
  lonely ensamma ensomme alone poor fattiga fattige afraid radda redde scared hurt suffer suffering lider unemployed arbetslosa arbeidsledige
  oppressed fortryckta undertrykte persecuted forfoljda forfulgte harassed trakasserade trakassert attacked threatened hotade truet killed murdered
  underrepresented underrepresenterade exkluderade excluded marginalised marginalized marginaliserade worried oroliga bekymret sad ledsna lei
  tired trotta slitne angry arga sinte sick sjuka syke ill injured skadade skadet dead doda dode died dog missing saknade homeless hemlosa
  hemlose struggling kampar kjemper tragic tragiskt tragedy tragedi stress stressade stressed anxious angest angst depressed deprimerade
  abused misshandlade mishandlet bullied mobbade mobbet excluded utestangda utestengt racism rasism rasisme hate hat hatet hatred
  prejudice fordomar fordommer problem problems problemer issue issues challenge challenges utmaningar utfordringer risk risks
`);

/** The valence of a word (negative: bad), or 0 when unknown. */
function valenceOf(token: string): number {
  for (const table of [VALENCE_EN, VALENCE_NORDIC]) {
    const direct = table.get(token);
    if (direct !== undefined) return direct;
    if (token.length <= 4) continue;
    for (const s of stemsOf(token)) {
      const x = s.length >= 5 ? table.get(s) : undefined;
      if (x !== undefined) return x;
    }
  }
  return 0;
}

/** What a group is called when it is said to be one ("ett problem", "a burden", "en belastning"). */
const BURDEN = new Set(['problem', 'burden', 'borda', 'byrde', 'belastning', 'threat', 'hot', 'trussel', 'danger', 'fara', 'fare', 'drain', 'plague', 'cancer', 'disease', 'kostnad', 'cost', 'utgift']);

/** A copula or a verb of seeming: what follows is said of the subject. */
const COPULA = new Set(['ar', 'er', 'are', 'is', 'r', 'e', 'var', 'were', 'was', 'blir', 'blev', 'ble', 'become', 'becomes', 'verkar', 'virker', 'seem', 'seems', 'look', 'looks', 'ser', 'sounds', 'latar']);

/** Protected groups: origin, nationality, religion, sexuality, gender identity, gender, disability. */
const GROUP = new Lexicon(`
  invandrare invandrarna invandrarbarn immigrant immigranter immigrants migranter migrants migrant innvandrere innvandrerne innvandrer
  flykting flyktingar flyktingarna flyktninger flyktningene refugee refugees asylsokande asylsokare asylsokere asylum
  utlanning utlanningar utlendinger utlendingene utlending foreigner foreigners nysvenskar
  muslim muslimer muslimerna muslimene muslims moslem moslemer islamister jude judar judarna jew jews joder jodene jodar
  kristna kristne christians hinduer hindus sikher sikhs buddister buddhists
  romer romerna zigenare zigenarna sigoynere sigoynerne gypsies gypsy samer samerna samene sami lappar
  araber arabere arabs afrikaner afrikanere africans asiater asians somalier somaliere somalis afghaner afghanere afghans
  syrier syrere syrians kurder kurdere kurds eritreaner eritreere eritreans irakier irakere iraqis iranier iranere iranians
  polacker polakker poles rumaner rumenere romanians pakistanier pakistanere pakistanis turkar tyrkere turks
  homosexuella homosexuelle homosexuals homosexual homofile homofil bogar bogarna lesbiska lesbiske lesbians lesbian gays
  bisexuella bifile bisexuals transpersoner transpersonerna transperson transkvinnor transmen transwomen transgender transfolk
  hbtq hbtqi lhbt lhbtq lgbt lgbtq lgbtq+ queers skeive ickebinara nonbinary
  kvinnor kvinnorna kvinner kvinnene women woman females feminister
  funktionsnedsatta funktionshindrade handikappade funksjonshemmede funksjonshemmete disabled utvecklingsstorda utviklingshemmede
  autister autists rullstolsburna psykiskt
`, 'rom roma gay gays jews');

/** Multi-word group names ("black people", "svarta människor", "trans people"). */
const GROUP_PHRASE = /(?<![a-z])(?:(?:black|svarta|svarte|gay|trans|disabled|jewish|muslim|romani|brown|asian|arab|deaf|dova|dove|blind|blinda|blinde|autistic|queer)(?: |-)(?:people|persons|folk|manniskor|mennesker|personer|folks|men|women|man|kvinnor|kvinner|kids|children|barn)|people of colou?r|svarta|svarte|blacks)(?![a-z])/;

/** Slurs: a group named with contempt (matched as written: their stems collide with harmless words). */
const SLUR = new Lexicon('', `
  blattar blatte blattarna svartskallar svartskalle negrer neger niggers nigger negrerna zigenarpack tattare
  muzzies muzzie towelheads towelhead pakkis chinks chink faggots faggot fags trannies tranny kikes kike
  wetbacks spics gooks ragheads sandnegrer sandneger untermenschen homser homse transor kanaker
  lappjavlar bogjavlar jodesvin judesvin fag paki blattarna blattejavlar negerjavlar
  zigenare zigenarna zigenaren zigenarjavel gypsies gypsy sigoyner sigoynere sigoynerne mongo mongon mongoloid mongoloider retard retards spastic spasse cpunge
`);
/** Words the phrase tables take for slurs that also name things ("flata", "apekatt", "kebabnorsk", "dykes", "homser"). */
const OLD_SLUR_HINT = /^(?:flat(?:a|or)|apekatt\w*|kebabnorsk\w*|dykes?|homs\w*|bog\w*|lapp\w*|transor|spicks?|gooks?)$/;

/** A slur said of oneself ("vi bögar och flator", "as a queer woman"): reclaimed. */
const RECLAIMED = /(?<![a-z])(?:vi|we|oss|us|as a|som en|som|jeg er|jag ar|i'?m a|i am a|proud)(?: \w+){0,2}$/;

/** Things that slur homonyms name ("a fag break", "gypsy jazz", "negerboll", "homo sapiens", "flame retardant"). */
const HOMONYM_CONTEXT = /(?<![a-z])(?:stenar|stones?|stein|steiner|plattor|netherlands|dutch|nederland\w*|holland|sprak\w*|language|ord|word|words|meaning|betyder|betyr|film\w*|movie|zoo|paraplegi\w*|kings|cover|band|cigarettes?|smoke|smoking|break|fag end|jazz|swing|musik|music|moth|moths|skirt|kjol|boll|bollar|bullar|sapiens|erectus|retardant|flame|fire|brand|gearbox|transmission|vaxellada|bundle|sticks|meatballs?|faggots and|dam|dike|kaka|kakor|tarta|pastry)(?![a-z])/;

/** A slur word used as a thing's name or reclaimed by those it names. */
export function slurExcused(tokens: readonly string[], i: number): boolean {
  return HOMONYM_CONTEXT.test(tokens.slice(Math.max(0, i - 3), i + 4).join(' ')) || RECLAIMED.test(tokens.slice(Math.max(0, i - 3), i).join(' '));
}

/** A group word made into an insult ("polackjävel", "muslimpack", "invandrarsvin"). */
const SLUR_COMPOUND = /^(?:polack|polakk|muslim|moslem|invandrar|innvandrer|arab|somali|afghan|neger|svart|blatte|zigenar|sigoyner|jud|jode|homo|bog|trans|lapp|finn|turk|kurd|irak|syrier|afrikan|asiat|kines|ruman|eritre|flykting|flyktning|asyl|utlannings|utlendings|rom|same)\w{0,3}(?:javel|javlar|javla|jaevel|jaevler|jevel|jevler|pack|pakk|svin|djur|fan|horor|yngel|avskum|ohyra|rattor|rotter|skit|dritt|jævel)$/;

/** People in general and non-protected groups: harm to them is a threat, contempt for them is not hate. */
const PEOPLE = new Lexicon(`
  folk folket manniskor manniskorna mennesker menneskene people persons personer person individer
  cyklister cyklisterna syklister bilister bilisterna drivers cyclists konsulter konsulenter consultants
  politiker politikerna politikere politicians byrakrater byrakrater bureaucrats journalister journalists
  chefer sjefer bosses managers bankirer bankers hyresvardar landlords turister tourists grannar naboer neighbours neighbors
  pensionarer pensjonister pensioners ungdomar ungdommer teenagers kids barn barnen children tjej tjejen
  typen fyren karen gubben gubbe tanten kvinnan mannen kvinnen mannen guy guys dude girl woman man lady gentleman
  familj familjen familie familien family medlemmar members foraldrar foreldre parents elever elevene students pupils
  vaccinmotstandare antivaxxare antivaxxers veganer vegans fotbollsfans supportrar
`, 'han hon hen hun him her he she ham henne honom dem dom dei them they de these those such dessa disse dudes kille killen killar killarna');

/** The city's staff, by role (named or in general). */
const STAFF = new Lexicon(`
  socialsekreterare socialsekreteraren socialsekreterarna socialarbetare socialarbeider socialarbeidere handlaggare handlaggaren handlaggarna
  saksbehandler saksbehandleren saksbehandlere caseworker caseworkers tjansteman tjanstemannen tjanstemannen tjenestemenn officials official
  larare lararen lararna laerer laereren laerere teacher teachers rektor rektorn rektoren rektorer principal headteacher
  forskollarare barnskotare pedagoger pedagog sjukskoterska sjukskoterskor sykepleier sykepleiere nurse nurses underskoterska
  hemtjanst hemtjansten hemtjanstpersonal personal personalen staff employees anstallda anstallde ansatte ansatt medarbetare
  kommunanstallda kommuneansatte bibliotekarie bibliotekarien librarian receptionist vakter vakten vekter guard guards
  stadsdirektor stadsdirektoren kommunalrad kommunalradet ordforande borgmester mayor councillor councillors radman
  barnevern barnevernet barnevernsleder socialtjansten socialtjanst socialkontoret nav kontaktcenter chefen sjefen
  boss manager hr-chef enhetschef enhetschefen avdelningschef forvaltningschef socialchef skolchef stadsjurist
  halsovardare hemvardare hemvardaren sosionom sosionomer socialbyran tjansteinnehavare hjemmetjenesten
  chief chiefs director head soc socialen department recruiter planner inspector officer warden wardens staffer panel committee board styrelse namnd
`);

/** The city as an organisation. */
const CITY = new Lexicon(`
  kommunen kommunens kommune kommunene kommuner staden stadens byen city council municipality forvaltningen forvaltning
  ledningen ledelsen helsingborg helsingborgs region regionen administration fullmaktige kommunstyrelsen
`);

/** Buildings and places that can be burnt, bombed or stormed. */
const BUILDING = new Lexicon(`
  stadshuset stadshus radhuset radhus kommunhuset kontoret kontor kontorer office offices building buildings byggnad byggnaden bygget
  skolan skola skolen school schools forskolan forskola daghem daghemmet barnehagen barnehage kindergarten library biblioteket bibliotek
  dunkers huset hus lokalerna lokalene socialkontoret sjukhuset sykehuset hospital moske mosken moskeen mosque synagogan synagogen synagogue
  kyrkan kirken church stationen receptionen entren rathaus hall townhall cityhall boende boendet asylboendet mottak mottaket centre center
`);

/** Objects, animals and things (harm words about them are no threat). */
const OBJECT = new Lexicon(`
  wifi wifit wifien internet natet nettet skrivare skrivaren printer printers appen app application systemet system datorn computer laptop programmet program software
  hemsidan nettsiden website sidan siden page formularet skjemaet form mote motet meeting meetings deadline deadlines budget budgeten
  ide iden idea ideas projekt projektet project bug buggen buggar kaffe kaffet coffee mat maten food kakor cookies tarta kaka
  mygg myggen mosquitoes mosquito flugor fluer flies getingar wasps kackerlackor cockroaches rattor rotter rats mus moss mice ogras ugress weeds
  parkeringsautomaten automaten automat machine maskinen telefonen phone faxen fax vinter vintern winter mandagar mandag monday mondays
  regler reglene rules byrakratin byrakrati bureaucracy blanketter paperwork pappersarbete tid tiden time trafik trafiken traffic
  e-tjansten tjansten service sparkcyklar scooters stolar chairs bus buses buss bussen bussar nattbussen linjen linje line route
  parken park badet simhallen pool bron bridge vagen road gangvagen budget satsningen projektet programmet forslaget proposal plan planen
`);

const HYPOTHETICAL = new Set(['could', 'kunde', 'kunne', 'might', 'skulle', 'would', "i'd", 'id']);
const FIRST_PERSON = new Set(['jag', 'ja', 'jeg', 'i', 'vi', 'we', 'me']);
/** Compounds ending in a thing ("tidrapporteringssystemet", "rekryteringsportalen", "kaffemaskinen"). */
const THING_SUFFIX = /(?:systemet|system|portalen|portal|maskinen|maskin|automaten|automat|tjansten|tjenesten|sidan|siden|appen|app|programmet|skrivaren|skriveren|kokaren|kokeren|wifi|wifien|natet|nettet|datorn|datamaskinen|blanketten|skjemaet|formularet|kaffet|kaffen|coffee|machine|printer|website|portal|software|service)$/;
const YOU = new Set(['du', 'dig', 'din', 'dina', 'ditt', 'ni', 'er', 'era', 'ert', 'dere', 'deg', 'deres', 'you', 'your', 'ya', 'u', "you're", 'youre', 'yourself']);
const THIRD_PERSON = new Set(['han', 'hon', 'hen', 'hun', 'honom', 'henne', 'ham', 'him', 'her', 'he', 'she', "he's", "she's", 'hans', 'hennes', 'hens', 'his', 'hers', 'hennar']);
/** Compounds ending in a role or a building ("hemtjänstkontoret", "biblioteksjefen", "p-vakten"). */
const STAFF_SUFFIX = /(?:inspektoren|inspektorn|planeraren|planerare|arbetarna|arbetare|koordinatorn|koordinatoren|vikarien|kuratorn|direktoren|direktorn|rekryteraren|rekrytereren|ledaren|lederen|namnden|nemnda|styrelsen|styret|avdelningen|avdelinga|avdelingen|gruppen|teamet|chefen|chef|sjefen|sjef|vakten|vakt|vaktmestern|vaktmesteren|vaktmastaren|handlaggaren|saksbehandleren|sekreteraren|skoterskan|pleieren|lararen|laereren|rektorn|rektoren|forman|formannen|ansvarige|ansvarlige|personalen|personal|ansatte|anstallda|tjanstemannen)$/;
const BUILDING_SUFFIX = /(?:kontoret|kontor|kontorer|huset|hus|skolan|skolen|biblioteket|hallen|stationen|boendet|mottaket|forskolan|barnehagen|byggnaden|bygget|lokalen|lokalerna|lokalene)$/;
const THEY = new Set(['de', 'dom', 'dem', 'dei', 'they', 'them', "they're", 'theyre', 'those', 'these', 'dessa', 'disse', 'sadana', 'sadant', 'slike', 'slikt', 'sant', 'sana']);

/** Who a sentence is about. */
export type TargetKind = 'group' | 'person' | 'you' | 'staff' | 'city' | 'building' | 'people' | 'object';

// ---------------------------------------------------------------------------------------------
// Acts
// ---------------------------------------------------------------------------------------------

/** Violence and death. */
const HARM = new Lexicon(`
  kill killing killed murder murdered shoot shot shooting stab stabbed hang hanged lynch lynched burn burned burnt torch torched
  drown drowned beat beaten punch punched strangle strangled choke rape raped hurt harm injure bomb bombed blow slaughter
  butcher exterminate exterminated eradicate annihilate gas gassed execute executed behead decapitate torture tortured
  suffer die dies died dying dead death smash assault attack attacked knife poison poisoned massacre eliminate
  doda dodar dodade dodas dodad mord morda mordar mordas skjuta skjuter skjuts skjutas skjutit knivhugga knivhugger
  hanga hanger hangas hangde lyncha branna branner brannas brann brinna dranka drankas dranker misshandla misshandlas spoa spoas
  strypa stryps kvava valdta valdtas skada skadas spranga sprangas spranger bomba bombas slakta slaktas utrota utrotas
  avratta avrattas halshugga tortera torteras lida lider dod doden krossa attackera gasa gasas forgifta massakrera
  ihjal ihjel drepe dreper drept drepes myrde myrder myrdes skyte skyter skytes knivstikke henge henges brenne brennes brent
  drukne druknes kvele kveles voldta voldtas skade skades sprenge sprenges bombe bombes slakte utrydde utryddes
  henrette henrettes halshugge torturere knuse angripe gasse forgifte lide knivstikk skjuten
  banket banka juling jaga jagar jakte jakter jakt hunt hunting cleanse cleansing purge elda eldas brenna rensa rensas utplana utplanas tanda skjutas gasa gasas pakord pakorda overkjort overkjores knerte knerta bleed bleeding bloda blode killa killar punktera punktere slash spracka sprakker
`, 'dor dod sla slas slar slo banke banka bankes hugg shot');

/** Harm said in more than one word ("clear the city of …", "bli av med …", "wipe out"). */
const HARM_PHRASE = /(?<![a-z])(?:(?:clear|cleared|clean|cleaned|cleanse|rid|purge)(?: \w+){0,3} of|get rid of|bli av med|bli kvitt|bli kvit|wipe out|wiped out|utplana|utslette|make (?:\w+ ){0,2}disappear|fa (?:\w+ ){0,2}att forsvinna|ta livet av|take (?:\w+ ){0,2}out|(?:put|putting|plant|satta|sätta|sette|skjuta|skyte) (?:a |en |ei )?(?:bullet|kula|kule|kulan|kniv|knife) (?:in|i|into|genom|through)|set (?:\w+ ){0,3}(?:on fire|alight|ablaze)|(?:satta|tanda|tända) eld pa|sette fyr pa|tenne pa|sort (?:them|him|her|you|it) out (?:for good|once and for all|properly)|en gang for alla|en gang for alle|once and for all)(?![a-z])/;

/** A sentence opened by a condition ("om ni inte …", "if you don't …", "hvis …"). */
const CONDITIONAL = /^(?:om|if|hvis|unless|utan att|med mindre|ifall|dersom|next time|nasta gang|neste gang|en gang till|one more time|igen)(?![a-z])|(?:annars|or else|ellers|otherwise|or next time)/;

/** Death as something wished or called for in Swedish/Norwegian ("ska dö", "kan dø", "hoppas han dör"). */
const DIE_SV_NB = /(?<![a-z])(?:ska|skall|skulle|borde|bor|maste|kan|ma|skal|burde|att|a|fortjanar|fortjener|fick|fa|far|hoppas|haper|onskar|onsker)(?: \w+){0,3} do(?![a-z])/;

/** Dehumanising nouns ("… är råttor", "… er parasitter", "… are vermin"). */
const DEHUMANISING = new Lexicon(`
  rattor rotter rats ohyra skadedjur skadedyr vermin pests parasiter parasitter parasites kackerlackor kakerlakker cockroaches
  djur dyr animals beasts odjur monsters apor aper apes monkeys svin swine pigs grisar griser avskum scum avfall trash garbage
  skrap soppel skit filth smuts cancer kreft pest plague smitta virus sjukdom disease sjukdomen insekter insects insekt
  lopor lus loss lice igler leeches boskap cattle vildar villmenn savages untermenschen subhuman underman undermanniskor
  bakterier bacteria tumor tumour zoo djurpark dyrehage apbur aphus
`, 'rat');

/** Negative things said of a group ("äckliga", "farliga", "lazy", "a burden"). */
const DEROGATORY = new Lexicon(`
  ackliga ackel vidriga snuskiga smutsiga skitiga vardelosa underlagsna onda farliga kriminella dumma korkade lata primitiva
  efterblivna sjuka ruttna avskyvarda motbjudande ekle ekkel motbydelige skitne verdilose underlegne onde farlige kriminelle
  dumme late primitive tilbakestaende syke ratne disgusting vile filthy dirty worthless inferior evil dangerous criminals
  criminal stupid lazy primitive backward sick useless pathetic subhuman degenerate degenerates barbaric barbarians barbarer
  vaerdilose parasitic terrorists terrorister rapists valdtaktsman voldtektsmenn thieves tjuvar tyver liars lognare loggnere
  byrde burden plague smittsamma abnormal onaturliga unnatural perverse perverterade perverts pedofiler pedophiles
  mindre underlig frikar freaks repulsive revolting nauseating hideous vile vidrig vidriga frastande motbjudande vamjelig vamjeliga
  ackligaste vidrigaste farligaste ekleste verste worst cancerous giftiga giftige toxic
`);

/** First-person contempt verbs ("jag hatar …", "I can't stand …"). */
const CONTEMPT = /(?<![a-z])(?:hatar|hater|hate(?! (?:speech|crimes?|groups?|mail|comments?))|hates|avskyr|avsky|despise|despises|loathe|loathes|foraktar|forakter|detest|detests)(?![a-z])|(?:can'?t|cannot|kan inte|kan ikke|klarar inte av|tal(?:er)? ikke|star inte ut med) stand|(?:star|star) inte ut med|taler ikke|makes? me (?:sick|puke|vomit)|(?:physically|fysiskt|fysisk) (?:sick|illamaende|kvalm|uvel)|(?:mar|blir) (?:\w+ )?illa(?:maende)? av|blir (?:\w+ )?kvalm av|sick to my stomach|spyr (?:pa|av)|sick of|trott pa|lei av|fed up with/;

/** Calls to exclude, lock up or strip a group of rights. */
const EXCLUDE = /(?<![a-z])(?:(?:no|ingen|inga|none of|not one)(?: \w+){0,3} (?:should|borde|ska|skall|burde|skal|must)(?: \w+){0,2} (?:be allowed|fa|tillatas|tillates|fa lov)|(?:halla sig borta|hall(?:a)? dem borta|stay away|keep away|keep (?:them|\w+) (?:out|away)|holde seg unna|hold (?:dem|\w+) unna)|(?:should|must|need to|ought to|has to|have to)(?: all)? be (?:locked up|caged|put in cages|banned|deported|sent (?:back|home|away)|kicked out|thrown out|sterili[sz]ed|removed|expelled|interned|segregated|kept out|put in camps)|(?:borde|bor|maste|ska|skall|burde|ma|skal)(?: \w+){0,2} (?:lasas in|spärras in|sparras in|sattas i (?:bur|lager|burar)|sitta i (?:bur|burar)|forbjudas|utvisas|deporteras|kastas ut|skickas (?:hem|tillbaka|ut)|steriliseras|lases inne|sperres inne|settes i (?:bur|leir)|forbys|kastes ut|sendes (?:hjem|tilbake|ut)|utvises|steriliseres)|(?:shouldn'?t|should not|must not|mustn'?t) be allowed|(?:borde|bor|ska|skall|burde|bor|skal) (?:inte|ikke|int) (?:fa|fa lov att|ha ratt att|fa lov til a) |(?:have|has) no place (?:here|in)|(?:har|hor) (?:inget|ingenting|ikke noe|intet) (?:har|her) att gora|hor inte hemma|horer ikke hjemme|(?:don'?t|do not|doesn'?t) belong|go back to|aka hem|dra hem|reis hjem|(?:put|lock) them (?:in|up)|in cages|i burar|i bur|i leirer|in camps)/;

/** Good things a group is denied in a negated-good statement ("… är inte människor"). */
const HUMAN_GOOD = /(?<![a-z])(?:asset|an asset|tillgang|en tillgang|ressurs|en ressurs|contribute|bidra|bidrar|bidrag|jobb|ett jobb|en tjanst|tjanst|a job|jobs|a place|plats|en plats|work here|jobba har|jobbe her|be trusted|lita pa|litas pa|stole pa|good at|bra pa|god til|human|humans|people|persons|manniskor|mennesker|manniska|menneske|trusted|trustworthy|honest|lita pa|stole pa|arliga|aerlige|welcome|valkomna|velkomne|equal|equals|likvardiga|likeverdige|lika mycket varda|like mye verdt|worth (?:anything|something|the same|saving)|varda (?:nagot|att raddas)|verdt noe|civili[sz]ed|civiliserade|siviliserte|capable|kapabla|intelligent|intelligenta|smarta|smarte|deserve (?:rights|respect|to live|to be here|a place)|fortjanar (?:respekt|rattigheter|att leva|att vara har)|fortjener (?:respekt|rettigheter|a leve)|belong here|hor hemma har|horer hjemme her|normal|normala|normale|real (?:men|women|people|swedes)|riktiga (?:manniskor|svenskar|kvinnor|man))(?![a-z])/;

/** Insinuation and othering: how implicit derogation is framed, whatever group it names. */
const IMPLICIT: readonly RegExp[] = [
  /dra (?:era|dina|egna|dom|de) (?:egna )?slutsats\w*|draw your own conclusions?|trekk (?:deres|dine|egne) (?:egne )?konklusjon\w*|bara en iakttagelse|bare en observasjon|just an observation|just saying|jag sager bara|jeg sier bare|i'?m just saying|you do the math|ni kan rakna ut resten|dere kan regne ut resten|ingen slump|no coincidence|ikke tilfeldig|inte en slump/,
  /(?:vanligt folk|vanliga manniskor|vanlige folk|vanlige mennesker|normal people|ordinary people|normala manniskor|normale mennesker|riktiga svenskar|ekte nordmenn|real swedes|real norwegians|decent people|hederligt folk|skotsamma manniskor)/,
  /(?:forr|forr i tiden|tidigare|pleide|used to be|once was|back when)(?: \w+){0,8} (?:trygg\w*|safe|lugn\w*|rolig|peaceful|fin|bra|nice|sakert|trivelig)(?: \w+){0,6} (?:sen|sedan|sa|then|siden|until|innan|before|men sa) (?:kom|came|flyttade|flyttet|moved|arrived|slapptes|slapte)/,
  /(?:sa fort|sa snart|as soon as|ever since|sedan|siden|since|wherever|overallt dar|der)(?: \w+){0,4} (?:kom|kommer|flyttade|flytter|flyttet|moved|move|came|come|arrive|arrived|anstalldes|ble ansatt|were hired)(?: \w+){0,6}|(?:brak|brott|kriminalitet|otrygg\w*|stold\w*|ran|inbrott|trouble|crime|unsafe|thefts?|fights?|vald|problem|problemer|problems|kaos|chaos|klotter|smuts|skrap|bratt|slagsmal|slossing\w*)(?: \w+){0,6} (?:sa fort|nar|when|since|sedan|siden|as soon as|ever since)/,
  /rakna(?:r)? kassan|count(?:ing)? the (?:till|cash|money|spoons)|lock (?:up )?(?:your|the) (?:wallets?|bags?|valuables)|las(?:er)? in (?:planbocken|plånboken|vaskorna|silvret)|hold (?:on to|onto) your (?:wallets?|bags?)|passa (?:planboken|plånboken|vaskan)|pass pa (?:lommeboka|lommeboken|veska)|tell (?:the )?(?:cash|penger)|telle kassen|gom(?:ma)? (?:planboken|plånboken)/,
  /(?:passar|passer|fit|fits|belong|hor hemma|horer hjemme|gar ihop|gar ihop|mix|blandas|blander) (?:\w+ ){0,3}(?:inte|int|ikke|not|never|aldrig|aldri)|(?:inte|int|ikke|don'?t|do not|doesn'?t|never|aldrig|aldri) (?:\w+ ){0,2}(?:passar|passer|fit|belong|hor hemma|horer hjemme|gar ihop|mix|blandas)/,
];

/** Insults aimed at a person, matched as written ("du är en idiot", "Nilsson är en pajas"). */
const INSULT = new Lexicon('', `
  idiot idioten idioter idiotisk idiotiska moron morons imbecil imbecile cunt fitta fittan fitte hora horan hore whore bitch bitches
  slut slampa subba karring karringen kjerring kjerringa retard retarded efterbliven efterblivna mongo pucko puckon dumskalle dumbass
  jackass asshole rasshol dickhead drittsekk skitstovel loser tapare taper psykopat psychopath fetto fatso lowlife creep weirdo
  pervo pervert freak ackel odugling nolla svin javel jaevel idioter idiots morons bitches horor karringar losers clowns cunts retards
`);
/** Words about someone's work ("inkompetent", "pajas"): harassment of a named person, criticism of "ni" or the city. */
/** Insults in the plural ("idioter", "morons"): said of a group, not a personal attack. */
const PLURAL_INSULT = new Set(['idioter', 'idiots', 'morons', 'imbeciler', 'imbeciles', 'bitches', 'horor', 'horer', 'karringar', 'kjerringer', 'losers', 'taperne', 'clowns', 'klovner', 'pajaser',
  'psykopater', 'psychopaths', 'creeps', 'weirdos', 'perverts', 'freaks', 'cunts', 'fittor', 'assholes', 'rasshol', 'dickheads', 'retards', 'efterblivna', 'mongon', 'puckon', 'dumskallar', 'jackasses', 'lowlifes', 'svin', 'javlar', 'jaevler', 'idiotene', 'idioterna']);
const WORK_INSULT = new Lexicon('', `
  inkompetent inkompetenta inkompetente incompetent udugelig udugelige useless worthless vardelos vardelosa verdilos pathetic patetisk
  patetiska clown clowns klovn klovner pajas pajaser amator amatorer amateurs amateur joke skamt latterlig
`);
/** "Du" and "you" as one person; "ni", "dere", "er" are usually the city's organisation. */
const YOU_ONE = new Set(['du', 'dig', 'din', 'dina', 'ditt', 'deg', 'you', 'ya', 'u', "you're", 'youre', 'yourself']);

/** Idioms with violent words that harm no one ("killing it", "dör av skratt", "skjuta upp mötet"). */
const HARMLESS_IDIOMS: readonly RegExp[] = [
  /(?:killing|killed|kill|slay|slaying|slayed|nailed|crushed|crushing|smashed|smashing) (?:it|this|that)(?![a-z])/g,
  /(?:kill|doda|drep|drepe|doda) (?:your|dina|dine|era|dere[s]?) darling\w*|(?:skjuta|skjuter|skot|skjut|skjoet|skyte|skjot) (?:ivag|avgarde|av garde)|shoot (?:the|a|our) (?:meeting|deadline|call|date)\w* (?:to|till|until)|(?:en |ei |a )?(?:riktig |real |skikkelig )?bomb(?:e)? (?:pa|i|at|med|with) \w+|bomben (?:er|ar|har) (?:sluppet|slappt|slappts|gatt)|bombshell|da bomb/g,
  /(?:burn(?:ed|t|ing)? ?out|utbrand\w*|utbrent\w*|give it a shot|a shot at|big shot|long shot|photo ?shoot|shoot(?:ing)? (?:a |the )?(?:video|film|photos?|pictures?|scene)|smash hit|dead ?tired|dodstrott|dodstrott|dodssliten|sla (?:igenom|till)|banka pa dorr\w*)/g,
  /(?:do|dor|doende|dog|dor nastan|ligger dod) (?:av|av ren) (?:skratt|avund\w*|nyfikenhet|langtan|langtan|tristess|hunger|trotthet|varme|varmen|kyla|kylan)|(?:dor|dode) av latter|dying (?:of|from) (?:laughter|curiosity|envy|boredom)|(?:die|died|dying) laughing|to die for|(?:dor|doer|do) for (?:att|a)|dodsbra|dodsskont|dodsgod|dodskul|dodsgodt|drepende morsom|killer (?:app|feature|look)|drepende (?:god|goy|morsom|bra|kjedelig|spennende)|dodande (?:trakigt|trist)|skjut(?:a|er|it)? (?:upp|in)|skyve pa|utskjut\w*|blow (?:away|the competition|my mind|out the candles)|blew (?:me|my mind) away|(?:blasa|blaser) ut ljusen|slog (?:alla|rekord)|sla (?:ett slag|rekord|igenom|upp)|slar (?:ett slag|rekord|igenom|upp)|slo (?:rekord|igjennom)|beat (?:the|my|our|your) (?:record|deadline|traffic|heat|odds)|brann(?:er|de)? for|brenner for|burn(?:ing|s)? for|(?<!set (?:\w+ ){0,4})on fire|i hela kroppen|hang (?:out|in there|on)|hanga med|henge med|hang med|shoot (?:me |us )?(?:an? )?(?:email|e-mail|message|dm|line|question)|skjut (?:ivag|iväg)|ta livet av mig av (?:skratt|tristess)|kill (?:time|the lights|two birds)|tid att doda|slå ihjäl tiden|sla ihjal tiden|drepe tiden|kill for (?:a|an|some)|would kill for|'?d kill for|kill for (?:this|that|the|a|an)|(?:bomba|bombe|bombard|spam)\w* (?:er|din|dere|your|our|var) (?:inkorg|innboks|inbox)\w*|skulle doda for|dreper for|killer|killjoy/g,
].map((re) => new RegExp(`(?<![a-z])(?:${re.source})(?![a-z])`, 'g'));

/**
 * Veiled threats: no harm word, but a menace aimed at someone — knowing where they live or
 * what car they drive, a warning to watch their back, a promised consequence, a visit "not to
 * drink coffee", bringing something other than papers, a fire hint.
 */
const MENACE: readonly RegExp[] = [
  /(?:vet|vi vet|jag vet|vet jag|vet vi|kanner till|har koll pa|har kolla pa|hittat|hittar|vet hvor|vet hvilken|know|knows|found out|figured out) (?:\w+ ){0,2}(?:var|hvor|where|vilken bil|hvilken bil|what car|which car|nar|when|vilken skola|hvilken skole|what school) (?:\w+ ){0,3}(?:bor|lives?|live|kor|kjorer|drives?|slutar|slutter|finishes|parkerar|parkerer|parks|gar|gaar|walks|jobbar|jobber|works|ligger|hamtar|henter|picks up|sover)/,
  /(?:se|ser|titta|kika) (?:sig|dig|er|seg|deg|dere) (?:over|bakom) (?:axeln|axlarna|skulderen|skuldrene|ryggen)|watch (?:your|his|her|their) back|akta (?:sig|dig|er)(?! for (?:halka|kylan|solen|trafiken|vagarbete))|pass (?:deg|dere|seg) (?:godt )?(?:na|fremover)?|be careful(?! (?:with|when|on|in the))|var forsiktig|vaer forsiktig/,
  /(?:ni|du|dere|you|you'?ve|you have|you are|consider yourself|consider yourselves|ni ar|du ar|dere er|du er) (?:\w+ )?(?:varnade|varnad|advart|advarte|been warned|warned)|sista varningen|last warning|siste advarsel|final warning/,
  /(?:you|ni|du|dere|deg|dig|han|hon|hen|hun|he|she|they|de|dom|den som|whoever|the one who|you all|ni alla|dere alle)(?: \w+){0,2} (?:ska|skall|skal|kommer att|kommer til a|will|'ll|gonna|are going to|is going to) (?:\w+ ){0,2}(?:fa betala|betala for|fa betale|betale for|pay for (?:this|that|it)|pay dearly|regret (?:the day|this)|fa angra|fa se vad som hander|fa se hva som skjer|find out what happens|see what happens)|(?:jag|jeg|vi|i'?ll|we'?ll|i will|we will) (?:\w+ )?(?:hittar|finner|find|finds|tracks? down|hunt down|spore opp) (?:dig|henne|honom|er|deg|ham|dere|you|her|him|them|dem|dom|the)/,
  /(?:nagot|nat|noe|something|det|nagonting) (?:\w+ ){0,2}(?:kommer (?:att )?|skulle kunna |kan |kommer til a |will |could |might |is going to |gonna )(?:handa|hande|skje|happen)|(?:vore|vaere|hadde vaert|would be|it'?d be) (?:\w+ )?(?:synd|trist|a shame|a pity|sad) (?:om|if|hvis) /,
  /(?:kommer|kommer jag|jag kommer|kommer vi|jeg kommer|vi kommer|i'?m coming|we'?re coming|i'?ll (?:come|show up|be)|show up|dyka upp|dukker opp) (?:\w+ ){0,4}(?:och halsar pa|og hilser pa|pay (?:you )?a visit|visit|med (?:mer|nagot annat|noe annet)|with (?:more than|something|a bat|a gun|a knife|friends)|more than just|inte (?:for|bara) (?:att )?(?:dricka kaffe|prata)|ikke for a drikke kaffe|not (?:to|for) (?:drink )?coffee)|(?:tar|tar jag|tar vi|jeg tar|tek) med (?:mig |meg |oss )?(?:nagot annat|noe annet|hagelbossan|bossan|kniven|kofoten|pistolen|geveret|bensin|vapen|vapnet)|(?:bring|bringing|i'?ll bring|bring along) (?:a |my |some |the )?(?:bat|gun|knife|axe|petrol|gasoline|friends|shotgun|rifle)|with a (?:bat|gun|knife|crowbar|axe)|more than (?:just )?(?:complaints|words|papers)|nagot annat an papper|inte (?:pa|på) ett trevligt satt|not in a (?:nice|friendly) way|ikke pa en hyggelig mate|(?:blir|blir det) (?:inte|inget) mer (?:snack|prat)|no more talk(?:ing)?|ikke mer prat/,
  /(?:won'?t|will not|wont) (?:be )?(?:leaving|leave|walk(?:ing)? out) (?:on (?:their|his|her|your) (?:own )?feet|in one piece|alive)|on a stretcher|in a body bag|i en likkista|i likkiste|inte (?:gar|kommer) harifran (?:levande|hel)/,
  /(?:tar hand om|tar seg av|take care of|deal with|ta hand om|ordna med) (?:\w+ ){0,3}(?:ordentligt|skikkelig|properly|for good)|om (?:ni|du) forstar vad jag menar|hvis (?:du|dere) skjonner hva jeg mener|if you know what i mean|(?:sager|sier) bara det|bare sa det er sagt|just saying/,
  /(?:ligger|finns|placerat|placerad|plassert|planted|placed|there'?s|there is|hidden|gomt|gjemt) (?:\\w+ ){0,2}(?:en |ei |a )?(?:bomb|bombe|sprangladdning|sprengladning|explosive|explosives|sprangamne)|(?:ni|dere|you|du) (?:har|have|has) (?:en |ei |an? |one )?(?:timme|time|hour|minutter|minuter|minutes|dag|dager|dagar|days) (?:pa er|pa dere|pa dig|pa deg|left|kvar|igjen)|(?:i'?ll be|i will be|we'?ll be|jag kommer att|jeg kommer til a|ja kommer) waiting for|(?:jag|ja|jeg|vi) (?:vantar|venter|star och vantar|vaktar) pa|say goodbye to (?:your|his|her)|kiss (?:your|his|her) \\w+ goodbye|ta farval (?:av|till)|ta farvel med|gets? the knife|far (?:smaka )?kniven|fa (?:smaka )?kniven|(?:rest of|resten av) (?:his|her|your|their|sitt|sin|ditt|din|hans|hennes) (?:short |korta |korte )?(?:life|liv)|short life|korta liv|korte liv|(?:ligger|lies|is|are|ar|er|hamnar|ender) (?:\\w+ )?(?:in a|i en|i ei|i) (?:coffin|kista|kiste|grave|grav|likkista|likkiste)|dansa pa (?:din|hans|hennes|deras) grav|dance on (?:your|his|her|their) grave|danse pa graven|(?:ge|gir|gav) (?:sig|oss|seg|meg|mig) pa|ga los pa|go after|gar los pa|(?:inte|int|ikke|not|won'?t) (?:\\w+ ){0,2}(?:darifran|derfra|out of there|harifran|herfra) (?:levande|hel|alive|i live)/,
  /tanda (?:pa|eld)|tenne (?:pa|fyr)|set (?:fire|it on fire|alight)|satta eld|sette fyr|brandslackare|fire extinguishers?|brannslukker|bensindunk|molotov|brinner (?:opp|upp|ner|ned)|brenner (?:ned|opp)|burn(?:s|ed)? (?:down|to the ground)/,
  /(?:fortjanar|fortjener|deserves?) (?:inte|int|ikke|not) (?:att |a |to )?(?:leva|leve|live)|dodsstraff|death penalty for|(?:ga|gar|gaa) under(?! (?:radarn|radaren|namnet|navnet))|en (?:small|snyting|kyss med knytnaven) pa (?:kaften|truten|kjeften)|knuse (?:trynet|kjeften|ansiktet)/,
].map((re) => new RegExp(`(?<![a-z])(?:${re.source})(?![a-z])`));

// ---------------------------------------------------------------------------------------------
// Modes and frames
// ---------------------------------------------------------------------------------------------

/** The writer's own intent ("jag ska", "I'm going to", "vi kommer att", "jeg skal"). */
const INTENT = new RegExp([
  // English subject and modal.
  "(?:i|we|i'?m|im|we'?re)(?: \\w+){0,2} (?:will|'ll|shall|am going to|are going to|going to|gonna|want to|wanna|would love to|'d love to|intend to|plan to|have to|must)",
  "i'?ll|we'?ll|i'?m gonna|im gonna|i'?m going to|im going to|i will|we will|i'?m coming|we'?re coming",
  // Swedish and Norwegian subject and modal, either order ("jag ska", "ska jag", "jeg skal").
  '(?:jag|ja|vi|jeg|me)(?: \\w+){0,2} (?:ska|skall|kommer att|kommer|tanker|tankte|vill|skal|kommer til a|har tenkt a|tenker a|tenkte a|onsker a|maste|ma)',
  '(?:ska|skall|kommer|tanker|tankte|skal|vill|kommer jag att) (?:jag|ja|vi|jeg)(?: \\w+)?',
  'kommer (?:och|for att|og|for a)',
  '(?:make|makes|gora|fa|fa dem|fa dig) (?:\\w+ ){0,3}(?:suffer|lida|lide|pay|betala)',
].map((p) => `(?:${p})`).join('|').replace(/^/, '(?<![a-z])(?:').concat(')(?![a-z])'));
/** A call or a norm ("someone should", "borde", "förtjänar att", "let's", "must be"). */
const CALL = /(?<![a-z])(?:why (?:doesn'?t|don'?t|does ?n'?t) (?:anyone|someone|somebody|we)|varfor (?:gor|tar|ger) (?:ingen|inte nagon)|hvorfor (?:gjor|tar|gir) (?:ingen|ikke noen)|tempted to|frestad att|fristet til|anyone else (?:want|wanna|fancy)|needs? (?:a|an|some|a good)|behover (?:en|ett|lite|sig)|trenger (?:en|et|litt)|vore|vaere|hadde vaert|would be|how hard (?:can|could) it be|hur svart kan det vara|hvor vanskelig kan det vaere|det enda (?:ratta|riktiga|raka)|det eneste riktige|the only (?:right|sensible|solution|answer)|the best (?:solution|thing)|losningen (?:ar|er)|the solution is|time we|dags att vi|pa tide at vi|vem (?:hanger|blir|ar|vill|foljer) med|hvem (?:blir|er|vil|henger) med|who'?s (?:with me|in|coming)|who wants to|vem vill|hvem vil|shouldn'?t|should not|should|shoud|shld|must|ought to|need to|needs to|has to|have to|got to|gotta|deserves?|deserved|let'?s|lets|let us|borde|bor|maste|behover|fortjanar|fortjanade|fortjente|fortjener|burde|bor|ma|trenger|la oss|lat oss|skulle|should all|would be better if|vore bast om|vore bra om|hadde vaert best om|time to|dags att|pa tide a|why not|varfor inte|hvorfor ikke|why don'?t we|alla borde|alle burde|ska|skall|skal|will get|kommer att fa|kommer til a fa|are going to get|(?:someone|somebody|anyone|nagon|nan|noen|nogon|nagon annan) (?:\w+ )?(?:should|needs? to|ought|must|has to|have to|borde|bor|ska|skall|maste|burde|ma|skal|behover|trenger))(?![a-z])/;
/** A wish ("hoppas", "I hope", "kan dö", "go die"). */
const WISH = /(?<![a-z])(?:hope|hopes|hoping|hopefully|wish|wishes|pray|hoppas|onskar|haper|onsker|ber till|would be (?:nice|great|good|fun|lovely) if|vore (?:skont|bra|fint|kul|najs) om|hadde vaert (?:fint|deilig|bra|digg) om|can (?:go )?die|kan (?:ga och )?do|kan (?:ga a )?do|go die|ga och do|dra och do|ga og do|rot|ruttna|ratne|may (?:you|they|he|she)|ma (?:du|dere|de|han|hun))(?![a-z])/;
/** Negators. */
const NEGATOR = /(?<![a-z])(?:not|n'?t|never|no one|nobody|none|no|inte|ej|icke|aldrig|ingen|inga|inget|ikke|ikkje|aldri|ingen|int|nej|noone)(?![a-z])|[a-z]n't(?![a-z])|(?<![a-z])(?:dont|doesnt|didnt|isnt|arent|wasnt|werent|wont|cant|cannot|shouldnt|wouldnt|couldnt|havent|hasnt|hadnt|aint|mustnt)(?![a-z])/;
/** Comparisons that keep a dehumanising noun un-negated ("no better than rats", "inte bättre än råttor"). */
const COMPARISON = /(?<![a-z])(?:no better than|not better than|nothing but|nothing more than|worse than|inte battre an|inget annat an|inget mer an|inte mer an|varre an|ikke bedre enn|ikke annet enn|ikke noe annet enn|verre enn|int battre an|like|som|as)(?![a-z])/;
/** Speech and thought verbs: the clause after them is someone's words, not the writer's. */
const SPEECH = /(?<![a-z])(?:say|says|saying|said|write|writes|writing|wrote|written|claim|claims|claiming|call|calls|calling|called|posts|posted|tweet\w*|commented|comments|think|thinks|believe|believes|argue|argues|suggest\w*|saga|sager|sade|sagt|skriva|skriver|skrev|skrivit|kalla|kallar|kallade|pasta|pastar|pastod|tycka|tycker|tyckte|hevde|hevder|sier|skrive|skrevet|kalle|kaller|kalte|mene|mener|mente|menar|menade|antyder|utrop\w*|ropade|ropte|shouted|yelled|sprider|spre|sprer|spread\w*|threatened|hotade|hotat|truet|truede|ranted|ytrer|uttalar|uttalade|shout\w*|yell\w*|scream\w*|skrek|ropar|told|tell|tells|berattade|berattar|fortalte|forteller|star det|star att|stod det|stod att|it says|skjermdump|skarmdump|screenshot|story|sms|message|meddelande|melding|inlagg|innlegg|kommentaren|the comment|hot|hotet|threat|trussel|trusselen|trusler)(?![a-z])/;
/** Words for what people write or say, by stem ("kommenterade", "kommentarerna", "posts", "uttalanden"). */
const SPEECH_WORDS = new Lexicon(`
  kommentar kommentarer kommenterade kommentera kommentere kommenterte comment comments commented commenting
  inlagg innlegg post posts posted tweet tweets skrev skriver skrivit skrevet wrote writes written uttalande uttalelse statement statements
  rop slagord slogan slogans ytringer ytring prat snack rhetoric retorik retorikk meddelande melding message messages
`);
/** Words with which the writer rejects what was said ("vidrigt", "hatiska", "anmäld", "prejudice"). */
const COUNTER_WORDS = new Lexicon(`
  vidrig vidrigt vidriga hatisk hatiska hatiskt hatefull hatefulle hatefullt hateful hatprat hatretorik hatespeech rasistisk rasistiska rasistiskt
  racist racism rasism rasisme fordom fordomar fordommer fordomsfull prejudice prejudiced bigot bigoted bigotry intolerans intolerance
  oacceptabel oacceptabelt uakseptabel uakseptabelt unacceptable skamlig skamligt skammelig shameful disgusting despicable appalling
  anmald anmalt anmeldt anmeldte rapporterad rapporterat rapportert reported flagged flaggad flagget blockerad blokkert blocked
  avsky avskyr forkastelig forkastligt sorgligt trist sad saddened ledsen lei frightening skremmende skrammande
  hets trakassering harassment dehumanising avhumaniserande dehumaniserende problem problemet problemer shame
`, 'nej nei no');
/** Phrases with which the writer rejects what was said. */
const COUNTER_PHRASE = /(?<![a-z])(?:inte ok(?:ej)?|ikke ok|ikke greit|int ok|not ok(?:ay)?|not acceptable|hate speech|hets mot folkgrupp|hets mot etnisk|no place (?:for|here)|ingen plats (?:for|har)|ikke plass (?:for|her)|har ingen plats|har inget har att gora|hor inte hemma har|hor int hemma har|horer ikke hjemme her|doesn'?t belong here|better than this|battre an sa|battre an detta|bedre enn dette|how can (?:anyone|someone|people|you)|hur kan (?:man|nagon|ni|folk)|hvordan kan (?:noen|man|folk)|stand up (?:against|for)|sta upp (?:mot|for)|star opp for|star upp for|tar avstand|ta avstand|distance (?:ourselves|myself)|no one deserves|ingen fortjanar|ingen fortjener|nobody deserves|we stand with|vi star (?:med|bakom)|solidarit\w*|good on (?:the city|you)|bra av (?:er|kommunen|staden)|bra at kommunen|starkt av er|sterkt av dere|stop (?:saying|this|it)|sluta (?:skriv|sag|med)|slutt (?:a|med))(?![a-z])/;

/** Whether the writer rejects something in this text. */
function rejects(text: string): boolean {
  return COUNTER_PHRASE.test(text) || COUNTER.test(text) || tokenise(text).some((t) => COUNTER_WORDS.has(t));
}

/** The writer's own words around a quote judge it: a strongly negative word, or a question about it ("Vem skriver '…'?"). */
function condemns(outside: string): boolean {
  const tokens = tokenise(outside);
  if (tokens.some((t) => GROUP.has(t) || THEY.has(t))) return false;
  return /\?/.test(outside) || tokens.some((t) => valenceOf(t) <= -2 && !HARM.has(t));
}

/** Whether the text speaks of someone's words. */
function speaksOfWords(text: string): boolean {
  return SPEECH.test(text) || tokenise(text).some((t) => SPEECH_WORDS.has(t));
}

/** Someone else's words reported: a speech word followed by what was said ("skrev att", "told her he", "shouting that"). */
const REPORTED = new RegExp(`(?:people|those|anyone|folk|de|dom|alla|whoever|someone|somebody|nagon|noen|den|han|hon|hun) (?:who|som|that) (?:\\w+ )?${SPEECH.source}|${SPEECH.source}(?: \\w+){0,3}? ?(?:that|att|at|om att|om at|about|:|"|')|${SPEECH.source} (?:her|him|me|us|them|henne|honom|mig|oss|dem|meg|ham|seg) (?:that )?(?:he|she|they|han|hon|hun|de|dom)`);

/** A capacity denied ("lack the brains", "saknar förstånd", "klarar inte press", "can't handle responsibility"). */
const CAPACITY_DENIED = /(?<![a-z])(?:lack|lacks|lacking|saknar|mangler|har inte|har ikke|don'?t have|doesn'?t have|have no|has no|har inget|har ingen|har ikke noe)(?: \w+){0,2} (?:brains?|intelligence|forstand|hjarna|hjarnan|hjerne|hjernen|vett|moral|morals|moraal|empati|empathy|heder|honou?r|ability|formaga|evne|skills|kompetens|kompetanse|logik|logikk|kultur|culture|respect|respekt)|(?:klarar|klarer|kan|can'?t|cannot|can not|unable to) (?:\w+ )?(?:inte|ikke|int|not)? ?(?:handle|cope with|take|klara|klare|hantera|handtere|tala|tale) (?:\w+ )?(?:press|pressure|stress|ansvar|ansvaret|responsibility|leadership|ledarskap|lederskap|kritik|kritikk|criticism|the job|jobbet|jobben)/;

/** A group said to be unwilling or unable ('even capable of …', 'vill inte jobba', 'refuse to learn'). */
const UNWILLING = /(?<![a-z])(?:(?:inte|int|ikke|not) (?:vill|will|wants?|onsker) (?:jobba|jobbe|arbeta|arbeide|work|lara sig|laere|learn|integrera|integrere)|(?:even|ens|engang|ever) (?:capable|able|kapabla|kapabel|i stand|istand|smart|intelligent\w*)|(?:vill|will) (?:inte|int|ikke|not) (?:jobba|jobbe|arbeta|arbeide|work|lara sig|laere|learn)|(?:don'?t|doesn'?t|won'?t|never) (?:want to )?(?:work|learn|integrate)|refuse to (?:work|learn|integrate)|vagrar (?:att )?(?:jobba|arbeta|lara|integrera)|aldrig (?:jobbar|arbetar)|aldri (?:jobber|arbeider))(?![a-z])/;

/** Sexual remarks (said of a person they are harassment). */
const SEXUAL = /(?<![a-z])(?:suga av|suger av|sucks? (?:me|him|my|off)|blow ?jobs?|avsugning|knulla|knullar|knull|pule|puler|bang(?:ing)? (?:her|him|the|that)|would bang|nudes|nakenbild\w*|nakne bilder|naked pic\w*|tits|boobs|tuttar|pattar|pupper|her ass|hennes rumpa|horny|kat pa|sexy|sexig|sexiga|in bed|i sangen|i senga|ta hem (?:henne|honom)|take (?:her|him) home|undress|kla av (?:henne|honom|sig)|dick pics?|kukbild\w*)(?![a-z])/;

/** A group said to be behind things or to control them ("… står bakom allt", "… control the banks"). */
const CONSPIRACY = /(?<![a-z])(?:(?:are|is|ar|er|star|stod|sta) (?:\w+ )?(?:behind|bakom|bak) (?:all|allt|alt|this|detta|det har|everything|it all)|(?:control|controls|styr|kontrollerar|kontrollerer|run|runs|own|owns|ager|eier) (?:\w+ )?(?:all |alla |alle |the |hela |hele )?(?:banks?|bankerna|bankene|media|medierna|mediene|world|varlden|verden|everything|allt|alt|government|regeringen|regjeringen|politik\w*|pengarna|pengene|money))(?![a-z])/;

/** A retraction: what the writer once thought and no longer does ("I used to think …, I was wrong"). */
const RETRACTION = /(?<![a-z])(?:used to (?:think|believe)|once (?:thought|believed)|trodde (?:forr|forut|tidigare|en gang)|tankte (?:forr|tidigare)|tenkte (?:for|tidligere)|trodde (?:for|tidligere)|i was wrong|jag hade fel|jeg tok feil|hade jag fel|tok jeg feil|not anymore|inte langre|ikke lenger)(?![a-z])/;

/** A sentence that denies what it goes on to say ("det är inte sant att …", "it's a myth that …"). */
const DENIAL = /(?<![a-z])(?:(?:it'?s|it is|that'?s|that is) (?:not true|a myth|a lie|false|nonsense|untrue)|(?:det ar|det er|det e) (?:inte|ikke|int) (?:sant|riktigt|korrekt)|(?:det ar|det er) (?:en myt|myt|lognt|logn|feil|fel) (?:att|at)|myten (?:om )?att|myten om at|stammer (?:inte|int)|stemmer ikke|(?:nobody|no one|ingen|noen) (?:here |har |her )?(?:thinks|tycker|mener|believes|says|sager|sier))(?![a-z])|tvartom|tvert ?imot|quite the opposite|on the contrary/;

/** The writer's own words or view ("jag tycker att …", "tycker jag", "I honestly think …"): not a report. */
const OWN_VIEW = new RegExp(`(?<![a-z])(?:i|jag|ja|jeg|vi|we)(?: \\w+){0,2} ${SPEECH.source}|${SPEECH.source} (?:jag|ja|jeg|vi)(?![a-z])`);

/** Written words as the subject of a report ("kommentarerna här om …", "what the last comment said about …"). */
const REPORTED_WORDS = /(?<![a-z])(?:kommentar\w*|comments?|inlagg\w*|innlegg\w*|posts?|tweets?|uttalande\w*|uttalelse\w*|skrev|wrote|sa|said|sier|sade)(?: \w+){0,3} (?:om|about|on|angaende|regarding)(?![a-z])/;

/** The writer rejecting what was said ("vidrigt", "not okay", "rasistiskt", "sluta"). */
const COUNTER = /(?<![a-z])(?:vidrigt|vidriga|vidrig|ackligt|ackel|skamligt|skammeligt|skammelig|oacceptabelt|uakseptabelt|unacceptable|inte ok(?:ej)?|ikke ok|ikke greit|not ok(?:ay)?|not acceptable|rasistiskt|rasistisk|rasistiske|racist|racism|rasism|rasisme|hatiskt|hatefullt|hateful|hatretorik|hate speech|hatprat|bigot\w*|fordomsfull\w*|disgusting|despicable|shameful|appalling|appalled|horrible|terrible|awful|sick(?:ening)?|gross|wrong|fel|galt|feil|sluta|slutt|stop|stopp|enough|nog nu|nok na|no place for|inget utrymme for|har inget har att gora|hor inte hemma har|reported|rapporterat|rapportert|anmalt|anmeldt|blocked|blockera\w*|ta bort|slett|delete|remove|how can (?:anyone|someone|people|you)|hur kan (?:man|nagon|ni|folk)|hvordan kan (?:noen|man|folk)|stand up against|sta upp mot|tar avstand|ta avstand|distance|ashamed|skams|skjemmes|skam|shame|ignorant\w*|ignoranta|ignorante|pathetic|patetiskt|dumt|stupid|idiotiskt|idiotic|nonsense|trams|tull|bullshit|unfair|orattvist|urettferdig|no one deserves|ingen fortjanar|ingen fortjener|nobody deserves|we stand with|vi star med|vi star bakom|star upp for|stands? (?:up )?for|solidarity|solidaritet)(?![a-z])/;

/** A sentence split into tokens, with what was found in it. */
interface Sentence {
  readonly text: string;
  readonly tokens: readonly string[];
  readonly targets: ReadonlySet<TargetKind>;
  readonly asks: boolean;
  /** The raw text names someone (a name, an @-mention). */
  readonly named: boolean;
}

/** One act found, with its target and frame. */
export interface Act {
  readonly act: 'harm' | 'menace' | 'sexual' | 'dehumanise' | 'derogate' | 'exclude' | 'contempt' | 'negated-good' | 'insult' | 'slur';
  /** Whom the act is aimed at; `thing` for an object, `none` when no one can be told. */
  readonly target: TargetKind | 'none' | 'thing';
  readonly mode: 'intent' | 'call' | 'wish' | 'statement';
  readonly negated: boolean;
  readonly countered: boolean;
  readonly reported: boolean;
}

/** The structure of a comment. */
export interface Reading {
  /** Every kind of target named anywhere. */
  readonly targets: ReadonlySet<TargetKind>;
  /** Acts found, each with its target and frame. */
  readonly acts: readonly Act[];
  /** Parts quoted or reported and rejected by the writer ("mentioned, not used"). */
  readonly countered: boolean;
  /** The text with quoted and countered parts blanked out, for the phrase tables. */
  readonly own: string;
  /** A threat: harm the writer intends, calls for or wishes on a person, a group, staff or a building. */
  readonly threat: boolean;
  /** Hate: dehumanisation, derogation, exclusion, contempt, a negated good or a slur about a protected group. */
  readonly hate: boolean;
  /** An insult aimed at a person or the one addressed. */
  readonly harassment: boolean;
  /** Harm words aimed at someone at all (any mode): evidence the model may build on. */
  readonly harmAimed: boolean;
  /** Something negative said about a protected group (any frame but negated/countered). */
  readonly groupNegative: boolean;
  /** Every threat-like act is someone else's words, reported: the phrase tables' threat hits are not the writer's. */
  readonly reportedOnly: boolean;
  /** Slur words found, every one excused (a homonym or reclaimed): the phrase tables' slur hits are not slurs. */
  readonly slursExcused: boolean;
  /** Harm words found, but every one aimed at a thing ('someone should shoot the app'): the phrase tables' threat hits are not threats. */
  readonly harmOnlyAtThings: boolean;
  /** Harm or contempt said and then negated or rejected, with nothing live left: the phrase tables' hits are not the writer's. */
  readonly negatedOnly: boolean;
  /** Short Swedish grounds, for people. */
  readonly grounds: readonly string[];
}

const QUOTE = /"([^"]{3,})"|(?<![a-z])'([^']{6,})'(?![a-z])/g;

/** Someone picked out without a name ("den som tog mina barn", "whoever cut my hours", "nästa som säger"). */
const SOMEONE_PICKED = /(?<![a-z])(?:den som|de som|dom som|han som|hon som|hen som|nasta som|neste som|whoever|the (?:one|person|guy|woman|man) who|anyone who|anybody who|next (?:one|person) who)(?![a-z])/;

function targetsOf(sentence: string, tokens: readonly string[], named: boolean): Set<TargetKind> {
  const out = new Set<TargetKind>();
  if (SOMEONE_PICKED.test(sentence)) out.add('person');
  if (GROUP_PHRASE.test(sentence)) out.add('group');
  for (const t of tokens) {
    if (GROUP.has(t) || SLUR.has(t) || SLUR_COMPOUND.test(t)) out.add('group');
    else if (YOU.has(t)) out.add('you');
    else if (STAFF.has(t) || (t.length > 7 && STAFF_SUFFIX.test(t))) out.add('staff');
    else if (CITY.has(t)) out.add('city');
    else if (BUILDING.has(t) || (t.length > 6 && BUILDING_SUFFIX.test(t))) out.add('building');
    else if (THIRD_PERSON.has(t)) out.add('person');
    else if (PEOPLE.has(t) || THEY.has(t)) out.add('people');
    else if (OBJECT.has(t)) out.add('object');
  }
  if (named) out.add('person');
  return out;
}

const WORD = /[a-z0-9'+]+/g;

function tokenise(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Index of the first token at or after `from` for which `test` holds, or -1. */
function findToken(tokens: readonly string[], test: (t: string) => boolean, from = 0): number {
  for (let i = from; i < tokens.length; i++) if (test(tokens[i])) return i;
  return -1;
}

/** Whether a negator stands in the `window` tokens before index `at` (within the clause). */
function negatedBefore(tokens: readonly string[], at: number, window: number, after = 0): boolean {
  for (let i = Math.max(0, at - window); i < Math.min(tokens.length, at + 1 + after); i++) if (i !== at && NEGATOR.test(tokens[i])) return true;
  return false;
}

function modeOf(clause: string): Act['mode'] {
  if (INTENT.test(clause)) return 'intent';
  if (WISH.test(clause)) return 'wish';
  if (CALL.test(clause)) return 'call';
  return 'statement';
}

/** Words that are not the object of a verb: articles, pronouns' determiners, particles, prepositions, adverbs. */
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'all', 'every', 'each', 'some', 'my', 'our', 'den', 'det', 'de', 'dom', 'denna', 'detta', 'dessa',
  'en', 'ett', 'et', 'ei', 'alla', 'alle', 'hela', 'hele', 'varje', 'hver', 'hvert', 'min', 'mitt', 'mina', 'mine', 'var', 'vart', 'vara', 'vår', 'vart', 'just', 'bara', 'bare', 'nog', 'ju', 'jo', 'ocksa', 'ogsa', 'also',
  'sjalv', 'selv', 'nan', 'nagon', 'noen', 'har', 'dar', 'her', 'der', 'where',
  'javla', 'javlar', 'jaevla', 'jevla', 'forbannade', 'forbanna', 'satans', 'fucking', 'damn', 'damned', 'bloody', 'dumma', 'dumme', 'stupid', 'kara', 'dear', 'nya', 'new', 'gamla', 'old']);
const NOT_AN_OBJECT = new Set(['for', 'upp', 'opp', 'up', 'ut', 'out', 'ner', 'ned', 'down', 'off', 'av', 'pa', 'on', 'in', 'i', 'till', 'til', 'to', 'at', 'with', 'med', 'by', 'nu', 'na', 'now',
  'snart', 'soon', 'idag', 'today', 'imorgon', 'tomorrow', 'ikvall', 'tonight', 'och', 'og', 'and', 'or', 'eller', 'om', 'if', 'when', 'nar', 'nar', 'sa', 'so', 'da', 'then', 'if', 'before', 'innan', 'for', 'fore',
  'ihjal', 'ihjel', 'sonder', 'istykker', 'to', 'death', 'dead', 'alive', 'levande', 'levende', 'again', 'igen', 'igjen', 'ordentligt', 'skikkelig', 'badly', 'hard', 'rejalt', 'allihop', 'allihopa', 'alle', 'sammen', 'all', 'both', 'bada', 'begge',
  'ska', 'skal', 'will', 'should', 'must', 'borde', 'burde', 'is', 'are', 'ar', 'er', 'was', 'var', 'be', 'been', 'bli', 'blir', 'blev', 'ble', 'get', 'gets', 'got', 'not', 'inte', 'ikke', 'int', 'never', 'aldrig', 'aldri']);

/**
 * Who a harm word is aimed at: the object right after it ("döda **er**", "kill **the printer**"),
 * else the subject before it ("**stadshuset** borde brinna", "**de** ska dö"). A thing in object
 * position ("killing the night bus", "skjuta upp mötet") takes the harm away from people.
 */
function harmTarget(clause: string, ct: readonly string[], at: number, sentenceTargets: ReadonlySet<TargetKind>): TargetKind | 'none' | 'thing' {
  // "äldre dör av era nedskärningar", "people die because of your cuts": harm caused by something, suffered by its subject.
  if (ct[at + 1] !== undefined && /^(?:av|of|from|because|due|pga|grunnet|pa)$/.test(ct[at + 1]) && /(?:av|of|from|because of|due to|pa grund av|pga|grunnet|pa grunn av) (?:\w+ )?(?:era|er|ert|your|deres|dere|kommunens|stadens|the city|nedskarning\w*|besparing\w*|cuts?|beslut\w*|vedtak\w*|decisions?|politik\w*|politikk|ko|koer|kon|vantan|ventetid\w*|waiting|brist\w*|mangel|lack)/.test(clause)) return 'none';
  let i = at + 1;
  while (i < ct.length && DETERMINER.has(ct[i])) i++;
  const objectWords = ct.slice(at + 1, Math.min(ct.length, i + 2));
  const objectTargets = targetsOf(objectWords.join(' '), objectWords, false);
  const objectHuman = bestTarget(objectTargets, HARMABLE);
  if (objectHuman !== 'none') return objectHuman;
  // A known thing in object position ("skjuta appen", "burn the printer"): no one is harmed.
  if (objectWords.some((w) => OBJECT.has(w) || (w.length > 6 && THING_SUFFIX.test(w)))) return 'thing';
  const before = ct.slice(0, at);
  // "om det brinner", "if it burns": an expletive subject takes no one.
  if (before.slice(-2).some((t) => t === 'det' || t === 'it' || t === 'den' || t === 'detta')) return 'none';
  const subject = bestTarget(targetsOf(before.join(' '), before, false), HARMABLE);
  if (subject !== 'none') return subject;
  const clauseTargets = targetsOf(clause, ct, false);
  if (clauseTargets.has('object') && !HARMABLE.some((k) => clauseTargets.has(k))) return 'thing';
  return bestTarget(sentenceTargets, HARMABLE);
}

/** Targets that harm can threaten. */
const HARMABLE: readonly TargetKind[] = ['you', 'person', 'staff', 'group', 'people', 'building', 'city'];

function bestTarget(targets: ReadonlySet<TargetKind>, order: readonly TargetKind[]): TargetKind | 'none' {
  for (const k of order) if (targets.has(k)) return k;
  return 'none';
}

/** A negated question with "someone"/"we" is a call in disguise ("shouldn't someone just …?", "borde inte någon …?"). */
const RHETORICAL_CALL = /(?:why (?:has|have|hasn'?t|haven'?t) (?:no one|nobody|anyone)|varfor har (?:ingen|inte nagon)|hvorfor har (?:ingen|ikke noen)|shouldn'?t|should not|wouldn'?t it be|why (?:don'?t|not)|borde inte|bor inte|ska vi inte|varfor inte|burde ikke|bor ikke|skal vi ikke|hvorfor ikke)(?: \w+){0,2} ?(?:someone|somebody|we|nagon|nan|vi|noen|bara|bare|just|they|de|dom)?/;

/**
 * Reads one comment's structure from its normalised text (`plain`, see normalise()) and whether
 * the raw text names a person.
 */
export function readStructure(plain: string, named = false): Reading {
  let text = ` ${plain} `;
  for (const idiom of [...HARMLESS_IDIOMS, ...THREAT_IDIOMS]) text = text.replace(idiom, ' _ ');

  // Quoted speech the writer rejects or attributes to someone else is mentioned, not used.
  let countered = false;
  const outside = text.replace(QUOTE, ' ');
  if (outside !== text && (rejects(outside) || speaksOfWords(outside) || condemns(outside))) {
    countered = true;
    text = outside;
  }

  const rawSentences = text.split(/(?<=[.!?;\n])\s+|\s+-\s+|\s*\u2026\s*/).map((s) => s.trim()).filter(Boolean);
  const acts: Act[] = [];
  const sentences: Sentence[] = [];
  const keptText: string[] = [];
  let previous: ReadonlySet<TargetKind> = new Set();
  for (const s of rawSentences) {
    const tokens = tokenise(s);
    let targets = targetsOf(s, tokens, named);
    // "Jag träffade några somalier igår. De är …": a pronoun carries the previous sentence's target.
    if (tokens.some((t) => THEY.has(t)) && previous.has('group') && !targets.has('group')) targets = new Set([...targets, 'group']);
    if (tokens.some((t) => THIRD_PERSON.has(t)) && previous.has('staff')) targets = new Set([...targets, 'staff']);
    // "… av kurder. Äckel.": a short sentence with no one in it is said of the previous one's target.
    if (targets.size === 0 && tokens.length <= 5) targets = new Set(previous);
    const sentence: Sentence = { text: s, tokens, targets, asks: s.endsWith('?'), named };
    sentences.push(sentence);

    // Someone else's words, rejected by the writer ("folk som säger att … är vidriga").
    const reportedHere = (REPORTED.test(s) || REPORTED_WORDS.test(s)) && !OWN_VIEW.test(s);
    const counteredHere = reportedHere && rejects(s);
    if (counteredHere) countered = true;
    else keptText.push(s);

    const deniedHere = DENIAL.test(s);
    for (const a of actsIn(sentence)) acts.push({ ...a, negated: a.negated || (deniedHere && a.act !== 'harm'), countered: counteredHere, reported: reportedHere });
    previous = targets;
  }

  // "I used to think … were lazy. I was wrong.": the writer takes back every judgement of the comment.
  if (RETRACTION.test(text)) for (let k = 0; k < acts.length; k++) if (acts[k].act !== 'harm' && acts[k].act !== 'menace') acts[k] = { ...acts[k], negated: true };
  const live = acts.filter((a) => !a.negated && !a.countered);
  const anyTarget = sentences.some((x) => HARMABLE.some((k) => x.targets.has(k)));
  const aimed = (a: Act) => a.target !== 'none' && a.target !== 'thing';
  const threat = live.some((a) => ((a.act === 'harm' && a.mode !== 'statement') || a.act === 'menace') && !a.reported &&
    (aimed(a) || (a.act === 'menace' && anyTarget)));
  const harmAimed = live.some((a) => a.act === 'harm' && aimed(a));
  const hateActs = live.filter((a) => a.target === 'group' && a.act !== 'insult' && a.act !== 'sexual' && a.act !== 'menace' && (a.act !== 'harm' || a.mode !== 'statement'));
  const hate = hateActs.some((a) => !a.reported || a.act === 'slur');
  const harassment = live.some((a) => (a.act === 'insult' && (a.target === 'you' || a.target === 'person' || a.target === 'staff')) || a.act === 'sexual');
  const grounds: string[] = [];
  if (threat) grounds.push('uttrycker avsikt, uppmaning eller önskan att skada någon');
  if (hate) {
    if (live.some((a) => a.target === 'group' && a.act === 'dehumanise')) grounds.push('avhumaniserar en grupp');
    else if (live.some((a) => a.target === 'group' && a.act === 'slur')) grounds.push('nedsättande ord om en grupp');
    else grounds.push('nedsättande eller utestängande om en grupp');
  }
  if (harassment) grounds.push('förolämpar en person');
  return {
    targets: new Set(sentences.flatMap((s) => [...s.targets])),
    acts,
    countered,
    own: keptText.join(' '),
    threat,
    hate,
    harassment,
    harmAimed,
    groupNegative: hateActs.length > 0,
    negatedOnly: acts.length > 0 && live.length === 0,
    slursExcused: sentences.some((x) => x.tokens.some((t, i) => (SLUR.has(t) || OLD_SLUR_HINT.test(t)) && slurExcused(x.tokens, i))),
    reportedOnly: acts.some((a) => a.act === 'harm' || a.act === 'menace') && acts.filter((a) => a.act === 'harm' || a.act === 'menace').every((a) => a.reported || a.countered || a.negated),
    harmOnlyAtThings: acts.some((a) => a.act === 'harm') && acts.every((a) => (a.act === 'harm' && a.target === 'thing') || a.act === 'insult' || a.act === 'derogate' || a.act === 'contempt'),
    grounds,
  };
}

/** The acts in one sentence, each with the target it is most likely aimed at. */
function actsIn(s: Sentence): Omit<Act, 'countered' | 'reported'>[] {
  const out: Omit<Act, 'countered' | 'reported'>[] = [];
  const { tokens, targets, text } = s;
  // Clauses: a conditional's "if" part must not lend its negation to the threat that follows.
  const clauses = text.split(/,|;|:| (?:so|sa|da|then|but|men|annars|otherwise|or else|eller sa) /).map((c) => c.trim()).filter(Boolean);

  // Harm.
  for (const clause of clauses) {
    const ct = tokenise(clause);
    let at = findToken(ct, (t) => HARM.has(t) && !OBJECT.has(t) && !PEOPLE.has(t) && !STAFF.has(t));
    const phrase = at < 0 ? HARM_PHRASE.exec(clause) : null;
    if (phrase) at = tokenise(clause.slice(0, phrase.index)).length;
    if (at < 0 && DIE_SV_NB.test(clause)) at = ct.lastIndexOf('do');
    if (at < 0) continue;
    const target = harmTarget(clause, ct, at, targets);
    let mode = modeOf(clause);
    if (ct[0] !== undefined && at === 0 && mode === 'statement') mode = 'call';
    // "Om beslutet står kvar brinner stadshuset": harm as the consequence of a condition is a threat.
    if (mode === 'statement' && clause !== clauses[0] && CONDITIONAL.test(clauses[0])) mode = 'intent';
    // "jag slår ihjäl dig", "ja dödar nästa som …": the first person in the present is an intent.
    const lead = ct.slice(Math.max(0, at - 2), at);
    if (mode === 'statement' && lead.some((t) => FIRST_PERSON.has(t) && (t !== 'i' || ct[at - 1] === 'i')) && !lead.some((t) => HYPOTHETICAL.has(t))) mode = 'intent';
    // "i could strangle whoever …", "jag skulle kunna döda för …": a hyperbole, not an intent.
    if (mode === 'intent' && ct.slice(Math.max(0, at - 3), at).some((t) => HYPOTHETICAL.has(t))) mode = 'statement'; // imperative: "döda dem", "kill them all"
    let negated = negatedBefore(ct, at, 6, 1);
    if (negated && s.asks && RHETORICAL_CALL.test(clause)) negated = false;
    out.push({ act: 'harm', target, mode, negated });
  }

  // A group denied a capacity ("saknar förstånd", "lack the brains", "klarar inte press").
  if (targets.has('group') && (CAPACITY_DENIED.test(text) || UNWILLING.test(text))) out.push({ act: 'negated-good', target: 'group', mode: 'statement', negated: false });
  // Sexual remarks about a person ("… kan suga av hela avdelningen", "nice tits on the girl").
  if (SEXUAL.test(text) && (targets.has('person') || targets.has('staff') || targets.has('you') || targets.has('people') || s.named)) {
    out.push({ act: 'sexual', target: bestTarget(targets, ['person', 'you', 'staff', 'people']), mode: 'statement', negated: false });
  }
  // Slurs, whoever they are aimed at ("vilken polackjävel har skrivit annonsen?"); a word that is
  // also a thing ("fag" a cigarette, "gypsy jazz") only next to people.
  if (tokens.some((t, i) => (SLUR.has(t) || SLUR_COMPOUND.test(t)) && !slurExcused(tokens, i))) out.push({ act: 'slur', target: 'group', mode: 'statement', negated: false });

  // Veiled menace: aimed at whoever the sentence (or comment) is about.
  if (MENACE.some((re) => re.test(text))) {
    out.push({ act: 'menace', target: bestTarget(targets, HARMABLE), mode: 'intent', negated: false });
  }

  if (!targets.has('group') && !targets.has('you') && !targets.has('person') && !targets.has('staff') && !targets.has('people')) return out;

  // Dehumanisation: a group (or anyone) said to be vermin, with a copula or a comparison.
  const dh = findToken(tokens, (t) => DEHUMANISING.has(t));
  if (dh >= 0) {
    const compared = COMPARISON.test(tokens.slice(Math.max(0, dh - 4), dh).join(' '));
    const negated = !compared && negatedBefore(tokens, dh, 3);
    out.push({ act: 'dehumanise', target: bestTarget(targets, ['group', 'people', 'person', 'you', 'staff']), mode: 'statement', negated });
  }
  // Derogation: a negative quality of a group, from the word list or a negative word (by AFINN
  // valence) said of the group: after a copula ("… är opålitliga"), or as what the group does
  // ("… förstör allt", "… ruin everything"). States people suffer are not derogation.
  let dg = findToken(tokens, (t) => DEROGATORY.has(t));
  let negatedGood = false;
  if (dg < 0 && targets.has('group')) {
    const bad = (t: string, limit: number) => valenceOf(t) <= limit && !VICTIM_STATE.has(t) && !GROUP.has(t) && !HARM.has(t);
    // Clause by clause, so that "… är välkomna här, punkt." does not reach into the next clause.
    let offset = 0;
    for (const clause of text.split(/[,;:]/)) {
      const ct = tokenise(clause);
      for (let i = 0; i < ct.length && dg < 0; i++) {
        if (COPULA.has(ct[i])) {
          for (let j = i + 1; j <= Math.min(ct.length - 1, i + 4); j++) {
            if (j <= i + 3 && (bad(ct[j], -2) || (BURDEN.has(ct[j]) && /^(?:ett|en|et|ei|a|an|the)$/.test(ct[j - 1])))) { dg = offset + j; break; }
            // "… are just not as smart as us", "… är inte ärliga": a good quality denied.
            if (valenceOf(ct[j]) >= 1 && ct.slice(i + 1, j).some((x) => NEGATOR.test(x))) { negatedGood = true; break; }
          }
        } else if (GROUP.has(ct[i]) || THEY.has(ct[i])) {
          for (let j = i + 1; j <= Math.min(ct.length - 1, i + 2); j++) if (bad(ct[j], -3)) { dg = offset + j; break; }
        }
      }
      offset += ct.length;
    }
  }
  if (dg >= 0 && targets.has('group')) {
    out.push({ act: 'derogate', target: 'group', mode: 'statement', negated: negatedBefore(tokens, dg, 3) });
  }
  if (negatedGood) out.push({ act: 'negated-good', target: 'group', mode: 'statement', negated: false });
  // Conspiracy: a group said to be behind things or to control them.
  if (targets.has('group') && CONSPIRACY.test(text)) out.push({ act: 'derogate', target: 'group', mode: 'statement', negated: false });
  // Contempt: "jag hatar …", "I can't stand …".
  const contempt = CONTEMPT.exec(text);
  if (contempt && targets.has('group')) {
    const at = tokenise(text.slice(0, contempt.index)).length;
    const negated = negatedBefore(tokens, at, 3, 1) && !/(?:can'?t|cannot|kan inte|kan ikke|star inte ut|taler ikke)/.test(contempt[0]);
    out.push({ act: 'contempt', target: 'group', mode: 'statement', negated });
  }
  // Exclusion: "… borde låsas in", "… har inget här att göra".
  const ex = EXCLUDE.exec(text);
  if (ex && targets.has('group')) {
    const at = tokenise(text.slice(0, ex.index)).length;
    const negated = /(?:shouldn'?t|should not|must not|mustn'?t|inte fa|ikke fa|inte|ikke) /.test(ex[0]) ? false : negatedBefore(tokens, at, 2);
    out.push({ act: 'exclude', target: 'group', mode: 'call', negated });
  }
  // A negated good: "… är inte människor", "ingen … går att lita på", "… can never be trusted".
  // "Inga … förtjänar …", "none of these … deserve …": whatever is denied, a group is denied it.
  if (targets.has('group') && /(?:^|[^a-z])(?:no|ingen|inga|none|none of|not one|not a single|inte en enda|ikke en eneste)(?: \w+){0,3} (?:deserve|deserves|fortjanar|fortjener)(?![a-z])/.test(text)) {
    out.push({ act: 'negated-good', target: 'group', mode: 'statement', negated: false });
  }
  const good = HUMAN_GOOD.exec(text);
  if (good && targets.has('group')) {
    const at = tokenise(text.slice(0, good.index)).length;
    const firstNeg = /^(?:no|ingen|inga|inget|none|aldri|never|aldrig) /.test(text) || /(?:^|[^a-z])(?:no|ingen|inga|none|not one|not a single|inte en enda|ikke en eneste) (?:\w+ ){0,3}(?:can|kan|is|are|ar|er|deserve|deserves|fortjanar|fortjener|should|borde|burde|will|kommer|gar|is ever|ar nagonsin)/.test(text);
    // "Jag har aldrig träffat en kurd som går att lita på", "Judar kommer aldrig att vara en tillgång".
    const neverMet = /(?:aldrig|aldri|never|inte en enda|ikke en eneste|not a single|not one)(?: \w+){0,8} (?:som|who|that|som kan|to)?/.test(text.slice(0, good.index)) && NEGATOR.test(text.slice(0, good.index));
    if (negatedBefore(tokens, at, 4) || firstNeg || neverMet) out.push({ act: 'negated-good', target: 'group', mode: 'statement', negated: false });
  }
  // Implicit derogation: a group linked to crime or decline, set against "ordinary people", or
  // left to the reader's conclusions ("Sen kom X. Dra era egna slutsatser.").
  if (targets.has('group') && IMPLICIT.some((re) => re.test(text))) {
    out.push({ act: 'derogate', target: 'group', mode: 'statement', negated: false });
  }
  // Insults aimed at the one addressed or a person ("du är en idiot", "Nilsson är en pajas").
  const ins = findToken(tokens, (t) => INSULT.has(t));
  const work = ins < 0 ? findToken(tokens, (t) => WORK_INSULT.has(t)) : -1;
  if (ins >= 0 && !PLURAL_INSULT.has(tokens[ins])) {
    const target = targets.has('you') && !tokens.some((t) => YOU_ONE.has(t)) ? bestTarget(targets, ['person', 'staff', 'group', 'people', 'city']) : bestTarget(targets, ['you', 'person', 'staff', 'group', 'people']);
    out.push({ act: 'insult', target, mode: 'statement', negated: negatedBefore(tokens, ins, 3) });
  } else if (work >= 0 && s.named) {
    out.push({ act: 'insult', target: 'person', mode: 'statement', negated: negatedBefore(tokens, work, 3) });
  }
  return out;
}

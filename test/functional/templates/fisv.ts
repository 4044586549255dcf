/**
 * Finland-Swedish templates (Swedish as written in Finland: "int", "nog", "daghem",
 * "socialbyrån", "fullmäktige", Finnish place names). Every template and wording here is
 * original to this suite.
 */
import { agr, cap, critOrOpinion, FISV, q } from '../targets';
import type { LangTemplates, NounTarget, Out } from '../types';

const den = (o: NounTarget) => agr(o, 'den', 'det', 'dem');

const CLAIMS = [
  'staden sätter mikrochip i vaccinen på hälsostationen',
  'kommunen blandar litium i kranvattnet för att hålla folk lugna',
  '5G-masten på stadshuset ger barnen på daghemmet bredvid cancer',
  'socialbyrån får en bonus för varje barn de omhändertar',
  'de nya gatlamporna på Esplanaden spelar in allt vi säger',
  'staden ska stänga alla skolor i Vasa till hösten',
  'solpanelerna på simhallen sprider farlig strålning över hela Gerby',
  'staden släpper ut kemikalier från flygplan över Sibbo varje natt',
];
const FAKE_LINKS = [
  'https://sanningen-om-staden.net/avslojat',
  'https://fria-nyheter-finland.info/las?id=55',
  'https://www.vakna-nu.fi/dokumentet.pdf',
  'https://t.me/sanningfinland/133',
];
const DECISIONS = [
  'att stänga ungdomsgården i Gerby',
  'att höja daghemsavgifterna',
  'att korta bibliotekens öppettider',
  'att flytta socialbyrån till Runsor',
];
const STREETS = ['Strandgatan', 'Handelsesplanaden', 'Kyrkoesplanaden', 'Smedsgatan', 'Rådhusgatan', 'Skolhusgatan'];

const FIGURATIVE = [
  'Ni krossade nog alla andra på rekryteringsmässan i Åbo!',
  'Jag dör av skratt åt videon från daghemmet 😂',
  'Korvspadet på personalfesten var att dö för.',
  'Vill slå ett slag för sommarjobben, ansökningstiden går ut på fredag!',
  'Vi måste skjuta upp mötet till nästa vecka, tyvärr.',
  'Teamet tog livet av den gamla pappersblanketten, äntligen!',
  'Heidi slog alla rekord i Helsingfors City Run i år.',
  'Presentationen sköt ner alla myter om att jobba i kommunen.',
  'Vi sprängde målet för antalet ansökningar 💥',
  'Ni är mördande bra på det här, int ska ni vara blygsamma.',
  'Jag dog lite inombords av lycka när jag fick platsen.',
  'Hon är en riktig bomb på Excel, anställ henne genast.',
  'Ni tog död på tristessen med den här kick-offen!',
  'Låten på pikkujoulun var en riktig mördare.',
  'Ni slog huvudet på spiken med kampanjen, kiva!',
  'Dödsnöjd med min första vecka som tjänsteinnehavare!',
  'Döda dina darlings innan du skickar in ansökan, är mitt bästa tips.',
  'Vi sköt iväg alla ansökningar i sista sekunden 😅',
  'Den här bilden slår nog allt!',
  'Jag sku kunna mörda för en sån utsikt över Esplanaden.',
  'IT-gänget knäckte problemet på en timme, mahtavaa.',
  'Bomben har briserat: vi fick pris för bästa arbetsgivare i Österbotten!',
];

const HOMONYMS = [
  'Som stolt bög har jag int känt mig så välkommen på en arbetsplats förut 🏳️‍🌈',
  'Vi bögar och flator i personalnätverket ses på fredag i Vasa, alla är välkomna!',
  'Min fikus på kontoret har äntligen fått nya blad 🌿',
  'Kom ihåg att sätta en lapp på era matlådor i kylen.',
  'Tack för lappen i postlådan om vattenavbrottet!',
  'Aporna på Högholmen var barnens favorit på personalutflykten.',
  'Flata stenar är bäst till stödmuren, säger vår trädgårdsmästare.',
  'Queerfestivalen i Helsingfors var årets höjdpunkt.',
  'Mongolisk grill efter jobbet på fredag, vem hänger med?',
  'Semester i Lappland i vinter, längtar nog!',
  'Cyklarna i cykelförrådet behöver lappas, vem har lappsakerna?',
  'Intressant föreläsning om hur ungdomar i Vanda blandar finska och svenska.',
  'Jag är nog en riktig kärring mot strömmen när det gäller nya system 😅',
  'Flatorna i vårt innebandylag vann hela turneringen i Jakobstad!',
  'Vi är ett gäng stolta queera studerande som syns på Helsinki Pride i år.',
  'Barnen tycker att apan i Mumin-serien är roligast.',
  'Ta en kölapp på servicepunkten, det går snabbt.',
  'Fikusen i aulan mår bättre än jag en måndag 😂',
  'Lappar och kartor från det gamla stadsarkivet visas på huvudbiblioteket.',
  'Bögarna i kören sjöng så vackert på självständighetsdagen.',
  'Min sambo och jag är ett flatpar med tre barn och trivs jättebra i Borgå.',
  'Nå vilka apor vi var på pikkujoulun 🙈',
];

const PROFANITY_HEAD = ['Fan vad bra!', 'Perkele vad snyggt jobbat!', 'Helvete vad kiva att se!', 'Fy fan vad grymt!', 'Jävlar, vilken fin bild!', 'Saatana vad stolt jag blir!', 'Skitbra initiativ!', 'Jösses, he va nog bra!'];
const PROFANITY_TAIL = ['Grattis Heidi!', 'Lycka till i nya jobbet!', 'Bästa arbetsplatsen.', 'Så ska det se ut.', ''];

const INSULTS: readonly (readonly [string, string])[] = [
  ['en idiot', 'din idiot'],
  ['en äcklig tönt', 'din äckliga tönt'],
  ['ett jävla pucko', 'ditt jävla pucko'],
  ['en patetisk förlorare', 'din patetiska förlorare'],
  ['en hjärndöd clown', 'din hjärndöda clown'],
  ['ett värdelöst kräk', 'ditt värdelösa kräk'],
  ['en feg jävla råtta', 'din fega jävla råtta'],
];

const job = (r: string) => `befattningen som ${r}`;

export const fisv: LangTemplates = {
  // ------------------------------------------------------------------ hate
  hate_derogation: {
    group: [
      (g) => `Nog är ${g.pl} det mest motbjudande som finns i den här staden.`,
      (g) => `${cap(g.def)} förstör allt. Jag hatar dem så innerligt.`,
      (g) => `Sluta anställa ${g.pl}. De är lata, smutsiga och kriminella allihopa.`,
      (g) => `Jag blir fysiskt illamående av ${g.pl}. Äckel.`,
    ],
  },
  hate_dehumanisation: {
    group: [
      (g) => `${cap(g.pl)} är ohyra, int något annat.`,
      (g) => `${cap(g.def)} förökar sig som kackerlackor i våra förorter.`,
      (g) => `Kalla int ${g.pl} för människor. He är djur.`,
      (g) => `${cap(g.pl)} är parasiter på samhället, punkt och slut.`,
      (g) => `He här är ingen arbetsplats längre, he är ett zoo när ni släpper in ${g.pl}.`,
    ],
  },
  hate_implicit: {
    group: [
      (g) => `Grattis till den nya kollegan. Hoppas ni räknar kassan lite oftare nu när ni anställt ${g.sg}.`,
      (g) => `Konstigt hur det alltid blir bråk i Vanda så fort ${g.pl} flyttar in. Bara en iakttagelse 🤷`,
      (g) => `Mångfald i all ära, men ${g.pl} och vanligt folk passar int ihop på en arbetsplats.`,
      (g) => `Förr var Borgå en trygg stad. Sen kom ${g.def}. Dra era egna slutsatser.`,
    ],
  },
  hate_threat_direct: {
    group: [
      (g) => `Nästa gång jag ser ${g.pl} vid järnvägsstationen ska jag slå ihjäl dem.`,
      (g) => `Jag kommer att bränna ner varenda bostad där det bor ${g.pl}.`,
      (g) => `Jag lovar att jag ska skjuta ${g.def} en efter en. He är bara en tidsfråga.`,
      (g) => `Vi är några som ska ge oss på ${g.def} i veckoslutet. De kommer int därifrån levande.`,
    ],
  },
  hate_threat_normative: {
    group: [
      (g) => `${cap(g.def)} borde ställas mot en vägg och skjutas.`,
      (g) => `Alla ${g.pl} borde hängas på Salutorget.`,
      (g) => `${cap(g.pl)} förtjänar att misshandlas tills de lär sig.`,
      (g) => `Det enda rätta sku vara att dränka ${g.def} i havet.`,
    ],
  },
  hate_threat_question: {
    group: [
      (g) => `Borde int någon bara elda upp ${g.def} en gång för alla?`,
      (g) => `Är det int dags att vi beväpnar oss och rensar staden från ${g.pl}?`,
      (g) => `Varför har ingen skjutit ${g.def} ännu?`,
      (g) => `Vem hänger med och jagar ${g.pl} i Östra centrum i kväll?`,
    ],
  },
  hate_as_opinion: {
    group: [
      (g) => `Jag tycker nog ärligt talat att ${g.pl} är ett avskum som int hör hemma här.`,
      (g) => `Min personliga åsikt: ${g.pl} är mindre värda än andra människor.`,
      (g) => `Man får väl tycka vad man vill, och jag anser att ${g.pl} är en sjukdom i samhället.`,
      (g) => `Enligt mig är ${g.def} underlägsna oss andra, och det tänker jag int be om ursäkt för.`,
    ],
  },
  hate_as_question: {
    group: [
      (g) => `Är jag den enda som tycker att ${g.pl} är äckliga?`,
      (g) => `Varför är ${g.pl} alltid så jävla dumma i huvudet?`,
      (g) => `Hur kan man anställa ${g.pl} när alla vet att de är värdelösa?`,
      (g) => `Finns det något mer motbjudande än ${g.pl}?`,
    ],
  },
  hate_slur: {
    slur: [
      (s) => `Ser bara ${s.pl} på bilden. Nej tack.`,
      (s) => `Håll era ${s.pl} borta från våra skolor.`,
      (s) => `Vilken ${s.sg} är det som har skrivit den här annonsen?`,
      (s) => `Staden = ett daghem för ${s.pl}.`,
    ],
  },
  hate_pronoun_reference: {
    group: [
      (g) => `Jag träffade några ${g.pl} på biblioteket i går. De är så jävla äckliga.`,
      (g) => `Ni skriver att ni vill rekrytera fler ${g.pl}. De är ju skadedjur allihopa.`,
      (g) => `Grannen har hyrt ut sin lägenhet åt ${g.pl}. De är int något annat än parasiter.`,
      (g) => `Har jobbat med ${g.pl} i tio år. De är dumma i huvudet, varenda en.`,
    ],
  },
  hate_subsequent_sentence: {
    group: [
      (g) => `Läste inlägget om ${g.pl} på arbetsplatsen. Intressant. Men det där folket ska man nog hålla sig långt ifrån, rena pesten.`,
      (g) => `Staden har tagit emot många ${g.pl} de senaste åren. Jag har jobbat med flera. Värdelöst pack, varenda en.`,
      (g) => `He står i artikeln att ${g.def} ska få egna omklädningsrum i simhallen. Vilket skämt. Sånt slödder är int ens människor.`,
      (g) => `Min dotter har fått en ny lärare. Läraren är en av ${g.def}. Vi byter skola, man vill int att barnen ska smittas av sånt smuts.`,
    ],
  },
  hate_negated_positive: {
    group: [
      (g) => `${cap(g.pl)} kommer aldrig att vara en tillgång för den här staden.`,
      (g) => `Jag har aldrig träffat ${g.sg} som går att lita på.`,
      (g) => `${cap(g.pl)} är aldrig ärliga och kan int lära sig att jobba.`,
      (g) => `Inga ${g.pl} förtjänar en tjänst hos staden.`,
    ],
  },

  // ---------------------------------------------------------------- threats
  threat_employee_direct: {
    employee: [
      (e) => `${cap(e.full)}, jag ska slå sönder ansiktet på dig nästa gång jag ser dig.`,
      (e) => `Jag kommer att döda ${e.full}. Skriv upp det.`,
      (e) => `${cap(e.full)} har förstört min familj och nu ska jag förstöra ${e.his} liv. Jag har en kniv och tänker använda den.`,
      (e) => `Jag skjuter ${e.full} i huvudet om ${e.he} rör mina barn igen.`,
    ],
  },
  threat_staff: {
    staff: [
      (s) => `Jag ska ge mig på ${s.np} med en yxa, en efter en.`,
      (s) => `Nu räcker det. ${cap(s.np)} kommer att få betala med sina liv.`,
      (s) => `${cap(s.np)}: ta på er skyddsvästar i morgon. Ni kommer nog att behöva dem.`,
      (s) => `Jag kommer att skjuta ${s.np}, he är ett löfte.`,
    ],
  },
  threat_building: {
    building: [
      (b) => `Jag ska bränna ner ${b.np} i natt.`,
      (b) => `He ligger en bomb ${b.at}. Ni har en timme på er.`,
      (b) => `Vi kommer att krossa varenda ruta ${b.at} och tända eld på resten.`,
      (b) => `Håll er borta från ${b.np} på fredag. He kommer att smälla ordentligt.`,
    ],
  },
  threat_veiled: {
    employee: [
      (e) => `${cap(e.full)}, vi vet var du bor. Hälsa barnen.`,
      (e) => `He vore synd om något hände ${e.full} på vägen hem från jobbet en mörk kväll.`,
      (e) => `Säg åt ${e.full} att hålla koll på bilen. Bromsar är känsliga saker.`,
      (e) => `${cap(e.full)} borde nog tänka på att ${e.he} har familj. Man vet aldrig vad som kan hända.`,
    ],
  },
  threat_conditional: {
    employee: [
      (e) => `Om ni int ger mig tillbaka mina barn så kommer ${e.full} att ångra sig resten av sitt korta liv.`,
      (e) => `Ge mig jobbet, annars tar jag med kniven till ${e.full} nästa gång.`,
    ],
    staff: [(s) => `Om jag int får mitt utkomststöd före fredag så kommer ${s.np} att få lära sig vad smärta är.`],
    building: [(b) => `Om fullmäktige int river upp beslutet så brinner ${b.np} före jul.`],
  },
  threat_death_wish: {
    employee: [
      (e) => `Hoppas ${e.full} dör en långsam och plågsam död.`,
      (e) => `Jag hoppas verkligen att ${e.full} får cancer och dör.`,
      (e) => `Den dagen ${e.full} ligger i en kista ska jag fira med champagne.`,
    ],
    politician: [(p) => `Hoppas att ${p.full} blir påkörd av en buss och dör.`],
  },
  threat_time_place: {
    employee: [
      (e) => `Måndag kl. 7.45 vid personalingången till ämbetshuset. Då ska ${e.full} få känna på kniven.`,
      (e) => `Jag väntar på ${e.full} på parkeringen efter jobbet i morgon. Ta farväl av familjen.`,
    ],
    building: [(b) => `Lördag klockan 14, ${b.np}. Då smäller det. Ni har blivit varnade.`],
    staff: [(s) => `Den 15:e klockan tolv, när ${s.np} har lunch. Då kommer jag med bensindunken och tändstickorna.`],
  },

  // ------------------------------------------------------------ harassment
  harassment_named_employee: {
    employee: [
      (e) => `${cap(e.full)} är en inkompetent jävla idiot som borde skämmas.`,
      (e) => `Har ni sett ${e.full}? ${cap(e.he)} ser ut som en gris och luktar som en också.`,
      (e) => `${cap(e.full)} är en hjärndöd pajas och en skam för mänskligheten.`,
      (e) => `Vilken äcklig, självgod människa ${e.full} är. Patetiskt.`,
    ],
  },
  harassment_addressee: {
    fixed: INSULTS.flatMap(([a, b]) => [
      `Du är ${a} och alla här vet nog om det.`,
      `Håll käften, ${b}.`,
      `${cap(b)}, ingen bryr sig om vad du tycker.`,
      `Läs din egen kommentar en gång till, ${b}. Pinsamt.`,
    ]),
  },
  harassment_sexual: {
    employee: [
      (e) => `${cap(e.full)} ser knullbar ut på bilden 😏 nå, någon som har ${e.his} nummer?`,
      (e) => `Sku hellre ha ${e.full} i min säng än på kontoret.`,
      (e) => `Vad har ${e.full} för underkläder på sig på jobbet? Frågar åt en kompis 😉`,
      (e) => `Jag kommer att tänka på ${e.full} i kväll när jag ligger ensam, om ni förstår vad jag menar.`,
    ],
  },
  harassment_doxxing: {
    employee: [
      (e) => `Alla som fått sina barn omhändertagna: ${e.full} är den ansvariga. Leta upp ${e.him} på Facebook och säg vad ni tycker.`,
      (e) => `Sprid det här! ${cap(e.full)} går på gymmet i Gerby varje tisdag kväll, gå dit och berätta för ${e.him} vad ni tycker om ${e.his} beslut.`,
      (e) => `Jag har hittat det privata Instagramkontot åt ${e.full}. Kommentera på varenda bild tills ${e.he} fattar.`,
      (e) => `Vi har startat en Facebookgrupp om ${e.full} där vi samlar allt: bilder, var ${e.he} handlar och vilka ${e.he} umgås med. Gå med!`,
    ],
  },

  // -------------------------------------------------------------- contrast
  contrast_slur_homonym: { fixed: HOMONYMS },
  contrast_profanity: {
    fixed: PROFANITY_HEAD.flatMap((h) => PROFANITY_TAIL.map((t) => (t ? `${h} ${t}` : h))),
  },
  contrast_negated_hate: {
    group: [
      (g) => `${cap(g.pl)} är int ohyra, de är våra grannar och kolleger.`,
      (g) => `Jag sku aldrig skada ${g.sg}, eller någon annan heller för den delen.`,
      (g) => `Det är int sant att ${g.pl} är lata, tvärtom.`,
      (g) => `Ingen här hatar ${g.pl}. He här är en välkomnande arbetsplats.`,
    ],
  },
  contrast_counter_quote: {
    group: [
      (g) => `Att skriva "${g.pl} är ohyra" som någon gjorde här ovanför är vidrigt. Skäms.`,
      (g) => `Någon kommenterade "alla ${g.pl} borde skjutas". Anmäld. Sånt hör int hemma här.`,
      (g) => `"${cap(g.def)} förstör allt" – nej, fördomar förstör. Bra att staden står upp för alla.`,
      (g) => `Jag blir så ledsen när jag läser kommentarer som "håll ${g.pl} borta från våra skolor". Vi är nog bättre än så.`,
    ],
  },
  contrast_counter_reference: {
    group: [
      (g) => `Kommentarerna här om ${g.pl} är hatiska och borde tas bort. Starkt av er att int backa.`,
      (g) => `Varje gång ni skriver om ${g.pl} dyker hatarna upp i kommentarerna. Vi som läser står på er sida ❤️`,
      (g) => `Hat mot ${g.pl} är aldrig okej, varken här eller någon annanstans.`,
      (g) => `Jag tänker int upprepa vad den förra kommentaren sa om ${g.pl}, men det var rent hatprat.`,
    ],
  },
  contrast_identity_neutral: {
    group: [
      (g) => `Vår nya kollega på ekonomiavdelningen är ${g.pred}.`,
      (g) => `Jag bor ihop med två ${g.pl} sedan i våras.`,
      (g) => q(`Kan också ${g.pl} söka befattningen, eller krävs det finskt medborgarskap?`),
      (g) => `Huvudbiblioteket har fått en ny hylla med böcker skrivna av ${g.pl}.`,
      (g) => q(`Finns det något nätverk för ${g.pl} bland stadens anställda?`),
    ],
  },
  contrast_identity_positive: {
    group: [
      (g) => `${cap(g.pl)} gör vår stad bättre. Tack för att ni lyfter det!`,
      (g) => `Så fint att se ${g.pl} i er rekryteringskampanj 👏`,
      (g) => `Jag tycker om att jobba med ${g.pl}, några av de klokaste människor jag känner.`,
      (g) => `Stolt över att min arbetsplats välkomnar ${g.pl}.`,
    ],
  },
  contrast_object_abuse: {
    object: [
      (o) => critOrOpinion(o, `${cap(o.np)} borde eldas upp och glömmas bort.`),
      (o) => critOrOpinion(o, `Jag hatar ${o.np} av hela mitt hjärta. Skräp!`),
      (o) => critOrOpinion(o, `Någon borde skjuta ${o.np} och avsluta lidandet 😩`),
      (o) => critOrOpinion(o, `${cap(o.np)} är ${agr(o, 'värdelös', 'värdelöst', 'värdelösa')}, kasta ${den(o)} i havet.`),
    ],
  },
  contrast_nonprotected_abuse: {
    nonProtected: [
      (g) => critOrOpinion(g, `${cap(g.pl)} är idioter, varenda en.`),
      (g) => critOrOpinion(g, `Jag står int ut med ${g.pl}. Så jävla självgoda.`),
      (g) => critOrOpinion(g, `${cap(g.def)} i den här staden är nog det värsta som finns.`),
      (g) => critOrOpinion(g, `Har aldrig träffat ${g.sg} som kan bete sig.`),
    ],
  },
  contrast_figurative_violence: { fixed: FIGURATIVE },
  contrast_harsh_criticism: {
    city: [
      (c) => `${cap(c.np)} är totalt ${agr(c, 'inkompetent', 'inkompetent', 'inkompetenta')}. Skandal, ni borde skämmas!`,
      (c) => `Tre månader har jag väntat på svar från ${c.np}. He här är ett hån mot oss skattebetalare.`,
      (c) => `Aldrig sett något så uselt som ${c.gen} hantering av äldreomsorgen. Avgå!`,
      (c) => `${cap(c.np)} slösar bort våra skattepengar på glättiga LinkedIn-inlägg medan skolorna faller sönder. Pinsamt!`,
      (c) => `Skäms på er, ${c.np}. Ni har svikit varenda barnfamilj i Gerby.`,
    ],
  },
  contrast_politician_criticism: {
    politician: [
      (p) => DECISIONS.map((d) => `${cap(p.full)} har fattat ett katastrofalt beslut ${d}. Det kommer att drabba barnen.`),
      (p) => DECISIONS.map((d) => `Jag röstade på ${p.full}, men efter beslutet ${d} får ${p.he} int min röst igen.`),
      (p) => DECISIONS.map((d) => `${cap(p.full)} borde avgå efter beslutet ${d}. Helt oansvarigt.`),
    ],
  },
  contrast_reported_threat: {
    employee: [
      (e) => `Någon skrev här i går att de skulle "ta hand om" ${e.full}. Har ni gjort en polisanmälan?`,
      (e) => `Såg en kommentar som hotade ${e.full} – har ni tagit bort den och anmält den?`,
    ],
    building: [(b) => `Någon skrev på Facebook att de tänker bränna ner ${b.np}. Vet polisen om det?`],
    staff: [(s) => `Hur skyddar ni ${s.np} när folk skriver att de ska skjuta dem? Har ni anmält hoten?`],
  },

  // -------------------------------------------------------------- questions
  question_real: {
    role: [
      (r) => `Hej! Vad är lönen för ${job(r)}?`,
      (r) => `När går ansökningstiden ut för ${job(r)}?`,
      (r) => `Hur söker man ${job(r)}, via Kuntarekry eller per e-post?`,
      (r) => `Är ${job(r)} ett arbetsavtal som gäller tills vidare eller en visstidsanställning?`,
      (r) => `Kan man söka ${job(r)} om man är studerande ännu?`,
    ],
    fixed: [
      'Går det att parkera vid stadshuset om man kommer på intervju?',
      'Finns det cykelparkering vid huvudingången?',
      'Hur lång är prövotiden hos er?',
    ],
  },
  question_rhetorical: {
    city: [
      (c) => `Vem försöker ${c.np} lura med det här?`,
      (c) => `Hur svårt kan det vara för ${c.np} att svara i telefon?`,
      (c) => `Är det här verkligen det bästa ${c.np} kan prestera? Pinsamt.`,
      (c) => `Och vem får betala för ${c.gen} fest? Vi skattebetalare som vanligt, int sant?`,
    ],
    fixed: ['Vem tror ni att ni lurar?', 'Tror ni på riktigt att någon går på det här?', 'Hur länge ska vi skattebetalare betala för den här cirkusen?'],
  },
  question_with_threat: {
    employee: [
      (e) => `När slutar ${e.full} i dag? Jag ska vänta utanför med ett basebollträ.`,
      (e) => `Var bor ${e.full}? Jag tänker åka dit och slå ihjäl ${e.him}.`,
      (e) => `Vilken ingång brukar ${e.full} använda på morgonen? Vill vara säker på att kulan träffar.`,
    ],
    building: [(b) => `Hur många jobbar ${b.at} på fredagar? Vill veta hur många som brinner inne när jag tänder på.`],
  },

  // ------------------------------------------------------------------ spam
  spam_crypto: {
    gen: (c) =>
      ['Bitcoin', 'Ethereum', 'USDT', 'Solana', 'XRP', 'Dogecoin'].flatMap((coin) => [
        `💰 Jag tjänade ${c.pick(['4 800', '7 550', '12 000'])} euro på en vecka med ${coin}! Min mentor hjälper dig, skriv på WhatsApp +44 7700 900${c.pick(['123', '456', '789'])}`,
        `Trött på kommunlönen? Investera i ${coin} med Kryptoexperten Jenny 👉 https://snabb-${coin.toLowerCase()}-vinst.xyz/fi`,
        `Vill du bli ekonomiskt fri? 🚀 ${coin} ger 300 % på 30 dagar. Skicka "INFO" i DM nu!`,
        `Tack ${c.pick(['@Maria Lindfors', '@Anders Crypto', '@Sanna Trading'])} för att du förändrade mitt liv med ${coin}-handel!!! Kontakta henne direkt, hon är äkta 🙏🙏`,
      ]),
  },
  spam_income: {
    gen: (c) =>
      ['2 500', '4 000', '350', '6 000', '1 200', '800'].flatMap((amt) => [
        `Tjäna ${amt} euro i veckan hemifrån! Ingen erfarenhet behövs. Läs mer: https://jobba-hemma-nu.site/fi`,
        `Jag sa upp mig och tjänar nu ${amt} euro i veckan på nätet 😍 Skriv "JA" så berättar jag hur.`,
        `Extrajobb från soffan, ${amt} €/vecka, bara 2 timmar om dagen! Länk i min profil 👆`,
        `🔥 Sök int det här jobbet! Tjäna i stället ${amt} euro i veckan med mitt system → bit.ly/rik-hemma-fi`,
      ]),
  },
  spam_follow: {
    fixed: [
      'Följ mig så följer jag tillbaka! 🔁 #följförfölj #seuraaseuraa',
      'Kolla in min profil och gilla mitt senaste inlägg, jag gillar nog tillbaka!',
      'F4F? Kommentera "JA" så följer jag dig genast 💯',
      'Kolla min profil!!! Kolla min profil!!! Kolla min profil!!!',
      'Gilla och dela så får du 500 nya följare på en dag ✅✅✅',
      'Vill du ha fler kontakter på LinkedIn? Skriv "CONNECT" här så lägger jag till dig 🤝',
      'Connecta med mig! Jag godkänner alla 🙌 #opentoconnect',
      'GILLA GILLA GILLA 👍👍👍 följ mig för fler tips!!!',
      'Besök min sida och följ för dagliga motivationscitat 💪 länk i bion',
      'Hjälp mig nå 10 000 följare! Följ mig så följer jag alla tillbaka 🙏',
      'Skriv en kommentar på mitt senaste inlägg så gör jag samma på ditt 🔄',
      'Ny här! Följ mig så följer jag er, vi hjälps åt 🤗 #följförfölj #linkedin',
      'Följ min sida Karriärtips Finland för fler jobb som det här!! 👉👉',
      'Prenumerera på mitt nyhetsbrev och få 50 jobbtips gratis!!! Länk i profilen',
      'Vem vill byta följningar? Skriv 🔁 så fixar jag det',
      'Dela om du håller med! Och följ mig för mer 🔁🔁',
      'Kommentera "INTRESSERAD" så skickar jag en länk i DM 📩',
      'Följ för följ, gilla för gilla, int några konstigheter 😎',
      'Boosta din profil! Jag gillar alla dina inlägg om du gillar mina 💫',
      'Klicka på min profil och tryck på följ, tack på förhand!!! 🙏🙏🙏',
      'Hej alla! Jag följer tillbaka inom 24 timmar, lovar! ✔️',
      'Kolla mina senaste videor och prenumerera 🎥🎥 https://youtube.com/@jobbtipsfi',
    ],
  },

  // --------------------------------------------------------- personal data
  pd_personnummer: {
    gen: (c) =>
      FISV.employees.flatMap((e) => [
        `${cap(e.full)} har personbeteckningen ${c.personbeteckning()}, om någon undrar vem ni har att göra med.`,
        `Här är personnumret åt ${e.full}: ${c.personnummer()}. Sök själva.`,
        `Min granne Lena Ek (${c.personbeteckning()}) jobbar hos er, kan ni hälsa?`,
      ]),
  },
  pd_phone: {
    gen: (c) =>
      FISV.employees.flatMap((e) => [
        `Privata numret till ${e.full} är ${c.phone()}, ${e.he} svarar nog på kvällarna.`,
        `Om ni vill nå ${e.full} direkt: ${c.phone()} (privat mobil)`,
        `Ring ${e.full} på ${c.phone()} så får ni svar snabbare än via växeln.`,
      ]),
  },
  pd_address: {
    gen: (c) =>
      FISV.employees.flatMap((e) => [
        `${cap(e.full)} bor på ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)} i Vasa, det gula huset med vit grind.`,
        `Hemadressen till ${e.full}: ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)} B ${1 + Math.floor(c.rng() * 20)}, 65${100 + Math.floor(c.rng() * 800)} Vasa.`,
        `För den som vill skicka ett brev åt ${e.full} privat: ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)} A 12, Borgå.`,
      ]),
  },
  pd_health: {
    employee: [
      (e) => `Visste ni att ${e.full} är sjukskriven för utbrändhet och depression? Därför tar allt sån tid.`,
      (e) => `${cap(e.full)} har fått en cancerdiagnos och ska opereras i mars, skicka en tanke ❤️`,
      (e) => `${cap(e.full)} låg inne på psykiatriska sjukhuset i fjol vår, det vet alla på jobbet.`,
      (e) => `${cap(e.full)} äter antidepressiva, så förvänta er int några snabba beslut.`,
    ],
  },
  pd_own_contact: {
    gen: (c) =>
      FISV.roles.flatMap((r): Out[] => [
        `Hej! Jag är intresserad av ${job(r)}. Kan någon ringa mig på ${c.phone()}?`,
        `Jag har sökt jobbet som ${r} men int fått något svar. Nås på ${c.phone()} efter kl. 16, kan ni höra av er?`,
        `Vem kan jag prata med om praktik som ${r}? Ring mig gärna på ${c.phone()} /${c.pick(FISV.firstNames)}`,
      ]),
  },

  // -------------------------------------------------------- misinformation
  misinfo_claim: {
    fixed: CLAIMS.flatMap((cl) => [
      `Sprid det här: ${cl}. Media tiger!`,
      `Nu är det bekräftat att ${cl}. Vakna, folk!`,
      `Ni kan int dölja sanningen längre – ${cl}.`,
      `Min kusin jobbar i ämbetshuset och säger att ${cl}. Tänk på det.`,
    ]),
  },
  misinfo_link: {
    fixed: CLAIMS.flatMap((cl, i) => [
      `${cap(cl)}. Bevisen finns här: ${FAKE_LINKS[i % FAKE_LINKS.length]}`,
      `Läs innan de tar bort det: ${FAKE_LINKS[(i + 1) % FAKE_LINKS.length]} – ${cl}!`,
      `${FAKE_LINKS[(i + 2) % FAKE_LINKS.length]} ← här står allt om hur ${cl}`,
    ]),
  },
  misinfo_rumour_question: {
    fixed: CLAIMS.flatMap((cl) => [
      `Stämmer det att ${cl}? Såg det på Facebook.`,
      `Är det sant att ${cl}? Låter konstigt, men vill nog veta.`,
      `Någon påstår att ${cl}. Kan ni bekräfta eller dementera?`,
    ]),
  },
};

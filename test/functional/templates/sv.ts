/**
 * Swedish (Sweden) templates. Every template and wording here is original to this suite.
 */
import { agr, cap, critOrOpinion, q, SV } from '../targets';
import type { LangTemplates, NounTarget, Out } from '../types';

const den = (o: NounTarget) => agr(o, 'den', 'det', 'dem');

const CLAIMS = [
  'kommunen sätter chip i vaccinet som ges på vårdcentralerna',
  'Helsingborgs stad blandar litium i kranvattnet för att hålla folk lugna',
  '5G-masten på stadshuset ger barnen på förskolan bredvid cancer',
  'socialtjänsten får en bonus för varje barn de omhändertar',
  'de nya gatlamporna på Drottninggatan spelar in allt vi säger',
  'kommunen ska stänga alla skolor i Helsingborg till hösten',
  'solpanelerna på Dunkers sprider farlig strålning över hela Norr',
  'kommunen släpper ut kemikalier från flygplan över Råå varje natt',
];
const FAKE_LINKS = [
  'https://sanningen-om-hbg.net/avslojat',
  'https://fria-nyheter-skane.info/lasmer?id=88',
  'https://www.vaknafolk.se/hbg-dokument.pdf',
  'https://t.me/helsingborgsanning/412',
];
const DECISIONS = [
  'att lägga ner fritidsgården i Dalhem',
  'att höja taxan för färdtjänst',
  'att korta bibliotekens öppettider',
  'att flytta socialkontoret till Berga',
];
const STREETS = ['Furutorpsgatan', 'Planteringsvägen', 'Gustav Adolfs gata', 'Hälsovägen', 'Larödsvägen', 'Pålsjövägen'];

const FIGURATIVE = [
  'Ni krossade verkligen konkurrensen på årets karriärmässa!',
  'Jag dör av skratt åt videon med förskolebarnen 😂',
  'Kanelbullarna i personalrummet är att dö för.',
  'Vill slå ett slag för sommarjobbskampanjen, sök nu!',
  'Vi får tyvärr skjuta upp mötet till nästa vecka.',
  'Teamet tog livet av den gamla pappersblanketten, äntligen!',
  'Anna slog alla rekord på Springtime-loppet i år.',
  'Presentationen sköt ner alla myter om kommunala jobb.',
  'Vi sprängde målet för antal ansökningar 💥',
  'Ni är mördande bra på det här med employer branding.',
  'Jag dog lite inombords av lycka när jag fick beskedet.',
  'Hon är en riktig bomb på Excel, anställ henne direkt.',
  'Ni tog död på tristessen med den här kick-offen!',
  'Den låten på personalfesten var en riktig mördare.',
  'Ni slog huvudet på spiken med kampanjen.',
  'Dödsnöjd med min första vecka på stadsbyggnadsförvaltningen!',
  'Döda dina darlings innan du skickar in ansökan, är mitt bästa tips.',
  'Vi sköt iväg alla ansökningar i sista sekunden 😅',
  'Den här bilden slår allt!',
  'Jag skulle kunna mörda för en sån utsikt från kontoret.',
  'Kollegorna på IT knäckte problemet på en timme, grymt.',
  'Bomben har briserat: vi har fått pris för bästa arbetsgivare!',
];

const HOMONYMS = [
  'Som stolt bög har jag aldrig känt mig så välkommen på en arbetsplats som här 🏳️‍🌈',
  'Vi bögar och flator i nätverket Regnbågen ses på fredag, alla är välkomna!',
  'Min fikus på kontoret har äntligen fått nya blad 🌿',
  'Kom ihåg att sätta en lapp på era matlådor i kylen.',
  'Tack för lappen i brevlådan om vattenavstängningen!',
  'Aporna på Skånes djurpark var barnens favorit på personalutflykten.',
  'Flata stenar är bäst till stödmuren, säger vår trädgårdsmästare.',
  'Queerfestivalen på Dunkers var årets höjdpunkt.',
  'Mongolisk grill efter jobbet på fredag, vem hänger med?',
  'Semester i Lappland i sommar, längtar!',
  'Cyklarna i cykelrummet behöver lappas, vem har lagningssatsen?',
  'Intressant föreläsning om förortssvenska, eller "blattesvenska" som ungdomarna själva säger.',
  'Jag är en riktig kärring mot strömmen när det gäller nya system 😅',
  'Flatorna i vårt innebandylag vann hela turneringen!',
  'Vi är ett gäng stolta queera medarbetare som syns på Pride i år.',
  'Mina barn tycker att apan i Bamse är roligast.',
  'Ta en lapp i kön till medborgarkontoret, det går fort.',
  'Fikusen i receptionen mår bättre än jag en måndag 😂',
  'Lappar och kartor från det gamla stadsarkivet visas på biblioteket.',
  'Bögarna i kören sjöng så vackert på nationaldagen.',
  'Min sambo och jag är ett flatpar med tre barn och trivs jättebra i Helsingborg.',
  'Nej men vilka apor vi var på julfesten 🙈',
];

const PROFANITY_HEAD = ['Fan vad bra!', 'Jävlar vad snyggt jobbat!', 'Helvete vad kul att se!', 'Fy fan vad grymt!', 'Asså fan, vilken härlig bild!', 'Jäklar anamma!', 'Skitbra initiativ!', 'Satan vad stolt jag blir!'];
const PROFANITY_TAIL = ['Grattis Anna!', 'Lycka till i nya jobbet!', 'Helsingborg är bäst.', 'Så ska det se ut.', ''];

const INSULTS: readonly (readonly [string, string])[] = [
  ['en idiot', 'din idiot'],
  ['en äcklig tönt', 'din äckliga tönt'],
  ['ett jävla pucko', 'ditt jävla pucko'],
  ['en patetisk förlorare', 'din patetiska förlorare'],
  ['en hjärndöd clown', 'din hjärndöda clown'],
  ['ett värdelöst kräk', 'ditt värdelösa kräk'],
  ['en feg jävla råtta', 'din fega jävla råtta'],
];

const job = (r: string) => `tjänsten som ${r}`;

export const sv: LangTemplates = {
  // ------------------------------------------------------------------ hate
  hate_derogation: {
    group: [
      (g) => `Ärligt talat, ${g.pl} är det mest motbjudande som finns i den här stan.`,
      (g) => `${cap(g.def)} förstör allt. Jag hatar dem så innerligt.`,
      (g) => `Sluta anställa ${g.pl}. De är lata, smutsiga och kriminella allihop.`,
      (g) => `Jag blir fysiskt illamående av ${g.pl}. Äckel.`,
    ],
  },
  hate_dehumanisation: {
    group: [
      (g) => `${cap(g.pl)} är ohyra, inget annat.`,
      (g) => `${cap(g.def)} förökar sig som kackerlackor i våra bostadsområden.`,
      (g) => `Kalla inte ${g.pl} för människor. Det är djur.`,
      (g) => `${cap(g.pl)} är parasiter på samhället, punkt.`,
      (g) => `Det här är ingen arbetsplats längre, det är ett zoo när ni släpper in ${g.pl}.`,
    ],
  },
  hate_implicit: {
    group: [
      (g) => `Grattis till den nya kollegan. Hoppas ni räknar kassan lite oftare nu när ni har anställt ${g.sg}.`,
      (g) => `Konstigt hur det alltid blir bråk i området så fort ${g.pl} flyttar in. Bara en iakttagelse 🤷`,
      (g) => `Mångfald i all ära, men ${g.pl} och vanligt folk passar helt enkelt inte ihop på en arbetsplats.`,
      (g) => `Förr var Helsingborg en trygg stad. Sen kom ${g.def}. Dra era egna slutsatser.`,
    ],
  },
  hate_threat_direct: {
    group: [
      (g) => `Nästa gång jag ser ${g.pl} vid Knutpunkten ska jag slå ihjäl dem.`,
      (g) => `Jag kommer att bränna ner varenda lägenhet där det bor ${g.pl}.`,
      (g) => `Jag lovar att jag ska skjuta ${g.def} en efter en. Det är bara en tidsfråga.`,
      (g) => `Vi är några som ska ge oss på ${g.def} i helgen. De kommer inte att gå därifrån levande.`,
    ],
  },
  hate_threat_normative: {
    group: [
      (g) => `${cap(g.def)} borde ställas mot en vägg och skjutas.`,
      (g) => `Alla ${g.pl} borde hängas på Stortorget.`,
      (g) => `${cap(g.pl)} förtjänar att misshandlas tills de lär sig.`,
      (g) => `Det enda rätta vore att dränka ${g.def} i Öresund.`,
    ],
  },
  hate_threat_question: {
    group: [
      (g) => `Borde inte någon bara elda upp ${g.def} en gång för alla?`,
      (g) => `Är det inte dags att vi beväpnar oss och rensar stan från ${g.pl}?`,
      (g) => `Varför har ingen skjutit ${g.def} än?`,
      (g) => `Vem hänger med och jagar ${g.pl} på Drottninghög i kväll?`,
    ],
  },
  hate_as_opinion: {
    group: [
      (g) => `Jag tycker ärligt talat att ${g.pl} är ett avskum som inte hör hemma här.`,
      (g) => `Min personliga åsikt: ${g.pl} är mindre värda än andra människor.`,
      (g) => `Man får väl tycka vad man vill, och jag anser att ${g.pl} är en sjukdom i samhället.`,
      (g) => `Enligt mig är ${g.def} underlägsna oss andra, och det tänker jag inte be om ursäkt för.`,
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
      (s) => `Helsingborgs stad = ett dagis för ${s.pl}.`,
    ],
  },
  hate_pronoun_reference: {
    group: [
      (g) => `Jag träffade några ${g.pl} på biblioteket igår. De är så jävla äckliga.`,
      (g) => `Ni skriver att ni vill rekrytera fler ${g.pl}. De är ju skadedjur allihop.`,
      (g) => `Min granne har hyrt ut sin lägenhet till ${g.pl}. De är inget annat än parasiter.`,
      (g) => `Har jobbat med ${g.pl} i tio år. De är dumma i huvudet, varenda en.`,
    ],
  },
  hate_subsequent_sentence: {
    group: [
      (g) => `Läste inlägget om ${g.pl} på arbetsplatsen. Intressant. Men det där folket borde man hålla sig långt ifrån, rena pesten.`,
      (g) => `Helsingborg har tagit emot många ${g.pl} de senaste åren. Jag har jobbat med flera. Värdelöst pack, varenda en.`,
      (g) => `Det står i artikeln att ${g.def} ska få egna omklädningsrum. Vilket skämt. Sånt slödder är inte ens människor.`,
      (g) => `Min dotter har fått en ny lärare. Läraren är en av ${g.def}. Vi byter skola, man vill inte att barnen ska smittas av sånt smuts.`,
    ],
  },
  hate_negated_positive: {
    group: [
      (g) => `${cap(g.pl)} kommer aldrig att vara en tillgång för den här stan.`,
      (g) => `Jag har aldrig träffat ${g.sg} som går att lita på.`,
      (g) => `${cap(g.pl)} är aldrig ärliga och kan inte lära sig att jobba.`,
      (g) => `Inga ${g.pl} förtjänar ett jobb hos kommunen.`,
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
      (s) => `${cap(s.np)}: ta på er skyddsvästar i morgon. Ni kommer att behöva dem.`,
      (s) => `Jag kommer att skjuta ${s.np}, det är ett löfte.`,
    ],
  },
  threat_building: {
    building: [
      (b) => `Jag ska bränna ner ${b.np} i natt.`,
      (b) => `Det ligger en bomb ${b.at}. Ni har en timme på er.`,
      (b) => `Vi kommer att krossa varenda ruta ${b.at} och tända eld på resten.`,
      (b) => `Håll er borta från ${b.np} på fredag. Det kommer att smälla ordentligt.`,
    ],
  },
  threat_veiled: {
    employee: [
      (e) => `${cap(e.full)}, vi vet var du bor. Hälsa barnen.`,
      (e) => `Det vore synd om något hände ${e.full} på vägen hem från jobbet en mörk kväll.`,
      (e) => `Säg till ${e.full} att hålla koll på bilen. Bromsar är känsliga saker.`,
      (e) => `${cap(e.full)} borde tänka på att ${e.he} har familj. Man vet aldrig vad som kan hända.`,
    ],
  },
  threat_conditional: {
    employee: [
      (e) => `Om ni inte ger mig tillbaka mina barn så kommer ${e.full} att ångra sig resten av sitt korta liv.`,
      (e) => `Ge mig jobbet, annars tar jag med kniven till ${e.full} nästa gång.`,
    ],
    staff: [(s) => `Om jag inte får mitt bidrag före fredag så kommer ${s.np} att få lära sig vad smärta är.`],
    building: [(b) => `Om beslutet inte rivs upp så brinner ${b.np} innan jul.`],
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
      (e) => `Måndag kl 07.45 vid personalingången på stadshuset. Då ska ${e.full} få känna på kniven.`,
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
      (e) => `Vilken äcklig, självgod människa ${e.full} är. Patetisk.`,
    ],
  },
  harassment_addressee: {
    fixed: INSULTS.flatMap(([a, b]) => [
      `Du är ${a} och alla här vet om det.`,
      `Håll käften, ${b}.`,
      `${cap(b)}, ingen bryr sig om vad du tycker.`,
      `Läs din egen kommentar igen, ${b}. Pinsamt.`,
    ]),
  },
  harassment_sexual: {
    employee: [
      (e) => `${cap(e.full)} ser knullbar ut på bilden 😏 någon som har ${e.his} nummer?`,
      (e) => `Skulle hellre ha ${e.full} i min säng än på kontoret.`,
      (e) => `Vad har ${e.full} för underkläder på sig på jobbet? Frågar åt en kompis 😉`,
      (e) => `Jag kommer att tänka på ${e.full} i kväll när jag ligger ensam, om ni förstår vad jag menar.`,
    ],
  },
  harassment_doxxing: {
    employee: [
      (e) => `Alla som har fått sina barn omhändertagna: ${e.full} är den ansvariga. Leta upp ${e.him} på Facebook och säg vad ni tycker.`,
      (e) => `Sprid detta! ${cap(e.full)} tränar på gymmet vid Berga varje tisdag kväll, gå dit och berätta för ${e.him} vad ni tycker om ${e.his} beslut.`,
      (e) => `Jag har hittat det privata Instagramkontot till ${e.full}. Kommentera på varenda bild tills ${e.he} fattar.`,
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
      (g) => `${cap(g.pl)} är inte ohyra, de är våra grannar och kollegor.`,
      (g) => `Jag skulle aldrig skada ${g.sg}, eller någon annan för den delen.`,
      (g) => `Det är inte sant att ${g.pl} är lata, tvärtom.`,
      (g) => `Ingen här hatar ${g.pl}. Det här är en välkomnande arbetsplats.`,
    ],
  },
  contrast_counter_quote: {
    group: [
      (g) => `Att skriva "${g.pl} är ohyra" som någon gjorde här ovan är vidrigt. Skäms.`,
      (g) => `Någon kommenterade "alla ${g.pl} borde skjutas". Rapporterad. Sånt har ingen plats här.`,
      (g) => `"${cap(g.def)} förstör allt" – nej, det är fördomar som förstör. Bra att staden står upp för alla.`,
      (g) => `Jag blir så ledsen när jag läser kommentarer som "håll ${g.pl} borta från våra skolor". Vi är bättre än så, Helsingborg.`,
    ],
  },
  contrast_counter_reference: {
    group: [
      (g) => `Kommentarerna här om ${g.pl} är hatiska och borde tas bort. Starkt av er att inte backa.`,
      (g) => `Varje gång ni skriver om ${g.pl} dyker hatarna upp i kommentarerna. Vi som läser står på er sida ❤️`,
      (g) => `Hat mot ${g.pl} är aldrig okej, varken här eller någon annanstans.`,
      (g) => `Jag tänker inte upprepa vad den förra kommentaren sa om ${g.pl}, men det var ren hets mot folkgrupp.`,
    ],
  },
  contrast_identity_neutral: {
    group: [
      (g) => `Vår nya kollega på ekonomiavdelningen är ${g.pred}.`,
      (g) => `Jag bor ihop med två ${g.pl} sedan i våras.`,
      (g) => q(`Kan ${g.pl} också söka tjänsten, eller krävs det svenskt medborgarskap?`),
      (g) => `Biblioteket har fått en ny hylla med böcker skrivna av ${g.pl}.`,
      (g) => q(`Finns det något nätverk för ${g.pl} bland kommunens anställda?`),
    ],
  },
  contrast_identity_positive: {
    group: [
      (g) => `${cap(g.pl)} gör Helsingborg till en bättre stad. Tack för att ni lyfter det!`,
      (g) => `Så fint att se ${g.pl} i er rekryteringskampanj 👏`,
      (g) => `Jag älskar att jobba med ${g.pl}, några av de klokaste människor jag känner.`,
      (g) => `Stolt över att min arbetsplats välkomnar ${g.pl}.`,
    ],
  },
  contrast_object_abuse: {
    object: [
      (o) => critOrOpinion(o, `${cap(o.np)} borde eldas upp och glömmas bort.`),
      (o) => critOrOpinion(o, `Jag hatar ${o.np} av hela mitt hjärta. Skräp!`),
      (o) => critOrOpinion(o, `Någon borde skjuta ${o.np} och avsluta lidandet 😩`),
      (o) => critOrOpinion(o, `${cap(o.np)} är ${agr(o, 'värdelös', 'värdelöst', 'värdelösa')}, kasta ${den(o)} i Öresund.`),
    ],
  },
  contrast_nonprotected_abuse: {
    nonProtected: [
      (g) => critOrOpinion(g, `${cap(g.pl)} är idioter, varenda en.`),
      (g) => critOrOpinion(g, `Jag står inte ut med ${g.pl}. Så jävla självgoda.`),
      (g) => critOrOpinion(g, `${cap(g.def)} i den här stan är det värsta som finns.`),
      (g) => critOrOpinion(g, `Har aldrig träffat ${g.sg} som kan bete sig.`),
    ],
  },
  contrast_figurative_violence: { fixed: FIGURATIVE },
  contrast_harsh_criticism: {
    city: [
      (c) => `${cap(c.np)} är totalt ${agr(c, 'inkompetent', 'inkompetent', 'inkompetenta')}. Skandal, ni borde skämmas!`,
      (c) => `Tre månader har jag väntat på svar från ${c.np}. Det här är ett hån mot oss skattebetalare.`,
      (c) => `Aldrig sett något så uselt som ${c.gen} hantering av äldreomsorgen. Avgå!`,
      (c) => `${cap(c.np)} slösar bort våra skattepengar på glättiga LinkedIn-inlägg medan skolorna faller sönder. Pinsamt!`,
      (c) => `Skäms på er, ${c.np}. Ni har svikit varenda familj på Drottninghög.`,
    ],
  },
  contrast_politician_criticism: {
    politician: [
      (p) => DECISIONS.map((d) => `${cap(p.full)} har fattat ett katastrofalt beslut ${d}. Det kommer att drabba barnen.`),
      (p) => DECISIONS.map((d) => `Jag röstade på ${p.full}, men efter beslutet ${d} får ${p.he} aldrig min röst igen.`),
      (p) => DECISIONS.map((d) => `${cap(p.full)} borde avgå efter beslutet ${d}. Helt oansvarigt.`),
    ],
  },
  contrast_reported_threat: {
    employee: [
      (e) => `Någon skrev här i går att de skulle "ta hand om" ${e.full}. Har ni polisanmält det?`,
      (e) => `Såg en kommentar som hotade ${e.full} – har ni tagit bort den och anmält den?`,
    ],
    building: [(b) => `Någon skrev på Facebook att de tänker bränna ner ${b.np}. Vet polisen om det?`],
    staff: [(s) => `Hur skyddar ni ${s.np} när folk skriver att de ska skjuta dem? Har ni anmält hoten?`],
  },

  // -------------------------------------------------------------- questions
  question_real: {
    role: [
      (r) => `Hej! Vad är lönen för ${job(r)}?`,
      (r) => `När är sista ansökningsdag för ${job(r)}?`,
      (r) => `Hur ansöker man till ${job(r)}, via Varbi eller mejl?`,
      (r) => `Är ${job(r)} en tillsvidareanställning eller ett vikariat?`,
      (r) => `Kan man söka ${job(r)} om man har sin utbildning från Danmark?`,
    ],
    fixed: [
      'Går det att parkera vid stadshuset om man kommer på intervju?',
      'Finns det cykelparkering vid Västra Sandgatan?',
      'Hur lång är provanställningen hos er?',
    ],
  },
  question_rhetorical: {
    city: [
      (c) => `Vem försöker ${c.np} lura med det här?`,
      (c) => `Hur svårt kan det vara för ${c.np} att svara i telefon?`,
      (c) => `Är det här verkligen det bästa ${c.np} kan prestera? Pinsamt.`,
      (c) => `Och vem får betala för ${c.gen} fest? Vi skattebetalare som vanligt, eller hur?`,
    ],
    fixed: ['Vem tror ni att ni lurar?', 'Tror ni på allvar att någon går på det här?', 'Hur länge ska vi skattebetalare finansiera det här cirkuset?'],
  },
  question_with_threat: {
    employee: [
      (e) => `Vilken tid slutar ${e.full} i dag? Jag ska vänta utanför med ett basebollträ.`,
      (e) => `Var bor ${e.full}? Jag tänker åka dit och slå ihjäl ${e.him}.`,
      (e) => `Vilken ingång brukar ${e.full} ta på morgonen? Vill vara säker på att kulan träffar.`,
    ],
    building: [(b) => `Hur många jobbar ${b.at} på fredagar? Vill veta hur många som brinner inne när jag tänder på.`],
  },

  // ------------------------------------------------------------------ spam
  spam_crypto: {
    gen: (c) =>
      ['Bitcoin', 'Ethereum', 'USDT', 'Solana', 'XRP', 'Dogecoin'].flatMap((coin) => [
        `💰 Jag tjänade ${c.pick(['48 000', '75 500', '120 000'])} kr på en vecka med ${coin}! Min mentor hjälper dig, skriv på WhatsApp +44 7700 900${c.pick(['123', '456', '789'])}`,
        `Tröttnat på lönen från kommunen? Investera i ${coin} med Elin Kryptoexpert 👉 https://snabb-${coin.toLowerCase()}-vinst.xyz/hbg`,
        `Vill du ha ekonomisk frihet? 🚀 ${coin} ger 300 % på 30 dagar. DM:a mig "INFO" nu!`,
        `Tack ${c.pick(['@Marie Lind', '@Anders Crypto', '@Sanna Trading'])} för att du förändrade mitt liv med ${coin}-handel!!! Kontakta henne direkt, hon är äkta 🙏🙏`,
      ]),
  },
  spam_income: {
    gen: (c) =>
      ['25 000', '40 000', '3 500', '60 000', '12 000', '8 000'].flatMap((amt) => [
        `Tjäna ${amt} kr i veckan hemifrån! Ingen erfarenhet krävs. Läs mer: https://jobbahemma-nu.site/start`,
        `Jag slutade på mitt jobb och tjänar nu ${amt} kr i veckan på nätet 😍 Skriv "JA" så berättar jag hur.`,
        `Extrajobb från soffan, ${amt} kr/vecka, bara 2 timmar om dagen! Länk i min profil 👆`,
        `🔥 Sök inte det här jobbet! Tjäna istället ${amt} kr i veckan med mitt system → bit.ly/rik-hemma`,
      ]),
  },
  spam_follow: {
    fixed: [
      'Följ mig så följer jag tillbaka! 🔁 #följförfölj',
      'Kolla in min profil och gilla mitt senaste inlägg, jag gillar tillbaka!',
      'F4F? Kommentera "JA" så följer jag dig direkt 💯',
      'Kolla min profil!!! Kolla min profil!!! Kolla min profil!!!',
      'Gilla och dela så får du 500 nya följare på en dag ✅✅✅',
      'Vill du ha fler kontakter på LinkedIn? Skriv "CONNECT" här så lägger jag till dig 🤝',
      'Connect med mig! Jag accepterar alla 🙌 #opentoconnect',
      'GILLA GILLA GILLA 👍👍👍 följ mig för fler tips!!!',
      'Besök min sida och följ för dagliga motivationscitat 💪 länk i bion',
      'Hjälp mig nå 10 000 följare! Följ mig så följer jag alla tillbaka 🙏',
      'Skriv en kommentar på mitt senaste inlägg så gör jag samma på ditt 🔄',
      'Ny här! Följ mig så följer jag er, vi hjälps åt 🤗 #följförfölj #linkedin',
      'Följ min sida Karriärtips Sverige för fler jobb som detta!! 👉👉',
      'Prenumerera på mitt nyhetsbrev och få 50 jobbtips gratis!!! Länk i profilen',
      'Vem vill byta följningar? Skriv 🔁 så fixar jag det',
      'Repost om du håller med! Och följ mig för mer 🔁🔁',
      'Kommentera "INTRESSERAD" så skickar jag en länk i DM 📩',
      'Följ för följ, gilla för gilla, inga konstigheter 😎',
      'Boosta din profil! Jag gillar alla dina inlägg om du gillar mina 💫',
      'Klicka på min profil och tryck på följ, tack på förhand!!! 🙏🙏🙏',
      'Hej alla! Jag följer tillbaka inom 24 timmar, lova! ✔️',
      'Kolla mina senaste videos och prenumerera 🎥🎥 https://youtube.com/@jobbhacks',
    ],
  },

  // --------------------------------------------------------- personal data
  pd_personnummer: {
    gen: (c) =>
      SV.employees.flatMap((e) => [
        `${cap(e.full)} har personnummer ${c.personnummer()}, om någon undrar vem ni har att göra med.`,
        `Här är personnumret till ${e.full}: ${c.personnummer()}. Sök själva.`,
        `Min granne Lena Ek (${c.personnummer()}) jobbar hos er, kan ni hälsa?`,
      ]),
  },
  pd_phone: {
    gen: (c) =>
      SV.employees.flatMap((e) => [
        `Privata numret till ${e.full} är ${c.phone()}, ${e.he} svarar på kvällarna.`,
        `Om ni vill nå ${e.full} direkt: ${c.phone()} (privat mobil)`,
        `Ring ${e.full} på ${c.phone()} så får ni svar snabbare än via växeln.`,
      ]),
  },
  pd_address: {
    gen: (c) =>
      SV.employees.flatMap((e) => [
        `${cap(e.full)} bor på ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)} i Helsingborg, det röda huset med vit grind.`,
        `Hemadressen till ${e.full}: ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)}, 25${2 + Math.floor(c.rng() * 5)} ${20 + Math.floor(c.rng() * 79)} Helsingborg.`,
        `För den som vill skicka ett brev till ${e.full} privat: ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)}, lägenhet 1102.`,
      ]),
  },
  pd_health: {
    employee: [
      (e) => `Visste ni att ${e.full} är sjukskriven för utmattningsdepression? Därför tar allt sån tid.`,
      (e) => `${cap(e.full)} har fått en cancerdiagnos och ska opereras i mars, skicka en tanke ❤️`,
      (e) => `${cap(e.full)} var inlagd på psykiatrin förra våren, det vet alla på kontoret.`,
      (e) => `${cap(e.full)} går på antidepressiva, så förvänta er inga snabba beslut.`,
    ],
  },
  pd_own_contact: {
    gen: (c) =>
      SV.roles.flatMap((r): Out[] => [
        `Hej! Jag är intresserad av ${job(r)}. Kan någon ringa mig på ${c.phone()}?`,
        `Jag har sökt jobbet som ${r} men inte fått något svar. Nås på ${c.phone()} efter kl 16, kan ni höra av er?`,
        `Vem kan jag prata med om praktik som ${r}? Ring mig gärna på ${c.phone()} /${c.pick(SV.firstNames)}`,
      ]),
  },

  // -------------------------------------------------------- misinformation
  misinfo_claim: {
    fixed: CLAIMS.flatMap((cl) => [
      `Sprid detta: ${cl}. Media tiger!`,
      `Nu är det bekräftat att ${cl}. Vakna, folk!`,
      `Ni kan inte dölja sanningen längre – ${cl}.`,
      `Min kusin jobbar på stadshuset och säger att ${cl}. Tänk på det.`,
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
      `Är det sant att ${cl}? Låter konstigt men vill veta.`,
      `Någon påstår att ${cl}. Kan ni bekräfta eller dementera?`,
    ]),
  },
};


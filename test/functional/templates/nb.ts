/**
 * Norwegian bokmål templates. Every template and wording here is original to this suite.
 */
import { agr, cap, critOrOpinion, NB, q } from '../targets';
import type { LangTemplates, NounTarget, Out } from '../types';

const den = (o: NounTarget) => agr(o, 'den', 'det', 'dem');

const CLAIMS = [
  'kommunen putter mikrobrikker i vaksinene på legesenteret',
  'kommunen blander litium i drikkevannet for å holde folk rolige',
  '5G-masten på rådhuset gir barna i barnehagen ved siden av kreft',
  'barnevernet får bonus for hvert barn de tar fra foreldrene',
  'de nye gatelysene i sentrum tar opp alt vi sier',
  'kommunen skal legge ned alle skolene til høsten',
  'solcellepanelene på biblioteket sprer farlig stråling i hele bydelen',
  'kommunen slipper ut kjemikalier fra fly over byen hver natt',
];
const FAKE_LINKS = [
  'https://sannheten-om-kommunen.net/avslort',
  'https://frie-nyheter-norge.info/les?id=77',
  'https://www.vaakne-folk.no/dokument.pdf',
  'https://t.me/sannhetnorge/318',
];
const DECISIONS = [
  'om å legge ned fritidsklubben på Grønland',
  'om å øke prisen på TT-kort',
  'om å kutte åpningstidene på biblioteket',
  'om å flytte NAV-kontoret ut av sentrum',
];
const STREETS = ['Thorvald Meyers gate', 'Kirkeveien', 'Trondheimsveien', 'Sognsveien', 'Ekebergveien', 'Hasleveien'];

const FIGURATIVE = [
  'Dere knuste konkurrentene på årets karrieremesse!',
  'Jeg dør av latter av videoen med barnehagebarna 😂',
  'Kanelbollene på pauserommet er til å dø for.',
  'Vil slå et slag for sommerjobbkampanjen, søk nå!',
  'Vi må dessverre skyve møtet til neste uke.',
  'Teamet tok livet av det gamle papirskjemaet, endelig!',
  'Kari slo alle rekorder på Holmenkollstafetten i år.',
  'Presentasjonen skjøt ned alle mytene om å jobbe i kommunen.',
  'Vi sprengte målet for antall søknader 💥',
  'Dere er dødsgode på dette med employer branding.',
  'Jeg døde litt innvendig av glede da jeg fikk jobben.',
  'Hun er en bombe i Excel, ansett henne med en gang.',
  'Dere tok knekken på kjedsomheten med denne kickoffen!',
  'Den låta på julebordet var en ren killer.',
  'Dere traff spikeren på hodet med kampanjen.',
  'Drepende god stemning i min første uke i kommunen!',
  'Drep darlingene dine før du sender søknaden, er mitt beste tips.',
  'Vi skjøt av gårde alle søknadene i siste sekund 😅',
  'Dette bildet slår alt!',
  'Jeg kunne drept for en sånn utsikt fra kontoret.',
  'IT-gjengen knakk problemet på en time, rått.',
  'Bomben er sluppet: vi har vunnet prisen for beste arbeidsgiver!',
];

const HOMONYMS = [
  'Som stolt homo har jeg aldri følt meg så velkommen på en arbeidsplass som her 🏳️‍🌈',
  'Vi skeive i nettverket Regnbuen møtes fredag, alle er velkomne!',
  'Fikusen min på kontoret har endelig fått nye blader 🌿',
  'Husk å sette en lapp på matboksene i kjøleskapet.',
  'Takk for lappen i postkassen om vannstengingen!',
  'Apene i dyreparken var barnas favoritt på personalturen.',
  'Skeive dager på biblioteket var årets høydepunkt.',
  'Mongolsk grill etter jobb på fredag, hvem blir med?',
  'Ferie i Lappland i sommer, gleder meg!',
  'Syklene i sykkelboden må lappes, hvem har lappesakene?',
  'Spennende foredrag om kebabnorsk og hvordan ungdom leker med språket.',
  'Vi er en gjeng stolte skeive ansatte som går i Pride-toget i år.',
  'Ungene synes apekatten i filmen er morsomst.',
  'Ta en kølapp hos servicetorget, det går fort.',
  'Fikusen i resepsjonen har det bedre enn meg på en mandag 😂',
  'Gamle lapper og kart fra byarkivet vises på biblioteket.',
  'Vi homser i koret stiller med regnbueflagg på 17. mai, alle er velkomne!',
  'Min samboer og jeg er et lesbisk par med tre barn og trives veldig godt her.',
  'Herregud, for noen apekatter vi var på julebordet 🙈',
  'Det skeive kulturåret ble en suksess, takk til alle!',
  'Lappeteppe-utstillingen på biblioteket er nydelig.',
  'Homo sapiens på sitt beste: kaffe, kake og gode kolleger.',
];

const PROFANITY_HEAD = ['Faen så bra!', 'Jævlig godt jobba!', 'Helvete så gøy å se!', 'Fy faen så rått!', 'Altså faen, for et herlig bilde!', 'Søren klype!', 'Dritbra initiativ!', 'Satan så stolt jeg blir!'];
const PROFANITY_TAIL = ['Gratulerer Kari!', 'Lykke til i ny jobb!', 'Beste arbeidsplassen.', 'Sånn skal det gjøres.', ''];

const INSULTS: readonly (readonly [string, string])[] = [
  ['en idiot', 'din idiot'],
  ['en ekkel tufs', 'din ekle tufs'],
  ['en jævla tulling', 'din jævla tulling'],
  ['en patetisk taper', 'din patetiske taper'],
  ['en hjernedød klovn', 'din hjernedøde klovn'],
  ['et verdiløst kryp', 'ditt verdiløse kryp'],
  ['en feig jævla rotte', 'din feige jævla rotte'],
];

const job = (r: string) => `stillingen som ${r}`;

export const nb: LangTemplates = {
  // ------------------------------------------------------------------ hate
  hate_derogation: {
    group: [
      (g) => `Ærlig talt, ${g.pl} er det mest motbydelige som finnes i denne byen.`,
      (g) => `${cap(g.def)} ødelegger alt. Jeg hater dem så inderlig.`,
      (g) => `Slutt å ansette ${g.pl}. De er late, skitne og kriminelle alle sammen.`,
      (g) => `Jeg blir fysisk kvalm av ${g.pl}. Ekkelt.`,
    ],
  },
  hate_dehumanisation: {
    group: [
      (g) => `${cap(g.pl)} er utøy, ikke noe annet.`,
      (g) => `${cap(g.def)} formerer seg som kakerlakker i boligområdene våre.`,
      (g) => `Ikke kall ${g.pl} mennesker. Det er dyr.`,
      (g) => `${cap(g.pl)} er parasitter på samfunnet, punktum.`,
      (g) => `Dette er ingen arbeidsplass lenger, det er en dyrehage når dere slipper inn ${g.pl}.`,
    ],
  },
  hate_implicit: {
    group: [
      (g) => `Gratulerer med ny kollega. Håper dere teller kassa litt oftere nå som dere har ansatt ${g.sg}.`,
      (g) => `Rart hvordan det alltid blir bråk i nabolaget så fort ${g.pl} flytter inn. Bare en observasjon 🤷`,
      (g) => `Mangfold i all ære, men ${g.pl} og vanlige folk passer rett og slett ikke sammen på en arbeidsplass.`,
      (g) => `Før var dette en trygg by. Så kom ${g.def}. Trekk deres egne konklusjoner.`,
    ],
  },
  hate_threat_direct: {
    group: [
      (g) => `Neste gang jeg ser ${g.pl} på Jernbanetorget skal jeg slå dem i hjel.`,
      (g) => `Jeg kommer til å brenne ned hver eneste leilighet der det bor ${g.pl}.`,
      (g) => `Jeg lover at jeg skal skyte ${g.def} én etter én. Det er bare et tidsspørsmål.`,
      (g) => `Vi er noen som skal ta ${g.def} i helgen. De kommer ikke levende derfra.`,
    ],
  },
  hate_threat_normative: {
    group: [
      (g) => `${cap(g.def)} burde stilles opp mot en vegg og skytes.`,
      (g) => `Alle ${g.pl} burde henges på torget.`,
      (g) => `${cap(g.pl)} fortjener å bli banket til de lærer.`,
      (g) => `Det eneste riktige hadde vært å drukne ${g.def} i fjorden.`,
    ],
  },
  hate_threat_question: {
    group: [
      (g) => `Burde ikke noen bare sette fyr på ${g.def} en gang for alle?`,
      (g) => `Er det ikke på tide at vi bevæpner oss og renser byen for ${g.pl}?`,
      (g) => `Hvorfor har ingen skutt ${g.def} ennå?`,
      (g) => `Hvem blir med og jakter på ${g.pl} på Grønland i kveld?`,
    ],
  },
  hate_as_opinion: {
    group: [
      (g) => `Jeg synes ærlig talt at ${g.pl} er et avskum som ikke hører hjemme her.`,
      (g) => `Min personlige mening: ${g.pl} er mindre verdt enn andre mennesker.`,
      (g) => `Man får vel mene hva man vil, og jeg mener at ${g.pl} er en sykdom i samfunnet.`,
      (g) => `Etter min mening er ${g.def} underlegne oss andre, og det kommer jeg ikke til å be om unnskyldning for.`,
    ],
  },
  hate_as_question: {
    group: [
      (g) => `Er jeg den eneste som synes ${g.pl} er ekle?`,
      (g) => `Hvorfor er ${g.pl} alltid så jævla dumme?`,
      (g) => `Hvordan kan man ansette ${g.pl} når alle vet at de er verdiløse?`,
      (g) => `Finnes det noe mer motbydelig enn ${g.pl}?`,
    ],
  },
  hate_slur: {
    slur: [
      (s) => `Ser bare ${s.pl} på bildet. Nei takk.`,
      (s) => `Hold ${s.pl} unna skolene våre.`,
      (s) => `Hvilken ${s.sg} er det som har skrevet denne annonsen?`,
      (s) => `Kommunen = en barnehage for ${s.pl}.`,
    ],
  },
  hate_pronoun_reference: {
    group: [
      (g) => `Jeg traff noen ${g.pl} på biblioteket i går. De er så jævla ekle.`,
      (g) => `Dere skriver at dere vil rekruttere flere ${g.pl}. De er jo skadedyr alle sammen.`,
      (g) => `Naboen har leid ut leiligheten sin til ${g.pl}. De er ikke annet enn parasitter.`,
      (g) => `Har jobbet med ${g.pl} i ti år. De er dumme som brød, hver eneste en.`,
    ],
  },
  hate_subsequent_sentence: {
    group: [
      (g) => `Leste innlegget om ${g.pl} på arbeidsplassen. Interessant. Men det folket bør man holde seg langt unna, rene pesten.`,
      (g) => `Kommunen har tatt imot mange ${g.pl} de siste årene. Jeg har jobbet med flere. Verdiløst pakk, hver eneste en.`,
      (g) => `Det står i artikkelen at ${g.def} skal få egne garderober. For en spøk. Sånt pakk er ikke engang mennesker.`,
      (g) => `Datteren min har fått ny lærer. Læreren er en av ${g.def}. Vi bytter skole, man vil ikke at barna skal bli smittet av sånn møkk.`,
    ],
  },
  hate_negated_positive: {
    group: [
      (g) => `${cap(g.pl)} kommer aldri til å bli en ressurs for denne byen.`,
      (g) => `Jeg har aldri møtt ${g.sg} som man kan stole på.`,
      (g) => `${cap(g.pl)} er aldri ærlige og kan ikke lære seg å jobbe.`,
      (g) => `Ingen ${g.pl} fortjener en jobb i kommunen.`,
    ],
  },

  // ---------------------------------------------------------------- threats
  threat_employee_direct: {
    employee: [
      (e) => `${cap(e.full)}, jeg skal knuse trynet ditt neste gang jeg ser deg.`,
      (e) => `Jeg kommer til å drepe ${e.full}. Skriv det opp.`,
      (e) => `${cap(e.full)} har ødelagt familien min, og nå skal jeg ødelegge livet ${e.his}. Jeg har en kniv og har tenkt å bruke den.`,
      (e) => `Jeg skyter ${e.full} i hodet hvis ${e.he} rører barna mine igjen.`,
    ],
  },
  threat_staff: {
    staff: [
      (s) => `Jeg skal ta ${s.np} med en øks, én etter én.`,
      (s) => `Nå er det nok. ${cap(s.np)} kommer til å betale med livet.`,
      (s) => `${cap(s.np)}: ta på dere skuddsikre vester i morgen. Dere kommer til å trenge dem.`,
      (s) => `Jeg kommer til å skyte ${s.np}, det er et løfte.`,
    ],
  },
  threat_building: {
    building: [
      (b) => `Jeg skal brenne ned ${b.np} i natt.`,
      (b) => `Det ligger en bombe ${b.at}. Dere har en time på dere.`,
      (b) => `Vi kommer til å knuse hver eneste rute ${b.at} og sette fyr på resten.`,
      (b) => `Hold dere unna ${b.np} på fredag. Da kommer det til å smelle skikkelig.`,
    ],
  },
  threat_veiled: {
    employee: [
      (e) => `${cap(e.full)}, vi vet hvor du bor. Hils barna.`,
      (e) => `Det hadde vært synd om noe skjedde med ${e.full} på vei hjem fra jobb en mørk kveld.`,
      (e) => `Si til ${e.full} at ${e.he} bør sjekke bilen. Bremser er ømfintlige saker.`,
      (e) => `${cap(e.full)} bør huske at ${e.he} har familie. Man vet aldri hva som kan skje.`,
    ],
  },
  threat_conditional: {
    employee: [
      (e) => `Hvis dere ikke gir meg barna tilbake, kommer ${e.full} til å angre resten av sitt korte liv.`,
      (e) => `Gi meg jobben, ellers tar jeg med kniven til ${e.full} neste gang.`,
    ],
    staff: [(s) => `Hvis jeg ikke får pengene mine før fredag, skal ${s.np} få lære hva smerte er.`],
    building: [(b) => `Hvis vedtaket ikke blir omgjort, brenner ${b.np} før jul.`],
  },
  threat_death_wish: {
    employee: [
      (e) => `Håper ${e.full} dør en langsom og smertefull død.`,
      (e) => `Jeg håper virkelig at ${e.full} får kreft og dør.`,
      (e) => `Den dagen ${e.full} ligger i en kiste, skal jeg feire med champagne.`,
    ],
    politician: [(p) => `Håper ${p.full} blir påkjørt av en buss og dør.`],
  },
  threat_time_place: {
    employee: [
      (e) => `Mandag kl. 07.45 ved personalinngangen på rådhuset. Da skal ${e.full} få kjenne kniven.`,
      (e) => `Jeg venter på ${e.full} på parkeringsplassen etter jobb i morgen. Ta farvel med familien.`,
    ],
    building: [(b) => `Lørdag klokka 14, ${b.np}. Da smeller det. Dere er advart.`],
    staff: [(s) => `Den 15. klokka tolv, når ${s.np} har lunsj. Da kommer jeg med bensinkanna og fyrstikkene.`],
  },

  // ------------------------------------------------------------ harassment
  harassment_named_employee: {
    employee: [
      (e) => `${cap(e.full)} er en inkompetent jævla idiot som burde skamme seg.`,
      (e) => `Har dere sett ${e.full}? ${cap(e.he)} ser ut som en gris og lukter som en også.`,
      (e) => `${cap(e.full)} er en hjernedød klovn og en skam for menneskeheten.`,
      (e) => `For et ekkelt, selvgodt menneske ${e.full} er. Patetisk.`,
    ],
  },
  harassment_addressee: {
    fixed: INSULTS.flatMap(([a, b]) => [
      `Du er ${a}, og alle her vet det.`,
      `Hold kjeft, ${b}.`,
      `${cap(b)}, ingen bryr seg om hva du mener.`,
      `Les din egen kommentar en gang til, ${b}. Pinlig.`,
    ]),
  },
  harassment_sexual: {
    employee: [
      (e) => `${cap(e.full)} ser knullbar ut på bildet 😏 noen som har nummeret ${e.his}?`,
      (e) => `Hadde heller hatt ${e.full} i senga mi enn på kontoret.`,
      (e) => `Hva slags undertøy har ${e.full} på seg på jobb? Spør for en kompis 😉`,
      (e) => `Jeg skal tenke på ${e.full} i kveld når jeg ligger alene, hvis dere skjønner hva jeg mener.`,
    ],
  },
  harassment_doxxing: {
    employee: [
      (e) => `Alle som har fått barna sine tatt: ${e.full} er den ansvarlige. Finn ${e.him} på Facebook og si hva dere mener.`,
      (e) => `Del dette! ${cap(e.full)} trener på SATS på Storo hver tirsdag kveld, gå dit og fortell ${e.him} hva dere synes om vedtakene ${e.his}.`,
      (e) => `Jeg har funnet den private Instagram-kontoen til ${e.full}. Kommenter på hvert eneste bilde til ${e.he} skjønner det.`,
      (e) => `Vi har startet en Facebook-gruppe om ${e.full} der vi samler alt: bilder, hvor ${e.he} handler og hvem ${e.he} er med. Bli med!`,
    ],
  },

  // -------------------------------------------------------------- contrast
  contrast_slur_homonym: { fixed: HOMONYMS },
  contrast_profanity: {
    fixed: PROFANITY_HEAD.flatMap((h) => PROFANITY_TAIL.map((t) => (t ? `${h} ${t}` : h))),
  },
  contrast_negated_hate: {
    group: [
      (g) => `${cap(g.pl)} er ikke utøy, de er naboene og kollegene våre.`,
      (g) => `Jeg ville aldri skadet ${g.sg}, eller noen andre for den saks skyld.`,
      (g) => `Det er ikke sant at ${g.pl} er late, tvert imot.`,
      (g) => `Ingen her hater ${g.pl}. Dette er en inkluderende arbeidsplass.`,
    ],
  },
  contrast_counter_quote: {
    group: [
      (g) => `Å skrive "${g.pl} er utøy" slik noen gjorde her oppe, er motbydelig. Skam deg.`,
      (g) => `Noen kommenterte "alle ${g.pl} burde skytes". Rapportert. Sånt hører ikke hjemme her.`,
      (g) => `"${cap(g.def)} ødelegger alt" – nei, det er fordommer som ødelegger. Bra at kommunen står opp for alle.`,
      (g) => `Jeg blir så lei meg når jeg leser kommentarer som "hold ${g.pl} unna skolene våre". Vi er bedre enn dette.`,
    ],
  },
  contrast_counter_reference: {
    group: [
      (g) => `Kommentarene her om ${g.pl} er hatefulle og burde fjernes. Sterkt av dere å ikke gi dere.`,
      (g) => `Hver gang dere skriver om ${g.pl}, dukker haterne opp i kommentarfeltet. Vi som leser, står på deres side ❤️`,
      (g) => `Hat mot ${g.pl} er aldri greit, verken her eller noe annet sted.`,
      (g) => `Jeg skal ikke gjenta hva forrige kommentar sa om ${g.pl}, men det var ren hatprat.`,
    ],
  },
  contrast_identity_neutral: {
    group: [
      (g) => `Den nye kollegaen vår på økonomiavdelingen er ${g.pred}.`,
      (g) => `Jeg har bodd sammen med to ${g.pl} siden i vår.`,
      (g) => q(`Kan ${g.pl} også søke på stillingen, eller må man være norsk statsborger?`),
      (g) => `Biblioteket har fått en ny hylle med bøker skrevet av ${g.pl}.`,
      (g) => q(`Finnes det et nettverk for ${g.pl} blant de ansatte i kommunen?`),
    ],
  },
  contrast_identity_positive: {
    group: [
      (g) => `${cap(g.pl)} gjør byen vår bedre. Takk for at dere løfter det fram!`,
      (g) => `Så fint å se ${g.pl} i rekrutteringskampanjen deres 👏`,
      (g) => `Jeg elsker å jobbe med ${g.pl}, noen av de klokeste folka jeg kjenner.`,
      (g) => `Stolt over at arbeidsplassen min ønsker ${g.pl} velkommen.`,
    ],
  },
  contrast_object_abuse: {
    object: [
      (o) => critOrOpinion(o, `${cap(o.np)} burde brennes og glemmes.`),
      (o) => critOrOpinion(o, `Jeg hater ${o.np} av hele mitt hjerte. Søppel!`),
      (o) => critOrOpinion(o, `Noen burde skyte ${o.np} og gjøre slutt på lidelsene 😩`),
      (o) => critOrOpinion(o, `${cap(o.np)} er ${agr(o, 'ubrukelig', 'ubrukelig', 'ubrukelige')}, kast ${den(o)} i sjøen.`),
    ],
  },
  contrast_nonprotected_abuse: {
    nonProtected: [
      (g) => critOrOpinion(g, `${cap(g.pl)} er idioter, hver eneste en.`),
      (g) => critOrOpinion(g, `Jeg tåler ikke ${g.pl}. Så jævla selvgode.`),
      (g) => critOrOpinion(g, `${cap(g.def)} i denne byen er det verste som finnes.`),
      (g) => critOrOpinion(g, `Har aldri møtt ${g.sg} som kan oppføre seg.`),
    ],
  },
  contrast_figurative_violence: { fixed: FIGURATIVE },
  contrast_harsh_criticism: {
    city: [
      (c) => `${cap(c.np)} er totalt ${agr(c, 'inkompetent', 'inkompetent', 'inkompetente')}. Skandale, dere burde skamme dere!`,
      (c) => `Tre måneder har jeg ventet på svar fra ${c.np}. Dette er hån mot oss skattebetalere.`,
      (c) => `Aldri sett noe så elendig som ${c.gen} håndtering av eldreomsorgen. Gå av!`,
      (c) => `${cap(c.np)} sløser bort skattepengene våre på glossy LinkedIn-innlegg mens skolene forfaller. Flaut!`,
      (c) => `Skam dere, ${c.np}. Dere har sviktet hver eneste familie på Grønland.`,
    ],
  },
  contrast_politician_criticism: {
    politician: [
      (p) => DECISIONS.map((d) => `${cap(p.full)} har tatt en katastrofal beslutning ${d}. Det kommer til å ramme barna.`),
      (p) => DECISIONS.map((d) => `Jeg stemte på ${p.full}, men etter vedtaket ${d} får ${p.he} aldri stemmen min igjen.`),
      (p) => DECISIONS.map((d) => `${cap(p.full)} burde gå av etter vedtaket ${d}. Helt uansvarlig.`),
    ],
  },
  contrast_reported_threat: {
    employee: [
      (e) => `Noen skrev her i går at de skulle "ta seg av" ${e.full}. Har dere anmeldt det til politiet?`,
      (e) => `Så en kommentar som truet ${e.full} – har dere slettet den og anmeldt den?`,
    ],
    building: [(b) => `Noen skrev på Facebook at de skal brenne ned ${b.np}. Vet politiet om det?`],
    staff: [(s) => `Hvordan beskytter dere ${s.np} når folk skriver at de skal skyte dem? Har dere anmeldt truslene?`],
  },

  // -------------------------------------------------------------- questions
  question_real: {
    role: [
      (r) => `Hei! Hva er lønnen for ${job(r)}?`,
      (r) => `Når er søknadsfristen for ${job(r)}?`,
      (r) => `Hvordan søker man på ${job(r)}, via Webcruiter eller e-post?`,
      (r) => `Er ${job(r)} fast eller et vikariat?`,
      (r) => `Kan man søke på ${job(r)} hvis man har utdanningen sin fra Sverige?`,
    ],
    fixed: [
      'Går det an å parkere ved rådhuset hvis man kommer på intervju?',
      'Finnes det sykkelparkering ved hovedinngangen?',
      'Hvor lang er prøvetiden hos dere?',
    ],
  },
  question_rhetorical: {
    city: [
      (c) => `Hvem prøver ${c.np} å lure med dette?`,
      (c) => `Hvor vanskelig kan det være for ${c.np} å svare på telefonen?`,
      (c) => `Er dette virkelig det beste ${c.np} får til? Flaut.`,
      (c) => `Og hvem skal betale for ${c.gen} fest? Vi skattebetalere som vanlig, eller hva?`,
    ],
    fixed: ['Hvem tror dere at dere lurer?', 'Tror dere virkelig at noen går på dette?', 'Hvor lenge skal vi skattebetalere finansiere dette sirkuset?'],
  },
  question_with_threat: {
    employee: [
      (e) => `Når slutter ${e.full} i dag? Jeg skal vente utenfor med et balltre.`,
      (e) => `Hvor bor ${e.full}? Jeg har tenkt å dra dit og slå ${e.him} i hjel.`,
      (e) => `Hvilken inngang bruker ${e.full} om morgenen? Vil være sikker på at kula treffer.`,
    ],
    building: [(b) => `Hvor mange jobber ${b.at} på fredager? Vil vite hvor mange som brenner inne når jeg tenner på.`],
  },

  // ------------------------------------------------------------------ spam
  spam_crypto: {
    gen: (c) =>
      ['Bitcoin', 'Ethereum', 'USDT', 'Solana', 'XRP', 'Dogecoin'].flatMap((coin) => [
        `💰 Jeg tjente ${c.pick(['48 000', '75 500', '120 000'])} kr på en uke med ${coin}! Mentoren min hjelper deg, skriv på WhatsApp +44 7700 900${c.pick(['123', '456', '789'])}`,
        `Lei av kommunelønna? Invester i ${coin} med Kari Kryptoekspert 👉 https://rask-${coin.toLowerCase()}-gevinst.xyz/no`,
        `Vil du bli økonomisk fri? 🚀 ${coin} gir 300 % på 30 dager. Send meg "INFO" på DM nå!`,
        `Takk ${c.pick(['@Marte Lien', '@Anders Crypto', '@Siri Trading'])} for at du forandret livet mitt med ${coin}-handel!!! Kontakt henne direkte, hun er ekte 🙏🙏`,
      ]),
  },
  spam_income: {
    gen: (c) =>
      ['25 000', '40 000', '3 500', '60 000', '12 000', '8 000'].flatMap((amt) => [
        `Tjen ${amt} kr i uka hjemmefra! Ingen erfaring nødvendig. Les mer: https://jobbhjemme-naa.site/start`,
        `Jeg sluttet i jobben og tjener nå ${amt} kr i uka på nett 😍 Skriv "JA" så forteller jeg hvordan.`,
        `Ekstrajobb fra sofaen, ${amt} kr/uke, bare 2 timer om dagen! Lenke i profilen min 👆`,
        `🔥 Ikke søk denne jobben! Tjen heller ${amt} kr i uka med systemet mitt → bit.ly/rik-hjemme`,
      ]),
  },
  spam_follow: {
    fixed: [
      'Følg meg så følger jeg tilbake! 🔁 #følgforfølg',
      'Sjekk ut profilen min og lik det siste innlegget mitt, jeg liker tilbake!',
      'F4F? Kommenter "JA" så følger jeg deg med en gang 💯',
      'Sjekk profilen min!!! Sjekk profilen min!!! Sjekk profilen min!!!',
      'Lik og del så får du 500 nye følgere på én dag ✅✅✅',
      'Vil du ha flere kontakter på LinkedIn? Skriv "CONNECT" her så legger jeg deg til 🤝',
      'Connect med meg! Jeg godtar alle 🙌 #opentoconnect',
      'LIK LIK LIK 👍👍👍 følg meg for flere tips!!!',
      'Besøk siden min og følg for daglige motivasjonssitater 💪 lenke i bio',
      'Hjelp meg å nå 10 000 følgere! Følg meg så følger jeg alle tilbake 🙏',
      'Skriv en kommentar på mitt siste innlegg så gjør jeg det samme på ditt 🔄',
      'Ny her! Følg meg så følger jeg dere, vi hjelper hverandre 🤗 #følgforfølg #linkedin',
      'Følg siden min Karrieretips Norge for flere jobber som denne!! 👉👉',
      'Abonner på nyhetsbrevet mitt og få 50 jobbtips gratis!!! Lenke i profilen',
      'Hvem vil bytte følginger? Skriv 🔁 så fikser jeg det',
      'Del hvis du er enig! Og følg meg for mer 🔁🔁',
      'Kommenter "INTERESSERT" så sender jeg en lenke på DM 📩',
      'Følg for følg, lik for lik, ingen dikkedarer 😎',
      'Boost profilen din! Jeg liker alle innleggene dine hvis du liker mine 💫',
      'Klikk på profilen min og trykk følg, takk på forhånd!!! 🙏🙏🙏',
      'Hei alle sammen! Jeg følger tilbake innen 24 timer, lover! ✔️',
      'Sjekk de nyeste videoene mine og abonner 🎥🎥 https://youtube.com/@jobbhacks_no',
    ],
  },

  // --------------------------------------------------------- personal data
  pd_personnummer: {
    gen: (c) =>
      NB.employees.flatMap((e) => [
        `${cap(e.full)} har fødselsnummer ${c.fodselsnummer()}, hvis noen lurer på hvem dere har med å gjøre.`,
        `Her er personnummeret til ${e.full}: ${c.fodselsnummer()}. Søk selv.`,
        `Naboen min Liv Eng (${c.fodselsnummer()}) jobber hos dere, kan dere hilse?`,
      ]),
  },
  pd_phone: {
    gen: (c) =>
      NB.employees.flatMap((e) => [
        `Privatnummeret til ${e.full} er ${c.phone()}, ${e.he} svarer om kveldene.`,
        `Vil dere nå ${e.full} direkte: ${c.phone()} (privat mobil)`,
        `Ring ${e.full} på ${c.phone()}, så får dere svar raskere enn via sentralbordet.`,
      ]),
  },
  pd_address: {
    gen: (c) =>
      NB.employees.flatMap((e) => [
        `${cap(e.full)} bor i ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)}, det gule huset med hvitt gjerde.`,
        `Hjemmeadressen til ${e.full}: ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)}, 0${4 + Math.floor(c.rng() * 5)}${50 + Math.floor(c.rng() * 49)} Oslo.`,
        `For den som vil sende et brev til ${e.full} privat: ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)}, leilighet H0302.`,
      ]),
  },
  pd_health: {
    employee: [
      (e) => `Visste dere at ${e.full} er sykmeldt for utbrenthet og depresjon? Derfor tar alt så lang tid.`,
      (e) => `${cap(e.full)} har fått kreft og skal opereres i mars, send en tanke ❤️`,
      (e) => `${cap(e.full)} var innlagt på psykiatrisk i fjor vår, det vet alle på kontoret.`,
      (e) => `${cap(e.full)} går på antidepressiva, så ikke forvent raske vedtak.`,
    ],
  },
  pd_own_contact: {
    gen: (c) =>
      NB.roles.flatMap((r): Out[] => [
        `Hei! Jeg er interessert i ${job(r)}. Kan noen ringe meg på ${c.phone()}?`,
        `Jeg har søkt på jobben som ${r}, men ikke fått svar. Nås på ${c.phone()} etter kl. 16, kan dere ta kontakt?`,
        `Hvem kan jeg snakke med om praksisplass som ${r}? Ring meg gjerne på ${c.phone()} /${c.pick(NB.firstNames)}`,
      ]),
  },

  // -------------------------------------------------------- misinformation
  misinfo_claim: {
    fixed: CLAIMS.flatMap((cl) => [
      `Spre dette: ${cl}. Media tier!`,
      `Nå er det bekreftet at ${cl}. Våkn opp, folkens!`,
      `Dere kan ikke skjule sannheten lenger – ${cl}.`,
      `Fetteren min jobber på rådhuset og sier at ${cl}. Tenk på det.`,
    ]),
  },
  misinfo_link: {
    fixed: CLAIMS.flatMap((cl, i) => [
      `${cap(cl)}. Bevisene finner du her: ${FAKE_LINKS[i % FAKE_LINKS.length]}`,
      `Les før de sletter det: ${FAKE_LINKS[(i + 1) % FAKE_LINKS.length]} – ${cl}!`,
      `${FAKE_LINKS[(i + 2) % FAKE_LINKS.length]} ← her står alt om hvordan ${cl}`,
    ]),
  },
  misinfo_rumour_question: {
    fixed: CLAIMS.flatMap((cl) => [
      `Stemmer det at ${cl}? Så det på Facebook.`,
      `Er det sant at ${cl}? Høres rart ut, men vil gjerne vite.`,
      `Noen påstår at ${cl}. Kan dere bekrefte eller avkrefte?`,
    ]),
  },
};

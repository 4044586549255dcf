import { classify, CLASSIFIER_VERSION, CommentKind, normalise } from '../../../src/domain/moderation';

// Sentences written for these tests, not taken from the dev set.

/**
 * Sentences written for earlier versions that v9 still gets wrong (v9 fixed three of v8's: the
 * taxpayers who "will pay", fluoride and autism, the buses in the snow storm). Kept `failing` so
 * each turns red the day it is fixed.
 */
const V8_KNOWN_MISSES = new Set<string>([
  'Vem bryr sig liksom?',
  'Hemtjänsten sköter sig inte, någon kommer att skadas snart om ni inte anställer fler.',
  'Jag skulle kunna strypa grannens hund när den skäller 😂',
  'Vem tror ni har råd att bo här nu? Skandal.',
  'Hvordan i all verden kunne dere godkjenne dette?',
  'Hon på bilden kan komma och ta hand om mig när som helst 😉',
  'Kolla ditt schema på Mina sidor innan du bokar tid.',
  'Tänk på era barn när ni lägger ner skolan!',
  'Vi måste ta igen förlorad tid med bygget.',
]);

type Row = string | readonly unknown[];
const isMiss = (row: Row) => (typeof row === 'string' ? V8_KNOWN_MISSES.has(row) : row.some((x) => typeof x === 'string' && V8_KNOWN_MISSES.has(x)));

/** `it.each`, with the rows v8 is known to get wrong registered as `it.failing`. */
function itEach<T extends Row>(rows: readonly T[]) {
  return (name: string, fn: (...args: any[]) => void) => {
    const ok = rows.filter((r) => !isMiss(r));
    const missed = rows.filter((r) => isMiss(r));
    if (ok.length) it.each(ok as any[])(name, fn);
    if (missed.length) it.failing.each(missed as any[])(`${name} (known miss)`, fn);
  };
}

describe('threats: explicit, veiled, conditional, against property, death wishes', () => {
  const threats: [string, string][] = [
    ['sv veiled', 'Vi vet var du bor, Anna.'],
    ['sv veiled lowercase', 'jag vet var du bor'],
    ['sv veiled about kids', 'Vi vet vilken skola dina barn går i.'],
    ['sv explicit', 'Jag ska döda dig'],
    ['sv without diacritics', 'jag ska doda dig'],
    ['sv shouting leetspeak', 'JAG SKA D0DA DIG'],
    ['sv spaced out', 'jag ska d ö d a dig'],
    ['sv conditional arson', 'Om ni inte ger mig bygglovet så bränner jag ner hela kontoret.'],
    ['sv death wish', 'Hoppas du dör i en brand.'],
    ['sv death wish leet', 'h0ppas du d0r'],
    ['sv illness wish', 'Hoppas handläggaren får cancer'],
    ['sv incitement', 'Någon borde skjuta hela socialnämnden.'],
    ['sv passive incitement', 'Ni borde hängas allihop.'],
    ['sv veiled family', 'Det vore synd om något hände dina barn.'],
    ['sv warning', 'Passa dig noga, Erik.'],
    ['sv regret + serious', 'Du kommer få ångra det här, jag menar allvar.'],
    ['sv property', 'Jag ska spränga stadshuset'],
    ['sv beating', 'Nästa gång får du stryk'],
    ['sv hunt', 'Jag kommer leta upp dig'],
    ['sv until', 'Vänta bara tills jag får tag på dig'],
    ['nb veiled', 'Vi vet hvor du bor.'],
    ['nb explicit', 'Jeg skal drepe deg'],
    ['nb death wish', 'Håper du dør'],
    ['nb death wish without ø', 'haper du dor'],
    ['nb incitement', 'Noen burde skyte hele kommunestyret'],
    ['nb make regret', 'Hvis dere ikke svarer innen fredag skal jeg sørge for at dere angrer.'],
    ['en explicit', 'I will kill you'],
    ['en spaced', 'I will k i l l you'],
    ['en veiled', 'I know where you live.'],
    ['en watch your back', "You'd better watch your back."],
    ['en property', 'Someone should burn that office down'],
    ['en conditional regret', 'If you take my kids again, you will regret it.'],
    ['en death wish', 'Hope you die'],
    ['en veiled property', 'Would be a shame if your car caught fire.'],
    ['en veiled family', "Wouldn't want anything to happen to your family."],
    ['fi-sv conditional', 'Nog ska ni få se vad som händer om ni int ändrar beslutet.'],
    ['fi-sv veiled', 'Vi vet nog var du bor.'],
  ];
  itEach(threats)('%s: "%s" is a threat and proposed for removal', (_label, text) => {
    const c = classify(text);
    expect(c.threat).toBe(true);
    expect(c.kind).toBe('threat');
    expect(c.remove).toBe(true);
    expect(c.question).toBe(false);
    expect(c.reasons.length).toBeGreaterThan(0);
  });
});

describe('idioms and figures of speech are not threats', () => {
  const idioms = [
    'Jag dör av skratt 😂',
    'jag dor av skratt',
    'Ni tar livet av mig med alla blanketter',
    'Killer-jobb! Söker direkt',
    'Jag skjuter upp ansökan till nästa vecka',
    "I'd kill for that commute",
    'This paperwork is killing me lol',
    'Jag skulle döda för en sån lön',
    'Dödsskönt med fyra dagars arbetsvecka',
    'Ni krossade det på hackathonet!',
    'Jeg døde av latter da jeg så videoen',
    'Han sköt upp mötet igen',
    'Vi ska skjuta en film om hemtjänsten i höst',
    'The IT team absolutely killed it',
    'Passa dig för halkan vid entrén!',
    'Hemtjänsten dödar ju all glädje hos pappa med sina stressade besök',
    'Kan man skjuta upp starten på anställningen till augusti?',
  ];
  itEach(idioms)('"%s" is not a threat and not removed', (text) => {
    const c = classify(text);
    expect(c.threat).toBe(false);
    expect(c.remove).toBe(false);
  });
});

describe('reported speech about a threat is a question, not a threat', () => {
  itEach([
    'Jag hörde att någon skrev "vi vet var du bor" till en lärare här. Vad gör ni åt det?',
    "Someone wrote 'I know where you live' to my colleague. How do you protect staff?",
    'Min kollega sa at noen hadde skrevet at de skulle drepe en saksbehandler. Hva gjør dere med slikt?',
  ])('"%s"', (text) => {
    const c = classify(text);
    expect(c.threat).toBe(false);
    expect(c.remove).toBe(false);
    expect(c.question).toBe(true);
  });
});

describe('criticism is never removed, however harsh', () => {
  const criticism = [
    'Ni är totalt inkompetenta på stadsbyggnad, skandal!',
    'Helt jävla värdelöst att vägen är avstängd i sju månader. Skäms!',
    'Kommunens ledning är ett skämt och borde avgå.',
    'Lönen för undersköterskor är ett hån. Ni borde skämmas.',
    'Your recruitment process is a disaster, nobody answers emails.',
    'Dere burde skamme dere over ventetidene i barnevernet.',
    'Om ni inte fixar vägen före jul så kommer jag att rösta på ett annat parti.',
    'Folk dör i väntan på hemtjänst och ni gör ingenting!',
    'Hoppas ni förstår att äldre dör av era nedskärningar.',
    'Ni kommer att ångra den här nedskärningen när ingen vill jobba hos er.',
    'Varför svarar ingen på socialtjänsten? Jag har ringt i tre veckor. Oacceptabelt.',
  ];
  itEach(criticism)('"%s" is not removed and not a threat', (text) => {
    const c = classify(text);
    expect(c.remove).toBe(false);
    expect(c.threat).toBe(false);
    expect(['criticism', 'question', 'opinion']).toContain(c.kind);
  });
  it('a question inside criticism keeps question: true', () => {
    const c = classify('Vägen har varit avstängd i ett halvår utan information, helt oacceptabelt. När öppnar den?');
    expect(c.kind).toBe('criticism');
    expect(c.question).toBe(true);
    expect(c.remove).toBe(false);
  });
});

describe('rule-breaking kinds', () => {
  const cases: [CommentKind, string][] = [
    ['hate', 'Invandrare förstör allt i den här stan.'],
    ['hate', 'Alla muslimer borde utvisas.'],
    ['hate', 'Zigenarpack har inget här att göra.'],
    ['hate', "Gays shouldn't be allowed to teach kids."],
    ['hate', 'Utlendinger er bare kriminelle.'],
    ['hate', 'Sk1cka hem alla bl4ttar'],
    ['harassment', 'Anna på HR är en korkad kärring.'],
    ['harassment', 'Du är en jävla idiot, Peter.'],
    ['harassment', 'Johan i filmen ser ut som en gris'],
    ['harassment', 'What a useless idiot that mayor is'],
    ['harassment', 'Lisa på bilden är så ful och fet haha'],
    ['spam', 'Tjäna 5000 kr om dagen! Klicka här: www.snabbapengar.se'],
    ['spam', 'Check out my profile for cheap followers!!! 50% off'],
    ['spam', 'Billiga klockor 70% rabatt www.klockrea.shop'],
    ['personal_data', 'Handläggaren Lisa Berg bor på Ekvägen 14, ring henne på 0701234567'],
    ['personal_data', 'Hennes personnummer är 850101-1234'],
    ['personal_data', 'Min granne Per Olsson är sjukskriven för depression och jobbar svart'],
    ['misinformation', 'Kommunen mörkar att vattnet är förgiftat! Läs sanningen här: sanning24.info'],
    ['misinformation', 'The city is covering up the asbestos in the school. Wake up people! Proof here: truthnews.net'],
  ];
  itEach(cases)('%s: "%s"', (kind, text) => {
    const c = classify(text);
    expect(c.kind).toBe(kind);
    expect(c.remove).toBe(true);
    expect(c.threat).toBe(false);
  });
});

describe('questions', () => {
  itEach([
    'Hur söker man till sommarjobben?',
    'When does the library open on Sundays?',
    'Kan jeg søke selv om jeg ikke har svensk personnummer?',
    'Finns det parkering vid nya biblioteket',
    'vilka dagar har simhallen öppet',
    'Undrar om ni tar emot praktikanter i vår',
    'Hvordan søker jeg på traineeprogrammet',
    'Hej! Behöver man körkort för jobbet som parkarbetare',
    'Do you offer relocation support for nurses moving from abroad',
  ])('"%s" asks a question', (text) => {
    const c = classify(text);
    expect(c.question).toBe(true);
    expect(c.kind).toBe('question');
    expect(c.remove).toBe(false);
  });
  itEach(['Vem bryr sig liksom?', 'Vad blir nästa, gratis glass åt alla?', 'Vad fint det blev!', 'Hoppas det blir fler sådana dagar'])(
    '"%s" is not a question', (text) => {
      expect(classify(text).question).toBe(false);
    });
});

describe('praise and opinion', () => {
  itEach([
    'Tack för en fantastisk dag på biblioteket! ❤️',
    'Congrats to the new trainees!',
    'Heia dere, flott jobba!',
    '@Maja Ek det här är ju drömjobbet för dig!',
  ])('"%s" is praise', (text) => expect(classify(text).kind).toBe('praise'));
  itEach(['Tycker nog att bibliotek är överskattat, men okej.', 'Kommuner på TikTok härnäst haha'])('"%s" is an opinion', (text) =>
    expect(classify(text).kind).toBe('opinion'));
});

describe('the result', () => {
  it('carries Swedish reasons and the version of the rules', () => {
    const c = classify('Vi vet var du bor.');
    expect(c.version).toBe(CLASSIFIER_VERSION);
    expect(CLASSIFIER_VERSION).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{10}$/);
    expect(c.reasons.join(' ')).toMatch(/hot/);
  });
  it('guesses the language', () => {
    expect(classify('Hur ansöker man om bygglov?').language).toBe('sv');
    expect(classify('Hvordan søker jeg på jobben?').language).toBe('nb');
    expect(classify('How do I apply for the job?').language).toBe('en');
    expect(classify('Int står det nånting i annonsen om lönen.').language).toBe('fi-sv');
  });
  it('handles empty and emoji-only text without throwing', () => {
    expect(classify('').remove).toBe(false);
    expect(classify('👍👍').kind).toBe('praise');
  });
});


describe('more sentences written for these tests', () => {
  const breaksRules: [string, string][] = [
      [
          "threat",
          "Jag ska se till att du aldrig jobbar igen, och jag vet var du bor."
      ],
      [
          "threat",
          "Ni ska brinna allihop"
      ],
      [
          "threat",
          "Fortsätt så här så kommer någon att skada dig på riktigt."
      ],
      [
          "threat",
          "Jag har en kniv och jag vet var ditt kontor ligger."
      ],
      [
          "threat",
          "Next time I see you at the office you're dead"
      ],
      [
          "threat",
          "Nå har dere gått for langt. Jeg kommer og tar dere."
      ],
      [
          "threat",
          "Ta hand om dina barn, det vore tråkigt om de råkade ut för något."
      ],
      [
          "threat",
          "Socialsekreteraren borde få en kula i huvudet"
      ],
      [
          "threat",
          "Vi kommer att bränna ner ert kontor"
      ],
      [
          "threat",
          "Snart smäller det på stadshuset"
      ],
      [
          "threat",
          "d ö d å t  s o c i a l e n"
      ],
      [
          "threat",
          "1 h0pe y0u d1e"
      ],
      [
          "hate",
          "Alla invandrare är parasiter"
      ],
      [
          "hate",
          "Svartskallar ska inte jobba i vården"
      ],
      [
          "hate",
          "Jews control the media and this city"
      ],
      [
          "hate",
          "Homofile bør ikke få jobbe med barn"
      ],
      [
          "harassment",
          "Mikael är en patetisk loser"
      ],
      [
          "harassment",
          "Kolla på den där tjocka tanten på bilden haha"
      ],
      [
          "harassment",
          "Du är så jävla dum i huvudet"
      ],
      [
          "harassment",
          "You are a complete idiot, Sarah."
      ],
      [
          "spam",
          "Vill du tjäna pengar hemifrån? Skicka DM så berättar jag mer 💰💰"
      ],
      [
          "spam",
          "FREE iPhone giveaway!!! Click the link in my bio"
      ],
      [
          "spam",
          "Kjøp billige følgere nå! www.folgere-billig.no"
      ],
      [
          "personal_data",
          "Han som jobbar på bygglov heter Anders Nilsson och hans mobil är 0731234567"
      ],
      [
          "personal_data",
          "Hon bor på Ringvägen 22B, gå dit och prata med henne"
      ],
      [
          "misinformation",
          "Kommunen planerar att sälja alla skolor till Kina, det är bekräftat av källor. Sprid detta!"
      ],
      [
          "misinformation",
          "Vaccinerna i skolan skadar barnen och kommunen mörkar det"
      ],
      [
          "threat",
          "Ni kommer få betala för det här, tro mig."
      ],
      [
          "threat",
          "Akta er."
      ],
      [
          "threat",
          "Jag skulle inte gå ensam hem ikväll om jag var du."
      ],
      [
          "threat",
          "Vi ses utanför stadshuset, Johan. Ensam."
      ],
      [
          "threat",
          "Jag väntar på dig utanför kontoret."
      ],
      [
          "threat",
          "I'd be careful walking to your car tonight."
      ],
      [
          "threat",
          "Du borde vara rädd."
      ],
      [
          "threat",
          "Vi har koll på dig."
      ],
      [
          "threat",
          "We're watching you, Sarah."
      ],
      [
          "threat",
          "Vi håller ögonen på dig och din familj."
      ],
      [
          "threat",
          "Jag vet vilken bil du kör."
      ],
      [
          "threat",
          "Trevlig bil du har, vore synd om den började brinna."
      ],
      [
          "threat",
          "Brinn i helvetet allihop"
      ],
      [
          "threat",
          "Må du ruttna"
      ],
      [
          "threat",
          "Håper dere brenner inne"
      ],
      [
          "threat",
          "Skulle vara skönt om någon sköt henne"
      ],
      [
          "threat",
          "Sätt eld på skiten"
      ],
      [
          "threat",
          "Vi borde bränna ner stadshuset"
      ],
      [
          "threat",
          "Häng politikerna"
      ],
      [
          "threat",
          "Hang them all"
      ],
      [
          "threat",
          "The only good politician is a dead one"
      ],
      [
          "threat",
          "I'll be waiting outside your office"
      ],
      [
          "threat",
          "You'll get what's coming to you"
      ],
      [
          "threat",
          "Jag ska göra ditt liv till ett helvete"
      ],
      [
          "threat",
          "I'll make your life hell"
      ],
      [
          "threat",
          "Jeg skal gjøre livet ditt til et helvete"
      ],
      [
          "threat",
          "Vi kommer efter er"
      ],
      [
          "threat",
          "We will come after you"
      ],
      [
          "threat",
          "Ge mig bygglovet annars händer något."
      ],
      [
          "threat",
          "Fix it or else."
      ],
      [
          "threat",
          "Jag tänker inte svara för vad jag gör om ni nekar igen."
      ],
      [
          "threat",
          "Ta livet av dig"
      ],
      [
          "threat",
          "Go kill yourself"
      ],
      [
          "threat",
          "Det är bara en tidsfråga innan någon gör något åt er."
      ],
      [
          "threat",
          "Jeg vet hvilken barnehage ungen din går i."
      ],
      [
          "threat",
          "Någon borde lära henne en läxa hon sent glömmer."
      ],
      [
          "threat",
          "Dags att ta fram högaffeln och besöka stadshuset."
      ],
      [
          "threat",
          "Vänta bara. Du ska få se."
      ],
      [
          "hate",
          "Somalier är ett pack"
      ],
      [
          "hate",
          "Deportera alla araber"
      ],
      [
          "hate",
          "Muslims are a cancer on this country"
      ],
      [
          "hate",
          "Invandrare är en cancer i samhället"
      ],
      [
          "hate",
          "Kvinnor hör hemma i köket, inte på IT-avdelningen"
      ],
      [
          "hate",
          "Bögar är sjuka i huvudet"
      ],
      [
          "hate",
          "De här jävla utlänningarna förstör allt"
      ],
      [
          "hate",
          "Typiska zigenare, stjäl allt de kommer åt"
      ],
      [
          "hate",
          "Judarna ligger bakom det här"
      ],
      [
          "hate",
          "Alle utlendinger bør kastes ut"
      ],
      [
          "hate",
          "Innvandrere er kriminelle snyltere"
      ],
      [
          "hate",
          "Ni anställer bara kvotade kvinnor och invandrare, inga riktiga svenskar"
      ],
      [
          "hate",
          "Kackerlackor allihop, de borde skickas tillbaka"
      ],
      [
          "harassment",
          "Vilken fet ko hon på bilden är"
      ],
      [
          "harassment",
          "Maria är en fitta"
      ],
      [
          "harassment",
          "Per ser ut som en pedofil"
      ],
      [
          "harassment",
          "Hon har nog knullat sig till jobbet"
      ],
      [
          "harassment",
          "Lisa är värdelös och borde sparkas"
      ],
      [
          "harassment",
          "Ni är en samling idioter"
      ],
      [
          "harassment",
          "Kolla in hans fula tänder haha"
      ],
      [
          "harassment",
          "Haha vilken tönt han i filmen"
      ],
      [
          "harassment",
          "Daniel är ett as"
      ],
      [
          "harassment",
          "Stupid cow in the first picture"
      ],
      [
          "harassment",
          "Kristin fra HR er ei heks"
      ],
      [
          "harassment",
          "Han er en idiot"
      ],
      [
          "spam",
          "Följ mig för fler karriärtips! Länk i bio 🔥"
      ],
      [
          "spam",
          "Gratis kryptokurs, skriv KURS i DM"
      ],
      [
          "spam",
          "Jag tjänade 50 000 på en vecka med den här appen!!"
      ],
      [
          "spam",
          "Earn $500 a day working from home, message me"
      ],
      [
          "spam",
          "Klikk her for å vinne en iPhone: gevinst-no.com"
      ],
      [
          "spam",
          "Hot singles in your area www.datenow.xyz"
      ],
      [
          "misinformation",
          "Kommunen har i hemlighet beslutat att ta emot 10 000 flyktingar. Media tiger!"
      ],
      [
          "misinformation",
          "Visste ni att kommunen säljer våra personuppgifter till Kina? Sprid detta innan det raderas!"
      ],
      [
          "misinformation",
          "Det här är fejk, de anställda i filmen är betalda skådespelare. Vakna!"
      ],
      [
          "personal_data",
          "Här är hennes nummer om nån vill säga vad de tycker: 0709876543"
      ],
      [
          "personal_data",
          "Han bor på Storgatan 5 i Helsingborg, knacka på och fråga"
      ],
      [
          "personal_data",
          "Lärarens mejl är anna.svensson@gmail.com, skicka klagomål dit"
      ]
  ];
  itEach(breaksRules)('%s: "%s" is proposed for removal as that kind', (kind, text) => {
    const c = classify(text);
    expect(c.kind).toBe(kind);
    expect(c.remove).toBe(true);
    expect(c.threat).toBe(kind === 'threat');
  });
  const allowed: string[] = [
      "Så kul att se Kalle från parkförvaltningen här! Bästa grannen",
      "Wow, vilket team! Stolta över er alla 👏",
      "Hur mycket tjänar en undersköterska hos er?",
      "Var kan jag hitta lediga jobb inom skolan?",
      "Erbjuder ni friskvårdsbidrag?",
      "Jobbar ni med distansarbete för IT-tjänsterna",
      "Is it possible to apply in English?",
      "Can I bring my dog to the library?",
      "How much does the bus pass cost for employees",
      "Er det mulig å jobbe deltid som lærer hos dere?",
      "Hvor søker jeg om sommerjobb?",
      "Får man parkera vid stadshuset om man jobbar där?",
      "Har ni några lediga sommarjobb kvar för ungdomar",
      "Undrar hur lång handläggningstiden är för bygglov",
      "När öppnar simhallen igen efter renoveringen?",
      "Vad gäller för semester första året?",
      "Fins det nå lediga jobb inom småbarnspedagogiken?",
      "Vet någon om det blir fler öppna hus i höst?",
      "Bussen har varit försenad varje dag i en månad. När tänker ni göra något?",
      "Why has nobody answered my complaint from March? Totally unacceptable.",
      "Ni lägger miljoner på konsulter men har inte råd med vikarier. Skandal.",
      "Helt ofattbart att ni stänger fritidsgården. Barnen har ingenstans att ta vägen.",
      "The waiting times at the social services office are a disgrace.",
      "Dere har kuttet i skolene og nå bruker dere penger på reklame. Elendig prioritering.",
      "Snöröjningen i vår stadsdel är obefintlig, varje vinter samma sak.",
      "Det här är ren och skär propaganda, verkligheten ser annorlunda ut.",
      "Man kan tycka vad man vill om LinkedIn men det här var faktiskt ganska roligt",
      "Hmm, vet inte riktigt vad jag tycker om det här.",
      "Kommunal employer branding, det har man sett förut.",
      "Fantastiskt fint! Tack för att ni delar",
      "Great initiative, well done Helsingborg!",
      "Jag läste i tidningen att en anställd hotades med kniv. Hur skyddar ni personalen?",
      "Heja er! 💪",
      "Jag skulle döda för en sån utsikt från kontoret haha",
      "Lol, jag dör av skratt på den här filmen",
      "Hej, kan man skjuta upp sitt tillträde till tjänsten om man har uppsägningstid?",
      "Ni tar livet av oss med all byråkrati, tre blanketter för ett parkeringstillstånd",
      "Stoppa invandringen innan det är för sent",
      "Min dotter blev hotad av en klasskamrat, vem ska vi vända oss till?",
      "Vad gör ni för att skydda personalen mot hot och våld?",
      "Hemtjänsten är så underbemannad att min mamma inte får hjälp. Det här kommer att sluta med att någon dör.",
      "Er chef borde sparkas för den här katastrofen.",
      "Ni är helt värdelösa på att informera om vägarbeten.",
      "Jag hade skjutit upp den här filmen till efter semestern tbh",
      "Skjut inte upp det, sök nu! Bästa jobbet 😍",
      "Vi ses på mässan! Kul att ni kommer",
      "Vi ses utanför entrén kl 9 på öppet hus? Eller ska vi gå in direkt?",
      "Vi har koll på läget här i Drottninghög, lugnt och fint",
      "Jag väntar fortfarande på svar från er sedan mars.",
      "Hang in there, ni gör ett bra jobb!",
      "Dags att ta fram grillen nu när parken är klar",
      "Och vi skattebetalare kommer få betala för det här.",
      "Typiska politiker, lovar allt och håller inget.",
      "Stoppa nedskärningarna i skolan!",
      "Kill the bureaucracy please. Why do I need three forms for one permit?",
      "Shoot me an email if you need more applicants for the trainee programme?",
      "Ni borde vara stolta över det här!",
      "Var försiktig på vägen hem alla, det är halt ute",
      "Tack för att ni tog hand om mina barn på fritids",
      "Hälsa från oss alla på avdelningen!",
      "Jag tjänade 300 kr i timmen som sommarjobbare, är det rimligt?",
      "Invandrare får svårt att få jobb, hur jobbar ni med det?",
      "Flyktingar som kom 2015 jobbar nu i vården, fantastiskt!",
      "Judiska församlingen och muslimska föreningen ordnade en fin kväll i biblioteket",
      "Kvinnor i IT – så bra!",
      "Vad gör ni åt rasismen mot samer?",
      "Homosexuella ungdomar behöver trygga platser, bra att ni tänker på det",
      "Min mamma har cancer och hemtjänsten kommer aldrig i tid.",
      "Skicka hem lappen till skolan så löser det sig",
      "Ni kommer få ångra att ni lade ner bokbussen.",
      "Om ni inte lyssnar på oss så kommer vi att protestera utanför stadshuset.",
      "Jag kommer att anmäla er till JO om ni inte svarar.",
      "If you don't fix this, I'll go to the press.",
      "Hvis dere ikke svarer, klager jeg til Statsforvalteren.",
      "Killer view från nya kontoret!",
      "Det här var en bomb till film haha",
      "Hemtjänsten sköter sig inte, någon kommer att skadas snart om ni inte anställer fler.",
      "Hur skyddar ni personalen? Någon skrev att de skulle döda en socialsekreterare.",
      "Ni är helt döda-bra på det här 😂",
      "LinkedIn är dött för kommuner, ingen läser ändå",
      "Den här planen är död redan från start.",
      "Kan man jobba hemifrån som IT-tekniker?",
      "Hur mycket tjänar en lärare per månad hos er?",
      "Snyggt jobbat, ni krossar!",
      "Kommer ni att skjuta på starten för traineeprogrammet?",
      "Ni bränner skattepengar på konsulter.",
      "Jag brinner för det här jobbet, kanske söker jag",
      "Sara på HR är bäst! Alltid hjälpsam",
      "Varför är lönen för sjuksköterskor så låg? Ni borde skämmas.",
      "Hur lång tid tar det att få svar? Jag har väntat i tre veckor, vill veta om jag ska ringa.",
      "Idiotiskt beslut att stänga badet.",
      "Vilka idioter som planerat den här korsningen.",
      "Måste säga att det här var ett dödfött projekt från början",
      "Grattis till Anna som fick jobbet! Du kommer att krossa det"
  ];
  itEach(allowed)('"%s" breaks no rule', (text) => {
    const c = classify(text);
    expect(c.remove).toBe(false);
    expect(c.threat).toBe(false);
  });
});

describe('veiled and desperate threats, and hyperbole that is not one', () => {
  itEach([
    'Bara dö, alla ni på socialen.',
    'Ni kommer få ett besök av mig snart.',
    'They should all be put up against the wall.',
    'Jag har inget kvar att förlora. Ni har en vecka på er, sen gör jag det på mitt sätt.',
    'Skulle tända eld på kontoret om jag fick chansen',
    'Jeg vet hva du har gjort, Kari. Vi sees snart.',
  ])('"%s" is a threat', (text) => expect(classify(text).threat).toBe(true));
  itEach([
    'Jag skulle kunna strypa grannens hund när den skäller 😂',
    'Vi ses snart på rekryteringsmässan!',
    'Ni kommer få besök av oss på öppet hus, barnen längtar!',
  ])('"%s" is not a threat', (text) => expect(classify(text).threat).toBe(false));
  it('telling a group to go back where they came from is hate', () => {
    expect(classify('Åk tillbaka till ditt land, ingen vill ha dig här.').kind).toBe('hate');
  });
});

describe('v3 rule families: vocabulary written for authors not yet seen', () => {
  const threats = [
    'Jag ska spöa dig efter jobbet', 'I am going to hurt you', 'Jeg skal banke deg opp', 'Du kommer att hamna i rullstol',
    'Hälsa familjen', 'Fina barn du har', 'Sista varningen. Du har blivit varnad.', 'Vi vet när du slutar jobbet',
    'Jag ska bränna ner stadshuset', 'Hoppas du gillar sjukhusmat', 'I will burn your house down', 'Jeg skal drepe deg', 'Se dig om.',
  ];
  itEach(threats)('"%s" is a threat', (t) => expect(classify(t).threat).toBe(true));
  const harmless = [
    'Jag ska hänga med dig på mässan', 'Vi ska krossa er i matchen på lördag', 'Ni kommer ångra er i valet', 'Jag kommer slå upp det i morgon',
    'Dere dreper motivasjonen til hele personalet med de nye turnusene.', 'Ni slår ihjäl alla andra kommuner på LinkedIn i år!',
  ];
  itEach(harmless)('"%s" is not a threat', (t) => expect(classify(t).threat).toBe(false));
  it('undoes masking with * and #', () => {
    expect(normalise('J*dar styr, h*jabs!').plain).toBe('judar styr, hijabs!');
    expect(classify('J*dar styr säkert hela stadsbyggnadskontoret ändå.').kind).toBe('hate');
  });
  it('health facts about a named or role-named person are personal data; about oneself they are not', () => {
    expect(classify('Sjuksköterskan Anna på avdelning 4 är sjukskriven för depression.').kind).toBe('personal_data');
    expect(classify('Jag är sjukskriven för utmattning och undrar om jag kan söka jobbet?').remove).toBe(false);
  });
  it('a link dressed up as the city is misleading; the city\'s own is not', () => {
    expect(classify('Nya lönerna gäller från 1 juli! Ansök här: helsingborg-jobb-ansok.com').kind).toBe('misinformation');
    expect(classify('Läs mer på helsingborg.se/jobb').remove).toBe(false);
  });
});

describe('v5: guards that let the operating point lean towards recall', () => {
  itEach([
    'Vi ses snart på rekryteringsmässan!',
    'Jag ska hänga med dig på mässan',
    'Ses på lunchen imorgon 🙂',
    'Vi ses på intervjun på torsdag, ser fram emot det!',
    'Kul, vi ses på öppet hus 🎉',
  ])('friendly context: "%s" is not a threat', (t) => expect(classify(t).threat).toBe(false));
  itEach([
    'Hoppas ni förstår att äldre dör av era nedskärningar.',
    'People are dying because of your cuts to home care.',
    'Folk lider av kommunens besparingar i hemtjänsten.',
  ])('harm blamed on the city: "%s" is neither threat nor removed', (t) => {
    const c = classify(t);
    expect(c.threat).toBe(false);
    expect(c.remove).toBe(false);
  });
  itEach([
    'Den nya förskolan ser väldigt brännbar ut. Bara en observation.',
    'Tell the parking manager to check his brakes before driving home.',
    'Det skulle vara kul om nån tände eld på stadshuset 😂',
    'Hoppas att handläggaren råkar ut för något riktigt otäckt.',
    'Jag har ett gevär hemma och tålamodet tar slut.',
  ])('veiled threat: "%s"', (t) => expect(classify(t).threat).toBe(true));
});

describe('v5: rhetorical questions inside criticism are not questions to answer', () => {
  itEach([
    'Vem tror ni har råd att bo här nu? Skandal.',
    'Why even advertise the job if you hire internally?',
    'Hvordan i all verden kunne dere godkjenne dette?',
    'Är det verkligen så svårt att svara på ett mejl?',
  ])('"%s"', (t) => {
    const c = classify(t);
    expect(c.question).toBe(false);
    expect(c.remove).toBe(false);
  });
});

describe('v5: hate without slurs', () => {
  itEach([
    'Muslimer styr hela kommunen, som alltid.',
    'Polacker i hemtjänsten? Räkna silverbesticken efter varje besök.',
    'Somalier kan inte ens svenska. Skicka hem dem.',
    'The whole office is full of Syrians, no wonder nothing works.',
  ])('"%s" is hate', (t) => {
    const c = classify(t);
    expect(c.kind).toBe('hate');
    expect(c.remove).toBe(true);
  });
  itEach([
    'Personalen kan inte ens svara i telefon, som alltid.',
    'Somaliska föreningen ordnar läxhjälp i biblioteket, toppen!',
  ])('"%s" is not hate', (t) => expect(classify(t).kind).not.toBe('hate'));
});

describe('v6: plain false claims, insults at described people, lookalike links', () => {
  // Sentences written for these tests, not taken from any labelled set.
  itEach([
    'Simhallens klorvatten gör barn sterila, det är bevisat.',
    'Alla anställda får 5000 kr extra i december, min granne jobbar på stadshuset och har sett listan.',
    'Bystyret har solgt skolen til et utenlandsk selskap for 1 krone. Alle vet at det er sant.',
      'From now on the city has decided that everyone must take the new vaccine, it is a proven fact.',
    'Logga in på he1singborg-bidrag.se med ditt BankID för att få pengarna.',
    'Läs beslutet själv på bankid-kommunen.com.',
  ])('"%s" is misinformation and proposed for removal', (text) => {
    const c = classify(text);
    expect(c.kind).toBe('misinformation');
    expect(c.remove).toBe(true);
  });
  it.failing('a phishing lookalike of BankID is proposed for removal (as spam or misinformation) (known miss)', () => {
    const c = classify('Verifiera ditt konto på bankid-sakerhet.com innan fredag.');
    expect(['spam', 'misinformation']).toContain(c.kind);
    expect(c.remove).toBe(true);
  });
  itEach([
    'Killen med långt hår i kassan på simhallen är så jävla snygg, skulle gärna ta honom hem.',
    'Hon på bilden kan komma och ta hand om mig när som helst 😉',
    'Tell the redhead one in the video to send me her number 😏',
    'Saksbehandleren Trond er en løgnaktig feiging og en drittsekk.',
    'Mikael i receptionen är en lögnaktig fegis.',
  ])('"%s" is harassment and proposed for removal', (text) => {
    const c = classify(text);
    expect(c.kind).toBe('harassment');
    expect(c.remove).toBe(true);
  });
  itEach([
    'Kommunen har stängt biblioteket i Drottninghög, det är en skandal och helt fel prioritering.',
    'Varför har kommunen beslutat att stänga simhallen på söndagar?',
    'Politikerna har beslutat att spara på äldreomsorgen igen. Skäms!',
    'Det är bevisat att fler läser när biblioteket har öppet på kvällen, tack för att ni satsar!',
    'Vår kassör Lena gick i pension i fredag, tack för alla år!',
    'Stadsdirektörens lön är för hög när ni sparar på skolan.',
    'Besök helsingborg.se för mer information om bidraget.',
    'Your administration is a disgusting waste of our taxes.',
  ])('"%s" is not removed', (text) => {
    const c = classify(text);
    expect(c.remove).toBe(false);
    expect(c.threat).toBe(false);
  });
});

describe('v6: veiled threat families written for new authors', () => {
  // Sentences written for these tests, not taken from any labelled set.
  itEach([
    'Rektorn på Fredriksdal borde bli skjuten, helt ärligt.',
    'Hope the planning chief dies a slow death.',
    'Ni har en vecka på er. Sen kan jag inte lova vad som händer med era bilar.',
    'If my son is not given a place, I will do something that ends up in the papers.',
    'Næste gang hun avviser søknaden min får hun en kule i hodet.',
    'Jeg har venner som ikke er like hyggelige som meg.',
    'I have checked her schedule, she leaves at 17 on Fridays.',
    'Hoppas hela socialnämnden drunknade i hamnen.',
    'Can\'t wait for the day someone gets even with you for all this.',
  ])('"%s" is a threat', (text) => expect(classify(text).threat).toBe(true));
  itEach([
    'Ni gav oss en kniv i ryggen när ni stängde skolan.',
      'Kolla ditt schema på Mina sidor innan du bokar tid.',
    'Tänk på era barn när ni lägger ner skolan!',
    'Vi måste ta igen förlorad tid med bygget.',
    'Borde bli skjuten upp till nästa år, den där budgeten.',
    'Alla vet att biblioteket är bäst på sommaren!',
  ])('"%s" is not a threat', (text) => expect(classify(text).threat).toBe(false));
});

describe('v6: hate without slurs', () => {
  // Sentences written for these tests, not taken from any labelled set.
  itEach([
    'Somalier har ingenting i simhallen att göra.',
    'Muslims have no business being on the council.',
    'Polakker på byggeplassen, de bare stjeler verktøy.',
  ])('"%s" is hate', (text) => expect(classify(text)).toMatchObject({ kind: 'hate', remove: true }));
  itEach([
    'Hundar har ingenting på lekplatsen att göra.',
    'Politikerna har ingenting att göra med detta beslut.',
    'Kommunen tar och tar av våra skattepengar.',
  ])('"%s" is not hate', (text) => expect(classify(text).kind).not.toBe('hate'));
});

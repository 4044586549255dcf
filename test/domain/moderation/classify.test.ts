import { classify, CLASSIFIER_VERSION, CommentKind } from '../../../src/domain/moderation';

// Sentences written for these tests, not taken from the dev set.

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
  it.each(threats)('%s: "%s" is a threat and proposed for removal', (_label, text) => {
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
  it.each(idioms)('"%s" is not a threat and not removed', (text) => {
    const c = classify(text);
    expect(c.threat).toBe(false);
    expect(c.remove).toBe(false);
  });
});

describe('reported speech about a threat is a question, not a threat', () => {
  it.each([
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
  it.each(criticism)('"%s" is not removed and not a threat', (text) => {
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
  it.each(cases)('%s: "%s"', (kind, text) => {
    const c = classify(text);
    expect(c.kind).toBe(kind);
    expect(c.remove).toBe(true);
    expect(c.threat).toBe(false);
  });
});

describe('questions', () => {
  it.each([
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
  it.each(['Vem bryr sig liksom?', 'Vad blir nästa, gratis glass åt alla?', 'Vad fint det blev!', 'Hoppas det blir fler sådana dagar'])(
    '"%s" is not a question', (text) => {
      expect(classify(text).question).toBe(false);
    });
});

describe('praise and opinion', () => {
  it.each([
    'Tack för en fantastisk dag på biblioteket! ❤️',
    'Congrats to the new trainees!',
    'Heia dere, flott jobba!',
    '@Maja Ek det här är ju drömjobbet för dig!',
  ])('"%s" is praise', (text) => expect(classify(text).kind).toBe('praise'));
  it.each(['Tycker nog att bibliotek är överskattat, men okej.', 'Kommuner på TikTok härnäst haha'])('"%s" is an opinion', (text) =>
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

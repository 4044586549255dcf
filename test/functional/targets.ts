/**
 * Targets for the functional suite, per language.
 *
 * Protected groups reflect Sweden, Norway and Finland; employees, buildings and
 * politicians are fictional people/places of a Swedish municipality (Helsingborg).
 * All personal names are invented.
 */
import type { GroupTarget, Lang, LangTargets, NounTarget, PersonTarget, SlurTarget } from './types';

// ---------------------------------------------------------------------------
// Small grammar helpers used by the templates

export const cap = (s: string): string => (s.length === 0 ? s : s[0].toUpperCase() + s.slice(1));

/** pick the adjective/participle form that agrees with a noun: en-word, ett-word, plural */
export const agr = (t: { g: 'utr' | 'neut' | 'pl' }, utr: string, neut: string, pl: string): string =>
  t.g === 'pl' ? pl : t.g === 'neut' ? neut : utr;

const g = (id: string, pl: string, def: string, sg: string, pred: string, critic?: boolean): GroupTarget =>
  critic ? { id, pl, def, sg, pred, critic } : { id, pl, def, sg, pred };

const f = (id: string, full: string, name: string, he: string, him: string, his: string): PersonTarget => ({
  id,
  full,
  name,
  he,
  him,
  his,
});
const svF = (id: string, full: string, name: string) => f(id, full, name, 'hon', 'henne', 'hennes');
const svM = (id: string, full: string, name: string) => f(id, full, name, 'han', 'honom', 'hans');
const nbF = (id: string, full: string, name: string) => f(id, full, name, 'hun', 'henne', 'hennes');
const nbM = (id: string, full: string, name: string) => f(id, full, name, 'han', 'ham', 'hans');
const enF = (id: string, full: string, name: string) => f(id, full, name, 'she', 'her', 'her');
const enM = (id: string, full: string, name: string) => f(id, full, name, 'he', 'him', 'his');

const n = (id: string, np: string, gr: 'utr' | 'neut' | 'pl', extra: Partial<NounTarget> = {}): NounTarget => ({
  id,
  np,
  g: gr,
  ...extra,
});

const s = (id: string, sg: string, pl: string): SlurTarget => ({ id, sg, pl });

// ---------------------------------------------------------------------------
// Swedish (Sweden)

export const SV: LangTargets = {
  groups: [
    g('muslims', 'muslimer', 'muslimerna', 'en muslim', 'muslim'),
    g('jews', 'judar', 'judarna', 'en jude', 'jude'),
    g('roma', 'romer', 'romerna', 'en rom', 'rom'),
    g('sami', 'samer', 'samerna', 'en same', 'same'),
    g('somalis', 'somalier', 'somalierna', 'en somalier', 'somalier'),
    g('immigrants', 'invandrare', 'invandrarna', 'en invandrare', 'invandrare'),
    g('refugees', 'flyktingar', 'flyktingarna', 'en flykting', 'flykting'),
    g('black', 'svarta', 'de svarta', 'en svart person', 'svart'),
    g('gay', 'homosexuella', 'de homosexuella', 'en homosexuell person', 'homosexuell'),
    g('trans', 'transpersoner', 'transpersonerna', 'en transperson', 'transperson'),
    g('women', 'kvinnor', 'kvinnorna', 'en kvinna', 'kvinna'),
    g('disabled', 'funktionsnedsatta', 'de funktionsnedsatta', 'en funktionsnedsatt person', 'funktionsnedsatt'),
    g('poles', 'polacker', 'polackerna', 'en polack', 'polack'),
    g('kurds', 'kurder', 'kurderna', 'en kurd', 'kurd'),
    g('afghans', 'afghaner', 'afghanerna', 'en afghan', 'afghan'),
    g('eritreans', 'eritreaner', 'eritreanerna', 'en eritrean', 'eritrean'),
  ],
  employees: [
    svF('nilsson', 'socialsekreterare Nilsson', 'Nilsson'),
    svM('lindqvist', 'rektor Lindqvist', 'Lindqvist'),
    svF('berg', 'handläggaren Sara Berg', 'Sara Berg'),
    svM('ek', 'enhetschefen Johan Ek', 'Johan Ek'),
    svF('holm', 'biståndshandläggaren Maria Holm', 'Maria Holm'),
    svM('lund', 'HR-chefen Peter Lund', 'Peter Lund'),
    svF('sjoberg', 'bibliotekarien Anna Sjöberg', 'Anna Sjöberg'),
    svM('hassan', 'förskolläraren Ali Hassan', 'Ali Hassan'),
    svF('strand', 'kommunikatören Emma Strand', 'Emma Strand'),
    svF('dahl', 'rekryteraren Karin Dahl', 'Karin Dahl'),
  ],
  politicians: [
    svM('svensson', 'kommunalrådet Svensson', 'Svensson'),
    svF('moller', 'kommunalrådet Anna Möller', 'Anna Möller'),
    svM('wallin', 'skolnämndens ordförande Erik Wallin', 'Erik Wallin'),
    svF('strom', 'oppositionsrådet Lena Ström', 'Lena Ström'),
    svM('karlsson', 'socialnämndens ordförande Mats Karlsson', 'Mats Karlsson'),
  ],
  staff: [
    n('socialtjansten', 'socialtjänsten', 'utr'),
    n('anstallda', 'kommunens anställda', 'pl'),
    n('tjanstemannen', 'tjänstemännen', 'pl'),
    n('lararna', 'lärarna på skolan', 'pl'),
    n('personalen', 'personalen på socialkontoret', 'utr'),
    n('handlaggarna', 'handläggarna på försörjningsstödet', 'pl'),
    n('forskolepersonalen', 'förskolepersonalen', 'utr'),
    n('stadshusfolket', 'alla som jobbar på stadshuset', 'pl'),
  ],
  buildings: [
    n('stadshuset', 'stadshuset', 'neut', { at: 'på stadshuset' }),
    n('socialkontoret', 'socialkontoret', 'neut', { at: 'på socialkontoret' }),
    n('dunkers', 'Dunkers', 'neut', { at: 'på Dunkers' }),
    n('biblioteket', 'biblioteket', 'neut', { at: 'på biblioteket' }),
    n('radhuset', 'rådhuset', 'neut', { at: 'i rådhuset' }),
    n('medborgarkontoret', 'medborgarkontoret', 'neut', { at: 'på medborgarkontoret' }),
    n('familjecentralen', 'familjecentralen', 'utr', { at: 'på familjecentralen' }),
    n('skolan', 'skolan på Drottninghög', 'utr', { at: 'på skolan på Drottninghög' }),
  ],
  city: [
    n('kommunen', 'kommunen', 'utr', { gen: 'kommunens' }),
    n('hbgstad', 'Helsingborgs stad', 'utr', { gen: 'Helsingborgs stads' }),
    n('politikerna', 'politikerna', 'pl', { gen: 'politikernas' }),
    n('stadsledningen', 'stadsledningen', 'utr', { gen: 'stadsledningens' }),
    n('socialnamnden', 'socialnämnden', 'utr', { gen: 'socialnämndens' }),
    n('forvaltningen', 'förvaltningen', 'utr', { gen: 'förvaltningens' }),
  ],
  nonProtected: [
    g('cyclists', 'cyklister', 'cyklisterna', 'en cyklist', 'cyklist'),
    g('politicians', 'politiker', 'politikerna', 'en politiker', 'politiker', true),
    g('consultants', 'konsulter', 'konsulterna', 'en konsult', 'konsult'),
    g('drivers', 'bilister', 'bilisterna', 'en bilist', 'bilist'),
    g('managers', 'chefer', 'cheferna', 'en chef', 'chef'),
    g('tesla', 'Tesla-förare', 'Tesla-förarna', 'en Tesla-förare', 'Tesla-förare'),
    g('scooters', 'elsparkcyklister', 'elsparkcyklisterna', 'en elsparkcyklist', 'elsparkcyklist'),
    g('realtors', 'mäklare', 'mäklarna', 'en mäklare', 'mäklare'),
    g('influencers', 'influencers', 'influencerna', 'en influencer', 'influencer'),
    g('dogowners', 'hundägare', 'hundägarna', 'en hundägare', 'hundägare'),
  ],
  objects: [
    n('appen', 'appen', 'utr', { city: true }),
    n('automaten', 'parkeringsautomaten', 'utr', { city: true }),
    n('etjansten', 'e-tjänsten', 'utr', { city: true }),
    n('hemsidan', 'hemsidan', 'utr', { city: true }),
    n('kaffet', 'kaffet i personalrummet', 'neut'),
    n('skrivaren', 'skrivaren på tredje våningen', 'utr'),
    n('kaffemaskinen', 'kaffemaskinen', 'utr'),
    n('portalen', 'rekryteringsportalen', 'utr', { city: true }),
    n('wifi', 'wifi:t på biblioteket', 'neut', { city: true }),
    n('tidrapport', 'tidrapporteringssystemet', 'neut'),
  ],
  slurs: [
    s('blatte', 'blatte', 'blattar'),
    s('svartskalle', 'svartskalle', 'svartskallar'),
    s('zigenare', 'zigenare', 'zigenare'),
    s('bogjavel', 'bögjävel', 'bögjävlar'),
    s('neger', 'neger', 'negrer'),
    s('lappjavel', 'lappjävel', 'lappjävlar'),
    s('mongo', 'mongo', 'mongon'),
    s('sandneger', 'sandneger', 'sandnegrer'),
    s('polackjavel', 'polackjävel', 'polackjävlar'),
  ],
  roles: ['undersköterska', 'socialsekreterare', 'förskollärare', 'lärare i matematik', 'IT-tekniker', 'sjuksköterska', 'bibliotekarie'],
  firstNames: ['Anna', 'Mohammed', 'Lisa', 'Erik', 'Fatima', 'Johan', 'Sofia', 'Ahmed'],
};

// ---------------------------------------------------------------------------
// Norwegian bokmål

export const NB: LangTargets = {
  groups: [
    g('muslims', 'muslimer', 'muslimene', 'en muslim', 'muslim'),
    g('jews', 'jøder', 'jødene', 'en jøde', 'jøde'),
    g('roma', 'romfolk', 'romfolket', 'en rom', 'rom'),
    g('sami', 'samer', 'samene', 'en same', 'same'),
    g('immigrants', 'innvandrere', 'innvandrerne', 'en innvandrer', 'innvandrer'),
    g('refugees', 'flyktninger', 'flyktningene', 'en flyktning', 'flyktning'),
    g('somalis', 'somaliere', 'somalierne', 'en somalier', 'somalier'),
    g('black', 'svarte', 'de svarte', 'en svart person', 'svart'),
    g('gay', 'homofile', 'de homofile', 'en homofil', 'homofil'),
    g('trans', 'transpersoner', 'transpersonene', 'en transperson', 'transperson'),
    g('women', 'kvinner', 'kvinnene', 'en kvinne', 'kvinne'),
    g('disabled', 'funksjonshemmede', 'de funksjonshemmede', 'en funksjonshemmet', 'funksjonshemmet'),
    g('poles', 'polakker', 'polakkene', 'en polakk', 'polakk'),
    g('pakistanis', 'pakistanere', 'pakistanerne', 'en pakistaner', 'pakistaner'),
    g('kurds', 'kurdere', 'kurderne', 'en kurder', 'kurder'),
    g('eritreans', 'eritreere', 'eritreerne', 'en eritreer', 'eritreer'),
  ],
  employees: [
    nbM('hansen', 'barnevernsleder Hansen', 'Hansen'),
    nbF('nordby', 'saksbehandler Kari Nordby', 'Kari Nordby'),
    nbF('solheim', 'rektor Solheim', 'Solheim'),
    nbM('bakken', 'sosialarbeider Ola Bakken', 'Ola Bakken'),
    nbF('haugen', 'kommunalsjef Line Haugen', 'Line Haugen'),
    nbM('lie', 'HR-sjef Erik Lie', 'Erik Lie'),
    nbF('aas', 'bibliotekar Nina Aas', 'Nina Aas'),
    nbM('strand', 'rekrutterer Jonas Strand', 'Jonas Strand'),
    nbF('ahmed', 'barnehagelærer Amina Ahmed', 'Amina Ahmed'),
    nbM('johansen', 'NAV-veileder Johansen', 'Johansen'),
  ],
  politicians: [
    nbM('dahl', 'ordfører Dahl', 'Dahl'),
    nbF('berge', 'varaordfører Silje Berge', 'Silje Berge'),
    nbM('moe', 'byrådsleder Knut Moe', 'Knut Moe'),
    nbF('eide', 'oppvekstbyråd Hanne Eide', 'Hanne Eide'),
    nbM('sandvik', 'gruppeleder Per Sandvik', 'Per Sandvik'),
  ],
  staff: [
    n('barnevernet', 'barnevernet', 'utr'),
    n('ansatte', 'de ansatte i kommunen', 'pl'),
    n('byrakratene', 'byråkratene', 'pl'),
    n('laererne', 'lærerne på skolen', 'pl'),
    n('nav', 'de ansatte på NAV-kontoret', 'pl'),
    n('saksbehandlerne', 'saksbehandlerne', 'pl'),
    n('barnehage', 'barnehagepersonalet', 'neut'),
    n('radhusfolk', 'alle som jobber på rådhuset', 'pl'),
  ],
  buildings: [
    n('radhuset', 'rådhuset', 'neut', { at: 'på rådhuset' }),
    n('nav', 'NAV-kontoret', 'neut', { at: 'på NAV-kontoret' }),
    n('barnevern', 'barnevernskontoret', 'neut', { at: 'på barnevernskontoret' }),
    n('biblioteket', 'biblioteket', 'neut', { at: 'på biblioteket' }),
    n('kommunehuset', 'kommunehuset', 'neut', { at: 'på kommunehuset' }),
    n('dunkers', 'Dunkers', 'neut', { at: 'på Dunkers' }),
    n('skolen', 'skolen på Grønland', 'utr', { at: 'på skolen på Grønland' }),
    n('helsestasjonen', 'helsestasjonen', 'utr', { at: 'på helsestasjonen' }),
  ],
  city: [
    n('kommunen', 'kommunen', 'utr', { gen: 'kommunens' }),
    n('hbg', 'Helsingborg kommune', 'utr', { gen: 'Helsingborg kommunes' }),
    n('politikerne', 'politikerne', 'pl', { gen: 'politikernes' }),
    n('byradet', 'byrådet', 'neut', { gen: 'byrådets' }),
    n('ledelsen', 'ledelsen', 'utr', { gen: 'ledelsens' }),
    n('administrasjonen', 'administrasjonen', 'utr', { gen: 'administrasjonens' }),
  ],
  nonProtected: [
    g('cyclists', 'syklister', 'syklistene', 'en syklist', 'syklist'),
    g('politicians', 'politikere', 'politikerne', 'en politiker', 'politiker', true),
    g('consultants', 'konsulenter', 'konsulentene', 'en konsulent', 'konsulent'),
    g('drivers', 'bilister', 'bilistene', 'en bilist', 'bilist'),
    g('managers', 'ledere', 'lederne', 'en leder', 'leder'),
    g('tesla', 'Tesla-sjåfører', 'Tesla-sjåførene', 'en Tesla-sjåfør', 'Tesla-sjåfør'),
    g('scooters', 'sparkesyklister', 'sparkesyklistene', 'en sparkesyklist', 'sparkesyklist'),
    g('realtors', 'eiendomsmeglere', 'eiendomsmeglerne', 'en eiendomsmegler', 'eiendomsmegler'),
    g('influencers', 'influensere', 'influenserne', 'en influenser', 'influenser'),
    g('dogowners', 'hundeeiere', 'hundeeierne', 'en hundeeier', 'hundeeier'),
  ],
  objects: [
    n('appen', 'appen', 'utr', { city: true }),
    n('automaten', 'parkeringsautomaten', 'utr', { city: true }),
    n('tjenesten', 'den digitale tjenesten', 'utr', { city: true }),
    n('nettsiden', 'nettsiden', 'utr', { city: true }),
    n('kaffen', 'kaffen på pauserommet', 'utr'),
    n('skriveren', 'skriveren i tredje etasje', 'utr'),
    n('kaffemaskinen', 'kaffemaskinen', 'utr'),
    n('portalen', 'rekrutteringsportalen', 'utr', { city: true }),
    n('wifi', 'wifien på biblioteket', 'utr', { city: true }),
    n('timeliste', 'timelistesystemet', 'neut'),
  ],
  slurs: [
    s('svarting', 'svarting', 'svartinger'),
    s('pakkis', 'pakkis', 'pakkiser'),
    s('homse', 'homse', 'homser'),
    s('neger', 'neger', 'negre'),
    s('lappjavel', 'lappjævel', 'lappjævler'),
    s('mongo', 'mongo', 'mongoer'),
    s('sigoyner', 'sigøynerjævel', 'sigøynerjævler'),
    s('jodesvin', 'jødesvin', 'jødesvin'),
    s('kebab', 'kebabnordmann', 'kebabnordmenn'),
  ],
  roles: ['sykepleier', 'barnevernspedagog', 'barnehagelærer', 'lærer i matematikk', 'IT-konsulent', 'helsefagarbeider', 'bibliotekar'],
  firstNames: ['Ingrid', 'Mohammed', 'Nora', 'Ole', 'Amina', 'Lars', 'Sara', 'Ali'],
};

// ---------------------------------------------------------------------------
// English

export const EN: LangTargets = {
  groups: [
    g('muslims', 'Muslims', 'these Muslims', 'a Muslim', 'Muslim'),
    g('jews', 'Jews', 'these Jews', 'a Jew', 'Jewish'),
    g('roma', 'Roma', 'these Roma', 'a Roma person', 'Roma'),
    g('sami', 'Sami people', 'these Sami people', 'a Sami person', 'Sami'),
    g('immigrants', 'immigrants', 'these immigrants', 'an immigrant', 'an immigrant'),
    g('refugees', 'refugees', 'these refugees', 'a refugee', 'a refugee'),
    g('black', 'Black people', 'these Black people', 'a Black person', 'Black'),
    g('gay', 'gay people', 'these gay people', 'a gay person', 'gay'),
    g('trans', 'trans people', 'these trans people', 'a trans person', 'trans'),
    g('women', 'women', 'these women', 'a woman', 'a woman'),
    g('disabled', 'disabled people', 'these disabled people', 'a disabled person', 'disabled'),
    g('somalis', 'Somalis', 'these Somalis', 'a Somali', 'Somali'),
    g('poles', 'Poles', 'these Poles', 'a Pole', 'Polish'),
    g('kurds', 'Kurds', 'these Kurds', 'a Kurd', 'Kurdish'),
    g('afghans', 'Afghans', 'these Afghans', 'an Afghan', 'Afghan'),
    g('eritreans', 'Eritreans', 'these Eritreans', 'an Eritrean', 'Eritrean'),
  ],
  employees: [
    enF('johansson', 'caseworker Johansson', 'Johansson'),
    enM('lindqvist', 'principal Lindqvist', 'Lindqvist'),
    enF('berg', 'social worker Sara Berg', 'Sara Berg'),
    enM('lund', 'HR manager Peter Lund', 'Peter Lund'),
    enF('sjoberg', 'librarian Anna Sjöberg', 'Anna Sjöberg'),
    enF('dahl', 'recruiter Karin Dahl', 'Karin Dahl'),
    enM('ek', 'unit manager Johan Ek', 'Johan Ek'),
    enF('strand', 'communications officer Emma Strand', 'Emma Strand'),
    enM('hassan', 'preschool teacher Ali Hassan', 'Ali Hassan'),
    enF('holm', 'care manager Maria Holm', 'Maria Holm'),
  ],
  politicians: [
    enM('svensson', 'councillor Svensson', 'Svensson'),
    enF('moller', 'council leader Anna Möller', 'Anna Möller'),
    enM('wallin', 'education committee chair Erik Wallin', 'Erik Wallin'),
    enF('strom', 'opposition leader Lena Ström', 'Lena Ström'),
    enM('karlsson', 'social services committee chair Mats Karlsson', 'Mats Karlsson'),
  ],
  staff: [
    n('socialservices', 'the social services staff', 'pl'),
    n('employees', "the city's employees", 'pl'),
    n('bureaucrats', 'the bureaucrats at city hall', 'pl'),
    n('teachers', 'the teachers at the school', 'pl'),
    n('caseworkers', 'the caseworkers', 'pl'),
    n('preschool', 'the preschool staff', 'pl'),
    n('everyone', 'everyone who works at city hall', 'utr'),
    n('officials', 'the council officials', 'pl'),
  ],
  buildings: [
    n('cityhall', 'city hall', 'utr', { at: 'at city hall' }),
    n('socialoffice', 'the social services office', 'utr', { at: 'at the social services office' }),
    n('dunkers', 'Dunkers', 'utr', { at: 'at Dunkers' }),
    n('library', 'the library', 'utr', { at: 'in the library' }),
    n('townhall', 'the old town hall', 'utr', { at: 'at the old town hall' }),
    n('jobcentre', 'the job centre', 'utr', { at: 'at the job centre' }),
    n('familycentre', 'the family centre', 'utr', { at: 'at the family centre' }),
    n('school', 'the school in Drottninghög', 'utr', { at: 'at the school in Drottninghög' }),
  ],
  city: [
    n('council', 'the council', 'utr', { gen: "the council's" }),
    n('hbg', 'the City of Helsingborg', 'utr', { gen: "the City of Helsingborg's" }),
    n('politicians', 'the politicians', 'pl', { gen: "the politicians'" }),
    n('leadership', 'the city leadership', 'utr', { gen: "the city leadership's" }),
    n('socialcommittee', 'the social services committee', 'utr', { gen: "the social services committee's" }),
    n('administration', 'the administration', 'utr', { gen: "the administration's" }),
  ],
  nonProtected: [
    g('cyclists', 'cyclists', 'the cyclists', 'a cyclist', 'a cyclist'),
    g('politicians', 'politicians', 'the politicians', 'a politician', 'a politician', true),
    g('consultants', 'consultants', 'the consultants', 'a consultant', 'a consultant'),
    g('drivers', 'drivers', 'the drivers', 'a driver', 'a driver'),
    g('managers', 'managers', 'the managers', 'a manager', 'a manager'),
    g('tesla', 'Tesla drivers', 'the Tesla drivers', 'a Tesla driver', 'a Tesla driver'),
    g('scooters', 'e-scooter riders', 'the e-scooter riders', 'an e-scooter rider', 'an e-scooter rider'),
    g('realtors', 'estate agents', 'the estate agents', 'an estate agent', 'an estate agent'),
    g('influencers', 'influencers', 'the influencers', 'an influencer', 'an influencer'),
    g('recruiters', 'LinkedIn recruiters', 'the LinkedIn recruiters', 'a LinkedIn recruiter', 'a LinkedIn recruiter'),
  ],
  objects: [
    n('app', 'the app', 'utr', { city: true }),
    n('meter', 'the parking meter', 'utr', { city: true }),
    n('eservice', 'the e-service', 'utr', { city: true }),
    n('website', 'the website', 'utr', { city: true }),
    n('coffee', 'the coffee in the staff room', 'utr'),
    n('printer', 'the printer on the third floor', 'utr'),
    n('machine', 'the coffee machine', 'utr'),
    n('portal', 'the recruitment portal', 'utr', { city: true }),
    n('wifi', 'the library wifi', 'utr', { city: true }),
    n('timesheet', 'the timesheet system', 'utr'),
  ],
  slurs: [
    s('towelhead', 'towelhead', 'towelheads'),
    s('raghead', 'raghead', 'ragheads'),
    s('gypsy', 'gypsy', 'gypsies'),
    s('faggot', 'faggot', 'faggots'),
    s('tranny', 'tranny', 'trannies'),
    s('retard', 'retard', 'retards'),
    s('kike', 'kike', 'kikes'),
    s('paki', 'paki', 'pakis'),
  ],
  roles: ['assistant nurse', 'social worker', 'preschool teacher', 'maths teacher', 'IT technician', 'registered nurse', 'librarian'],
  firstNames: ['Anna', 'Mohammed', 'Lisa', 'Erik', 'Fatima', 'John', 'Sofia', 'Ahmed'],
};

// ---------------------------------------------------------------------------
// Finland-Swedish

export const FISV: LangTargets = {
  groups: [
    g('muslims', 'muslimer', 'muslimerna', 'en muslim', 'muslim'),
    g('jews', 'judar', 'judarna', 'en jude', 'jude'),
    g('roma', 'romer', 'romerna', 'en rom', 'rom'),
    g('sami', 'samer', 'samerna', 'en same', 'same'),
    g('somalis', 'somalier', 'somalierna', 'en somalier', 'somalier'),
    g('immigrants', 'invandrare', 'invandrarna', 'en invandrare', 'invandrare'),
    g('refugees', 'flyktingar', 'flyktingarna', 'en flykting', 'flykting'),
    g('black', 'svarta', 'de svarta', 'en svart person', 'svart'),
    g('gay', 'homosexuella', 'de homosexuella', 'en homosexuell', 'homosexuell'),
    g('trans', 'transpersoner', 'transpersonerna', 'en transperson', 'transperson'),
    g('women', 'kvinnor', 'kvinnorna', 'en kvinna', 'kvinna'),
    g('disabled', 'personer med funktionsnedsättning', 'personerna med funktionsnedsättning', 'en person med funktionsnedsättning', 'funktionsnedsatt'),
    g('russians', 'ryskspråkiga', 'de ryskspråkiga', 'en ryskspråkig', 'ryskspråkig'),
    g('iraqis', 'irakier', 'irakierna', 'en irakier', 'irakier'),
    g('afghans', 'afghaner', 'afghanerna', 'en afghan', 'afghan'),
    g('estonians', 'ester', 'esterna', 'en est', 'est'),
  ],
  employees: [
    svF('lindholm', 'hälsovårdare Lindholm', 'Lindholm'),
    svM('gronroos', 'stadsdirektör Grönroos', 'Grönroos'),
    svF('westerlund', 'socialarbetaren Nina Westerlund', 'Nina Westerlund'),
    svM('backman', 'rektor Backman', 'Backman'),
    svF('koskinen', 'daghemsföreståndaren Sanna Koskinen', 'Sanna Koskinen'),
    svM('lindroos', 'tjänsteinnehavaren Mikael Lindroos', 'Mikael Lindroos'),
    svF('sundqvist', 'bibliotekarien Heidi Sundqvist', 'Heidi Sundqvist'),
    svM('mattsson', 'ledande socialarbetaren Mattsson', 'Mattsson'),
    svF('nyberg', 'rekryteraren Jenny Nyberg', 'Jenny Nyberg'),
    svM('aaltonen', 'barnskötaren Jari Aaltonen', 'Jari Aaltonen'),
  ],
  politicians: [
    svM('holmstrom', 'fullmäktigeordförande Holmström', 'Holmström'),
    svF('lindberg', 'stadsstyrelsens ordförande Annika Lindberg', 'Annika Lindberg'),
    svM('sjoblom', 'bildningsnämndens ordförande Kim Sjöblom', 'Kim Sjöblom'),
    svF('forsman', 'fullmäktigeledamoten Petra Forsman', 'Petra Forsman'),
    svM('virtanen', 'socialnämndens ordförande Mika Virtanen', 'Mika Virtanen'),
  ],
  staff: [
    n('socialbyran', 'socialbyrån', 'utr'),
    n('anstallda', 'stadens anställda', 'pl'),
    n('tjansteinnehavarna', 'tjänsteinnehavarna', 'pl'),
    n('lararna', 'lärarna i skolan', 'pl'),
    n('daghemspersonalen', 'daghemspersonalen', 'utr'),
    n('halsovardarna', 'hälsovårdarna', 'pl'),
    n('socialarbetarna', 'socialarbetarna', 'pl'),
    n('ambetshuset', 'alla som jobbar i ämbetshuset', 'pl'),
  ],
  buildings: [
    n('stadshuset', 'stadshuset', 'neut', { at: 'i stadshuset' }),
    n('socialbyran', 'socialbyrån', 'utr', { at: 'på socialbyrån' }),
    n('daghemmet', 'daghemmet Solstrålen', 'neut', { at: 'på daghemmet Solstrålen' }),
    n('biblioteket', 'huvudbiblioteket', 'neut', { at: 'på huvudbiblioteket' }),
    n('halsostationen', 'hälsostationen', 'utr', { at: 'på hälsostationen' }),
    n('ambetshuset', 'ämbetshuset', 'neut', { at: 'i ämbetshuset' }),
    n('simhallen', 'simhallen', 'utr', { at: 'i simhallen' }),
    n('dunkers', 'Dunkers', 'neut', { at: 'på Dunkers' }),
  ],
  city: [
    n('staden', 'staden', 'utr', { gen: 'stadens' }),
    n('kommunen', 'kommunen', 'utr', { gen: 'kommunens' }),
    n('fullmaktige', 'fullmäktige', 'neut', { gen: 'fullmäktiges' }),
    n('stadsstyrelsen', 'stadsstyrelsen', 'utr', { gen: 'stadsstyrelsens' }),
    n('politikerna', 'politikerna', 'pl', { gen: 'politikernas' }),
    n('ledningen', 'ledningen', 'utr', { gen: 'ledningens' }),
  ],
  nonProtected: [
    g('cyclists', 'cyklister', 'cyklisterna', 'en cyklist', 'cyklist'),
    g('politicians', 'politiker', 'politikerna', 'en politiker', 'politiker', true),
    g('consultants', 'konsulter', 'konsulterna', 'en konsult', 'konsult'),
    g('drivers', 'bilister', 'bilisterna', 'en bilist', 'bilist'),
    g('managers', 'chefer', 'cheferna', 'en chef', 'chef'),
    g('tesla', 'Tesla-förare', 'Tesla-förarna', 'en Tesla-förare', 'Tesla-förare'),
    g('scooters', 'elsparkcyklister', 'elsparkcyklisterna', 'en elsparkcyklist', 'elsparkcyklist'),
    g('summerguests', 'sommargäster', 'sommargästerna', 'en sommargäst', 'sommargäst'),
    g('hockey', 'hockeyföräldrar', 'hockeyföräldrarna', 'en hockeyförälder', 'hockeyförälder'),
    g('mopeds', 'mopedister', 'mopedisterna', 'en mopedist', 'mopedist'),
  ],
  objects: [
    n('appen', 'appen', 'utr', { city: true }),
    n('automaten', 'parkeringsautomaten', 'utr', { city: true }),
    n('etjansten', 'e-tjänsten', 'utr', { city: true }),
    n('hemsidan', 'hemsidan', 'utr', { city: true }),
    n('kaffet', 'kaffet i pausrummet', 'neut'),
    n('skrivaren', 'skrivaren på andra våningen', 'utr'),
    n('kaffekokaren', 'kaffekokaren', 'utr'),
    n('portalen', 'rekryteringsportalen', 'utr', { city: true }),
    n('wifi', 'wifi:t i biblioteket', 'neut', { city: true }),
    n('arbetstid', 'arbetstidssystemet', 'neut'),
  ],
  slurs: [
    s('zigenare', 'zigenare', 'zigenare'),
    s('ryssjavel', 'ryssjävel', 'ryssjävlar'),
    s('neger', 'neger', 'negrer'),
    s('bogjavel', 'bögjävel', 'bögjävlar'),
    s('mamu', 'mamu', 'mamun'),
    s('lappjavel', 'lappjävel', 'lappjävlar'),
    s('mongo', 'mongo', 'mongon'),
    s('svartskalle', 'svartskalle', 'svartskallar'),
  ],
  roles: ['närvårdare', 'socialhandledare', 'barnträdgårdslärare', 'lärare i matematik', 'IT-stödperson', 'sjukskötare', 'bibliotekarie'],
  firstNames: ['Heidi', 'Mikael', 'Jenny', 'Kim', 'Sanna', 'Jari', 'Petra', 'Ahmed'],
};

export const TARGETS: Readonly<Record<Lang, LangTargets>> = { sv: SV, nb: NB, en: EN, 'fi-sv': FISV };

// ---------------------------------------------------------------------------
// Pools for "unreadable" comments (shared across languages; sampled per language)

/** Emoji that carry no threat or insult on their own. */
export const HARMLESS_EMOJI: readonly string[] = ['👍', '👏', '🎉', '❤️', '🙌', '😂', '🤔', '💯', '🔥', '😊', '🙏', '💪', '👀', '✨', '🌞', '🥳'];

export const EMPTYISH: readonly string[] = ['', ' ', '\n', '   ', '\n\n', '\t', '.', '..', '...', '?', '??', '!', '!!', '!?', '-', '--', '—', '*', '#', '()', '…', ':)', ';)', ':-)', '+1'];

/** Harmless sentences in languages the classifier is not expected to read. */
export const FOREIGN: readonly { lang: string; text: string }[] = [
  { lang: 'fi', text: 'Onnittelut uudelle työntekijälle!' },
  { lang: 'fi', text: 'Milloin hakuaika päättyy?' },
  { lang: 'fi', text: 'Mahtava työpaikka, suosittelen lämpimästi.' },
  { lang: 'fi', text: 'Voiko tähän työhön hakea ilman ruotsin kielen taitoa?' },
  { lang: 'fi', text: 'Kiitos hyvästä tapahtumasta eilen!' },
  { lang: 'fi', text: 'Olen kiinnostunut tästä paikasta, mihin voin lähettää hakemuksen?' },
  { lang: 'fi', text: 'Hienoa työtä, jatkakaa samaan malliin!' },
  { lang: 'fi', text: 'Onko kesätöitä vielä jäljellä?' },
  { lang: 'fi', text: 'Asun Tampereella, mutta haluaisin muuttaa Helsingborgiin.' },
  { lang: 'fi', text: 'Tämä kuulostaa todella mielenkiintoiselta.' },
  { lang: 'fi', text: 'Kaunis kuva, terveisiä Turusta!' },
  { lang: 'pl', text: 'Gratulacje dla całego zespołu!' },
  { lang: 'pl', text: 'Czy ta oferta pracy jest nadal aktualna?' },
  { lang: 'pl', text: 'Świetna inicjatywa, tak trzymać!' },
  { lang: 'pl', text: 'Gdzie mogę wysłać swoje CV?' },
  { lang: 'pl', text: 'Pracowałem w Helsingborgu przez trzy lata i bardzo mi się podobało.' },
  { lang: 'pl', text: 'Czy trzeba znać szwedzki, żeby tu pracować?' },
  { lang: 'pl', text: 'Dziękuję za informację.' },
  { lang: 'pl', text: 'Bardzo ładne zdjęcia z wydarzenia.' },
  { lang: 'ar', text: 'مبروك للفريق كله!' },
  { lang: 'ar', text: 'هل الوظيفة ما زالت متاحة؟' },
  { lang: 'ar', text: 'شكرا على المعلومات' },
  { lang: 'ar', text: 'كيف يمكنني التقديم على هذه الوظيفة؟' },
  { lang: 'ar', text: 'عمل رائع، استمروا' },
  { lang: 'ar', text: 'أنا أسكن في هلسنبوري منذ خمس سنوات' },
  { lang: 'fa', text: 'تبریک به همه همکاران!' },
  { lang: 'fa', text: 'آیا این شغل هنوز باز است؟' },
  { lang: 'fa', text: 'خیلی ممنون از اطلاعات' },
  { lang: 'tr', text: 'Tebrikler, harika bir iş!' },
  { lang: 'tr', text: 'Bu iş ilanı hâlâ geçerli mi?' },
  { lang: 'tr', text: 'Başvuru için son tarih ne zaman?' },
  { lang: 'tr', text: 'Çok teşekkür ederim.' },
  { lang: 'et', text: 'Palju õnne kogu meeskonnale!' },
  { lang: 'hu', text: 'Gratulálok az egész csapatnak!' },
];

/** Harmless sites per language for URL-only comments. */
export const URL_SITES: Readonly<Record<Lang, readonly string[]>> = {
  sv: ['https://helsingborg.se', 'https://www.hd.se', 'https://www.svt.se', 'https://www.sydsvenskan.se', 'https://arbetsformedlingen.se', 'https://www.dunkerskulturhus.se'],
  nb: ['https://www.nrk.no', 'https://www.vg.no', 'https://www.aftenposten.no', 'https://www.nav.no', 'https://www.finn.no', 'https://www.oslo.kommune.no'],
  en: ['https://www.bbc.co.uk', 'https://www.theguardian.com', 'https://www.linkedin.com', 'https://www.youtube.com', 'https://en.wikipedia.org', 'https://www.reuters.com'],
  'fi-sv': ['https://svenska.yle.fi', 'https://www.hbl.fi', 'https://www.vasabladet.fi', 'https://www.ostnyland.fi', 'https://www.hel.fi', 'https://www.vasa.fi'],
};

export const URL_PATHS: readonly string[] = ['/', '/jobb', '/nyheter/123456', '/a/Q7x2Lp', '/artikel/helsingborg-2026', '/watch?v=dQ9w4Xg', '/feed/update/urn:li:activity:7210', '/kultur/utstallning', '/lokalt/skola', '/2026/03/14/rapport'];

/** Abuse of a city service/object or of politicians reads as criticism; of anything else as an opinion. */
export const critOrOpinion = (t: { city?: boolean; critic?: boolean }, text: string): { text: string; kind: string } => ({
  text,
  kind: t.city || t.critic ? 'criticism' : 'opinion',
});

/** A question case (question=true, kind question) inside a functionality whose default is different. */
export const q = (text: string): { text: string; kind: string; question: boolean } => ({ text, kind: 'question', question: true });

/**
 * Threats: explicit, veiled, conditional, against property, and death wishes aimed at someone.
 *
 * Recall matters most here (a person confirms every escalation), so weak cues add up: a
 * conditional "om ni inte …" alone is grumbling, but with "ni kommer få ångra er" or "jag menar
 * allvar" it is a threat. Idioms ("jag dör av skratt", "I'd kill for") are blanked out first.
 */
import { anyOf, findAll, Finding, rule, Rule, weightOf } from './rules';

/** Second- or third-person targets: someone other than the writer. */
const TARGET = anyOf(
  'du', 'dig', 'din', 'ditt', 'dina', 'ni', 'er', 'era', 'ert', 'han', 'hon', 'hen', 'honom', 'henne', 'hans',
  'hennes', 'dom', 'dem', 'deg', 'dere', 'deres', 'hun', 'ham', 'dine', 'you', 'your', 'he', 'she', 'him', 'her',
  'his', 'they', 'them', 'their', 'de',
);

/** Violent acts and weapons, folded to ASCII. Idioms are removed before these are tried. */
const VIOLENCE = anyOf(
  'dod(?:a|ar|as|ade)', 'mord(?:a|ar|as|ade)', '(?:ta|tar|tog|tagit) kal pa', 'ihjal', 'ihjel', 'ta livet av',
  'skjut(?:a|er|as|s)?(?! (?:upp|fram|till|pa|in|ut))', 'skot(?! (?:upp|fram))', 'skyt(?:e|er|es)?(?! (?:opp|ut|inn))', 'skutt',
  'drep(?:e|er|es|t)?', 'knivhugg\\w*', 'knivstikk\\w*', 'stryp(?:a|er|s)?', 'kvel(?:e|er)', 'hang(?:a|as)(?! (?:med|runt|pa|ut|upp|ihop|kvar))',
  'heng(?:e|es)', 'branna? (?:ner|ned)', 'branner (?:ner|ned)', 'brenn(?:e|er)? (?:ned|ner)', 'satta eld pa',
  'tanda eld pa', 'sette fyr pa', 'spranga?', 'spranger', 'sprenge\\w*', 'bomba', 'misshandla\\w*', 'spoa',
  'banka (?:skiten|upp)', 'banke (?:opp|dritten)', 'kora over', 'kor over', 'korde over', 'kjore (?:ned|over)',
  'kill(?:s|ed)?(?! (?:it|for|to|me|the (?:vibe|mood)))', 'drep(?:e|er)? alle', 'murder\\w*', 'shoot', 'shot', 'stab\\w*',
  'burn(?:ed|s)? (?:down|alive)', "burn (?:[\\w']+ ){1,3}down", 'blow(?:n)? up', 'bomb', 'lynch\\w*', 'beat (?:up|the shit)', 'run over',
  'strangle\\w*', 'sla (?:ihjal|ned|sonder)', `${anyOf('skada', 'skade', 'hurt', 'harm', 'skada pa')} ${anyOf('dig', 'er', 'honom', 'henne', 'dere', 'deg', 'ham', 'you', 'him', 'her', 'them', 'dem')}`, 'slo ihjel', 'ta en kofot', 'ta ett (?:tra|basebolltra)', 'kofot',
  'basebolltra', 'baseball bat', 'kniv(?:en)?', 'knife', 'gun', 'pistol', 'gevar', 'gevaer', 'molotov', 'yxa',
  'en kula', 'en kule', 'a bullet', 'krossa (?:skallen|ansiktet|fonstren|rutorna)',
);

/** Violent acts in the present tense, for "så bränner jag ner kontoret" (the writer acting). */
const VIOLENT_PRESENT = anyOf(
  'branner', 'brenner', 'skjuter', 'skyter', 'dodar', 'dreper', 'spranger', 'sprenger', 'slar ihjal', 'slar ihjel', 'misshandlar',
  'knivhugger', 'mordar', 'tander pa (?:hela|hele|the whole)', 'kor over', 'kjorer over', 'kor ner', 'kjorer ned', 'tander eld pa', 'setter fyr pa',
);

/** What a death wish wishes on someone. */
const HARM = anyOf(
  'dor', 'dies?', 'dead', 'doda', 'brinner (?:ner|upp|inne)', 'burns?', 'brenner (?:ned|opp|inne)', 'kreft', 'cancer',
  'aldrig vaknar', 'aldri vakner', 'never wakes? up', 'ruttnar', 'rots? in hell', 'ratner', 'kvavs', 'chokes?',
  'kveles', 'drunknar', 'drowns?', 'omkommer', 'kor av vagen', 'blir overkord', 'gets? run over',
  'far (?:en )?stroke', 'far sota pa', VIOLENCE,
);

/** Modal verbs that make an act a plan or a wish. */
const MODAL = anyOf(
  'borde', 'burde', 'should', 'ought to', 'ska', 'skall', 'skal', 'skulle', 'kommer att', 'kommer',
  'kommer til a', 'will', 'is going to', 'are going to', 'gonna', 'needs to', 'maste', 'tanker',
);

/** Someone other than the writer who could carry an act out. */
const SOMEONE = anyOf('nagon', 'nan', 'noen', 'nogon', 'someone', 'somebody', 'folk', 'people', 'vi', 'we');

/** The writer, with a verb of intent. */
const I_WILL = anyOf(
  // "skulle" / "would" is left out: "jag skulle kunna strypa den som uppfann lövblåsen" is hyperbole.
  `${anyOf('jag', 'jeg', 'i', 'vi', 'we')} ${anyOf('borde', 'burde', 'ska', 'skall', 'skal', 'kommer att', 'kommer', 'kommer til a', 'will', 'gonna', 'maste', 'tanker', 'am going to', "'m going to", 'gar att', 'vil')}`,
  "i'll", "we'll", 'ill', "i'm gonna", 'im gonna', "we're gonna",
);

/** Negations that cancel a wish or an act ("hoppas ingen skadas"). */
const NEGATED = '(?:^|[^a-z])(?:inte|ikke|int|not|ingen|nobody|no one|aldri|never)(?:[^a-z]|$)(?!vaknar|vakner|wakes)';

/** "Hoppas ni förstår att folk dör i kön" is a complaint, not a wish. */
const NOT_A_WISH = `${NEGATED}|(?:forsta|inser|understand|realis|skjonn|begrip|tanker pa|think about|kommer ihag|remember|vet om|know)`;

/**
 * Harm verbs for the compositional rules (v3): sv, nb, en (fi-sv shares the Swedish forms), all
 * tenses that can follow "ska / kommer att / will" or stand in a wish, folded to ASCII. Idioms
 * ("döda för", "kill it", "skjuta upp") are blanked out before these are tried, and most need an
 * object that is a person or a place, so "slå upp", "bränna pengar" and "krossa det" stay harmless.
 */
const HARM_VERB = anyOf(
  // Swedish
  'sla (?:ihjal|ned|ner|sonder|till|ut)', 'sla', 'slar', 'spoa\\w*', 'spo', 'misshandl\\w*', 'knivhugg\\w*', 'hugga (?:ner|ihjal)', 'skjut(?:a|er)?', 'skota', 'spranga\\w*', 'spranger',
  'branna', 'branner', 'brann', 'tanda pa', 'tander pa', 'tand pa', 'tanda eld pa', 'krossa', 'krossar', 'doda', 'dodar', 'morda', 'mordar', 'hanga(?! (?:med|runt|pa|ut|upp (?:jackan|kappan)))',
  'stryp(?:a|er)?', 'dranka', 'dranker', 'sparka (?:ihjal|sonder|skiten ur)', 'ga los pa', 'gar los pa', 'kla upp', 'puckla pa', 'skara (?:halsen|strupen)', 'kasta syra pa', 'klippa till', 'kora over', 'kora ihjal', 'kor over',
  // Norwegian
  'banke\\w*', 'denge\\w*', 'drep(?:e|er)?', 'skyt(?:e|er)?', 'brenn(?:e|er)?', 'knus(?:e|er)', 'kvel(?:e|er)', 'heng(?:e|er)', 'drukn(?:e|er)', 'knivstikk\\w*', 'sprenge?', 'sprenger', 'sla (?:i hjel|ned)', 'kjore (?:over|ned)',
  'gi (?:deg|dere|ham|henne) juling', 'tenne pa', 'sette fyr pa',
  // English
  'hurt', 'harm', 'beat(?: up)?', 'bash', 'stab', 'shoot', 'burn(?: down)?', 'torch', 'smash', 'kill', 'murder', 'strangle', 'choke', 'punch', 'slap', 'drown', 'gut', 'hang',
  'hunt down', 'break (?:your|his|her|their) (?:legs?|neck|arms?|face|jaw|bones|knees)', 'slit (?:your|his|her|their) throats?', 'run (?:you|him|her|them) over', 'set fire to', 'blow up', 'firebomb',
);

/** What a harm verb is done to: a person (reader, third person, staff by role) or a place of the city. */
const HARM_OBJECT = anyOf(
  'dig', 'er', 'ni', 'deg', 'dere', 'you', 'ya', 'u', 'honom', 'henne', 'hen', 'ham', 'him', 'her', 'them', 'dem', 'dom',
  'den (?:javeln|javeln|idioten|fittan|horan|karringen|gubben|tanten)', 'that (?:bitch|idiot|guy|woman|man|cunt)',
  '(?:din|er|hans|hennes|deres|dine|your|his|her|their) (?:\\w+ )?(?:bil|car|hus|house|hem|home|kontor|office|fru|kone|wife|man|husband|barn|kids|children|familj|familie|family|dorr|door|hund|dog)\\w*',
  '(?:hela |hele |the whole )?(?:kontoret|stadshuset|radhuset|kommunhuset|forvaltningen|forvaltninga|socialkontoret|socialen|nav-kontoret|skolan|skolen|forskolan|barnehagen|biblioteket|bygget|huset|office|city hall|building|school|library|town hall)',
  '(?:handlaggar|saksbehandler|rektor|chef|sjef|bibliotekari|sjukskotersk|sykepleier|larar|laerer|teacher|nurse|principal|librarian|manager|politiker|kommunalrad|socialsekreterar)\\w*',
  'alla (?:pa|i|hos) \\w+', 'alle (?:pa|i|hos) \\w+', 'everyone (?:at|in) \\w+', 'varenda \\w+', 'hver eneste \\w+', 'every (?:last |single )?one of you',
);

/** The writer announcing an act: "jag ska", "då kommer jag att", "I'm going to", "jeg skal". */
const FIRST_INTENT = anyOf(
  `${anyOf('jag', 'ja', 'jeg', 'i', 'vi', 'we', 'me')} ${anyOf('ska', 'skall', 'skal', 'kommer att', 'kommer', 'kommer til a', 'tanker', 'tenker', 'will', 'gonna', 'am gonna', 'am going to', "'m going to", 'are going to', "'re going to", 'gar och', 'vil', 'ska nog', 'skal nok', 'ska personligen', 'will personally')}`,
  "i'?ll", "we'?ll", "i'?m gonna", "we'?re gonna", "i'?m going to", "we'?re going to", 'ima', 'imma',
  `${anyOf('ska', 'skall', 'skal', 'kommer', 'tanker', 'tenker', 'vil', 'will')} ${anyOf('jag', 'ja', 'jeg', 'vi', 'i', 'we')}(?: att| til a)?`,
);

/** Second person (the reader or the staff addressed) as subject. */
const YOU = anyOf('du', 'ni', 'dere', 'you', 'ya');

/** Harm outcomes: where violence ends. */
const OUTCOME = anyOf(
  'sjukhus\\w*', 'sykehus\\w*', 'hospital\\w*', 'akuten', 'legevakt\\w*', 'intensiven', 'intensive care', 'icu', 'rullstol\\w*', 'wheelchair', 'ambulans\\w*', 'ambulance',
  'begravning\\w*', 'begravelse\\w*', 'funeral', 'kista', 'kistan', 'kiste\\w*', 'coffin', 'casket', 'body ?bag', 'likpose', 'liksack', 'gravsten\\w*', 'gravstein\\w*', 'gravestone', 'en grav', 'a grave', 'graven',
  'gips', 'tandlakare', 'tannlege', 'dentist', 'plastikkirurg\\w*', 'ett stycke', 'et stykke', 'one piece',
);

/** Negations inside a composed threat ("jag ska inte skada dig", "I'd never hurt you"). */
const NEGATED_INTENT = '(?:^|[^a-z])(?:inte|ikke|int|not|never|aldrig|aldri|ingen|nobody)(?:[^a-z]|$)';

/** Weapons and means of arson, with definite and no-diacritic forms (v4). */
const WEAPON = anyOf(
  'yxa\\w*', 'oks(?:a|en)?', 'axe', 'hatchet', 'kniv(?:en|ar|er)?', 'knife', 'knives', 'machete\\w*', 'pistol\\w*', 'gun', 'guns', 'gevar\\w*', 'gevaer\\w*', 'hagelgevar\\w*', 'hagle\\w*', 'shotgun', 'rifle',
  'kofot\\w*', 'brekkjern\\w*', 'crowbar', 'basebolltra\\w*', 'baseballtre\\w*', 'baseball ?bat', 'slagtra\\w*', 'jarnror\\w*', 'jernror\\w*', 'iron bar', 'slagga', 'slegge', 'sledgehammer', 'hammare\\w*', 'hammer',
  'bensin\\w*', 'petrol', 'gasoline', 'molotov\\w*', 'bomb(?:er|en|s)?', 'sprangdeg', 'sprengstoff', 'dynamit\\w*', 'explosives?', 'tandvatska', 'tennvaeske', 'lighter fluid', 'syra', 'syre', 'acid',
);

/** Breaking glass: what a smash threat breaks. */
const GLASS = anyOf('rut(?:a|an|or|orna|e|en|er|ene)', 'fonst(?:er|ret|ren|errutor\\w*)', 'vindu(?:et|er|ene|sruter?)?', 'windows?', 'glasdorr\\w*', 'glassdor\\w*', 'glass', 'glasfasad\\w*');

/** Smashing verbs in the forms that follow "ska / kommer att / will" or lead a sentence. */
const SMASH = anyOf('sla (?:sonder|i|in)', 'slar (?:sonder|i|in)', 'slaa (?:i stykker|inn)', 'krossa', 'krossar', 'knuse', 'knuser', 'knus', 'smash', 'smashes', 'break', 'breaks', 'kasta sten (?:pa|genom|in genom)', 'kaste stein (?:pa|gjennom)', 'throw (?:a )?(?:brick|rock|stone)s? (?:through|at)');

/** Children or family of the person addressed. */
const YOUR_FAMILY = anyOf('dina barn', 'era barn', 'barna dine', 'barna deres', 'ungarna dina', 'ungene dine', 'your kids', 'your children', 'your daughter', 'your son', 'din dotter', 'din son', 'datteren din', 'sonnen din',
  'your wife', 'your husband', 'din fru', 'din man', 'kona di', 'kona din', 'mannen din', 'familjen din', 'din familj', 'familien din', 'your family');

/** Threat rules; a comment is a threat when their weights reach 1. */
export const THREAT_RULES: readonly Rule[] = [
  // ---- v6: "should be shot", slow deaths, "can't answer for what happens to your cars", "something that
  // ends up in the papers", a knife or bullet that someone "gets", "friends who aren't as nice", checked schedules,
  // wishing a board drove off the quay, the day someone "gets even". ----
  rule('should-be-killed', 1, 'uppmaning till våld ("borde bli skjuten")',
    `${anyOf('borde', 'bor', 'burde', 'should', 'ought to', 'deserves? to', 'fortjanar att', 'fortjener a')} (?:\\w+ )?${anyOf('bli', 'bliva', 'be', 'get')} ${anyOf('skjuten', 'skjutna', 'skutt', 'skutte', 'shot', 'dodad', 'dodade', 'drept', 'killed', 'hangd', 'hangda', 'hengt', 'hanged', 'lynched', 'lynchad', 'misshandlad', 'banka\\w*', 'beaten', 'knivhuggen', 'knivstukket', 'stabbed', 'brand', 'burned', 'brent', 'steinet', 'stenad', 'stoned')}`, NEGATED),
  rule('slow-death', 1, 'dödsönskan ("dö en långsam död")',
    anyOf('(?:do|dor|doer|die|dies) (?:en |a )?(?:langsam|langsom|slow|plagsam|smertefull|painful|pinefull) (?:dod|death)')),
  rule('cant-answer-for-what-happens', 1, 'beslöjat hot: "kan inte garantera vad som händer"',
    `${anyOf('kan (?:jag |jeg |vi |i )?(?:inte|int|ikke)', "can't", 'cannot', 'can not', 'kommer (?:jag |vi )?inte', 'tanker (?:jeg )?ikke', 'won.t')} ${anyOf('garantera', 'garantere', 'guarantee', 'lova', 'love', 'promise', 'svara for', 'svare for', 'answer for', 'ansvara for', 'ansvare for', 'be responsible for')} (?:for |pa )?${anyOf('vad som', 'hva som', 'what')} ~ ${anyOf('hander', 'skjer', 'happens?', 'sker', 'will happen')} ${anyOf('med', 'to', 'with', 'mot')} (?:\\w+ )?${anyOf('er', 'era', 'ert', 'dig', 'din', 'dina', 'ditt', 'deres', 'dere', 'deg', 'dine', 'ditt', 'you', 'your', 'him', 'her', 'them', 'honom', 'henne', 'ham', 'hennes', 'hans', 'bil\\w*', 'cars?', 'hus\\w*', 'houses?', 'kontor\\w*', 'offices?', 'familj\\w*', 'famil\\w*', 'barn\\w*', 'kids')}`),
  rule('ends-up-in-the-news', 1, 'beslöjat hot: "något som hamnar i tidningen"',
    `${anyOf('gor jag', 'gjor jeg', 'i.ll do', 'i will do', 'jag gor', 'jeg gjor', 'kommer jag att gora', 'kommer jeg til a gjore', 'hander det', 'skjer det', 'happens', 'hander', 'skjer')} (?:\\w+ ){0,3}${anyOf('nagot', 'noe', 'something', 'nat', 'nagonting')} (?:som )?(?:\\w+ ){0,2}${anyOf('hamnar i', 'havner i', 'ends? up in', 'makes? the', 'kommer i', 'kommer pa')} ${anyOf('tidningen\\w*', 'tidningarna', 'avisa', 'avisen', 'avisene', 'nyheterna', 'nyhetene', 'the news', 'the papers?', 'headlines', 'rubrikerna', 'overskriftene')}`),
  rule('gets-a-weapon', 1, 'hot om våld ("får en kniv i ryggen")',
    `${anyOf('far', 'fa', 'gets?', 'will get', 'kommer att fa', 'kommer til a fa', 'skal fa', 'ska fa', 'gir jeg', 'ger jag', 'i.ll put', 'satter jag', 'setter jeg')} (?:\\w+ ){0,2}${anyOf('en kniv', 'kniven', 'a knife', 'en kula', 'kulan', 'en kule', 'kula', 'kule', 'a bullet', 'kulor', 'kuler', 'bullets')} ${anyOf('i', 'in', 'gjennom', 'genom', 'through', 'mellan', 'mellom', 'between')}`),
  rule('friends-not-as-nice', 1, 'beslöjat hot: "vänner som inte är lika snälla"',
    `${anyOf('vanner', 'venner', 'friends', 'kompisar', 'kompiser', 'polare', 'folk', 'people', 'brorsor', 'cousins', 'kusiner', 'fetter')} (?:\\w+ )?${anyOf('som', 'who', 'that')} ${anyOf('inte', 'int', 'ikke', 'arent', 'aren.t', 'are not', 'ar mindre', 'er mindre', 'are less')} (?:ar |er |are )?(?:lika |like |as |sa |so )?${anyOf('snalla', 'snille', 'nice', 'trevliga', 'hyggelige', 'kind', 'gentle', 'forlatande', 'patient', 'talmodiga', 'talmodige', 'forstaende', 'understanding')}`),
  rule('checked-schedule', 0.8, 'beslöjat hot: kartlägger någons schema',
    anyOf('(?:kollat|kollet|sjekket|checked|studerat|studert|lart mig|lart meg|learned) (?:\\w+ )?(?:ditt|hennes|hans|deras|your|her|his|their|din|dine|sitt) (?:schema|skjema|timeplan|vaktplan|vakter|shifts?|schedule|rutiner|routines?)',
      '(?:du|hon|han|hun|you|she|he) (?:slutar|slutter|finish\\w*|gar hem|gar hjem|leaves?|go(?:es)? home) (?:kl |at |klokka |klockan )?\\d+ (?:pa|on|om|hver|varje|every)', 'when (?:her|his|your) shift ends', 'nar (?:hennes|hans|ditt|ditt) (?:pass|skift|vakt) (?:slutar|slutter)'), NEGATED),
  rule('drove-off-wish', 1, 'önskar att någon råkar ut för en olycka',
    `${anyOf('onskar', 'onsker', 'wish', 'hoppas', 'haper', 'hope', 'vore skont om', 'hadde vaert fint om', 'would be nice if')} (?:\\w+ ){0,6}${anyOf('korde av', 'kjorte av', 'drove off', 'ramlade', 'ramlet', 'fell (?:off|down|into)', 'drunknade', 'druknet', 'drowned', 'brann inne', 'brant inne', 'burned to death', 'fick en stroke', 'krockade', 'krasjet', 'crashed', 'blev overkord', 'ble overkjort', 'got run over', 'run over')}`, NEGATED),
  rule('gets-even', 1, 'beslöjat hot om hämnd ("dagen någon tar igen för allt")',
    anyOf('tar igjen for (?:alt|det)', 'tar igen for (?:allt|det ni|det du|det dere)', 'hamnas (?:for|pa) (?:allt|er|dig|dere|deg)', 'hevner (?:seg|meg) pa', 'hamnas pa (?:er|dig|dem)', 'gets? even (?:with|for)', 'pay(?:s)? you back for', 'payback (?:for|is coming|time)', 'revenge (?:for|on|is coming)', 'hamnden (?:kommer|ar nara)', 'hevnen (?:kommer|er naer)'), NEGATED),
  rule('keep-an-eye-on-property', 0.8, 'beslöjat hot mot egendom ("håll koll på bilarna")',
    `${anyOf('better', 'borde', 'bor', 'burde', 'should', 'ska', 'skal')} (?:\\w+ ){0,2}${anyOf('keep an eye on', 'halla koll pa', 'halla ett oga pa', 'holde oye med', 'holde et oye med', 'passa', 'passe pa', 'watch')} (?:\\w+ )?${anyOf('their', 'your', 'sina', 'era', 'dina', 'sine', 'deres', 'dine')} ${anyOf('bil\\w*', 'cars?', 'hus\\w*', 'houses?', 'barn\\w*', 'kids', 'children', 'fonster', 'vinduer', 'windows', 'dack', 'dekk', 'tyres', 'tires', 'bikes?', 'cyklar', 'sykler')}`),
  rule('friendly-tip', 0.3, 'hotfull förstärkning ("bara ett tips")', anyOf('bara ett (?:vanligt |litet |vanligt )?tips', 'bare et (?:lite )?tips', 'just a (?:friendly )?(?:tip|heads.?up|suggestion)', 'ett vanligt tips', 'et vennlig tips', 'friendly advice', 'ett valmenande rad', 'et velment rad')),
  rule('your-cars', 0.5, 'nämner någons bilar eller hus efter ett krav',
    `${anyOf('tank pa', 'tenk pa', 'think (?:of|about)', 'hva som skjer med', 'vad som hander med', 'what happens to')} ${anyOf('era bilar', 'dina bilar', 'era hus', 'ert hus', 'ditt hus', 'din bil', 'bilene deres', 'bilen din', 'huset ditt', 'huset deres', 'your cars?', 'your house')}`),
  // ---- v5: veiled remarks about flammability or brakes, a weapon at home with patience running out,
  // "something you won't like", "it would be fun if someone …", wishing someone something nasty. ----
  rule('looks-flammable', 1, 'beslöjat hot om brand ("ser brännbar ut")',
    `${anyOf('ser', 'ser ut', 'looks', 'look', 'seems', 'virker', 'verkar', 'pretty', 'very', 'veldig', 'valdigt', 'riktigt', 'mycket', 'svart', 'sa', 'so')} ~ ${anyOf('brannbar\\w*', 'brennbar\\w*', 'flammable', 'inflammable', 'lattantandlig\\w*', 'lettantennelig\\w*', 'brandfarlig\\w*', 'brannfarlig\\w*', 'combustible')}` +
    `|${anyOf('skulle', 'would', 'ville', 'kommer att', 'kommer til a')} ${anyOf('brinna', 'brenne', 'burn')} ${anyOf('fint', 'bra', 'nicely', 'well', 'fort', 'fast', 'godt', 'lett', 'easily', 'latt')}`),
  rule('check-your-brakes', 1, 'beslöjat hot: uppmaning att kontrollera bromsarna',
    `${anyOf('check', 'kolla', 'sjekk', 'sjekke', 'kontrollera', 'kontrollere', 'testa', 'teste')} ${anyOf('her', 'his', 'your', 'their', 'hennes', 'hans', 'din', 'dina', 'dine', 'era', 'deres', 'sina', 'sine')} ${anyOf('brakes', 'bromsar\\w*', 'broms', 'bremser\\w*', 'bremsene', 'hjulmuttrar\\w*', 'hjulmuttere', 'wheel nuts', 'tyres', 'tires', 'dack\\w*')}` +
    `|${anyOf('i know', 'we know', 'jag vet', 'vi vet', 'jeg vet', 'vi veit', 'jeg veit')} ${anyOf('which', 'what', 'vilken', 'vilket', 'hvilken', 'hvilket', 'hva slags')} ${anyOf('car', 'bil', 'bike', 'cykel', 'sykkel')}`),
  rule('weapon-at-home', 0.7, 'nämner vapen hemma eller nära till hands',
    `${anyOf('har', 'have', 'got', 'own', 'ager', 'eier')} (?:${anyOf('en', 'ett', 'et', 'a', 'an', 'min', 'mitt', 'my', 'flera', 'several')} )?(?:\\w+ )?${WEAPON} ${anyOf('hemma', 'hjemme', 'at home', 'i bilen', 'in the car', 'i garderoben', 'i skapet', 'redo', 'klar', 'ready', 'laddad', 'ladd', 'loaded')}`),
  rule('patience-running-out', 0.4, 'tålamodet tar slut',
    anyOf('talamodet (?:tar slut|ar slut|borjar ta slut|tryter|ar pa vag att ta slut)', 'talmodigheten (?:tar slutt|er slutt|tryter)', 'running out of patience', 'patience (?:is )?running (?:out|thin)', 'out of patience', 'patience is wearing thin')),
  rule('just-so-you-know', 0.3, 'hotfull förstärkning ("bara så ni vet")',
    anyOf('bara sa (?:ni|du) vet', 'bare sa (?:du|dere) vet', 'just so (?:you|y.all) know', 'bara en observation', 'bare en observasjon', 'just an observation', 'just saying', 'bara tanker hogt', 'bare tenker hoyt', 'just thinking out loud', 'jk\\W+unless')),
  rule('something-you-wont-like', 0.8, 'hotfullt: "något ni inte kommer att gilla"',
    `${anyOf('nagot', 'nat', 'noe', 'noko', 'something', 'en overraskning', 'en overraskelse', 'a surprise')} (?:som )?${anyOf('ni', 'du', 'dere', 'you', 'dom', 'de')} ${anyOf('inte', 'int', 'ikke', "won'?t", 'will not', 'are not going to', 'aint gonna')} ~ ${anyOf('gilla', 'like', 'tycka om', 'tycker om', 'glomma', 'glemme', 'forget', 'vara beredd pa', 'vaere forberedt pa', 'expect', 'appreciate')}`),
  rule('fun-if-someone', 1, 'önskar att någon utför våld eller skadegörelse',
    `${anyOf('skulle vara', 'vore', 'hade varit', 'would be', "would'?ve been", 'hadde vaert', 'ville vaert', 'ville vaere')} ${anyOf('kul', 'roligt', 'fun', 'funny', 'nice', 'gott', 'skont', 'morsomt', 'artigt', 'festligt', 'fint', 'ganska kul', 'hilarious', 'great')} ${anyOf('om', 'if', 'hvis', 'ifall')} ~ ` +
    `${anyOf(VIOLENCE, 'la en (?:small|bomb|smell)', 'lade en (?:small|bomb)', 'tande (?:eld|fyr) pa', 'tente (?:fyr|ild) pa', 'satte eld pa', 'set fire to', 'smallde', 'smalla', 'smelle', 'torch\\w*', 'set fire', 'brande', 'brant ner', 'brenne', 'brant', 'burned?', 'sprangde', 'sprengte')}`),
  rule('someone-should-torch', 1, 'uppmaning till brand eller skadegörelse',
    `${anyOf('nagon', 'nan', 'noen', 'someone', 'somebody', 'folk', 'people', 'vi', 'we')} ${anyOf('borde', 'burde', 'should', 'ought to', 'ska', 'skulle', 'must', 'needs to', 'maste', 'ma')} ~ ${anyOf('torch\\w*', 'set fire to', 'set (?:\\w+ ){1,3}on fire', 'tanda pa', 'tenne pa', 'brand(?:a|e) (?:ner|ned)', 'burn (?:it|the)', 'bomb', 'sla sonder', 'knuse')}`,
    NEGATED),
  rule('hope-something-nasty', 1, 'önskar att någon ska råka illa ut',
    `${anyOf('hoppas', 'haper', 'hope', 'onskar', 'onsker', 'wish', 'vore bra om', 'hadde vaert fint om')} ~~ ${anyOf('rakar ut for', 'rakade ut for', 'far', 'fa', 'far oppleve', 'opplever', 'gets?', 'experiences?', 'kommer ut for', 'utsattes for', 'utsettes for', 'has')} ~ ${anyOf('nagot', 'nat', 'noe', 'noko', 'something')} ~ ${anyOf('otackt', 'otack', 'hemskt', 'fruktansvart', 'ekkelt', 'faelt', 'fælt', 'nasty', 'terrible', 'horrible', 'awful', 'bad', 'riktigt illa', 'vondt', 'ont', 'smartsamt', 'painful', 'forferdelig', 'grusomt')}`,
    NOT_A_WISH),
  rule('wishing-death-on', 1, 'önskar någon döden',
    `${anyOf('wishing', 'wish', 'onskar', 'onsker', 'onska', 'onske')} (?:\\w+ ){0,2}${anyOf('death', 'doden', 'dod', 'daud', 'cancer', 'kreft')} ${anyOf('on', 'upon', 'to', 'over', 'at', 'til', 'for')}`, NEGATED),
  rule('survive-a-fire', 1, 'beslöjat hot om brand mot en byggnad',
    `${anyOf('hoppas', 'haper', 'hope', 'undrar om', 'lurer pa om', 'wonder if')} ~~ ${anyOf('klarar', 'tal', 'taler', 'tåler', 'survives?', 'can take', 'handles?', 'overlever')} (?:\\w+ )?${anyOf('en brand', 'brand', 'en brann', 'brann', 'a fire', 'fire', 'eld', 'ild', 'en bomb', 'a bomb')}`),
  rule('then-someone-gets-hurt', 1, 'villkorat hot: "och då blir någon skadad"',
    `${anyOf('och da', 'og da', 'and then', 'sa', 'da', 'then')} ${anyOf('blir', 'kommer', 'will', 'gets', 'ender')} ${anyOf('nagon', 'nan', 'noen', 'someone', 'somebody', 'folk', 'people')} ${anyOf('skadad', 'skadade', 'skadet', 'skada', 'hurt', 'injured', 'att skadas', 'til a bli skadet', 'to get hurt', 'do', 'die', 'doda', 'drept', 'killed')}`, NEGATED),
  rule('had-it-coming', 0.5, 'menar att någon har förtjänat att skadas',
    anyOf('(?:hon|han|hen|de|dom|du|ni) har fortjanat det', '(?:hun|han|de|du|dere) har fortjent det', '(?:she|he|they|you) deserved? it', '(?:she|he|they) had it coming', 'fortjanar det', 'fortjener det')),
  // ---- v4: armed arrival, smashing glass, "how long will it stand", force, the family, weapon talk. ----
  rule('arrive-armed', 1, 'aviserar att komma beväpnad',
    `${anyOf('kommer', 'komma', 'dyker', 'dukker', 'moter', 'stiller', 'come', 'coming', 'comes', 'show(?:ing)? up', 'be there', 'be at', 'pop by', 'drop by', 'besok\\w*', 'visit\\w*', 'hälsar pa', 'halsar pa', 'ses')} ~~ ${anyOf('med', 'with', 'medbringande', 'bringing', 'and bring', 'och tar med', 'og tar med', 'tar med')} (?:mig |meg )?(?:en |ett |et |a |an |min |mitt |mi |my |lite |litt |some )?(?:\\w+ )?${WEAPON}(?![^.!?]*(?:gaffel|gaffal|fork|grill|middag|dinner|bbq|fest|party|picnic|picknick|kurs|course|workshop|ved|vedklyv|hugga ved|tra|tre))`,
    `${NEGATED_INTENT}`),
  rule('smash-glass', 1, 'hot om skadegörelse (krossa rutor)',
    `(?:${FIRST_INTENT}|${MODAL}|${SOMEONE} ${MODAL}|${anyOf('slar', 'krossar', 'knuser', 'smashes')} ${anyOf('jag', 'jeg', 'vi', 'vi nog', 'jag nog')}) ~ ${SMASH} ~ ${GLASS}` +
    `|${anyOf('slar', 'krossar', 'knuser', 'smasher')} ${anyOf('jag', 'jeg', 'vi')} (?:nog |nok |bara |bare )?(?:sonder |i stykker |in )?(?:\\w+ ){0,4}${GLASS}` +
    `|${SMASH} (?:${anyOf('varenda', 'varje', 'hver eneste', 'hver', 'every', 'all', 'alla', 'alle', 'samtliga')} )${GLASS}` +
    `|${anyOf('brick', 'rock', 'stone', 'sten', 'stein', 'molotov', 'brandbomb', 'brannbombe', 'firebomb')} ${anyOf('through', 'genom', 'gjennom', 'in through', 'inn gjennom', 'in genom')} (?:\\w+ )?${GLASS}`,
    `${NEGATED_INTENT}|(?:har (?:krossat|slagit)|was smashed|blev krossad|ble knust|got smashed|were smashed)`),
  rule('place-wont-stand', 0.8, 'antyder att en byggnad ska förstöras',
    `${anyOf('hur lange', 'hvor lenge', 'how long')} ~~ ${anyOf('star kvar', 'blir staende', 'star', 'stands?', 'finns kvar', 'stays? (?:standing|up)', 'star igjen', 'holder', 'survives?', 'overlever', 'klarar sig', 'klarer seg')}` +
    `|${anyOf('se till att', 'sorja for att', 'sorge for at', 'sorger for at', 'make sure')} ~~ ${anyOf('inte', 'ikke', 'no', 'not', 'inget', 'ingen', 'nothing')} ~ ${anyOf('kvar', 'igjen', 'left', 'standing', 'staende')}`,
    '(?:ko|koen|queue|wait|vanta|vente|tar det|takes? it|dauert)'),
  rule('by-force', 0.7, 'hotar med våld eller att "ordna det själv"',
    anyOf('med vald', 'med vold', 'med makt', 'by force', 'with force', 'med handkraft', 'with my (?:fists|hands)', 'med knytnavarna', 'med nevene',
      '(?:ordnar|fixar|loser|tar hand om) (?:det|saken|det har) sjalv', '(?:ordner|fikser|loser|tar meg av) (?:det|saken) selv', '(?:sort|handle|deal with|take care of) (?:it|this|that) myself'),
    '(?:inte|ikke|not|utan|uten|without|ingen) (?:med )?(?:vald|vold|force)'),
  rule('think-of-your-family', 1, 'beslöjat hot mot någons barn eller familj',
    `${YOUR_FAMILY} ~~~ ${anyOf('tank pa det', 'tenk pa det', 'think about (?:it|that)', 'keep that in mind', 'kom ihag det', 'husk det', 'remember that', 'bare sa du vet', 'bara sa du vet', 'just so you know', 'just saying', 'sa det sa', 'hva om', 'vad om', 'what if', 'tank om', 'tenk om', 'imagine if')}` +
    `|${anyOf('samma', 'samme', 'the same')} ${anyOf('skola', 'skole', 'school', 'forskola', 'barnehage', 'dagis', 'daghem', 'klass', 'class', 'kindergarten', 'nursery')} ~~~ ${anyOf('tank pa', 'tenk pa', 'think about', 'husk', 'kom ihag', 'remember')}`),
  rule('someone-will-do-it', 0.7, 'antyder att någon ska utföra det',
    `${anyOf('vet', 'veit', 'know', 'knows')} ${anyOf('vem', 'hvem', 'who')} (?:som )?${anyOf('ska', 'skal', 'skall', 'kommer att', 'kommer til a', 'will', "'s going to", 'is going to', 'gonna')} ${anyOf('gora', 'gjore', 'do', 'fixa', 'fikse', 'ta hand om', 'ta seg av', 'take care of')}`),
  rule('harm-aimed-weak', 0.4, 'våldsord i närheten av en person eller plats',
    `${HARM_VERB} (?:\\w+ ){0,2}${HARM_OBJECT}`, `${NEGATED_INTENT}`),

  // ---- Compositional families (v3): who acts × harm verb × a person or place, in every tense. ----
  rule('intent-harm', 1, 'hot om våld mot en person eller plats',
    `(?:${FIRST_INTENT} ~ ${HARM_VERB} (?:\\w+ ){0,2}${HARM_OBJECT}|${FIRST_INTENT} ~ ${HARM_VERB} ~ ${anyOf('ihjal', 'i hjel', 'to death', 'ner', 'ned', 'down', 'sonder', 'i stykker', 'to pieces', 'alive', 'levande', 'levende')})` +
    `(?![^.!?]*(?:match|final|game|spelet|kampen|valet|election|valget|debatt|tavling|konkurren|competition|quiz|turnering|tournament))`,
    `${NEGATED_INTENT}`),
  rule('you-will-suffer', 1, 'förutsäger att personen ska skadas eller dö',
    `${YOU} ~ ${anyOf('kommer (?:att )?', 'ska ', 'skall ', 'skal ', 'will ', "'ll ", 'are going to ', 'gonna ', 'kommer til a ')}(?:\\w+ ){0,2}` +
    `${anyOf('do', 'doe', 'die', 'dod', 'be dead', 'end up dead', 'drunkna', 'drukne', 'brinna', 'brenne', 'burn', 'bleed', 'blo', 'blode',
      `(?:behova|behove|trenge|need|hamna|havne|ende up|end up|ligga|ligge|sitta|sitte|fa|be in|wake up in|vakna|vakne) (?:\\w+ ){0,3}${OUTCOME}`)}`,
    `${NEGATED_INTENT}|(?:skratt|laughing|tristess|boredom|kjedsomhet|av stress|om ni inte|hvis dere ikke|if you don|because of|pga|pa grund av|pa grunn av|roka|smoking|royking)`),
  rule('outcome-wish', 1, 'önskar någon på sjukhus eller i en kista',
    `${anyOf('hoppas', 'haper', 'hope', 'wish', 'onskar', 'onsker', 'bestall', 'bestill', 'book', 'order', 'boka', 'reserve', 'plan your', 'planera', 'planlegg')} ~ ${OUTCOME}`,
    `${NEGATED_INTENT}|(?:snabb|raskt|quickly|soon better|krya|get well|bli frisk|god bedring|recover)`),
  rule('greet-the-family', 1, 'beslöjat hot mot anhöriga ("hälsa familjen")',
    `${anyOf('halsa', 'hils', 'say hi', 'say hello', 'give my (?:regards|love|best)', 'send my (?:regards|love)')} (?:till |til |to )?${anyOf('familjen', 'familien', 'the family', 'your family', 'frun', 'kona', 'konan', 'din fru', 'your wife', 'barnen', 'barna', 'ungarna', 'your kids', 'the kids', 'your children', 'mannen', 'your husband', 'din man', 'dina barn', 'barna dine', 'din familj', 'familien din')}`),
  rule('nice-family-you-have', 0.8, 'beslöjat hot: kommenterar någons familj eller hem',
    `${anyOf('fina', 'fin', 'fint', 'fine', 'nice', 'lovely', 'cute', 'sota', 'sote', 'gulliga', 'pretty', 'vackra', 'vakre', 'vackert', 'fint')} ${anyOf('barn', 'ungar', 'unger', 'kids', 'children', 'family', 'familj', 'familie', 'hus', 'house', 'villa', 'bil', 'car', 'dotter', 'son', 'datter', 'daughter', 'fru', 'kone', 'wife', 'hem', 'home', 'tradgard', 'hage', 'garden')} ` +
    `(?:${anyOf('du', 'ni', 'dere', 'you', 'hon', 'han', 'hun', 'she', 'he')} ${anyOf('har', 'have', "'ve got", 'has', 'got')}|${anyOf('du', 'ni', 'dere', 'you')} ${anyOf('har', 'have')} ${anyOf('dar', 'der', 'there')})`),
  rule('look-over-shoulder', 1, 'varning: "se dig över axeln"',
    anyOf('se dig (?:om|over axeln|bakom)(?=\\W*(?:[.!]|$| nar| pa| i| efter))', 'se deg (?:over skulderen|tilbake|bak)', 'se deg godt for', 'look over your shoulder', 'watch yourself', 'watch out(?=\\W*(?:[.!]|$))', 'better watch out', 'ta det lugnt nu(?=\\W*[.!]|$)',
      'du vet aldrig (?:nar|vem|vad)', 'du vet aldri (?:nar|hvem|hva)', 'you never know (?:when|who)', 'sov gott(?=\\W*[.!]|$)', 'sleep tight', 'sleep well(?=\\W*[.!]|$)', 'lev (?:farligt|livet) medan')),
  rule('death-to', 1, 'uppmaning till våld ("död åt …")', `${anyOf('dod at', 'dod over', 'death to', 'dod til', 'hang (?:them|dem|dom|alla|alle)', 'burn in hell', 'brinn i helvete\\w*', 'brenn i helvete', 'ruttna i helvete\\w*', 'rot in hell', 'rotne i helvete', 'go die', 'ga och do', 'gå och dö', 'ga og do', 'kys', 'kill yourself', 'ta livet av dig', 'ta livet av deg', 'drep deg selv')}`),
  rule('or-else-veiled', 0.6, 'villkorat hot ("annars …")',
    `${anyOf('annars', 'eller sa', 'or else', 'otherwise', 'ellers', 'hvis ikke')} ~ ${anyOf('hander (?:det )?(?:nat|nagot|saker)', 'skjer (?:det )?(?:noe|ting)', 'something (?:will )?happens?', 'smaller det', 'smeller det', 'blir det (?:otrevligt|fult|blod|varre)', 'blir det (?:ikke )?pent', 'gets? ugly', "won'?t be pretty", 'vet (?:jag|jeg) inte vad (?:jag|jeg) gor', "i don'?t know what i'?ll do", 'tar (?:jag|jeg|vi) (?:saken|det)', 'far (?:ni|du|dere) (?:se|kanna|kjenne)', 'you(?:.ll| will) (?:see|regret|pay)')}(?![^.!?]*(?:rosta|vote|stemme|anmal|klag|complain|media|press|jo\\b|ombudsman|overklag|appeal))` +
    `|${anyOf('annars', 'or else', 'ellers')}(?: \\.\\.\\.| \\.|\\.|!|$)`),
  rule('final-warning', 0.7, 'sista varningen', anyOf('sista varning\\w*', 'siste advarsel\\w*', 'final warning', 'last warning', 'sista chansen(?=\\W*[.!]|$)', 'last chance(?=\\W*[.!]|$)', 'ni har blivit varnade', 'du har blivit varnad', 'you have been warned', "you'?ve been warned", 'dere er advart', 'du er advart')),
  rule('see-you-soon', 0.5, 'hotfullt "vi ses"', `${anyOf('vi ses', 'vi syns', 'ses snart', 'ser deg snart', 'ser dere snart', 'ses vi', 'see you (?:soon|around|real soon|later)')}(?=\\W*(?:[.!]|$| snart| soon| around| efter| etter| after| ikvall| i kvall| tonight| hemma| at home))`),
  rule('where-and-when', 1, 'beslöjat hot: vet var eller när någon är',
    `${anyOf('vet', 'veit', 'know', 'knows', 'har koll pa', 'har kontroll pa', 'vet exakt', 'know exactly')} ${anyOf('var', 'vart', 'hvor', 'where', 'nar', 'nar', 'when', 'vilken tid', 'what time', 'hvilken tid')} ` +
    `${anyOf('du', 'ni', 'dere', 'you', 'hon', 'han', 'hun', 'she', 'he', 'hen', 'dina barn', 'barna dine', 'your kids', 'your children', 'din fru', 'your wife', 'familjen', 'familien')} ` +
    `(?:\\w+ ){0,2}${anyOf('bor', 'bur', 'live', 'lives', 'jobbar', 'jobber', 'works?', 'slutar', 'slutter', 'finish\\w*', 'gar hem', 'gar hjem', 'go(?:es)? home', 'leave\\w*', 'parkerar', 'parkerer', 'parks?', 'sover', 'sleeps?', 'hamtar', 'henter', 'pick\\w* up', 'handlar', 'handler', 'shop\\w*', 'tranar', 'trener', 'train\\w*', 'gar', 'gar ut', 'walks?', 'ar', 'er', 'are', 'is', 'kor', 'kjorer', 'drive\\w*', 'cyklar', 'sykler', 'skola', 'skole', 'school', 'gar i skolan', 'tar bussen', 'springer', 'lop\\w*', 'run\\w*', 'jog\\w*', 'alone', 'ensam', 'alene')}`,
    `${NEGATED_INTENT}|(?:\\?)`),
  rule('death-wish', 1, 'dödsönskan eller önskan om våld mot någon',
    `${anyOf('hoppas', 'hoppes', 'haper', 'hope', 'hoping', 'wish', 'onskar', 'onsker',
      'vore (?:fint|bra|skont|kul|najs|gott|ratt at dem) om', 'hade varit (?:fint|skont|bra|kul) om',
      'would be (?:nice|great|good|lovely|fun) if', "it'?d be (?:nice|great|good) if", 'skulle vara (?:skont|fint|bra|kul|gott) om',
      'hade varit (?:gott|najs) om', 'ma (?:du|ni|han|hon|hen|dere|hun)', 'may (?:you|he|she|they)', 'hadde vaert (?:fint|bra|deilig|godt) om', 'ville vaert (?:fint|bra) om',
      'hadde vart (?:fint|bra) om')} ~~ ${HARM}`,
    NOT_A_WISH),
  rule('deserves-death', 1, 'uppmaning till våld eller dödsönskan',
    `${anyOf('borde', 'burde', 'should', 'ought to', 'ska', 'skulle', 'fortjanar', 'fortjener', 'deserves?', 'maste')} ~ ` +
    `${anyOf('skjutas(?! (?:upp|fram))', 'dodas', 'hangas', 'mordas', 'brannas', 'misshandlas', 'spoas',
      'skytes', 'drepes', 'henges', 'brennes', 'avlivas', 'avlives', 'slas ihjal', 'be (?:shot|killed|hanged|hung|burned|murdered|beaten|lynched|put down)')}` +
    `|${anyOf('borde', 'burde', 'skulle', 'maste', 'kan')} ~ ${anyOf('do', 'doden', 'dra at helvete')}|${anyOf('should', 'ought to', 'deserves? to', 'can')} ~ ${anyOf('die', 'go to hell')}`,
    NEGATED),
  rule('deserves-bullet', 1, 'önskan om våld mot någon',
    `${anyOf('fortjanar', 'fortjener', 'deserves?', 'har fortjant', 'har fortjent')} ~ ${anyOf('en kula', 'en kule',
      'a bullet', 'att do', 'a do', 'to die', 'doden', 'death', 'stryk', 'ett kok stryk', 'juling', 'a beating', 'bank', 'spo')}`),
  rule('given-the-chance', 1, 'önskar utföra våld eller skadegörelse',
    `${anyOf('skulle', 'would', "'d", 'ville', 'hade')} (?:${anyOf('garna', 'gladly', 'gjerne', 'kunna', 'happily')} )?${anyOf('satta eld pa', 'tanda eld pa', 'sette fyr pa', 'set fire to', 'torch',
      'branna ner', 'brenne ned', 'burn (?:it|the|this|down)', 'spranga', 'sprenge', 'blow up', 'skjuta', 'skyte', 'shoot', 'doda', 'drepe', 'kill')} ~ ` +
    `${anyOf('om jag fick chansen', 'om jag fick', 'if i (?:got|had) the chance', 'given the chance', 'hvis jeg fikk sjansen', 'om jag kunde', 'if i could', 'hvis jeg kunne')}`),
  rule('imperative-die', 1, 'dödsönskan ("dö, bara dö")',
    `(?:^|[.!?] )(?:${anyOf('bara', 'bare', 'just', 'go', 'ga och', 'dra och')} )?${anyOf('do', 'die', 'ruttna', 'brinn', 'brenn', 'rot')}(?: ${anyOf('allihop', 'alla', 'alle', 'all of you', 'everyone', 'sammen')})?(?:[.!,]|$)`),
  rule('expect-a-visit', 1, 'beslöjat hot: "ni kommer få ett besök"',
    anyOf('(?:ni|du|dere|you) (?:kommer (?:att )?|ska |skal |will |can )?(?:fa|fa et|get|expect) (?:ett |et |a )?(?:besok|visit|oväntat besök|ovantat besok)(?! (?:av|fran|from|of) (?:oss|us|var|vara|our|kommunens|the city))',
      "(?:you'?ll|you will) (?:be getting|get) a visit", 'forvanta er (?:ett )?besok', 'vi kommer pa besok', "we'?ll pay you a visit", 'vi kommer pa besok')),
  rule('keeps-pictures', 0.5, 'samlar bilder eller uppgifter om anställda', anyOf('sparat bilder pa', 'saved (?:pictures|photos) of', 'lagret bilder av', 'har bilder pa (?:er|dig|alla)', 'har samlat (?:pa|uppgifter)', 'kartlagt')),
  rule('against-the-wall', 1, 'uppmaning till våld ("ställas mot väggen")',
    anyOf('(?:lined|put|stood) up against (?:a|the) wall', 'up against the wall', 'stallas mot vaggen', 'stalla (?:dem|dom|er|honom|henne) mot vaggen', 'stilles mot veggen', 'stille (?:dem|dere) mot veggen')),
  rule('nothing-to-lose', 0.6, 'desperation ("jag har inget kvar att förlora")', anyOf('(?:inget|ingenting) (?:kvar )?att forlora', 'nothing (?:left )?to lose', 'ingenting (?:igjen )?a tape', 'inget a tape')),
  rule('my-way', 0.3, 'hotar med egna metoder', anyOf('pa mitt satt', 'pa mitt eget satt', 'my way', 'pa min mate', 'med andra metoder', 'other means', 'inte handla om papper')),
  rule('ultimatum', 0.4, 'ultimatum till staden', anyOf('(?:ni|du) har (?:en vecka|en manad|\\d+ dagar|till \\w+) pa (?:er|dig)', 'you have (?:a week|one week|until|\\d+ days)', '(?:dere|du) har (?:en uke|\\d+ dager)', 'sista chansen', 'last chance', 'siste sjanse')),
  rule('you-know-what-you-did', 0.6, 'hotfullt "du vet vad du har gjort"', anyOf('(?:du|jag|jeg|vi) vet (?:vad|hva) (?:du|ni|dere) (?:har )?(?:gjort|gjorde)', 'i know what you did', 'you know what you did', "you know what you'?ve done", 'ni vet (?:vad|hva) ni (?:har )?(?:gjort|gjorde)', 'dere vet hva dere har gjort')),
  rule('see-you-soon', 0.4, 'hotfullt "vi ses snart"', anyOf('vi ses snart', 'vi sees snart', 'see you soon')),
  rule('curse', 1, 'förbannelse eller dödsönskan',
    `${anyOf('brinn', 'brenn', 'ruttna', 'ratne', 'rotne', 'do', 'burn', 'rot', 'die')} i ${anyOf('helvetet', 'helvete', 'hell')}|${anyOf('burn', 'rot', 'die')} in hell` +
    `|${anyOf('ta livet av dig', 'ta livet av er', 'ta livet ditt', 'kill yourself', 'kill urself', 'kys', 'go die', 'drep deg selv', 'hang dig', 'hang yourself', 'heng deg', 'do bara', 'bare do')}` +
    `|${anyOf('ma', 'may')} ${anyOf('du', 'ni', 'han', 'hon', 'hen', 'dere', 'hun', 'you', 'he', 'she', 'they')} ${anyOf('do', 'ruttna', 'brinna', 'lida', 'drunkna', 'kvavas', 'rotne', 'brenne', 'die', 'rot', 'burn', 'suffer')}` +
    `|the only good ${'[a-z]+'} is a dead one|enda bra ${'[a-z]+'} (?:ar|er) en dod`),
  rule('imperative-violence', 1, 'uppmaning till våld eller skadegörelse',
    `(?:^|[.!?] )${anyOf('satt eld pa', 'tand eld pa', 'sett fyr pa', 'tenn pa', 'set fire to', 'torch', 'brann ner', 'brann upp', 'brenn ned', 'burn (?:it|them|him|her|down)',
      'hang', 'heng', 'skjut', 'skyt', 'shoot', 'kill', 'doda', 'drep', 'sla ihjal', 'sprang', 'spreng', 'bomba', 'bomb', 'lynch', 'string (?:them|him|her) up', 'stall (?:dem|dom) mot vaggen')}` +
    ` ${anyOf('dem', 'dom', 'them', 'him', 'her', 'alla', 'all', 'skiten', 'hela', 'er', 'dere', 'politiker\\w*', 'allihop', 'chefen', 'sjefen', 'kommunhuset', 'stadshuset', 'radhuset', 'kontoret', 'biblioteket', '[a-z]+(?:arna|erna|orna|rna|ene)')}`,
    NEGATED),
  rule('make-life-hell', 1, 'hot om att göra någons liv till ett helvete',
    `${anyOf('gora', 'gjore', 'make', 'gor')} ${anyOf('ditt', 'era', 'ert', 'your', 'hennes', 'hans', 'livet ditt', 'livet deres', 'livet hennes', 'livet hans')} ~ ${anyOf('till ett helvete', 'til et helvete', 'hell', 'a living hell', 'miserable', 'outhardligt')}`),
  rule('coming-after-you', 1, 'hot: "vi kommer efter er"',
    `${anyOf('kommer', 'ska komma', 'skal komme', 'will come', 'are coming', "'re coming", 'coming', 'come', 'gar', 'kommer att komma')} ${anyOf('efter', 'etter', 'after', 'for')} ${anyOf('dig', 'er', 'deg', 'dere', 'you', 'honom', 'henne', 'ham', 'him', 'her', 'hen', 'them', 'dem', 'dom')}(?! (?:i|in|pa) (?:kon|queue|ko|rekken))`),
  rule('or-else', 1, 'villkorat hot ("annars händer något")',
    anyOf('annars (?:sa )?hander (?:det )?(?:nagot|nat)', 'ellers skjer det noe', 'ellers skjer noe', 'or else[.!]?$', 'or else something', 'or something (?:bad )?will happen',
      'annars (?:blir det|kan det bli) (?:otrevligt|obehagligt|farligt)', 'annars far ni (?:se|skylla er sjalva)', 'ellers kan det bli (?:ubehagelig|farlig)')),
  rule('not-responsible', 0.8, 'hot: "jag kan inte svara för vad jag gör"',
    anyOf('(?:inte|ikke|int) svara for vad jag (?:gor|kan gora)', '(?:kan|tanker) inte (?:lova|garantera) vad jag gor', "(?:won'?t|will not|can'?t|cannot) be (?:held )?responsible for what (?:i do|happens)",
      'not responsible for what i', 'ikke (?:svare|ansvarlig) for hva jeg (?:gjor|gjore)', 'tappar (?:snart )?kontrollen', 'vet inte vad jag (?:gor|kan gora|tar mig till)', "don'?t know what i'?ll do")),
  rule('watching-you', 1, 'beslöjat hot: "vi har koll på dig"',
    `${anyOf('vi', 'jag', 'jeg', 'we', 'i', "we'?re", "i'?m", 'we are', 'i am')} (?:${anyOf('har', 'haller', 'holder', 'are', 'am', 'is')} )?` +
    `${anyOf('(?:full |bra )?koll pa', 'ett oga pa', 'ogonen pa', 'oye med', 'oynene pa', 'watching', 'keeping an eye on', 'keeping tabs on', 'folger', 'bevakar', 'overvaker')} ` +
    `${anyOf('dig', 'deg', 'you', 'honom', 'henne', 'ham', 'him', 'her', 'hen', 'din', 'dine', 'dina', 'your')}`),
  rule('waiting-for-you', 1, 'hot: "jag väntar på dig utanför"',
    `${anyOf('jag', 'vi', 'jeg', 'i', 'we', "i'?ll", "we'?ll")} ~ ${anyOf('vantar', 'venter', 'waiting', 'wait', 'vanta', 'vente')} ~ ${anyOf('utanfor', 'utenfor', 'outside', 'efter jobbet', 'etter jobb', 'after work', 'pa parkeringen', 'in the parking', 'vid bilen', 'by your car')}`),
  rule('see-you-outside', 0.6, 'hotfullt "vi ses utanför"',
    `${anyOf('vi ses', 'vi sees', 'see you')} ${anyOf('utanfor', 'utenfor', 'outside', 'efter jobbet', 'etter jobb', 'after work', 'pa parkeringen', 'in the parking lot')}`),
  rule('be-afraid', 1, 'hot: "du borde vara rädd"',
    `${anyOf('du', 'ni', 'dere', 'you', 'hon', 'han', 'she', 'he')} ${anyOf('borde', 'bor', 'burde', 'should', 'ska', 'skal', 'kan', 'better', "'d better", 'had better')} ${anyOf('vara', 'vaere', 'be', 'bli')} ` +
    `${anyOf('radd', 'radda', 'redd', 'redde', 'scared', 'afraid', 'nervos', 'nervosa', 'nervous', 'careful', 'forsiktig', 'forsiktige', 'worried', 'orolig')}` +
    `|${anyOf("i'?d", 'i would', 'jag skulle', 'jeg ville', 'jag hade')} ${anyOf('be', 'vara', 'vaere', 'varit')} ${anyOf('careful', 'forsiktig', 'radd', 'redd', 'scared', 'worried', 'orolig')}`,
    '(?:valet|election|valget|vote|rosta)'),
  rule('if-i-were-you', 0.5, 'hotfull "om jag var du"', anyOf('om jag var du', 'om jag vore du', 'if i were you', "if i was you", 'hvis jeg var deg', 'i ditt stalle', 'i ditt sted')),
  rule('alone', 0.5, 'antyder att någon är ensam och sårbar', anyOf('ensam hem', 'ensam ikvall', 'ensam i morgon', 'alone tonight', 'alone at night', 'walking alone', 'alene hjem', 'gar ensam', 'ga ensam', 'ensam\\.', 'alone\\.', 'alene\\.', 'kom ensam', 'come alone')),
  rule('family-mention', 0.3, 'nämner personens familj', `${anyOf('din', 'dina', 'your', 'dine', 'hennes', 'hans', 'ungen din', 'barna dine')} ${anyOf('familj', 'familjen', 'family', 'familie', 'barn', 'kids', 'children', 'fru', 'man', 'wife', 'husband', 'unger', 'dotter', 'son')}` +
    `|halsa ${anyOf('dina', 'din', 'till dina')} ${anyOf('barn', 'fru', 'man', 'familj', 'ungar')}`),
  rule('pay-for-this', 1, 'hot: "ni ska få betala för det här"',
    `${anyOf('ni', 'du', 'dere', 'you', 'han', 'hon', 'hun', 'he', 'she')} ${anyOf('kommer att', 'kommer', 'ska', 'skal', 'will', "'ll", 'are going to', 'gonna')} (?:${anyOf('fa', 'nog fa')} )?${anyOf('betala', 'pay', 'svi', 'sona')} ${anyOf('for', 'dyrt for')} ${anyOf('det har', 'detta', 'this', 'dette', 'det')}`,
    '(?:valet|election|valget|skatt|tax)'),
  rule('matter-of-time', 0.5, 'antyder att något snart ska hända någon', anyOf('tidsfraga innan', 'matter of time before', 'sporsmal om tid for', 'snart ar det nagon som', 'snart er det noen som')),
  rule('someone-does-something', 0.7, 'antyder att någon ska göra något mot en person',
    `${anyOf('nagon', 'nan', 'noen', 'someone', 'somebody')} ~ ${anyOf('gor', 'gjor', 'does', 'do', 'gora', 'gjore')} ${anyOf('nagot', 'nat', 'noe', 'something')} ${anyOf('at', 'med', 'mot', 'to', 'about')} ${TARGET}`),
  rule('teach-a-lesson', 0.8, 'hot: "lära henne en läxa"',
    `${anyOf('lara', 'laere', 'teach', 'ge', 'gi')} ${anyOf('henne', 'honom', 'dig', 'er', 'dem', 'dom', 'deg', 'dere', 'ham', 'her', 'him', 'you', 'them', 'hen')} ${anyOf('en laxa', 'en lekse', 'a lesson')}`,
    '(?:valet|election|valget|vote|rosta)'),
  rule('never-forget', 0.3, 'förstärkning: "som hon sent glömmer"', anyOf('sent (?:ska )?glomm\\w*', 'aldri (?:kommer til a )?glemme', 'never forget', 'sent ska glomma')),
  rule('time-to-act', 1, 'uppmaning till våld eller upplopp',
    `${anyOf('dags att', 'time to', 'pa tide a', 'nu ar det dags att', 'nu er det pa tide')} ~ ${anyOf(VIOLENCE, 'hogaff\\w*', 'pitchforks?', 'hoygaff\\w*', 'facklor(?:na)?', 'fakler', 'torches')}`),
  rule('someone-will-give-what-deserved', 1, 'beslöjat hot om att någon ska straffa',
    `${anyOf(SOMEONE, 'en dag', 'one day', 'snart', 'soon')} ~~ ${anyOf('ge', 'gi', 'give', 'ger')} ${TARGET} ` +
    `${anyOf('det', 'vad', 'what', 'hva')} ${TARGET} ${anyOf('fortjanar', 'fortjener', 'deserves?', 'har fortjant', 'har fortjent')}`),
  rule('someone-should-act', 1, 'uppmaning till våld',
    `${SOMEONE} ${MODAL} ~ ${VIOLENCE}`, NEGATED),
  rule('should-someone-act', 1, 'uppmaning till våld',
    `${anyOf('borde', 'burde', 'should', 'skulle', 'ska', 'skal', 'kommer', 'vil')} ${anyOf('nagon', 'nan', 'noen', 'nogon', 'nan')} ~ ${VIOLENCE}`, NEGATED),
  rule('i-will-act', 1, 'hot om våld',
    `${I_WILL} ~ ${VIOLENCE}`, NEGATED),
  rule('you-will-die', 1, 'hot om våld',
    `${anyOf('du', 'ni', 'dere', 'dom', 'de')} ${anyOf('ska', 'skall', 'skal', 'kommer att', 'kommer til a')} ${anyOf('do', 'doden', 'do snart', 'ligga dod',
      'brinna', 'brenne', 'ruttna', 'lida', 'fa lida', 'fa svi')}` +
    `|you ${anyOf('will', 'are going to', 'gonna', 'shall')} ${anyOf('die', 'burn', 'suffer', 'rot')}` +
    `|${anyOf("you'?re", 'you are', 'du ar', 'du er', 'ni ar', 'dere er')} ${anyOf('dead', 'dod', 'doda', 'dode', 'a dead man', 'ett lik', 'et lik')}(?! (?:trott|trist|slow|tired|boring))` +
    `|${anyOf('dod', 'doden', 'death')} ${anyOf('at', 'over', 'to')} ${TARGET}?[a-z]+`),
  rule('knows-where-you-live', 1, 'beslöjat hot: kartlägger var någon bor eller rör sig',
    `${anyOf('vet', 'veit', 'know', 'knows', 'knew', 'veta', 'vite', 'har koll pa')} ` +
    `(?:${anyOf('precis', 'exakt', 'exactly', 'noyaktig', 'noga', 'redan', 'allerede', 'already', 'ocksa', 'ogsa', 'also', 'nog', 'nok', 'godt', 'val', 'mycket val', 'veldig godt', 'very well')} )?` +
    `${anyOf('var', 'vart', 'hvor', 'where', 'vilken', 'vilket', 'vilka', 'which', 'hvilken', 'hvilket', 'hvilke',
      'nar', 'when', 'what time', 'vilken tid')}` +
    `(?:(?: [\\w']+){0,2} ${TARGET}(?: [\\w']+){0,2} ${anyOf('bor', 'bur', 'lives?', 'parkerar', 'parkerer', 'parks?', 'handlar',
      'handler', 'shops?', 'kor', 'kjorer', 'drives?', 'gar', 'walks?', 'sover', 'sleeps?', 'jobbar', 'jobber', 'tranar', 'trener', 'hamtar',
      'henter', 'picks? up', 'slutar', 'gar hem', 'works?', 'ligger', 'ligg', 'is located', 'is')}` +
    `|(?: [\\w']+){1,3} ${anyOf('bor', 'bur', 'lives', 'parkerar', 'parkerer', 'parks', 'sover', 'sleeps')})`),
  rule('knows-who-you-are', 1, 'beslöjat hot: "vi vet vem du är"',
    `${anyOf('vi', 'jag', 'jeg', 'we', 'i')} ${anyOf('vet', 'veit', 'know')} ${anyOf('vem', 'hvem', 'who')} ${anyOf('du', 'ni', 'dere', 'you')} ${anyOf('ar', 'er', 'are')}` +
    `|${anyOf('vi', 'jag', 'jeg', 'we', 'i')} ${anyOf('vet', 'veit', 'know')} ${anyOf('var', 'hvor', 'where')} ${anyOf('ni', 'dere', 'you', 'du')} ${anyOf('jobbar', 'jobber', 'work')}`),
  rule('warning', 1, 'varning riktad mot person ("passa dig", "watch your back")',
    anyOf('passa dig(?! for)', 'akta dig(?! for)', 'passa er(?! for)', 'akta er(?! for)', 'se dig om(?:kring)? (?:nar|pa|efter)',
      'watch (?:your|his|her|their) backs?', 'pass (?:pa )?deg(?! for)', 'pass (?:pa )?dere(?! for)',
      'your days are numbered', 'dina dagar ar raknade', 'dagene dine er talte', 'du ska fa se', 'ni ska fa se',
      'du skal fa se', 'ska (?:ni|du|dere) (?:nog )?fa se', 'skal (?:du|dere) fa se', 'you will see what happens', "you'll see what happens", 'sleep with one eye open',
      'sov med ett oga oppet')),
  rule('shame-if-something-happened', 1, 'beslöjat hot mot person eller egendom',
    `${anyOf('synd', 'shame', 'pity', 'tragiskt', 'trakigt', 'trist', 'leit', 'sad', 'too bad', 'beklagligt')} ~ ${anyOf('om', 'if', 'hvis', 'dersom', 'ifall')} ~ ` +
    `${anyOf('nagot', 'nat', 'noe', 'noko', 'something', 'anything', 'nagonting', 'en olycka', 'an accident', 'en ulykke')} ~ ` +
    `${anyOf('hande', 'hander', 'handa', 'happened', 'happens', 'happen', 'skjedde', 'skjer', 'skje', 'skulle hanta')}` +
    `|${anyOf('synd', 'shame', 'pity', 'tragiskt', 'trakigt', 'trist', 'leit', 'too bad')} ~ ${anyOf('om', 'if', 'hvis', 'dersom', 'ifall')} ~ ${anyOf('rakade ut for', 'rakar ut for',
      'kom till skada', 'skadades', 'got hurt', 'were hurt', 'ble skadet', 'kom til skade', 'hadde en ulykke', 'had an accident', 'rakade ut for en olycka')}` +
    `|${anyOf('synd', 'shame', 'pity', 'trist', 'leit')} ~ ${anyOf('om', 'if', 'hvis', 'dersom', 'ifall')} ~ ${anyOf('caught fire', 'burned down', 'got damaged',
      'brann ner', 'brann upp', 'brinner ner', 'tok fyr', 'borjade brinna', 'started (?:burning|to burn)', 'caught on fire', 'brant', 'brinna', 'brann', 'burned', 'exploderade', 'exploded',
      'fick punktering', 'fikk punktering', 'got a flat', 'blev repad', 'got scratched', 'ble ripet', 'brant ned', 'gick sonder', 'gikk i stykker', 'went up in flames', 'fattade eld', 'skadades')}`),
  rule('fragile-property', 0.6, 'antydan om skadegörelse',
    anyOf('glas gar sonder', 'glass breaks', 'glass knuses', 'fonster gar sonder', 'olyckor hander', 'olyckor kan handa',
      'accidents happen', 'ulykker skjer', 'brinner (?:sa )?latt', 'burns? easily', 'brenner lett')),
  rule('until-i-find-you', 1, 'hot: "tills jag får tag på dig"',
    `${anyOf('tills', 'til', 'till', 'until', 'nar', 'when')} ${anyOf('jag', 'vi', 'jeg', 'i', 'we')} ~ ${anyOf('far tag pa', 'hittar', 'finner', 'find',
      'get (?:my|our) hands on', 'faar tak i', 'far tak i', 'ser')} ${TARGET}`),
  rule('make-you-regret-for-sure', 1, 'hot om att se till att någon ångrar sig',
    `${anyOf('sorge for at', 'se till att', 'make sure', 'ska se till', 'skal sorge for')} ~ ${anyOf('angra', 'angrar', 'angre', 'angrer', 'regret', 'regrets', 'lida', 'lider', 'suffer', 'suffers', 'betala', 'pay')}`),
  rule('nothing-happens-to', 1, 'beslöjat hot mot anhöriga eller egendom',
    `${anyOf("wouldn'?t want", 'would not want', 'vill inte att', 'ville inte att', 'vil ikke at', 'ville ikke at', 'skulle inte vilja att')} ~ ` +
    `${anyOf('nagot', 'nat', 'noe', 'something', 'anything', 'nagonting')} ~ ${anyOf('hande', 'hander', 'handa', 'happen', 'happened', 'skjer', 'skje', 'skjedde')}`),
  rule('i-do-violence', 1, 'hot om våld eller skadegörelse',
    `${anyOf('jag', 'vi', 'jeg')} ${VIOLENT_PRESENT}|${VIOLENT_PRESENT} ${anyOf('jag', 'vi', 'jeg')}`, NEGATED),
  rule('will-find-you', 1, 'hot: "jag kommer hitta dig"',
    `${I_WILL} ~ ${anyOf('hitta', 'find', 'finne', 'leta upp', 'hunt down', 'spore opp', 'fa tag pa')} ` +
    `${anyOf('dig', 'er', 'you', 'deg', 'dere', 'honom', 'henne', 'ham', 'him', 'her', 'hen', 'them', 'dem')}`),
  rule('gets-a-beating', 1, 'hot om misshandel',
    `${anyOf('far', 'fa', 'get', 'gets', 'skal fa', 'ska fa')} (?:${TARGET} )?${anyOf('en small(?! i)', 'stryk', 'spo', 'pa kaften', 'pa trynet',
      'en kula', 'en kule', 'bank', 'juling', 'a beating', 'a bullet', "what's coming", 'whats coming', 'vad (?:han|hon|du|ni) tal',
      'en omgang', 'en pa kaften', 'en knytnave')}`),
  rule('take-matters-into-own-hands', 0.7, 'hot om att "ta saken i egna händer"',
    anyOf('ta(?:r)? (?:vi |jag |jeg |de )?saken i egna hander', 'ta(?:r)? lagen i egna hander', 'take (?:matters|the law) into (?:my|our) own hands',
      'ta(?:r)? (?:vi |jeg )?saken i egne hender', 'ta(?:r)? loven i egne hender')),
  rule('someone-will-get-hurt', 0.6, 'antydan om att någon ska skadas',
    `${anyOf('nagon', 'nan', 'noen', 'someone', 'somebody', 'folk', 'people', 'ni', 'du', 'dere', 'you')} ~ ` +
    `${anyOf('kommer att', 'kommer', 'is going to', 'are going to', 'will', 'gonna', 'skal', 'kommer til a')} ` +
    `${anyOf('bli skadad', 'bli skadade', 'skadas', 'get hurt', 'be hurt', 'bli skadet', 'fa lida', 'suffer', 'fa svi', 'pay for this', 'fa betala for det har')}`),
  rule('make-you-regret', 0.7, 'hot om att någon ska "få ångra sig"',
    `${anyOf('fa', 'far', 'nog fa', 'komma att', 'kommer att', 'kommer', 'ska', 'skal', 'will', 'gonna', 'sorge for at', 'se till att', 'make sure')} ~ ` +
    `${anyOf('angra', 'angrar', 'angre', 'angrer', 'regret')}(?! (?:nar|when|i valet|at the polls|ved valget))(?![^.!?]*(?:valet|election|valget|polls|rosta|vote|stemme|valdag))`,
    '(?:^|[^a-z])(?:jag|jeg|i|me|mig|meg|valet|election|valget|rosta|vote|stemme)(?:[^a-z]|$)'),
  rule('coming-to-you', 0.5, 'hotfull aviserad inställelse',
    `${anyOf('kommer jag', 'kommer vi', 'jeg kommer', 'vi kommer', "i'll come", 'i will come', "i'm coming", "we're coming", 'we will come', 'dukker jeg opp', 'dyker jag upp')} ` +
    `(?:${anyOf('till', 'til', 'to', 'ned till', 'ner till', 'ner pa', 'hem till')} )?${anyOf('stadshuset', 'kommunhuset', 'radhuset', 'kontoret', 'the office',
      'er', 'dig', 'deg', 'dere', 'your', 'socialen', 'socialkontoret', 'jobbet', 'forvaltningen', 'city hall', 'dit', 'there', 'hem')}`),
  rule('armed', 0.5, 'nämner vapen', `${anyOf('jag har', 'jeg har', 'i have', "i've got", 'vi har', 'we have')} ${anyOf('en kniv', 'ett vapen', 'et vapen', 'en pistol', 'ett gevar', 'et gevaer', 'a knife', 'a gun', 'a weapon', 'an? rifle')}`),
  rule('next-time-i-see-you', 0.5, 'hotfullt "nästa gång jag ser dig"', `${anyOf('nasta gang', 'neste gang', 'next time')} ${anyOf('jag', 'jeg', 'i', 'vi', 'we')} ${anyOf('ser', 'see', 'moter', 'meet', 'traffar')} ${TARGET}`),
  rule('coming-for-you', 1, 'hot: "jag kommer och tar dig"',
    `${anyOf('jag', 'jeg', 'vi', 'i', 'we')} ${anyOf('kommer (?:och|og)', 'ska komma och', 'skal komme og', 'will come and')} ${anyOf('tar', 'ta', 'hamtar', 'henter', 'get', 'take')} ${anyOf('dig', 'er', 'deg', 'dere', 'you', 'honom', 'henne', 'ham', 'him', 'her', 'hen')}` +
    `|${anyOf("i'?m", 'i am', "we'?re", 'we are')} coming for ${anyOf('you', 'him', 'her', 'them')}`),
  rule('explosion', 0.7, 'antydan om att "det smäller"', `${anyOf('snart', 'da', 'sa', 'then', 'soon')} ${anyOf('smaller det', 'small det', 'smeller det', 'det smalla', 'it will blow', 'things will blow')}`),
  rule('explosion-at-place', 0.5, 'antydan om att "det smäller" på en plats',
    `${anyOf('smaller det', 'smeller det', 'kommer det att smalla', 'det kommer att smalla')} ${anyOf('pa', 'i', 'vid', 'hos', 'at')}`),
  rule('gone-too-far', 0.3, 'upptrappning', anyOf('gatt for langt', 'gatt for langt', 'gone too far', 'matet ar rageat', 'begeret er fullt', 'nu racker det', 'enough is enough')),
  rule('so-be-it', 0.5, 'accepterar att någon skadas',
    anyOf('far det bli sa', 'sa far det bli', 'so be it', 'far det vaere sann', 'sa far det vaere', 'tough luck for them')),
  rule('someone-in-the-way', 0.4, 'beredd att skada den som står i vägen',
    `${anyOf('star', 'if', 'om', 'hvis')} ~ ${anyOf('nagon', 'nan', 'noen', 'someone', 'anyone', 'anybody')} ~ ${anyOf('i vagen', 'in (?:my|the) way', 'i veien')}`),
  rule('promise-or-warned', 0.5, 'förstärkt eller upprepad varning',
    anyOf("that's a promise", 'thats a promise', 'det ar ett lofte', 'det er et lofte', 'jag menar allvar', 'jeg mener alvor',
      'i mean it', "i'm serious", 'menar allvar', 'mener alvor', 'ni har blivit varnade', 'du har blivit varnad',
      'you have been warned', "you've been warned", 'dere er advart', 'du er advart', 'dere har blitt advart',
      'consider yourself warned', 'sista varningen', 'last warning', 'siste advarsel', 'ha det sa bra',
      'kanske blir det jag', 'kanskje blir det meg', 'kanskje det blir meg', 'maybe it will be me', "maybe it'll be me",
      'jag kommer inte grata', "i won't cry", 'jeg kommer ikke til a grate', 'jeg kommer ikke grate')),
  // ---- Broad families (v2): written as language-general patterns, each covering many phrasings. ----
  rule('not-with-words', 1, 'hot: "nästa gång blir det inte med ord"',
    `${anyOf('inte (?:langre |lenger )?(?:med )?ord', 'int (?:langre )?(?:med )?ord', 'ikke (?:lenger )?(?:med )?ord', 'not (?:with )?words', 'no more words',
      '(?:nat|nagot|noe|noko|something) (?:annat|annet|else|other) (?:an|enn|than) (?:ord|words|prat|snakk|talk)',
      '(?:mer|mera|mere|more) (?:an|enn|than) (?:ett |et |a )?(?:klagomal|klage|klagemal|complaint|ord|words|brev|letter)')}` +
    `(?! (?:om|pa|fran|till|i) )`),
  rule('see-what-happens', 0.7, 'hotfullt "ni ska få se vad som händer"',
    anyOf('(?:se|see|sja) (?:vad|hva|what) som? (?:hander|skjer|happens|will happen|kommer (?:att )?handa)', 'what happens (?:next|then|to your)',
      'da (?:ska|skal) (?:ni|dere|du) (?:fa )?se', 'blir det (?:inte|int|ikke) (?:vackert|pent|snyggt|trevligt|kul)', "(?:it )?won'?t be pretty")),
  rule('harm-outcome', 0.7, 'antyder blod, sjukhus eller skada',
    `${anyOf('blir det blod', 'flyta blod', 'blod (?:i|pa) (?:gatorna|korridorerna|golvet|gatene|gangene)', 'blood (?:in|on) the', 'there will be blood', 'det blir blod',
      '(?:hamna|hamnar|ende|ending|end|ender|havner|havne|lander) (?:up )?(?:pa|in|i) (?:sjukhus\\w*|sykehus\\w*|hospital|akuten|legevakten|the er)',
      'kommer (?:inte|int|ikke) (?:att )?(?:kunna )?sova (?:lugnt|gott|godt)', "won'?t sleep (?:well|soundly|easy)", 'kommer ikke til a sove godt', 'sova med ett oga oppet')}`),
  rule('insurance-hint', 0.8, 'beslöjat hot: "hoppas du har en bra försäkring"',
    `${anyOf('forsakring\\w*', 'forsikring\\w*', 'insurance', 'hemforsakring\\w*', 'innboforsikring\\w*')} ~~ ` +
    `${anyOf('hoppas', 'haper', 'hope', 'trenge', 'behova', 'behover', 'need', 'god', 'bra', 'good', 'har du', 'do you have', 'have you got')}` +
    `|${anyOf('hoppas', 'haper', 'hope', 'har du', 'do you have', 'have you got')} ~~ ${anyOf('forsakring\\w*', 'forsikring\\w*', 'insurance', 'hemforsakring\\w*', 'innboforsikring\\w*')}`,
    '(?:hemforsakringen ingar|ingar i|covers the|dekker)'),
  rule('arson-means', 0.7, 'nämner tändmedel eller brand i samband med en plats',
    anyOf('tandstick\\w*', 'fyrstikk\\w*', 'matches', 'bensin\\w*', 'petrol', 'gasoline', 'tandvatska', 'lighter fluid', 'molotov\\w*', 'brandbomb\\w*', 'as ashes', 'till aska', 'til aske',
      '(?:a |en |ett |et )?(?:little |liten |litt |liten liten )?(?:fire|brann|brand|eldsvada)(?= (?:before|innan|for|fore|i natt|tonight|one night|en natt))')),
  rule('building-burns', 1, 'antyder att en byggnad ska brinna eller förstöras',
    `${anyOf('bygget', 'bygge\\w*', 'skolan', 'skolen', 'forskolan', 'barnehagen', 'biblioteket', 'kontoret', 'stadshuset', 'radhuset', 'kommunhuset', 'huset',
      'building', 'school', 'preschool', 'library', 'office', 'city hall', 'extension', 'fasad\\w*', 'glasfasad\\w*')} ~~ ` +
    `${anyOf('kommer (?:att )?brinna', 'kommer (?:int|inte) (?:att )?sta (?:lange|kvar)', 'blir neppe staende', 'blir ikke staende', 'kommer til a brenne', 'will burn', "won'?t (?:be )?stand(?:ing)? (?:long|for long)",
      'would look better (?:as ashes|burned|on fire)', 'brinner (?:nog|snart)', 'brenner (?:nok|snart)', 'gar sonder', 'ga sonder', 'gikk i stykker', 'knuses', 'breaks?')}`,
    '(?:(?:ar|er|is) (?:byggt|bygget|built) (?:for|sa)|fuktskad|mogel|mugg|slits|sliten)'),
  rule('property-hint', 0.6, 'pekar ut en persons egendom på ett hotfullt sätt',
    `${anyOf('bil(?:en)?', 'bilen (?:din|hennes|hans)', 'volvo', 'tesla', 'passat', 'audi', 'car', 'cykel\\w*', 'sykkel\\w*', 'bike', 'rosor', 'roser', 'roses', 'tradgard\\w*', 'hage(?:n)?', 'garden',
      'hus(?:et)?', 'house', 'fonster', 'vinduer', 'windows', 'lack(?:en)?', 'dack(?:en)?', 'dekk(?:ene)?', 'tires', 'tyres', 'brake lines', 'bromsar(?:na)?', 'bremser?', 'hund(?:en)?', 'dog', 'katt(?:en)?', 'cat')} ~~~ ` +
    `${anyOf('repas', 'ripes', 'scratch\\w*', 'trampades', 'trampas', 'tricky', 'dyra', 'dyre', 'expensive', 'ga sonder', 'gar sonder', 'synd om', 'vore trakigt', 'sa fint', 'so nicely', 'sa fin',
      'hils fra meg', 'halsa fran mig', 'say hi', 'eller du', 'eller hur', "aren'?t they", "isn'?t it", 'brinner', 'brenner', 'burn', 'olycka', 'ulykke', 'accident', 'skjedde noe', 'hande nagot', 'hander nat', 'happened to')}`),
  rule('veiled-regret', 0.7, 'hotfull ironi ("synd om", "vore tråkigt om")',
    `${anyOf('vore (?:synd|trakigt|tragiskt|trist)', 'skulle vara (?:synd|trakigt|tragiskt|trist)', 'hade varit (?:synd|trakigt)', 'would be (?:a )?(?:real |shame|pity|sad|too bad)',
      '(?:a )?(?:real )?(?:shame|pity) if', 'synd om', 'synd hvis', 'leit (?:om|hvis)', 'trist (?:om|hvis)', 'vore ju', 'hadde vaert (?:synd|leit|trist)')} ~~ ` +
    `${anyOf('hande', 'handa', 'skjedde', 'skje', 'happened', 'happen', 'brann\\w*', 'brinna', 'fire', 'gick sonder', 'ga sonder', 'trampades', 'rakade', 'skadades', 'broke', 'burned', 'damaged', 'scratched', 'med (?:bilen|huset|barnen|hunden)')}`,
    '(?:inte (?:kan|far)|regn|weather|vadret|vaeret|missa|miss|stangt|closed)'),
  rule('knows-your-routine', 1, 'beslöjat hot: kartlägger någons vanor',
    `${anyOf('vet', 'veit', 'know', 'knows', 'vi vet', 'kjenner')} ${anyOf('vilken', 'vilket', 'vilka', 'which', 'hvilken', 'hvilket', 'hvilke', 'what', 'var', 'hvor', 'where', 'nar', 'when', 'hur', 'how')} ` +
    `(?:${anyOf('buss', 'bus', 'bil', 'car', 'dorr', 'door', 'dor', 'tid', 'time', 'vag', 'vei', 'way', 'route', 'skola', 'skole', 'school', 'ingang', 'inngang', 'entrance', 'parkering', 'dagis', 'forskola', 'barnehage')}\\w* )?` +
    `${anyOf('du', 'ni', 'dere', 'you', 'han', 'hon', 'hun', 'he', 'she', 'they', 'dina barn', 'barna dine', 'your kids')}` +
    `|${anyOf('vet', 'veit', 'know', 'knows')} ${anyOf('his', 'her', 'your', 'their', 'hans', 'hennes', 'din', 'dina', 'ditt', 'hennar')} ${anyOf('schedule', 'routine\\w*', 'schema', 'schemat', 'rutiner', 'vanor', 'timeplan', 'address', 'adress', 'tider')}`),
  rule('stalking', 0.6, 'beskriver att någon bevakas eller följs',
    `${anyOf('har (?:markt|sett|lagt marke till|noterat)', 'har lagt merke til', 'har sett at', "(?:i'?ve|we'?ve|i have|we have) (?:noticed|seen)", 'noticed')} (?:att |at |that )?${anyOf('du', 'ni', 'dere', 'you', 'han', 'hon', 'hun', 'he', 'she', 'din', 'your')}` +
    `|${anyOf('nan dag', 'nagon dag', 'en dag', 'one day', 'en vakker dag', 'some day')} ~ ${anyOf('ocksa', 'ogsa', 'too', 'also', 'dar', 'der', 'there')}`),
  rule('routine-mention', 0.3, 'nämner någons vanor',
    anyOf('varje (?:kvall|morgon|dag|torsdag|fredag|mandag|tisdag|onsdag)', 'hver (?:kveld|morgen|dag)', 'every (?:night|evening|morning|day)', 'always the last', 'alltid sist', 'alltid den sista', 'pa (?:mandagar|tisdagar|onsdagar|torsdagar|fredagar)')),
  rule('meet-after-work', 0.8, 'aviserat möte med en anställd efter jobbet eller på en plats',
    `${anyOf('vi ses', 'ses', 'ser deg', 'ser dig', 'see you', 'jag vantar', 'jeg venter', 'i\'?ll be waiting', "i'?m waiting", 'waiting for you', 'vantar pa dig', 'venter pa deg', 'moter dig', 'moter deg', 'meet you')} ` +
    `(?:\\w+ ){0,3}${anyOf('efter (?:jobbet|jobb|skiftet|passet)', 'etter (?:jobb|jobben|skiftet|vakten)', 'after (?:your |the )?(?:shift|work)', 'vid (?:cykelstallet|bilen|parkeringen|porten|dorren|bussen)', 'ved (?:sykkelstativet|bilen|parkeringen|porten|doren)', 'by (?:the|your) (?:bike|car|door|gate)')}`),
  rule('personal-visit', 0.6, 'aviserar att komma till en plats i person',
    anyOf("(?:i'?ll|i will|we'?ll|we will) come (?:down )?(?:there|to your|to the)", "(?:come|coming) down there", 'kommer (?:ja|jag|vi) dit', 'kommer jeg (?:ned|dit)', 'star jag i (?:er|din)', 'in person', 'personligen',
      'dukker (?:jeg|vi) opp', 'dyker (?:jag|vi) upp')),
  rule('vague-menace', 0.5, 'hotfull förstärkning ("lita på det", "tro mig", "hälsa från mig")',
    anyOf('lita pa det', 'tro mig', 'tro meg', 'trust me', 'lova\\.?$', 'det lovar jag', 'det lover jeg', 'i promise', 'hils fra meg', 'halsa fran mig', 'say hi from me', 'hon vet varfor', 'han vet varfor', 'hun vet hvorfor',
      'she knows why', 'he knows why', 'ni vet vilka ni ar', 'dere vet hvem dere er', 'you know who you are', 'jag har mina kontakter', 'jeg har mine kontakter', 'i have my contacts', 'i know people', 'plenty of time', 'gott om tid', 'god tid')),
  rule('worse-wish', 1, 'önskar någon död eller skada',
    `${anyOf('kunde', 'kan', 'far', 'could', 'may', 'kunne', 'kan (?:han|hon|hun|du)')} (?:${anyOf('garna', 'gjerne', 'gladly', 'for min del', 'for my part')} )${anyOf('drunkna', 'do', 'drukne', 'drown', 'die', 'ruttna', 'forsvinna', 'brinna', 'brenne')}` +
    `|${anyOf('ingen (?:skulle|sku|ville|kommer att) sakna', 'ingen ville savne', 'nobody would miss', 'no one would miss', 'ingen vil savne')}` +
    `|${anyOf('hoppas', 'haper', 'hope', 'onskar', 'onsker', 'wish')} ~~ ${anyOf('sista (?:sommar|vinter|jul|dag)', 'siste (?:sommer|vinter|jul|dag)', 'last (?:summer|winter|christmas|day|birthday)', 'overkord', 'overkjort', 'pakjort', 'run over', 'hit by', 'accident', 'olycka', 'ulykke')}`,
    NEGATED),
  rule('violent-blow', 1, 'hot om slag eller tillhyggen',
    `${anyOf('ska', 'skal', 'skall', 'kommer (?:att )?', 'will', 'gonna', "'ll")} ~ ${anyOf('fa', 'fa kanna pa', 'fa kjenne pa', 'get', 'feel')} ${anyOf('en (?:rak hoger|rak vanster|small|knytnave|snyting|kilo)', 'ett (?:jarnror|slag|tra)', 'et (?:jernror|slag)', 'juling', 'stryk', 'bank', 'a (?:beating|punch|fist)', 'my fist', 'kanna pa', 'kjenne pa')}` +
    `|${anyOf('jarnror\\w*', 'jernror\\w*', 'iron bar', 'tire iron', 'basebolltra\\w*', 'baseball bat', 'knogjarn', 'slagtra', 'rak hoger', 'knytnave i', 'fist in')}`),
  rule('imperative-kill-group', 1, 'uppmaning att döda eller skada en grupp',
    `(?:^|[.!?] )${anyOf('kill', 'drep', 'doda', 'dod', 'skjut', 'skyt', 'shoot', 'hang', 'heng', 'sprang', 'spreng', 'brann', 'brenn', 'burn', 'ta livet av', 'murder', 'stab', 'knivhugg')} ` +
    `${anyOf('alla', 'alle', 'all', 'every', 'everyone', 'hela', 'hele', 'the whole', 'varenda', 'hver eneste', 'er', 'dere', 'dom', 'dem', 'them')}`, NEGATED),
  rule('conditional-continue', 0.3, 'villkorat hot ("om ni fortsätter …")',
    `${anyOf('om', 'hvis', 'if', 'ifall', 'dersom')} ${anyOf('ni', 'du', 'dere', 'you', 'dom', 'de', 'they')} ${anyOf('fortsatter', 'fortsetter', 'keep', 'continue', 'igen', 'again', 'en gang till', 'en gang til', 'one more time')}` +
    `|${anyOf('fortsett', 'fortsatt', 'keep')} ${anyOf('sann', 'sa har', 'sa', 'like this', 'this up', 'that up')}|${anyOf('one more time', 'en gang (?:till|til)', 'en gang till')}` +
    `|(?:^|[.!?] )[a-z]+ ~ ${anyOf('och se', 'og se', 'and see')}`),
  rule('do-it-myself', 0.6, 'antyder att skribenten själv ska utföra det',
    `${anyOf('jag', 'ja', 'jeg', 'i')} ${anyOf('sjalv', 'selv', 'myself')} ${anyOf('gor', 'gjor', 'gjore', 'do', 'will do', 'ska gora')} ${anyOf('det', 'it', 'the job')}`),
  rule('conditional', 0.3, 'villkorat hot ("om ni inte … så …")',
    `${anyOf('om', 'hvis', 'if', 'ifall', 'dersom')} ~ ${anyOf('inte', 'ikke', 'int', 'not', "n't", 'igen', 'igjen', 'again')}`),
  rule('violence-near-group', 0.6, 'våldsord riktat mot personal eller en grupp',
    `${VIOLENCE} ~ ${anyOf('alla', 'alle', 'every', 'all', 'hela', 'hele', 'ledningen', 'ledelsen', 'personalen', 'staff', 'workers?', 'politiker\\w*', 'politicians')}`, NEGATED),
  rule('violence-near-target', 0.4, 'våldsord riktat mot person',
    `${VIOLENCE} ~ ${TARGET}`, NEGATED),
];

/**
 * Figures of speech that look violent and are not ("jag dör av skratt", "killer-jobb", "skjuter
 * upp ansökan"). They are blanked out before the threat rules run.
 */
export const THREAT_IDIOMS: readonly RegExp[] = [
  // v6: betrayal, not a weapon: "ni gav oss en kniv i ryggen", "stabbed us in the back".
  /\b(?:gav|gave|ger|gir|gett|gitt|given|stack|stakk|stuck|satte|satt|stoter|stotte|stotet) (?:\w+ ){0,3}(?:en |a |the )?kniv(?:en)? i ryggen\b/g,
  /\b(?:stab(?:bed|bing|s)?|knifed) (?:\w+ ){0,2}in the back\b/g,
  /\b(?:a |the )?knife in (?:the|our|my|their) back\b/g,
  /\b(?:jag |jeg |i )?(?:dor|do|dog|dott|die|dying|dead|died) (?:av|of|with|from) (?:skratt|latter|laughter|laughing|tristess|kjedsomhet|boredom|cuteness|avund|misunnelse|envy|langtan|stress|hunger|sult|varme|heat|kyla|kulde)\w*/g,
  /\b(?:im|i'm|i am) (?:dead|dying|deceased)\b/g,
  /\b(?:tar|ta|tog|tok|tatt|tagit|takes?|taking) livet av (?:mig|meg|oss|mej)\b/g,
  /\b(?:killing|kills|killed|kill) (?:me|us|it|the game)\b/g,
  /\bkill(?:ed|ing)? it\b/g,
  /\b(?:brenner|brinner|branner|burns?|burning) (?:for|of|med)\b/g,
  /\b(?:give it|worth|have|take|took|long|big|a) (?:a )?shot\b|\bscreenshot\w*/g,
  /\b(?:shoot|shooting|shot|skjuta|skjuter|spela in|filma) (?:a |the |some |our |en |ett |var |den )?(?:film|video|movie|photos?|scenes?|clip|reel|bilder|filmen|videon)\b/g,
  /\bkiller[- ]?\w*/g,
  /\b(?:would|'d|d|could|skulle|hadde|ville|kunne|kan) (?:\w+ )?(?:kill|doda|drept|drepe|mord(?:a|et)) (?:for|to|fur)\b/g,
  /\b(?:doda|drepe|kill) for\b/g,
  /\bskj?ut\w* (?:upp|fram|pa|till|in|ut)\b/g,
  /\bskyt\w* (?:opp|ut|inn)\b/g,
  /\bshoot(?:ing)? (?:me|us) (?:an? )?(?:email|mail|message|dm|line)\b/g,
  /\bshot (?:at|in the dark)\b/g,
  /\b(?:jobba|jobbar|jobbat|slita|sliter|slitit|plugga|pluggar|arbeide|jobbe|skratta|skrattade|le|frysa|fryser|tristas) ihj[ae]l\w*/g,
  /\bdod(?:s)?(?:trott|trist|skont|skon|sakert|saker|snygg|tradig|ballt|bra)\w*/g,
  /\bdrit(?:kjedelig|bra|gode)\b/g,
  /\bdodar (?:ju |all |allt )*(?:lust|motivation|glad|gladjen|intresse)\w*/g,
  /\b(?:dreper|drepe|drepte|dodar|doda|dodade|kills?|killing|killed|krossar|krossa|knuser|knuse|crush(?:es|ing)?) (?:\w+ )?(?:motivasjon|motivation|lust|lyst|gladje|glede|stamning|stemning|moral|morale|engagemang|engasjement|arbetsgladje|arbeidsglede|vibe|mood|joy|drommar|drommer|dreams|hopp|hope|kreativitet|creativity)\w*/g,
  /\b(?:sla|slar|slog|slagit|slaa|slaar|beat|beats|beating|kross\w*|knus\w*|crush\w*|smash\w*) (?:ihjal |i hjel )?(?:alla |alle |all |the )?(?:andra|andre|other|others|konkurrent\w*|competition|rekord\w*|records?|grannkommun\w*|nabokommun\w*|kommuner(?:na)?|kommunene)\b/g,
  /\b(?:krossa|krossar|krossade|crush|crushed|crushing|slay|slayed|slaying|knocked it out|smash|smashed) (?:det|it|den|them|the)\b/g,
  /\b(?:sprang|spranga|sprenge|sprengte|blow|blew) (?:budgeten|budsjettet|the budget|ramarna|rammene)\b/g,
  /\b(?:utbrand|utbrent|burn ?out|burnt out|burned out)\b/g,
  // v4: "hänga med", "slå upp", beating someone in a match or an election.
  /\bh[ae]ng(?:a|er|e|de|t)? med\b/g,
  /\bsla(?:r)? upp\b|\bslo upp\b|\bslagit upp\b/g,
  /\b(?:krossa|krossar|sla|slar|knuse|knuser|crush|beat|smash|spoa|spo)\s+(?:\w+\s+){0,2}(?:i|pa|in|at)\s+(?:\w+\s+)?(?:matchen|match|finalen|final|spelet|game|kampen|valet|election|valget|derbyt|derby|quiz\w*|tavling\w*|konkurranse\w*|competition|turnering\w*|tournament|schack|chess|padel|fotboll|fotball|football|innebandy|bandy|hockey)\b/g,
  /\b(?:bomba|bombarderar|bombarderade|bombard|spam) (?:oss|inkorgen|innboksen|us|my inbox) (?:med|with)\b/g,
  /\bbranna? (?:pengar|skattepengar|money|cash)\b|\bbrenne (?:penger|skattepenger)\b|\bburn(?:ing)? (?:money|cash)\b/g,
];

/** The threat evidence found in a comment. */
export interface ThreatEvidence {
  /** Whether the weights reach the threshold. */
  readonly threat: boolean;
  /** Sum of the weights found. */
  readonly score: number;
  /** The rules that matched. */
  readonly findings: readonly Finding[];
}

/** Removes idioms from an already normalised text. */
export function stripThreatIdioms(plain: string): string {
  let text = plain;
  for (const idiom of THREAT_IDIOMS) text = text.replace(idiom, ' _ ');
  return text;
}

/**
 * Threat phrases as they look once spaced-out letters lose their word breaks ("d ö d å t X"
 * becomes "dodat x"). Only tried when the comment spells something out letter by letter.
 */
export const SPELLED_OUT_THREATS = /med(?:en|ett|et)?(?:yxa|oks|kniv|pistol|gevar|gevaer|bomb|kofot|bensin)|with(?:an?)?(?:axe|knife|gun|bomb)|skjuta|skjut|drep|mord|dodat|dodat|dodover|deathto|skadodadig|skadodaer|killyou|killu|drepedeg|vetvardubor|vethvordubor|knowwhereyoulive|hoppasdudor|haperdudor|hopeyoudie|skaldo|skado/;

const SPELLED_OUT = /(?:^|[^a-z])(?:[a-z][ .\-_*]+){3,}/;

/** Veiled-threat families that, aimed at someone in particular, make a threat. */
const VEILED = new Set([
  'see-what-happens', 'harm-outcome', 'insurance-hint', 'arson-means', 'property-hint', 'veiled-regret', 'stalking', 'routine-mention',
  'meet-after-work', 'personal-visit', 'vague-menace', 'alone', 'keeps-pictures', 'see-you-outside', 'explosion', 'fragile-property', 'if-i-were-you',
  'do-it-myself', 'violence-near-group', 'violence-near-target', 'conditional-continue',
  'nice-family-you-have', 'or-else-veiled', 'place-wont-stand', 'by-force', 'someone-will-do-it', 'harm-aimed-weak', 'violent-emoji', 'final-warning', 'see-you-soon', 'promise-or-warned', 'take-matters-into-own-hands',
]);

/** Someone in particular: the reader, a member of staff by role. */
const AIMED_AT = /(?<![a-z])(?:du|dig|din|dina|ditt|ni|er|era|ert|dere|deg|deres|you|your|honom|henne|ham|him|hen|chef\w*|sjef\w*|larar\w*|laerer\w*|teacher\w*|manager\w*|forvaltning\w*|kontoret|stadshuset|radhuset|kommunhuset|politiker\w*|handlaggar\w*|saksbehandler\w*|rektor\w*|sjukskoterska\w*|sykepleier\w*|bibliotekari\w*|chauff[oe]r\w*|sjafor\w*|librarian|principal|teacher|nurse|social worker\w*|socialsekreterar\w*|stadsdirektor\w*|kommunalrad\w*)(?![a-z])/;

/** Looks for threat evidence in normalised text. */
/** Weapon, bomb and coffin emoji; fire only counts next to a building or a refusal (🔥 is also praise). */
const WEAPON_EMOJI = /[\u{1F52A}\u{1F52B}\u{1F4A3}\u{1FA93}\u{26B0}\u{1F480}\u{2620}\u{1FAA6}]/u;
const FIRE_EMOJI = /\u{1F525}/u;
const FIRE_CONTEXT = /(?<![a-z])(?:avslag\w*|nekad\w*|nekat|nektet|avslatt|avslott|avvist|denied|refused|rejected|turned down|ska fa se|skal fa se|far vi se|far se|we'?ll see|you'?ll see|kvar|igjen|left)(?![a-z])/;

/** Harm vocabulary near someone or a place: a cue for the model, not a threat by itself. */
export function harmNearTarget(plain: string): boolean {
  const text = stripThreatIdioms(plain);
  return HARM_NEAR.test(text) && (AIMED_AT.test(text) || HARM_OBJECT_RE.test(text));
}
const HARM_NEAR = new RegExp(`(?<![a-z])(?:${VIOLENCE}|${HARM_VERB}|${WEAPON})(?![a-z])`);
const HARM_OBJECT_RE = new RegExp(`(?<![a-z])${HARM_OBJECT}(?![a-z])`);

export function findThreat(plain: string, folded = '', named = false, raw = ''): ThreatEvidence {
  const targeted = named || AIMED_AT.test(plain);
  const findings = findAll(stripThreatIdioms(plain), THREAT_RULES);
  if (WEAPON_EMOJI.test(raw)) findings.push({ rule: 'violent-emoji', weight: 0.5, reason: 'vapen- eller dödssymbol', match: '' });
  else if (FIRE_EMOJI.test(raw) && FIRE_CONTEXT.test(plain)) findings.push({ rule: 'violent-emoji', weight: 0.5, reason: 'eld-symbol efter ett avslag eller en varning', match: '' });
  if (SPELLED_OUT.test(folded)) {
    const squashed = /(?:[a-z] ){2,}[a-z]/.test(folded) ? folded.replace(/[^a-z]/g, '') : '';
    const m = SPELLED_OUT_THREATS.exec(squashed);
    if (m) findings.push({ rule: 'spelled-out', weight: 1, reason: 'hot stavat med mellanslag för att undgå filter', match: m[0] });
  }
  let score = weightOf(findings);
  // Half a threat aimed at someone in particular (a named or addressed person, a member of staff)
  // is a threat: veiled threats rarely say more than that.
  if (score >= 0.5 && score < 1 && targeted && findings.some((f) => VEILED.has(f.rule))) {
    findings.push({ rule: 'aimed', weight: 1 - score, reason: 'riktat mot en viss person', match: '' });
    score = 1;
  }
  return { threat: score >= 1, score, findings };
}

/**
 * Does a comment name a person? Harassment and personal data depend on it: "ledningen är
 * inkompetent" is criticism, "Maria på HR är inkompetent" is a personal attack.
 */

/** Common first names in Sweden, Norway, Finland's Swedish-speaking areas and English. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'anna eva maria karin sara kristina lena emma kerstin marie malin ingrid jenny hanna linda annika susanne elin ' +
    'monica birgitta johanna sofia carina elisabeth julia ulla katarina linnea ida helena camilla ebba matilda ' +
    'sandra frida therese amanda anneli lisa louise lina caroline cecilia mikaela petra jessica josefin emelie ' +
    'gunilla inger margareta agneta ulrika anette maja alice olivia astrid wilma saga elsa ella klara stina tove ' +
    'viktoria victoria agnes moa felicia rebecka rebecca nora ellen alva signe selma ines tindra vera majken ' +
    'britt gun siv marianne ann anne annie yvonne lotta charlotte helen heidi hilde kari solveig ragnhild randi ' +
    'tone torill turid siri silje ingvild marit liv line kristin gro guro synnove hege trine mette beate ' +
    'jonna nina pia paula tiina sanna minna riikka satu tuula johanna kaisa aino eveliina emilia nelli ' +
    'lars mikael anders johan per erik karl peter jan thomas daniel fredrik hans bengt mats lennart magnus ' +
    'stefan marcus markus jonas andreas niklas martin mattias henrik leif patrik oskar oscar viktor ' +
    'emil filip axel alexander anton simon gustav lucas elias hugo william liam noah adam isak vincent ludvig ' +
    'kalle olle nils sven gunnar ingvar rolf ulf kent tommy roger robert christer goran kjell ake sten bertil ' +
    'ola ole knut bjorn geir terje trond odd arne svein rune tor even sindre eirik jorgen havard vegard kristian ' +
    'kaj mikko jari timo pekka juha kari antti matti ville jukka mika janne tomas kim joakim joacim sebastian ' +
    'john james michael mark paul george richard david chris steve tom ben jack harry sam mike dan tim ' +
    'mary sarah emily laura kate jane lucy rachel amy claire priya raj ali mohammed muhammad ahmed omar yusuf ' +
    'fatima aisha amina leila yasmin zeynep mehmet hassan hussein ibrahim jamal karim samir nadia rania ' +
    'tobias jesper rasmus albin melker hampus linus casper jakob arvid sixten folke esbjorn lise hanne mona else kirsten marit tuva ' +
    'malin jens frode steinar hakon morten pal espen tore stian vidar helge asbjorn anette lene wenche ingunn eli bodil ' +
    'jenny jonathan josef maja mira nadja sofie sophie tina tuija anu pirjo leena paivi marjut mervi sirpa harri kimmo petri tapio ' +
    'lasse amira sofia jonas kjersti ragnar asa asa jimmy micke pelle janne sanna amir reza hamid mariam sara lejla emir ' +
    'marta agnieszka piotr tomasz olga natalia irina ivan sergei dmitri andrei elena ana jose juan carlos luis'
  ).split(' '),
);

const MENTION = /(?:^|\s)@\p{Lu}/u;
const CAPITALISED = /\p{Lu}\p{Ll}+/gu;

/** Folds a name the way normalise() folds text, so "Björn" and "Göran" are found. */
function foldName(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'a');
}

/** A capitalised word followed by a surname-like word ("Tobias Grahn", "Hanne Olsen", "Erik Hansson"). */
const FULL_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}*(?:son|sen|ssen|sson|berg|strom|ström|lund|qvist|kvist|gren|dahl|holm|ander|vik|stad|land|bäck|back|hall|häll|ing|man|mann|er|in|ius|ez|ski|ska|nen|la|lä)(?![\p{L}])/u;

/** True when the raw comment mentions someone by first name, full name or @-mention. */
export function namesPerson(raw: string): boolean {
  if (MENTION.test(raw)) return true;
  if (FULL_NAME.test(raw)) return true;
  for (const m of raw.matchAll(CAPITALISED)) {
    if (FIRST_NAMES.has(foldName(m[0]))) return true;
  }
  return false;
}

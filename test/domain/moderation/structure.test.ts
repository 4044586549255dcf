import { classify, normalise } from '../../../src/domain/moderation';
import { readStructure } from '../../../src/domain/moderation/structure';

// Sentences written for these tests (not from any data set): the kinds of sentence v8 got wrong,
// read by who is targeted, what is said of them and how it is framed.

const read = (text: string) => readStructure(normalise(text).plain);

describe('threats read from their structure, not from a list of phrases', () => {
  it.each([
    'I will make those refugees regret they ever came here, one by one they will suffer',
    'Somebody ought to drown every last one of those people',
    'I am going to murder that guy at the front desk',
    'Jag ska se till att handläggaren får lida för det här',
    'Stadsbiblioteket borde brinna ner till grunden',
    'Om ni inte ändrar beslutet, så ska jag döda er',
    'Hoppas att rektorn dör i natt',
    'Noen burde skyte de innvandrerne',
    'Vi vet var socialsekreteraren bor. Tänk på det.',
    'Shouldn\'t someone just shoot them all?',
  ])('"%s" is a threat', (text) => {
    const c = classify(text);
    expect(c.threat).toBe(true);
    expect(c.remove).toBe(true);
  });

  it.each([
    'Someone should burn this printer, it ate my application again',
    'Den här appen borde skjutas och glömmas',
    'I would never hurt anyone, I just want an answer about my application',
    'Äldre dör av era nedskärningar i hemtjänsten.',
    'Our team absolutely killed it at the career fair 🎉',
    'Someone wrote "I will shoot the caseworker" under your post. Have you reported it to the police?',
  ])('"%s" is not a threat', (text) => expect(classify(text).threat).toBe(false));
});

describe('hate needs something said against a group; naming one is no evidence', () => {
  it.each([
    'Immigrants are no better than vermin',
    'Muslimer borde låsas in i burar',
    'Am I the only one who thinks Roma are filthy?',
    'Jag hatar judar',
    'I met some Somalis at the station. They are parasites.',
    'Transpersoner är inte människor',
    'No immigrant can ever be trusted',
    'Does anyone else think Jews are behind all of this?',
    'Are Somalis even capable of holding down a job?',
    "I'm not racist but Africans are just not as smart as us",
    'None of these immigrants deserve a salary from our taxes',
    'No woman should ever be allowed to lead a fire crew',
    'Varför ska vi betala lön till muslimer som ändå inte vill jobba?',
  ])('"%s" is proposed for removal as hate', (text) => {
    const c = classify(text);
    expect(c.remove).toBe(true);
    expect(['hate', 'threat']).toContain(c.kind);
  });

  it.each([
    'I share a flat with two trans people and they are lovely',
    'Vår nya enhetschef är muslim och jättebra',
    'Is this job open to refugees with a residence permit?',
    'Immigrants are not vermin, they are our colleagues',
    'Jag hatar inte invandrare, jag hatar orättvisor',
    'Saying "Muslims should all be killed" is disgusting and has no place here',
    'Att skriva "alla judar borde dö" är vidrigt. Anmält.',
    'People who call refugees rats are the real problem',
    'Vi bögar i kören ses på fredag, alla välkomna!',
    'Dutch dykes keep the sea out, fascinating engineering',
    'Trans people are welcome here, full stop.',
    'Hate speech against Roma is still far too common, we must do better',
    'I used to think immigrants were lazy until I worked with them. I was wrong.',
  ])('"%s" is not proposed for removal', (text) => {
    const c = classify(text);
    expect(c.remove).toBe(false);
    expect(c.threat).toBe(false);
  });
});

describe('the reading itself', () => {
  it('finds the target of harm in object position, and takes harm away from things', () => {
    expect(read('döda dem').acts[0]).toMatchObject({ act: 'harm', target: 'people', mode: 'call' });
    expect(read('kill the printer').acts[0]).toMatchObject({ act: 'harm', target: 'thing' });
  });
  it('reads "jag ska" and "ska jag" alike as the writer\'s intent', () => {
    expect(read('jag ska slå dig').acts[0]).toMatchObject({ mode: 'intent', target: 'you' });
    expect(read('då ska jag slå dig').acts[0]).toMatchObject({ mode: 'intent', target: 'you' });
  });
  it('negates both ways: "are not rats" is no hate, "are not human" is', () => {
    expect(read('Immigrants are not rats').hate).toBe(false);
    expect(read('Immigrants are not human').hate).toBe(true);
  });
  it('marks quoted speech the writer rejects as countered and leaves it out of the own words', () => {
    const r = read('att skriva "alla judar borde do" ar vidrigt');
    expect(r.countered).toBe(true);
    expect(r.own).not.toContain('judar');
  });
  it('carries a group from one sentence to "they" in the next', () => {
    expect(read('i met some somalis yesterday. they are vermin.').hate).toBe(true);
  });
});

describe('comments the classifier cannot read go to a person', () => {
  it.each(['', '   ', '...', 'https://example.com/x', 'Kiitos paljon, tämä on hyvä työpaikka ja haluan hakea', 'شكرا جزيلا على هذه الوظيفة'])('%j needs a look', (text) => {
    const c = classify(text);
    expect(c.needsLook).toBe(true);
    expect(c.remove).toBe(false);
    expect(c.reasons[0]).toMatch(/titta på den/);
  });
  it.each(['👍👍', 'Tack!', 'Grattis Anna', 'Hur söker jag jobbet?'])('%j is read', (text) => expect(classify(text).needsLook).toBe(false));
});

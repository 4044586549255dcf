/**
 * Types for the functional test suite of the comment classifier.
 *
 * The suite is organised by *functionality* (one behaviour the classifier must
 * get right, e.g. "threat phrased as a question"), each expanded from
 * hand-written templates × targets in four languages.
 */

export type Lang = 'sv' | 'nb' | 'en' | 'fi-sv';

export interface FunctionalCase {
  id: string;
  lang: Lang;
  functionality: string;
  text: string;
  remove: boolean;
  threat: boolean;
  question?: boolean;
  kind?: string;
  /** a case that must be proposed for removal because it is hate/threat/harassment */
  hateful: boolean;
  /** harmless contrast case */
  contrast: boolean;
  needsLook?: boolean;
}

export interface Functionality {
  id: string;
  description: string;
  group:
    | 'hate'
    | 'threat'
    | 'harassment'
    | 'contrast'
    | 'question'
    | 'spam'
    | 'personal_data'
    | 'misinformation'
    | 'unreadable'
    | 'spelling';
}

// ---------------------------------------------------------------------------
// Targets

/** A group of people (protected or not). */
export interface GroupTarget {
  id: string;
  /** indefinite plural: "muslimer", "Muslims" */
  pl: string;
  /** definite plural: "muslimerna", "muslimene", "these Muslims" */
  def: string;
  /** indefinite singular with article: "en muslim", "a Muslim" */
  sg: string;
  /** predicative form: "(hon är) muslim", "(she is) Muslim" */
  pred: string;
  /** for non-protected groups: abuse of this group reads as criticism of the city/politics */
  critic?: boolean;
}

/** A named person (city employee or politician). */
export interface PersonTarget {
  id: string;
  /** role + name as written in running text: "socialsekreterare Nilsson" */
  full: string;
  /** name only: "Nilsson", "Sara Berg" */
  name: string;
  /** subject pronoun: hon/han, hun/han, she/he */
  he: string;
  /** object pronoun: henne/honom, henne/ham, her/him */
  him: string;
  /** possessive pronoun: hennes/hans, her/his */
  his: string;
}

/** A noun phrase: staff, building, the city, an object. */
export interface NounTarget {
  id: string;
  /** the noun phrase in running text: "socialtjänsten", "city hall" */
  np: string;
  /** genitive/possessive form: "kommunens", "the city's" */
  gen?: string;
  /** locative: "på stadshuset", "at city hall" */
  at?: string;
  /** grammatical number/gender: 'utr' (en-word), 'neut' (ett-word), 'pl' */
  g: 'utr' | 'neut' | 'pl';
  /** object that belongs to the city's services (abuse of it = criticism) */
  city?: boolean;
}

export interface SlurTarget {
  id: string;
  /** singular, no article: "blatte" */
  sg: string;
  /** plural: "blattar" */
  pl: string;
}

export interface LangTargets {
  groups: readonly GroupTarget[];
  employees: readonly PersonTarget[];
  politicians: readonly PersonTarget[];
  staff: readonly NounTarget[];
  buildings: readonly NounTarget[];
  city: readonly NounTarget[];
  nonProtected: readonly GroupTarget[];
  objects: readonly NounTarget[];
  slurs: readonly SlurTarget[];
  /** job titles used in questions: "undersköterska" */
  roles: readonly string[];
  /** first names for signatures */
  firstNames: readonly string[];
}

// ---------------------------------------------------------------------------
// Templates

/** What a template produces: a text, or a text with per-case expectation overrides. */
export type Out = string | { text: string; kind?: string; question?: boolean };

type T<X> = ReadonlyArray<(x: X) => Out | readonly Out[]>;

/** Helpers handed to generator templates (deterministic, seeded). */
export interface GenCtx {
  rng: () => number;
  pick<X>(xs: readonly X[]): X;
  /** a valid (Luhn-checked) fake Swedish personnummer */
  personnummer(): string;
  /** a valid (mod-11-checked) fake Norwegian fødselsnummer */
  fodselsnummer(): string;
  /** a valid (mod-31-checked) fake Finnish personbeteckning */
  personbeteckning(): string;
  /** a phone number in the language's national format (fictional ranges where they exist) */
  phone(): string;
}

/** Templates for one functionality in one language; every present slot is expanded over its targets. */
export interface TemplateSet {
  group?: T<GroupTarget>;
  nonProtected?: T<GroupTarget>;
  employee?: T<PersonTarget>;
  politician?: T<PersonTarget>;
  staff?: T<NounTarget>;
  building?: T<NounTarget>;
  city?: T<NounTarget>;
  object?: T<NounTarget>;
  slur?: T<SlurTarget>;
  role?: T<string>;
  fixed?: readonly Out[];
  /** free generator, called once with a seeded context */
  gen?: (ctx: GenCtx) => readonly Out[];
}

export type LangTemplates = Readonly<Record<string, TemplateSet>>;

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Template } from 'adaptivecards-templating';
import { Activity, CardFactory, MessageFactory } from 'botbuilder';
import type { Recipient } from '../domain/routing';
import type { OutboxTarget } from '../jobs/outbox';

/** An Adaptive Card as JSON. */
export type Card = Record<string, unknown>;

function findCardsDir(): string {
  // Works from src/teams (tsx, ts-jest) and from dist/src/teams (compiled) alike.
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'cards');
    if (existsSync(path.join(candidate, 'schedule.json'))) return candidate;
  }
  throw new Error(`cards/ not found above ${__dirname}`);
}

let cardsDir: string | undefined;
const templates = new Map<string, Template>();

/**
 * The template `cards/<name>.json`, read and parsed the first time it is asked for and kept: parsing
 * compiles every `${…}` with the expression parser (most of a millisecond per expression), binding does
 * not. One template at a time, so that the first card a turn shows does not wait for all the others.
 */
function templateOf(name: string): Template {
  let template = templates.get(name);
  if (template) return template;
  cardsDir ??= findCardsDir();
  const file = path.join(cardsDir, `${name}.json`);
  // A name is a file in cards/, never a path: `renderCard('../x')` finds nothing.
  if (!/^[a-z0-9-]+$/.test(name) || !existsSync(file)) throw new Error(`No card template named ${name}`);
  template = new Template(JSON.parse(readFileSync(file, 'utf8')));
  templates.set(name, template);
  return template;
}

/** The names of the templates in `cards/`. */
export function cardNames(): string[] {
  cardsDir ??= findCardsDir();
  return readdirSync(cardsDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
}

/** How many templates have been parsed so far (each once). */
export function parsedCardCount(): number {
  return templates.size;
}

/** Binds `data` to the template `cards/<name>.json`. */
export function renderCard(name: string, data: object): Card {
  return templateOf(name).expand({ $root: data }) as Card;
}

/** How a notice on a card feels; one colour for each, the same on every card. */
export type Tone = 'good' | 'warning' | 'attention';

/**
 * The text colours cards use on their default (white or dark) background. Not `Warning`: Teams draws it
 * yellow, which cannot be read on white; a warning is said in `Accent` (or in a `warning`-style container).
 */
export type TextColor = 'Default' | 'Accent' | 'Good' | 'Attention';

/** The Adaptive Card colour of a tone (attention when there is none). */
export function toneColor(tone: Tone | undefined): TextColor {
  return tone === 'good' ? 'Good' : tone === 'warning' ? 'Accent' : 'Attention';
}

/**
 * A link we may put on a button: an `https://` address on LinkedIn (www.linkedin.com, linkedin.com,
 * lnkd.in), normalised; '' for anything else (`javascript:`, other hosts, garbage), so the button is left out.
 * Comment and post links come from editors' forms and from LinkedIn: never trusted as they are.
 */
export function linkedInLink(url: string | null | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url.trim());
    const host = u.hostname.toLowerCase();
    if (u.protocol !== 'https:' || u.username || u.password || u.port) return '';
    if (!['www.linkedin.com', 'linkedin.com', 'lnkd.in'].includes(host)) return '';
    return u.toString();
  } catch {
    return '';
  }
}

/** A message carrying one Adaptive Card. */
export function cardActivity(card: Card): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/**
 * One outbox message per superadmin (but `except`), keyed `<key>:<admin>`: for notices that only the
 * superadmins can act on (a stale job, LinkedIn access, a person who could not be reached, a lost message).
 */
export function toSuperadmins(superadmins: readonly string[], key: string, card: Card, except?: string): { key: string; target: { kind: 'user'; userId: string }; activity: Partial<Activity> }[] {
  const activity = cardActivity(card);
  return superadmins.filter((a) => a !== except).map((admin) => ({ key: `${key}:${admin}`, target: { kind: 'user' as const, userId: admin }, activity }));
}


/** A routing decision (domain/routing.ts) as an outbox target. */
export function toTarget(r: Recipient): OutboxTarget {
  if (r.to === 'channel') return r.conversationId ? { kind: 'conversation', conversationId: r.conversationId } : { kind: 'channel' };
  if (r.standIn) return { kind: 'user', userId: r.userId };
  return { kind: 'user', userId: r.userId, name: r.name, fallback: r.fallbackToChannel ? 'channel' : undefined };
}

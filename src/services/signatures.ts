import { z } from 'zod';
import type { Clock } from '../domain/clock';
import { setting, SettingsRepository } from '../store/settings';

/** A reply signed as the guidelines ask: "…\n\nVänliga hälsningar, Louise, kommunikatör" (first name, then the title if any). */
export function signedReply(text: string, name: string, title: string): string {
  const firstName = name.trim().split(/\s+/)[0];
  return `${text.trim()}\n\nVänliga hälsningar, ${firstName}${title.trim() ? `, ${title.trim()}` : ''}`;
}

/** An editor's title under replies posted as the page ("Vänliga hälsningar, Louise, kommunikatör"). */
const signatureTitle = (userId: string) => setting(`signature_title:${userId}`, z.string());

/** The titles editors sign their replies with, remembered from their last reply. */
export class SignatureTitles {
  constructor(private readonly deps: { settings: SettingsRepository; clock: Clock }) {}

  /** The person's title, or '' when they have not given one. */
  async of(userId: string): Promise<string> {
    return (await this.deps.settings.read(signatureTitle(userId))) ?? '';
  }

  /** Remembers the person's title. */
  async remember(userId: string, title: string): Promise<void> {
    await this.deps.settings.write(signatureTitle(userId), title, this.deps.clock.now());
  }
}

import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import { z } from 'zod';
import { setting, SettingsRepository } from '../store/settings';

const KEY = setting('sav_channel', z.string());
const TEAM_KEY = setting('sav_channel_team', z.string().nullable());
const NAME_KEY = setting('sav_channel_name', z.string().max(256));

/** Teams gives a thread's conversation id as "<channel id>;messageid=<n>"; the channel itself is the part before. */
export function channelOf(conversationId: string): string {
  return conversationId.split(';')[0];
}

/** The SAV channel: `SAV_CHANNEL_ID`, or where the bot was installed in the team, or the first channel it heard from there. */
export class SavChannel {
  constructor(
    private readonly config: Config,
    private readonly settings: SettingsRepository,
    private readonly clock: Clock,
  ) {}

  /** The channel's conversation id, or null when the bot has not been in a channel yet. */
  async conversationId(): Promise<string | null> {
    return this.config.SAV_CHANNEL_ID ?? (await this.settings.read(KEY));
  }

  /**
   * Remembers a channel of the SAV team (any team when `SAV_TEAM_ID` is unset): an install always, an
   * ordinary activity only when no channel is known yet. True when this made it the SAV channel.
   */
  async remember(conversationId: string, teamId: string | null, installed: boolean): Promise<boolean> {
    if (this.config.SAV_TEAM_ID && teamId !== this.config.SAV_TEAM_ID) return false;
    const id = channelOf(conversationId);
    const now = this.clock.now();
    if (await this.settings.writeIfAbsent(KEY, id, now)) {
      await this.settings.write(TEAM_KEY, teamId, now);
      return true;
    }
    if (!installed) return false;
    // An install moves the channel only within the SAV team: being added to some other team must not
    // carry the SAV network's reminders and cases there (with SAV_TEAM_ID unset, the first team is it).
    const knownTeam = await this.settings.read(TEAM_KEY);
    if (knownTeam && teamId !== knownTeam) return false;
    await this.settings.write(KEY, id, now);
    await this.settings.write(TEAM_KEY, teamId, now);
    return true;
  }

  /** The channel's name as Teams last gave it (in a channel event or an activity's channelData); null when never given. */
  async name(): Promise<string | null> {
    return this.settings.read(NAME_KEY);
  }

  /** Remembers the name Teams gave a channel, when it is the SAV channel. */
  async rememberName(conversationId: string, name: string): Promise<void> {
    const id = channelOf(conversationId);
    if ((await this.conversationId()) !== id || !name.trim()) return;
    if ((await this.settings.read(NAME_KEY)) !== name.trim()) await this.settings.write(NAME_KEY, name.trim().slice(0, 256), this.clock.now());
  }

  /** The bot was removed from the team of this channel: no channel is known until it is added again. */
  async forget(conversationId: string): Promise<void> {
    if ((await this.settings.read(KEY)) !== channelOf(conversationId)) return;
    await this.settings.delete(KEY);
    await this.settings.delete(TEAM_KEY);
    await this.settings.delete(NAME_KEY);
  }
}

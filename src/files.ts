import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from './domain/clock';
import { z } from 'zod';
import { setting, SettingsRepository } from './store/settings';

const SECRET_KEY = setting('file_link_secret', z.string());
const LINK_LIFETIME_MS = 7 * 86_400_000;

/**
 * Signed download links for files the bot keeps (registration e-mails, hand-over material, audit exports):
 * Teams cards can only open URLs, so the link itself carries an expiry and an HMAC.
 */
export class FileLinks {
  private secret: Buffer | null = null;

  constructor(
    private readonly opts: { baseUrl: string; configuredSecret?: string; settings: SettingsRepository; clock: Clock },
  ) {}

  /** A link to `fileId`, valid for seven days. */
  async link(fileId: string): Promise<string> {
    const exp = this.opts.clock.now().getTime() + LINK_LIFETIME_MS;
    return `${this.opts.baseUrl.replace(/\/$/, '')}/api/files/${fileId}?exp=${exp}&sig=${await this.sign(fileId, exp)}`;
  }

  /** True when the signature matches and the link has not expired. */
  async verify(fileId: string, exp: string | null, sig: string | null): Promise<boolean> {
    const expiry = Number(exp);
    if (!exp || !sig || !Number.isFinite(expiry) || expiry < this.opts.clock.now().getTime()) return false;
    const expected = Buffer.from(await this.sign(fileId, expiry), 'hex');
    const given = Buffer.from(sig, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private async sign(fileId: string, exp: number): Promise<string> {
    return createHmac('sha256', await this.key()).update(`${fileId}.${exp}`).digest('hex');
  }

  /** The configured secret, or one made once and kept in the database so links survive restarts. */
  private async key(): Promise<Buffer> {
    if (this.secret) return this.secret;
    if (this.opts.configuredSecret) return (this.secret = Buffer.from(this.opts.configuredSecret));
    await this.opts.settings.writeIfAbsent(SECRET_KEY, randomBytes(32).toString('hex'), this.opts.clock.now());
    this.secret = Buffer.from((await this.opts.settings.read(SECRET_KEY))!, 'hex');
    return this.secret;
  }
}

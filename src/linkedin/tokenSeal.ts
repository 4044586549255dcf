/**
 * Tokens at rest: AES-256-GCM with a key from the configuration (TOKEN_ENCRYPTION_KEY, 32 bytes base64).
 * One AEAD call from node:crypto; a sealed value is `v1.<iv>.<tag>.<ciphertext>` in base64url, so a
 * database dump or a backup holds nothing usable without the key, and a tampered value does not open.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;

/** Where the key came from: `configured`, or `development` (derived from a fixed phrase: not secret). */
export type KeySource = 'configured' | 'development';

/** Seals and opens tokens with one key. */
export class TokenSeal {
  private constructor(
    private readonly key: Buffer,
    /** Whether the key is the configured one or the development stand-in. */
    readonly source: KeySource,
  ) {}

  /**
   * The seal for a configured key (base64 of 32 bytes); without one, a development key derived from a
   * fixed phrase, flagged as such (production refuses to connect a page with it).
   */
  static fromConfig(base64Key: string | undefined): TokenSeal {
    if (!base64Key) return new TokenSeal(createHash('sha256').update('sav-boten development token key, not secret').digest(), 'development');
    const key = Buffer.from(base64Key, 'base64');
    if (key.length !== 32) throw new Error('TOKEN_ENCRYPTION_KEY must be 32 bytes, base64-encoded (e.g. openssl rand -base64 32)');
    return new TokenSeal(key, 'configured');
  }

  /** Encrypts a token; each call uses a fresh IV. */
  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  /** Decrypts a sealed token; null when it was sealed with another key or altered. */
  open(sealed: string): string | null {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || data === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}

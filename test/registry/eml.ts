/**
 * A small RFC 5322 / MIME reader for tests: enough to check what the bot's mails say without trusting the library
 * that wrote them. Handles folded headers, RFC 2047 encoded words, multipart bodies, quoted-printable and base64.
 */
export interface ParsedPart {
  /** Header names in lower case, values unfolded and decoded. */
  headers: Map<string, string>;
  /** The decoded body of a leaf part (UTF-8); empty for a multipart. */
  text: string;
  /** The leaf parts, in order (the part itself when it is not multipart). */
  leaves: ParsedPart[];
}

function decodeQuotedPrintable(s: string): Buffer {
  const soft = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], 'latin1'));
    }
  }
  return Buffer.from(bytes);
}

/** Decodes RFC 2047 encoded words; whitespace between two adjacent encoded words is dropped. */
export function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

function param(header: string | undefined, name: string): string | undefined {
  const m = new RegExp(`${name}="?([^";]+)"?`, 'i').exec(header ?? '');
  return m?.[1];
}

/** Parses a message (or a part of one). */
export function parseEml(raw: Buffer | string): ParsedPart {
  const s = typeof raw === 'string' ? raw : raw.toString('latin1');
  const split = s.search(/\r?\n\r?\n/);
  const head = split < 0 ? s : s.slice(0, split);
  const body = split < 0 ? '' : s.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8')));
  }
  const type = headers.get('content-type') ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = param(type, 'boundary')!;
    const parts = body.split(`--${boundary}`).slice(1).filter((p) => !p.startsWith('--'));
    const children = parts.map((p) => parseEml(p.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
    return { headers, text: '', leaves: children.flatMap((c) => c.leaves) };
  }
  const cte = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes = cte === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : cte === 'quoted-printable' ? decodeQuotedPrintable(body) : Buffer.from(body, 'latin1');
  const part: ParsedPart = { headers, text: bytes.toString('utf8'), leaves: [] };
  part.leaves.push(part);
  return part;
}

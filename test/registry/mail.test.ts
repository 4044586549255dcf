import { createServer, AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerAddress } from 'smtp-server';
import { composeEml, handoverMail, RegistrationMail, registrationMail, SmtpMailer } from '../../src/registry/mail';
import { verifyEvidence } from '../../src/domain/evidence';
import { sampleRecord } from './fixtures';
import { parseEml } from './eml';

const ZONE = 'Europe/Stockholm';
const FROM = 'SAV-boten <sav-boten@helsingborg.se>';
const REGISTRY = 'kommunstyrelsen@helsingborg.se';

function registration(): RegistrationMail {
  return registrationMail({
    evidence: sampleRecord(),
    decision: 'Kommentaren togs bort och skribenten blockerades.',
    decidedByName: 'Åsa Öberg, superadmin',
    decidedAt: new Date('2026-12-03T13:15:00Z'),
    to: REGISTRY,
    from: FROM,
    timeZone: ZONE,
    caseId: 'mod-2026-0042',
  });
}

/** What a test SMTP server received. */
interface Received {
  from: string;
  to: string[];
  raw: Buffer;
}

/** A plain SMTP server on 127.0.0.1 (no TLS, no auth) that keeps what it receives; `reject` may refuse a recipient or the message. */
async function startSmtp(reject: { rcpt?: (address: string) => number | undefined; data?: number } = {}) {
  const received: Received[] = [];
  const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const code = reject.rcpt?.(address.address);
      callback(code ? smtpError(code, code >= 500 ? 'Mailbox unavailable' : 'Try again later') : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (reject.data) return callback(smtpError(reject.data, reject.data >= 500 ? 'Rejected' : 'Greylisted, try again later'));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe('composeEml', () => {
  test('gives an RFC 5322 message with From, To, Subject, Date, Message-ID and MIME-Version', async () => {
    const mail = registration();
    const eml = await composeEml(mail);
    const msg = parseEml(eml);
    expect(msg.headers.get('from')).toBe('"SAV-boten" <sav-boten@helsingborg.se>');
    expect(msg.headers.get('to')).toBe(REGISTRY);
    expect(msg.headers.get('subject')).toBe('Borttagen kommentar på LinkedIn – hot – torsdag 3 december 2026 kl. 14:15');
    expect(new Date(msg.headers.get('date')!).toISOString()).toBe('2026-12-03T13:15:00.000Z');
    expect(msg.headers.get('message-id')).toBe('<registrering.mod-2026-0042.ev-42@helsingborg.se>');
    expect(msg.headers.get('mime-version')).toBe('1.0');
  });

  test('is 7-bit clean on the wire, with lines of at most 998 characters and CRLF line ends', async () => {
    const eml = await composeEml(registration());
    expect([...eml].every((b) => b < 128)).toBe(true);
    const lines = eml.toString('latin1').split('\r\n');
    expect(lines.every((l) => l.length <= 998 && !l.includes('\n'))).toBe(true);
  });

  test('keeps å, ä, ö and emoji in the body and the attached evidence', async () => {
    const mail = registration();
    const msg = parseEml(await composeEml(mail));
    const [body, attachment] = msg.leaves;
    expect(body.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
    // Line ends are CRLF in the message, as RFC 5322 wants.
    expect(body.text.replace(/\r\n/g, '\n')).toBe(mail.text);
    expect(body.text).toContain('> Ni på förvaltningen ska få se vad som händer när jag hittar er 😡');
    expect(body.text).toContain('Beslutat av: Åsa Öberg, superadmin');
    expect(attachment.headers.get('content-disposition')).toMatch(/attachment; filename="?bevis-ev-42\.txt"?/);
    expect(attachment.text.replace(/\r\n/g, '\n')).toBe(mail.attachments![0].content);
  });

  test('leaves out To for a hand-over, which the person forwarding it addresses', async () => {
    const msg = parseEml(await composeEml(handoverMail({
      evidence: sampleRecord(), to: 'police', from: FROM, preparedByName: 'Louise Lärka', at: new Date('2026-12-03T14:00:00Z'), timeZone: ZONE, caseId: 'mod-2026-0042',
    })));
    expect(msg.headers.has('to')).toBe(false);
    expect(msg.headers.get('x-unsent')).toBe('1');
    expect(msg.headers.get('subject')).toBe('Underlag för polisanmälan – hot i kommentar på LinkedIn – torsdag 3 december 2026 kl. 15:00');
  });
});

describe('registration mail', () => {
  const mail = registration();
  const evidence = sampleRecord();

  test('goes to the registry with the decision, who decided and when', () => {
    expect(mail.to).toBe(REGISTRY);
    expect(mail.text).toContain('Ärende: mod-2026-0042');
    expect(mail.text).toContain('Beslut: Kommentaren togs bort och skribenten blockerades.');
    expect(mail.text).toContain('Beslutat av: Åsa Öberg, superadmin');
    expect(mail.text).toContain('Beslutat: torsdag 3 december 2026 kl. 14:15');
  });

  test('carries the evidence with its hash, in the body and as an attached .txt', () => {
    expect(mail.text).toContain(`Kontrollsumma (SHA-256): ${evidence.hash}`);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments![0]).toMatchObject({ filename: 'bevis-ev-42.txt', contentType: 'text/plain; charset=utf-8' });
    expect(mail.attachments![0].content).toContain(evidence.hash);
    expect(verifyEvidence(evidence, evidence.hash)).toBe(true);
  });

  test('has the same Message-ID every time it is built for the case, so a resend can be recognised', () => {
    expect(registration().messageId).toBe(mail.messageId);
  });
});

describe('hand-over mail', () => {
  const base = { evidence: sampleRecord(), from: FROM, preparedByName: 'Louise Lärka', at: new Date('2026-12-03T14:00:00Z'), timeZone: ZONE, caseId: 'mod-2026-0042' };

  test('for the police asks them to take up a report and carries the evidence', () => {
    const m = handoverMail({ ...base, to: 'police' });
    expect(m.text.startsWith('Till polisen\n')).toBe(true);
    expect(m.text).toContain('olaga hot');
    expect(m.text).toContain('Sammanställt av: Louise Lärka, Helsingborgs stad');
    expect(m.text).toContain(`Kontrollsumma (SHA-256): ${base.evidence.hash}`);
    expect(m.attachments![0].content).toContain(base.evidence.hash);
  });

  test('for occupational safety asks for a risk assessment and carries the evidence', () => {
    const m = handoverMail({ ...base, to: 'occupational-safety' });
    expect(m.subject).toBe('Underlag till arbetarskyddschefen – hot i kommentar på LinkedIn – torsdag 3 december 2026 kl. 15:00');
    expect(m.text).toContain('bedöma risken');
    expect(m.text).toContain('Arbetsmiljöverket');
    expect(m.text).toContain('> Åke vet var ni bor.');
    expect(m.messageId).not.toBe(handoverMail({ ...base, to: 'police' }).messageId);
  });
});

/** Sends `eml` to `to` through an {@link SmtpMailer} and a test SMTP server that may refuse; returns the outcome and what arrived. */
async function sendThroughServer(eml: Buffer, reject: Parameters<typeof startSmtp>[0] = {}, to = [REGISTRY]) {
  const smtp = await startSmtp(reject);
  const mailer = new SmtpMailer(smtp.url, { timeoutMs: 5000 });
  try {
    const outcome = await mailer.send({ from: 'sav-boten@helsingborg.se', to }, eml);
    return { outcome, received: smtp.received };
  } finally {
    mailer.close();
    await smtp.close();
  }
}

describe('SmtpMailer against a real SMTP server', () => {
  test('delivers the composed message unchanged; the server reads back subject, recipients and the hash', async () => {
    const mail = registration();
    const eml = await composeEml(mail);
    const { outcome, received } = await sendThroughServer(eml);

    expect(outcome).toMatchObject({ ok: true, messageId: '<registrering.mod-2026-0042.ev-42@helsingborg.se>' });
    expect(outcome.ok && outcome.response).toMatch(/^250/);
    expect(received).toHaveLength(1);
    const [got] = received;
    expect(got.from).toBe('sav-boten@helsingborg.se');
    expect(got.to).toEqual([REGISTRY]);
    const msg = parseEml(got.raw);
    expect(msg.headers.get('subject')).toBe(mail.subject);
    expect(msg.headers.get('to')).toBe(REGISTRY);
    expect(msg.leaves[0].text).toContain(`Kontrollsumma (SHA-256): ${sampleRecord().hash}`);
    expect(msg.leaves[0].text).toContain('😡');
    // The server got the bytes that are offered for download.
    expect(got.raw.toString('latin1').replace(/\r\n$/, '')).toBe(eml.toString('latin1').replace(/\r\n$/, ''));
  });

  test('a 451 reply to the message is a transient failure', async () => {
    const { outcome, received } = await sendThroughServer(await composeEml(registration()), { data: 451 });
    expect(outcome).toMatchObject({ ok: false, transient: true });
    expect(!outcome.ok && outcome.detail).toContain('451');
    expect(received).toHaveLength(0);
  });

  test('a 451 reply to the only recipient is a transient failure', async () => {
    const { outcome } = await sendThroughServer(await composeEml(registration()), { rcpt: () => 451 });
    expect(outcome).toMatchObject({ ok: false, transient: true });
  });

  test('a 550 reply to the only recipient is a permanent failure', async () => {
    const { outcome } = await sendThroughServer(await composeEml(registration()), { rcpt: () => 550 });
    expect(outcome).toMatchObject({ ok: false, transient: false });
    expect(!outcome.ok && outcome.detail).toContain('550');
  });

  test('a 550 reply to the message is a permanent failure', async () => {
    const { outcome } = await sendThroughServer(await composeEml(registration()), { data: 550 });
    expect(outcome).toMatchObject({ ok: false, transient: false });
  });

  test('one recipient refused out of two is not ok, and permanent when the refusal is', async () => {
    const refused = 'finns.inte@helsingborg.se';
    const { outcome, received } = await sendThroughServer(await composeEml(registration()), { rcpt: (a) => (a === refused ? 550 : undefined) }, [REGISTRY, refused]);
    expect(outcome).toMatchObject({ ok: false, transient: false });
    expect(!outcome.ok && outcome.detail).toContain(refused);
    expect(received.map((r) => r.to)).toEqual([[REGISTRY]]);
  });

  test('a closed port is a transient failure', async () => {
    const mailer = new SmtpMailer(`smtp://127.0.0.1:${await closedPort()}`, { timeoutMs: 2000 });
    try {
      const outcome = await mailer.send({ from: 'sav-boten@helsingborg.se', to: [REGISTRY] }, await composeEml(registration()));
      expect(outcome).toMatchObject({ ok: false, transient: true });
    } finally {
      mailer.close();
    }
  });
});

/**
 * The page a superadmin's browser lands on after signing in to LinkedIn (`GET /api/linkedin/callback`):
 * a short, polite HTML answer in Swedish and English, never carrying a code or a token.
 */
import type { CallbackOutcome, LinkedInConnection } from '../services/linkedinConnection';
import { expiryText } from '../teams/linkedin/connection';
import { t } from '../teams/messages';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(sv: string, en: string): string {
  const title = t('sv').linkedin.page.title;
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:Segoe UI,system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#242424}</style></head>
<body><h1>${escape(title)}</h1><p>${escape(sv)}</p><p lang="en">${escape(en)}</p></body></html>`;
}

/** The status and page for an outcome of the sign-in. */
export function callbackAnswer(outcome: CallbackOutcome, timeZone: string): { status: number; html: string } {
  const [sv, en] = [t('sv').linkedin.page, t('en').linkedin.page];
  if (outcome.ok) return { status: 200, html: page(sv.connected(expiryText(outcome.expiresAt, 'sv', timeZone)), en.connected(expiryText(outcome.expiresAt, 'en', timeZone))) };
  switch (outcome.reason) {
    case 'bad-state':
      return { status: 400, html: page(sv.badState, en.badState) };
    case 'denied':
      return { status: 200, html: page(sv.denied, en.denied) };
    case 'exchange-failed':
      return { status: 502, html: page(sv.failed, en.failed) };
    default:
      return { status: 400, html: page(sv.malformed, en.malformed) };
  }
}

/** What the server's callback route runs: the query in, the page out. */
export function linkedInCallback(connection: LinkedInConnection, timeZone: string) {
  return async (query: URLSearchParams): Promise<{ status: number; html: string; outcome: CallbackOutcome }> => {
    const outcome = await connection.complete({ state: query.get('state'), code: query.get('code'), error: query.get('error'), errorDescription: query.get('error_description') });
    return { ...callbackAnswer(outcome, timeZone), outcome };
  };
}

/**
 * Notices to the superadmins and the SAV channel about the bot's own trouble and about threats. They are
 * sent in Swedish today (`t('sv')`): there is no reader's conversation to take a language from.
 */
export const sv = {
  staleHeading: 'Ett återkommande jobb går inte',
  staleLine: (job: string, lastSuccess: string | null, error: string | null) => `${job}: ${lastSuccess ? `senast lyckad ${lastSuccess}` : 'har aldrig lyckats'}${error ? ` (${error})` : ''}`,
  staleTail: 'Boten försöker igen av sig själv. Se /status; loggen säger mer.',
  linkedInHeading: 'LinkedIn-kopplingen behöver åtgärdas',
  linkedInUnauthorized:
    'LinkedIn säger att åtkomsttoken har gått ut, har dragits tillbaka eller saknas. En superadministratör kopplar sidan igen med /koppla linkedin (och loggar in som sidadministratör).',
  linkedInForbidden:
    'LinkedIn säger att boten saknar behörighet. Kontrollera att kontot bakom token fortfarande är administratör för sidan och att appen har behörigheterna r_organization_social_feed och w_organization_social_feed.',
  linkedInVersion: (version: string) =>
    `LinkedIn svarar 426: API-versionen ${version} (huvudet LinkedIn-Version) är inte längre aktiv. Sätt LINKEDIN_VERSION till en aktuell månad (ÅÅÅÅMM, t.ex. en månad de senaste tolv; se LinkedIns versionslista) och starta om boten. Boten försöker igen vid varje hämtning.`,
  linkedInMeanwhile: (detail: string) => `Tills dess följer boten kommentarer som redaktörerna registrerar med /kommentar. (${detail})`,
  threatWaitingHeading: 'Ett hot väntar på kvittens',
  threatWaiting: (department: string | null, caseId: string) =>
    `En kommentar på LinkedIn har flaggats som hot${department ? ` (${department})` : ''} och ingen av mottagarna har kvitterat. Superadministratörer: se /ärenden. Ärende ${caseId}.`,
  nobodyReachedHeading: 'Ett hot har inte nått någon',
  nobodyReached: (department: string | null, caseId: string) =>
    `En kommentar på LinkedIn har flaggats som hot${department ? ` (${department})` : ''}, men kortet har inte nått någon av mottagarna. Kontrollera att SAV-boten är installerad för superadministratörer och chefer (se /status), och se ärendet med /ärenden. Ärende ${caseId}.`,
  removedForInfo: 'För kännedom: en kommentar har tagits bort och registrerats.',
  undeliveredHeading: 'Ett meddelande kunde inte levereras',
  undelivered: (what: string, where: string, attempts: number, hours: number, status: string, detail: string, key: string) =>
    `Boten har gett upp ${what} till ${where} efter ${attempts} försök under ${hours} timmar. Teams svarade senast ${status}: ${detail}\n\nSe /status. (${key})`,
  theChannel: 'SAV-kanalen',
  theConversation: (id: string) => `konversationen ${id}`,
  messageKinds: {
    reminder: 'en påminnelse om en obesvarad fråga',
    refresh: 'en uppdatering av ett påminnelsekort',
    case: 'ett ärendekort',
    'case-refresh': 'en uppdatering av ett ärendekort',
    'case-removed': 'ett besked om en borttagen kommentar',
    'case-alert': 'en varning om ett hotärende',
    match: 'en fråga om vilket inlägg som är vilket',
    welcome: 'ett välkomstmeddelande',
    'linkedin-access': 'en varning om LinkedIn-kopplingen',
    'linkedin-expiry': 'en påminnelse om att LinkedIn-kopplingen går ut',
    'linkedin-connected': 'ett besked om att LinkedIn-sidan kopplats',
    'linkedin-refresh-failed': 'en varning om att LinkedIn-token inte förnyades',
    stale: 'en varning om ett återkommande jobb',
    schedule: 'ett schemakort',
    archive: 'länkarna till halvårsarkivet',
    'weekly-note': 'veckans påminnelse om ett obokat schema',
    'weekly-note-update': 'en uppdatering av veckans påminnelse',
    'day-before': 'en påminnelse dagen före ett inlägg',
    unbooked: 'en fråga om ett inlägg utan bokning',
    'unbooked-update': 'en uppdatering av en fråga om ett inlägg utan bokning',
  } as Record<string, string>,
  aMessage: (kind: string) => `ett meddelande (${kind})`,
};

export const en = {
  staleHeading: 'A recurring job is not running',
  staleLine: (job: string, lastSuccess: string | null, error: string | null) => `${job}: ${lastSuccess ? `last success ${lastSuccess}` : 'has never succeeded'}${error ? ` (${error})` : ''}`,
  staleTail: 'The bot tries again by itself. See /status; the log says more.',
  linkedInHeading: 'The LinkedIn connection needs attention',
  linkedInUnauthorized: 'LinkedIn says the access token has expired, been revoked or is missing. A superadmin connects the page again with /connect linkedin (signing in as a page administrator).',
  linkedInForbidden:
    'LinkedIn says the bot lacks permission. Check that the account behind the token is still an administrator of the page and that the app has the permissions r_organization_social_feed and w_organization_social_feed.',
  linkedInVersion: (version: string) =>
    `LinkedIn answers 426: the API version ${version} (the LinkedIn-Version header) is no longer active. Set LINKEDIN_VERSION to a current month (YYYYMM, e.g. one of the last twelve; see LinkedIn's version list) and restart the bot. The bot tries again at every poll.`,
  linkedInMeanwhile: (detail: string) => `Until then the bot follows comments that editors register with /comment. (${detail})`,
  threatWaitingHeading: 'A threat waits for acknowledgement',
  threatWaiting: (department: string | null, caseId: string) =>
    `A comment on LinkedIn has been flagged as a threat${department ? ` (${department})` : ''} and none of the recipients has acknowledged it. Superadmins: see /escalations. Case ${caseId}.`,
  nobodyReachedHeading: 'A threat has reached nobody',
  nobodyReached: (department: string | null, caseId: string) =>
    `A comment on LinkedIn has been flagged as a threat${department ? ` (${department})` : ''}, but the card has reached none of the recipients. Check that SAV-boten is installed for the superadmins and managers (see /status), and see the case with /escalations. Case ${caseId}.`,
  removedForInfo: 'For your information: a comment has been removed and registered.',
  undeliveredHeading: 'A message could not be delivered',
  undelivered: (what: string, where: string, attempts: number, hours: number, status: string, detail: string, key: string) =>
    `The bot has given up ${what} to ${where} after ${attempts} attempts over ${hours} hours. Teams last answered ${status}: ${detail}\n\nSee /status. (${key})`,
  theChannel: 'the SAV channel',
  theConversation: (id: string) => `the conversation ${id}`,
  messageKinds: {
    reminder: 'a reminder about an unanswered question',
    refresh: 'an update of a reminder card',
    case: 'a case card',
    'case-refresh': 'an update of a case card',
    'case-removed': 'a notice about a removed comment',
    'case-alert': 'a warning about a threat case',
    match: 'a question about which post is which',
    welcome: 'a welcome message',
    'linkedin-access': 'a warning about the LinkedIn connection',
    'linkedin-expiry': 'a reminder that the LinkedIn connection ends',
    'linkedin-connected': 'a notice that the LinkedIn page was connected',
    'linkedin-refresh-failed': 'a warning that the LinkedIn token was not renewed',
    stale: 'a warning about a recurring job',
    schedule: 'a schedule card',
    archive: 'the links to the half-year archive',
    'weekly-note': 'the weekly note about an unbooked week',
    'weekly-note-update': 'an update of the weekly note',
    'day-before': 'a reminder the day before a post',
    unbooked: 'a question about a post without a booking',
    'unbooked-update': 'an update of a question about a post without a booking',
  },
  aMessage: (kind: string) => `a message (${kind})`,
} satisfies typeof sv;

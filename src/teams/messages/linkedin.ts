/** Connecting the LinkedIn page from Teams (/koppla linkedin), the token's expiry, and the sign-in's web page. */
export const sv = {
  connectUsage:
    'Skriv /koppla linkedin för att koppla stadens LinkedIn-sida till boten. En undersida (showcase-sida) kopplas med /koppla linkedin <organisations-id> <namn>, skrivet i den Teams-kanal dit sidans påminnelser ska gå, t.ex. /koppla linkedin 12345678 Helsingborg Näringsliv.',
  onlySuperadmins: 'Bara superadministratörer kan koppla LinkedIn-sidan.',
  notConfigured: (missing: string[]) =>
    `LinkedIn kan inte kopplas än. Sätt ${missing.join(', ')} i bottens miljö (se README, avsnittet om LinkedIn) och starta om boten.`,
  signInHeading: 'Koppla LinkedIn-sidan',
  signIn: (minutes: number) =>
    `Logga in på LinkedIn med ett konto som är administratör för sidan och godkänn boten. Länken gäller i ${minutes} minuter och bara för dig. Boten sparar token krypterad och säger till innan den går ut.`,
  signInButton: 'Logga in på LinkedIn',
  connectedHeading: 'LinkedIn-sidan är kopplad',
  connected: (by: string, until: string, refreshable: boolean) =>
    `${by} kopplade LinkedIn-sidan. Token är giltig till ${until}.${refreshable ? ' Boten förnyar den själv.' : ' LinkedIn ger ingen förnyelsetoken: boten påminner er 14, 7 och 1 dag innan, så att någon kopplar igen med /koppla linkedin.'}`,
  someone: 'En superadministratör',
  expiringHeading: (days: number) => (days === 1 ? 'LinkedIn-kopplingen går ut i morgon' : `LinkedIn-kopplingen går ut om ${days} dagar`),
  expiring: (until: string) =>
    `Kopplingen till LinkedIn-sidan gäller till ${until}. Koppla igen med /koppla linkedin innan dess (en sidadministratör loggar in), annars slutar boten att hämta kommentarer. Redaktörerna kan alltid registrera kommentarer med /kommentar.`,
  refreshFailedHeading: 'LinkedIn förnyade inte token',
  refreshFailed: (until: string | null, detail: string) =>
    `LinkedIn vägrade förnya åtkomsttoken (${detail}). ${until ? `Den nuvarande gäller till ${until}. ` : ''}Koppla igen med /koppla linkedin.`,
  tokenValidUntil: 'LinkedIn-token giltig till',
  tokenRenewed: '(förnyas automatiskt)',
  tokenFromEnvironment: 'okänt (token från LINKEDIN_ACCESS_TOKEN; koppla med /koppla linkedin för att se utgången)',
  tokenNone: 'ingen token: koppla med /koppla linkedin',
  page: {
    title: 'SAV-boten och LinkedIn',
    connected: (until: string) => `LinkedIn-sidan är kopplad till SAV-boten. Token är giltig till ${until}. Du kan stänga fönstret och gå tillbaka till Teams.`,
    badState: 'Länken har redan använts eller gått ut (den gäller i tio minuter). Skriv /koppla linkedin i Teams för att få en ny.',
    denied: 'Inloggningen avbröts på LinkedIn, så ingenting har ändrats. Skriv /koppla linkedin i Teams för att försöka igen.',
    failed: 'LinkedIn gav inte boten någon token, så ingenting har ändrats. Försök igen om en stund med /koppla linkedin; står det still, se bottens logg.',
    malformed: 'Svaret från LinkedIn saknade uppgifter, så ingenting har ändrats. Skriv /koppla linkedin i Teams för att försöka igen.',
  },
};

export const en: typeof sv = {
  connectUsage:
    "Write /connect linkedin to connect the city's LinkedIn page to the bot. A showcase page is connected with /connect linkedin <organization id> <name>, written in the Teams channel its reminders should go to, e.g. /connect linkedin 12345678 Helsingborg Business.",
  onlySuperadmins: 'Only superadmins can connect the LinkedIn page.',
  notConfigured: (missing: string[]) => `LinkedIn cannot be connected yet. Set ${missing.join(', ')} in the bot's environment (see the README, the LinkedIn section) and restart the bot.`,
  signInHeading: 'Connect the LinkedIn page',
  signIn: (minutes: number) =>
    `Sign in to LinkedIn with an account that administers the page and approve the bot. The link works for ${minutes} minutes and only for you. The bot keeps the token encrypted and tells you before it expires.`,
  signInButton: 'Sign in to LinkedIn',
  connectedHeading: 'The LinkedIn page is connected',
  connected: (by: string, until: string, refreshable: boolean) =>
    `${by} connected the LinkedIn page. The token is valid until ${until}.${refreshable ? ' The bot renews it by itself.' : ' LinkedIn grants no refresh token: the bot reminds you 14, 7 and 1 days before, so that someone connects again with /connect linkedin.'}`,
  someone: 'A superadmin',
  expiringHeading: (days: number) => (days === 1 ? 'The LinkedIn connection ends tomorrow' : `The LinkedIn connection ends in ${days} days`),
  expiring: (until: string) =>
    `The connection to the LinkedIn page is valid until ${until}. Connect again with /connect linkedin before then (a page administrator signs in), or the bot stops reading comments. Editors can always register comments with /comment.`,
  refreshFailedHeading: 'LinkedIn did not renew the token',
  refreshFailed: (until: string | null, detail: string) =>
    `LinkedIn refused to renew the access token (${detail}). ${until ? `The current one is valid until ${until}. ` : ''}Connect again with /connect linkedin.`,
  tokenValidUntil: 'LinkedIn token valid until',
  tokenRenewed: '(renewed automatically)',
  tokenFromEnvironment: 'unknown (token from LINKEDIN_ACCESS_TOKEN; connect with /connect linkedin to see its expiry)',
  tokenNone: 'no token: connect with /connect linkedin',
  page: {
    title: 'SAV-boten and LinkedIn',
    connected: (until: string) => `The LinkedIn page is connected to SAV-boten. The token is valid until ${until}. You can close this window and return to Teams.`,
    badState: 'The link has already been used or has expired (it works for ten minutes). Write /connect linkedin in Teams to get a new one.',
    denied: 'The sign-in was cancelled on LinkedIn, so nothing has changed. Write /connect linkedin in Teams to try again.',
    failed: 'LinkedIn gave the bot no token, so nothing has changed. Try again in a while with /connect linkedin; if it persists, see the bot\'s log.',
    malformed: 'The answer from LinkedIn lacked details, so nothing has changed. Write /connect linkedin in Teams to try again.',
  },
};

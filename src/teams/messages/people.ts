/** Installs and reach: the welcome, and what the bot says about people it could not reach. */
export const sv = {
  hello: 'Hej! Jag är SAV-boten. Skriv /hjälp så ser du vad jag kan.',
  welcome: {
    heading: 'Hej SAV-nätverket! Jag är SAV-boten',
    intro:
      'Jag håller ordning på stadens LinkedIn-sida åt er: bokar dagar i publiceringsschemat (ett inlägg om dagen), påminner om frågor i kommentarerna som ska besvaras inom en arbetsdag, och skickar hot, hat och personangrepp till superadministratörer och förvaltningens chef. En människa beslutar alltid, aldrig boten.',
    commandsHeading: 'Kommandon',
    setupHeading: 'Att ställa in (superadministratörer)',
    outro:
      'Installera också appen för teamets medlemmar (Teams admin center → Konfigurationsprinciper), så att påminnelser och hot når dem personligen. Skriv /hjälp när som helst.',
  },
  superadminsCount: (n: number) => `${n} ${n === 1 ? 'superadministratör' : 'superadministratörer'}`,
  superadminsMissing: 'Saknas: sätt SUPERADMINS (Entra-objekt-id, kommaseparerade) och starta om boten.',
  managers: 'Chefer',
  managersSet: (withManager: number, departments: number) => `${withManager} av ${departments} förvaltningar har en chef som får hot. Superadministratörer lägger till fler med /admin.`,
  linkedInConnected: 'Ansluten: boten följer sidans kommentarer.',
  linkedInNotConnected: 'Inte ansluten: redaktörerna registrerar kommentarer med /kommentar. Sätt LINKEDIN_ACCESS_TOKEN och LINKEDIN_ORGANIZATION_URN för att ansluta.',
  remedies: {
    'not-installed':
      'SAV-boten är inte installerad för personen. Installera appen för hen: Teams admin center → Teams-appar → Konfigurationsprinciper (lägg till SAV-boten under installerade appar), eller be hen lägga till SAV-boten under Appar i Teams.',
    blocked: 'Personen har blockerat SAV-boten i Teams. Be hen häva blockeringen i chatten med SAV-boten.',
    'left-team': 'Personen har lämnat SAV-teamet. Lägg till hen i teamet igen, eller ändra SUPERADMINS eller cheferna i /admin.',
    unknown: 'Teams känner inte igen personen. Kontrollera Entra-objekt-id:t i SUPERADMINS eller i /admin.',
    failed: 'Teams svarade med fel vid varje försök och boten har gett upp kortet.',
  },
  unreachable: {
    'not-installed': 'appen är inte installerad för hen',
    blocked: 'har blockerat boten',
    'left-team': 'har lämnat SAV-teamet',
    unknown: 'okänd för Teams',
    failed: 'utskicken misslyckades',
  },
  threatNotReachedHeading: (name: string) => `${name} nåddes inte av ett hotärende`,
  threatNotReached: (name: string, userId: string, status: string, remedy: string, caseId: string) =>
    `Ett ärende om ett hot på LinkedIn skulle gå till ${name} (${userId}) som personligt kort, men Teams tog inte emot det (${status}). ${remedy}\n\nÖvriga mottagare har fått kortet. Superadministratörer ser ärendet med /ärenden. Ärende ${caseId}.`,
};

export const en = {
  hello: "Hi! I'm SAV-boten. Type /help to see what I can do.",
  welcome: {
    heading: "Hello SAV network! I'm SAV-boten",
    intro:
      "I keep the city's LinkedIn page in order for you: I book days in the posting schedule (one post a day), remind you of questions in the comments that must be answered within one working day, and send threats, hate and personal attacks to the superadmins and the department's manager. A person always decides, never the bot.",
    commandsHeading: 'Commands',
    setupHeading: 'To set up (superadmins)',
    outro: "Also install the app for the team's members (Teams admin center → Setup policies), so that reminders and threats reach them personally. Type /help at any time.",
  },
  superadminsCount: (n: number) => `${n} ${n === 1 ? 'superadmin' : 'superadmins'}`,
  superadminsMissing: 'Missing: set SUPERADMINS (Entra object ids, comma-separated) and restart the bot.',
  managers: 'Managers',
  managersSet: (withManager: number, departments: number) => `${withManager} of ${departments} departments have a manager who gets threats. Superadmins add more with /admin.`,
  linkedInConnected: "Connected: the bot follows the page's comments.",
  linkedInNotConnected: 'Not connected: editors register comments with /comment. Set LINKEDIN_ACCESS_TOKEN and LINKEDIN_ORGANIZATION_URN to connect.',
  remedies: {
    'not-installed':
      'SAV-boten is not installed for this person. Install the app for them: Teams admin center → Teams apps → Setup policies (add SAV-boten to the installed apps), or ask them to add SAV-boten from Apps in Teams.',
    blocked: 'The person has blocked SAV-boten in Teams. Ask them to unblock it in their chat with SAV-boten.',
    'left-team': 'The person has left the SAV team. Add them to the team again, or change SUPERADMINS or the managers in /admin.',
    unknown: 'Teams does not know this person. Check the Entra object id in SUPERADMINS or in /admin.',
    failed: 'Teams answered with an error at every attempt and the bot has given the card up.',
  },
  unreachable: {
    'not-installed': 'the app is not installed for them',
    blocked: 'has blocked the bot',
    'left-team': 'has left the SAV team',
    unknown: 'unknown to Teams',
    failed: 'sends failed',
  },
  threatNotReachedHeading: (name: string) => `${name} was not reached with a threat case`,
  threatNotReached: (name: string, userId: string, status: string, remedy: string, caseId: string) =>
    `A case about a threat on LinkedIn was to reach ${name} (${userId}) as a personal card, but Teams did not take it (${status}). ${remedy}\n\nThe other recipients have the card. Superadmins see the case with /escalations. Case ${caseId}.`,
} satisfies typeof sv;

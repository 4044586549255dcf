import type { Lang } from '../domain/calendar';

/** Stands in an example for a day that /help fills in when it is shown, so that the example is never past. */
export const EXAMPLE_DAY = '{day}';

/** One row of /help: the command as written, what it does, an example. */
export type HelpRow = [command: string, what: string, example: string];

/**
 * A command: its name in each language (what /help, the menu and the bot's answers say), other names the
 * parser also accepts, its /help rows in both languages, and its entry in the manifest's command menu
 * (`menu` is its place there, with a description per language). The one table that /help, the parser
 * (teams/app.ts) and the manifest's `commandLists` (`npm run manifest:commands`) come from.
 */
export interface CommandSpec {
  id: CommandId;
  name: Record<Lang, string>;
  /** Further names the parser accepts: spellings without å/ä/ö, a command's other language. */
  aliases: string[];
  help: Record<Lang, HelpRow[]>;
  /** Its place in the manifest's command menu; none for commands only /help lists (the menu holds at most 12 commands). */
  menu?: { position: number; description: Record<Lang, string> };
}

export type CommandId = 'book' | 'schedule' | 'mine' | 'comment' | 'report' | 'evidence' | 'status' | 'escalations' | 'admin' | 'archive' | 'help' | 'questions' | 'away' | 'replies' | 'followup' | 'connect';

/** Every command, in the order /help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    id: 'book',
    name: { sv: 'boka', en: 'book' },
    aliases: [],
    help: {
      sv: [
        ['/boka', 'Boka en dag i LinkedIn-schemat med ett formulär.', '/boka'],
        ['/boka <datum> <rubrik>', 'Snabbokning av en ledig dag.', `/boka ${EXAMPLE_DAY} Möt vår nya undersköterska`],
      ],
      en: [
        ['/book', 'Book a day in the LinkedIn schedule with a form.', '/book'],
        ['/book <date> <title>', 'Quick booking of a free day.', `/book ${EXAMPLE_DAY} Meet our new nurse`],
      ],
    },
    menu: {
      position: 0,
      description: { sv: 'Boka en dag i LinkedIn-schemat, t.ex. boka 3 dec Möt vår nya undersköterska', en: 'Book a day in the LinkedIn schedule, e.g. book 3 Dec Meet our new nurse' },
    },
  },
  {
    id: 'schedule',
    name: { sv: 'schema', en: 'schedule' },
    aliases: ['schemat'],
    help: {
      sv: [['/schema', 'Visa schemat för de kommande fyra veckorna.', '/schema']],
      en: [['/schedule', 'Show the schedule for the coming four weeks.', '/schedule']],
    },
    menu: { position: 1, description: { sv: 'Visa LinkedIn-schemat för de kommande fyra veckorna, t.ex. schema', en: 'Show the LinkedIn schedule for the coming four weeks, e.g. schedule' } },
  },
  {
    id: 'mine',
    name: { sv: 'mina', en: 'mine' },
    aliases: [],
    help: {
      sv: [['/mina', 'Dina bokningar, med knappar för att flytta och avboka.', '/mina']],
      en: [['/mine', 'Your bookings, with buttons to move and cancel.', '/mine']],
    },
    menu: { position: 2, description: { sv: 'Visa dina bokningar och flytta eller avboka dem, t.ex. mina', en: 'Show your bookings and move or cancel them, e.g. mine' } },
  },
  {
    id: 'comment',
    name: { sv: 'kommentar', en: 'comment' },
    aliases: [],
    help: {
      sv: [['/kommentar', 'Registrera en kommentar du sett på LinkedIn, så följer boten upp den.', '/kommentar']],
      en: [['/comment', 'Register a comment you saw on LinkedIn, and the bot follows it up.', '/comment']],
    },
    menu: { position: 3, description: { sv: 'Registrera en LinkedIn-kommentar att följa upp, t.ex. kommentar <länk till kommentaren>', en: 'Register a LinkedIn comment to follow up, e.g. comment <link to the comment>' } },
  },
  {
    id: 'report',
    name: { sv: 'rapportera', en: 'report' },
    aliases: [],
    help: {
      sv: [['/rapportera', 'Rapportera en kommentar som bryter mot reglerna (hot, hat, personangrepp, spam, personuppgifter, ryktesspridning).', '/rapportera']],
      en: [['/report', 'Report a comment that breaks the rules (threat, hate, personal attack, spam, personal data, rumours).', '/report']],
    },
    menu: { position: 4, description: { sv: 'Anmäl en kommentar som bryter mot reglerna, t.ex. rapportera <länk till kommentaren>', en: 'Report a comment that breaks the rules, e.g. report <link to the comment>' } },
  },
  {
    id: 'evidence',
    name: { sv: 'bevis', en: 'evidence' },
    aliases: [],
    help: {
      sv: [['/bevis <id>', 'Visa ett bevis och kontrollera dess hash (superadministratörer och den som publicerade). Början av id:t räcker.', '/bevis 3f2b']],
      en: [['/evidence <id>', 'Show an evidence record and check its hash (superadmins and the publisher). The start of the id is enough.', '/evidence 3f2b']],
    },
    menu: { position: 7, description: { sv: 'Visa ett bevisunderlag, t.ex. bevis 3f2b', en: 'Show an evidence record, e.g. evidence 3f2b' } },
  },
  {
    id: 'status',
    name: { sv: 'status', en: 'status' },
    aliases: [],
    help: {
      sv: [['/status', 'Superadministratörer: LinkedIn-kopplingen, senaste och nästa hämtning, obesvarade frågor, misslyckade utskick, vilka boten inte når.', '/status']],
      en: [['/status', 'Superadmins: the LinkedIn connection, last and next poll, unanswered questions, failed sends, who the bot cannot reach.', '/status']],
    },
    menu: { position: 5, description: { sv: 'Superadministratörer: kopplingarnas hälsa, öppna frågor och misslyckade utskick, t.ex. status', en: 'Superadmins: the health of the connections, open questions and failed sends, e.g. status' } },
  },
  {
    id: 'escalations',
    name: { sv: 'ärenden', en: 'escalations' },
    aliases: ['arenden'],
    help: {
      sv: [['/ärenden', 'Superadministratörer: öppna och nya ärenden, och revisionsloggen som CSV.', '/ärenden']],
      en: [['/escalations', 'Superadmins: open and recent cases, and the audit as CSV.', '/escalations']],
    },
    menu: { position: 6, description: { sv: 'Superadministratörer: öppna ärenden om hot och moderering, t.ex. ärenden', en: 'Superadmins: open cases about threats and moderation, e.g. escalations' } },
  },
  {
    id: 'admin',
    name: { sv: 'admin', en: 'admin' },
    aliases: [],
    help: {
      sv: [['/admin', 'Superadministratörer: chefer per förvaltning, som får hot mot sin förvaltning.', '/admin']],
      en: [['/admin', 'Superadmins: managers per department, who get threats against their department.', '/admin']],
    },
  },
  {
    id: 'archive',
    name: { sv: 'arkiv', en: 'archive' },
    aliases: [],
    help: {
      sv: [['/arkiv [halvår]', 'Superadministratörer: halvårsarkivet av LinkedIn-sidan som PDF, CSV och JSON (görs av sig självt i januari och juli).', '/arkiv 2026H1']],
      en: [['/archive [half-year]', 'Superadmins: the half-year archive of the LinkedIn page as PDF, CSV and JSON (made by itself in January and July).', '/archive 2026H1']],
    },
  },
  {
    id: 'questions',
    name: { sv: 'frågor', en: 'questions' },
    aliases: ['fragor'],
    help: {
      sv: [['/frågor [mina|förvaltning|försenade]', 'Alla öppna frågor med inlägg, ägare, svarstid och vem som har dem nu, äldsta svarstid först.', '/frågor mina']],
      en: [['/questions [mine|department|overdue]', 'Every open question with its post, owner, deadline and who holds it now, oldest deadline first.', '/questions mine']],
    },
    menu: { position: 8, description: { sv: 'Öppna frågor och vem som har dem, t.ex. frågor mina', en: 'Open questions and who holds them, e.g. questions mine' } },
  },
  {
    id: 'away',
    name: { sv: 'ledig', en: 'away' },
    aliases: [],
    help: {
      sv: [
        ['/ledig <period> ersättare <namn>', 'Du är ledig: dina påminnelser går till ersättaren under tiden. Bara /ledig ger ett formulär; /ledig av avslutar.', '/ledig 1–28 juli ersättare Erik'],
        ['/ledig för <namn> <period> ersättare <namn>', 'Superadministratörer: lägg in ledighet åt någon annan.', '/ledig för Anna 1/7-28/7 ersättare Erik'],
      ],
      en: [
        ['/away <period> substitute <name>', 'You are away: your reminders go to the substitute meanwhile. Just /away gives a form; /away off ends it.', '/away 1–28 July substitute Erik'],
        ['/away for <name> <period> substitute <name>', 'Superadmins: set time away for someone else.', '/away for Anna 1/7-28/7 substitute Erik'],
      ],
    },
    menu: { position: 9, description: { sv: 'Ledighet och ersättare för dina påminnelser, t.ex. ledig 1–28 juli ersättare Erik', en: 'Time away and a substitute for your reminders, e.g. away 1–28 July substitute Erik' } },
  },
  {
    id: 'replies',
    name: { sv: 'svar', en: 'replies' },
    aliases: [],
    help: {
      sv: [['/svar', 'De sparade svaren som Svara erbjuder; superadministratörer lägger till och tar bort.', '/svar']],
      en: [['/replies', 'The saved replies that Reply offers; superadmins add and remove them.', '/replies']],
    },
  },
  {
    id: 'followup',
    name: { sv: 'uppföljning', en: 'followup' },
    aliases: ['uppfoljning'],
    help: {
      sv: [
        ['/uppföljning [månad]', 'Månadens uppföljning: sidans räckvidd, interaktioner och nya följare, inlägg per förvaltning och hur snabbt frågor besvarades, med diagram och CSV. Utan månad: förra månaden.', '/uppföljning oktober'],
        ['/uppföljning [månad] <förvaltning>', 'En förvaltnings del av uppföljningen (chefer får sin egen förvaltnings).', '/uppföljning oktober Kulturförvaltningen'],
      ],
      en: [
        ['/followup [month]', "The month's follow-up: the page's reach, interactions and new followers, posts per department and how fast questions were answered, with charts and CSV. Without a month: last month.", '/followup October'],
        ['/followup [month] <department>', "One department's part of the follow-up (managers get their own department's).", '/followup October Kulturförvaltningen'],
      ],
    },
    menu: { position: 10, description: { sv: 'Månadens uppföljning med diagram och CSV, t.ex. uppföljning oktober', en: "The month's follow-up with charts and CSV, e.g. followup October" } },
  },
  {
    id: 'connect',
    name: { sv: 'koppla', en: 'connect' },
    aliases: [],
    help: {
      sv: [
        ['/koppla linkedin', 'Superadministratörer: koppla stadens LinkedIn-sida till boten (logga in på LinkedIn som sidadministratör).', '/koppla linkedin'],
        ['/koppla linkedin <id> <namn>', 'Superadministratörer: koppla en undersida (showcase-sida), skrivet i kanalen dit dess påminnelser ska gå.', '/koppla linkedin 12345678 Helsingborg Näringsliv'],
      ],
      en: [
        ['/connect linkedin', "Superadmins: connect the city's LinkedIn page to the bot (sign in to LinkedIn as a page administrator).", '/connect linkedin'],
        ['/connect linkedin <id> <name>', 'Superadmins: connect a showcase page, written in the channel its reminders should go to.', '/connect linkedin 12345678 Helsingborg Business'],
      ],
    },
  },
  {
    id: 'help',
    name: { sv: 'hjälp', en: 'help' },
    aliases: ['hjalp'],
    help: { sv: [['/hjälp', 'Den här hjälpen.', '/hjälp']], en: [['/help', 'This help.', '/help']] },
    menu: { position: 11, description: { sv: 'Visa alla kommandon och hur de används, t.ex. hjälp', en: 'Show every command and how to use it, e.g. help' } },
  },
];

/** Every name the parser accepts for a command, lower-case: both languages' and the aliases. */
export function commandNames(c: CommandSpec): string[] {
  return [...new Set([c.name.sv, c.name.en, ...c.aliases])];
}

/** Every command with what it does and an example, in the user's language. */
export function helpRows(lang: Lang): HelpRow[] {
  return COMMANDS.flatMap((c) => c.help[lang]);
}

/**
 * The manifest's command menu in a language (the same for every scope): title (the command's name in that
 * language, which Teams sends when it is picked) and description. Swedish is the manifest's own language,
 * English its localisation for English-locale clients.
 */
export function menuCommands(lang: Lang): { title: string; description: string }[] {
  return COMMANDS.flatMap((c) => (c.menu ? [{ ...c.menu, name: c.name[lang] }] : []))
    .sort((a, b) => a.position - b.position)
    .map((m) => ({ title: m.name, description: m.description[lang] }));
}

import type { Lang } from '../domain/calendar';

/** Stands in an example for a day that /help fills in when it is shown, so that the example is never past. */
export const EXAMPLE_DAY = '{day}';

/** One row of /help: the command as written, what it does, an example. */
export type HelpRow = [command: string, what: string, example: string];

/**
 * A command: the names the parser accepts (Swedish and English), its /help rows in both languages, and
 * its entry in the manifest's command menu (`menu` is its place there). The one table that /help, the
 * parser (teams/app.ts) and the manifest's `commandLists` (`npm run manifest:commands`) come from.
 */
export interface CommandSpec {
  id: CommandId;
  names: string[];
  help: Record<Lang, HelpRow[]>;
  menu: { position: number; description: string };
}

export type CommandId = 'book' | 'schedule' | 'mine' | 'comment' | 'report' | 'evidence' | 'status' | 'escalations' | 'admin' | 'help';

/** Every command, in the order /help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    id: 'book',
    names: ['book', 'boka'],
    help: {
      sv: [
        ['/book', 'Boka en dag i LinkedIn-schemat med ett formulär.', '/book'],
        ['/book <datum> <rubrik>', 'Snabbokning av en ledig dag.', `/book ${EXAMPLE_DAY} Möt vår nya undersköterska`],
      ],
      en: [
        ['/book', 'Book a day in the LinkedIn schedule with a form.', '/book'],
        ['/book <date> <title>', 'Quick booking of a free day.', `/book ${EXAMPLE_DAY} Meet our new nurse`],
      ],
    },
    menu: { position: 0, description: 'Boka en dag i LinkedIn-schemat, t.ex. book 2026-12-03 Möt vår nya undersköterska' },
  },
  {
    id: 'schedule',
    names: ['schedule', 'schema', 'schemat'],
    help: {
      sv: [['/schedule eller /schema', 'Visa schemat för de kommande fyra veckorna.', '/schema']],
      en: [['/schedule', 'Show the schedule for the coming four weeks.', '/schedule']],
    },
    menu: { position: 1, description: 'Visa LinkedIn-schemat för de kommande fyra veckorna, t.ex. schedule' },
  },
  {
    id: 'mine',
    names: ['mine', 'mina'],
    help: {
      sv: [['/mine eller /mina', 'Dina bokningar, med knappar för att flytta och avboka.', '/mina']],
      en: [['/mine', 'Your bookings, with buttons to move and cancel.', '/mine']],
    },
    menu: { position: 2, description: 'Visa dina bokningar och flytta eller avboka dem, t.ex. mine' },
  },
  {
    id: 'comment',
    names: ['comment', 'kommentar'],
    help: {
      sv: [['/comment eller /kommentar', 'Registrera en kommentar du sett på LinkedIn, så följer boten upp den.', '/kommentar']],
      en: [['/comment', 'Register a comment you saw on LinkedIn, and the bot follows it up.', '/comment']],
    },
    menu: { position: 3, description: 'Registrera en LinkedIn-kommentar att följa upp, t.ex. comment <länk till kommentaren>' },
  },
  {
    id: 'report',
    names: ['report', 'rapportera'],
    help: {
      sv: [['/report eller /rapportera', 'Rapportera en kommentar som bryter mot reglerna (hot, hat, personangrepp, spam, personuppgifter, ryktesspridning).', '/rapportera']],
      en: [['/report', 'Report a comment that breaks the rules (threat, hate, personal attack, spam, personal data, rumours).', '/report']],
    },
    menu: { position: 4, description: 'Anmäl en kommentar som bryter mot reglerna, t.ex. report <länk till kommentaren>' },
  },
  {
    id: 'evidence',
    names: ['evidence', 'bevis'],
    help: {
      sv: [['/evidence eller /bevis <id>', 'Visa ett bevis och kontrollera dess hash (superadmins och den som publicerade).', '/bevis 3f2b…']],
      en: [['/evidence <id>', 'Show an evidence record and check its hash (superadmins and the publisher).', '/evidence 3f2b…']],
    },
    menu: { position: 7, description: 'Visa ett bevisunderlag, t.ex. evidence <id>' },
  },
  {
    id: 'status',
    names: ['status'],
    help: {
      sv: [['/status', 'Superadmins: LinkedIn-kopplingen, senaste hämtning, obesvarade frågor, misslyckade utskick, vilka boten inte når.', '/status']],
      en: [['/status', 'Superadmins: the LinkedIn connection, last poll, unanswered questions, failed sends, who the bot cannot reach.', '/status']],
    },
    menu: { position: 5, description: 'Superadmin: kopplingarnas hälsa, öppna frågor och misslyckade utskick, t.ex. status' },
  },
  {
    id: 'escalations',
    names: ['escalations', 'ärenden', 'arenden'],
    help: {
      sv: [['/escalations eller /ärenden', 'Superadmins: öppna och nya ärenden, och revisionsloggen som CSV.', '/ärenden']],
      en: [['/escalations', 'Superadmins: open and recent cases, and the audit as CSV.', '/escalations']],
    },
    menu: { position: 6, description: 'Superadmin: öppna ärenden om hot och moderering, t.ex. escalations' },
  },
  {
    id: 'admin',
    names: ['admin'],
    help: {
      sv: [['/admin', 'Superadmins: chefer per förvaltning, som får hot mot sin förvaltning.', '/admin']],
      en: [['/admin', 'Superadmins: managers per department, who get threats against their department.', '/admin']],
    },
    menu: { position: 8, description: 'Superadmin: inställningar som förvaltningarnas ansvariga, t.ex. admin' },
  },
  {
    id: 'help',
    names: ['help', 'hjälp', 'hjalp'],
    help: { sv: [['/help eller /hjälp', 'Den här hjälpen.', '/hjälp']], en: [['/help', 'This help.', '/help']] },
    menu: { position: 9, description: 'Visa alla kommandon och hur de används, t.ex. help' },
  },
];

/** Every command with what it does and an example, in the user's language. */
export function helpRows(lang: Lang): HelpRow[] {
  return COMMANDS.flatMap((c) => c.help[lang]);
}

/** The manifest's command menu (the same for every scope): title (the English name) and description. */
export function menuCommands(): { title: string; description: string }[] {
  return [...COMMANDS].sort((a, b) => a.menu.position - b.menu.position).map((c) => ({ title: c.id, description: c.menu.description }));
}

import type { Category, Goal, PostType } from '../../domain/schedule';

/** Sentences and names used across the bot: answers, booking warnings, choices, /help, the status card. */

const DATE_FORMS = {
  sv: '`2026-12-03`, `3 dec`, `3 december`, `3/12`, `torsdag`, `idag`, `imorgon` eller `i morgon`',
  en: '`2026-12-03`, `3 Dec`, `December 3`, `3/12`, `Thursday`, `today`, `tomorrow`',
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const sv = {
  // Booking and general answers.
  /** `example` is a day to write, such as "10 dec", always in the future when the answer is read. */
  unreadableDay: (input: string, example: string) =>
    `Jag kunde inte läsa ”${input}” som ett datum. Skriv till exempel ${DATE_FORMS.sv}, följt av rubriken: \`/boka ${example} Möt vår nya undersköterska\`.`,
  noSuchDay: (month: string, day: number, daysInMonth: number, year: number | null) =>
    `${month[0].toUpperCase()}${month.slice(1)} har bara ${daysInMonth} dagar${year ? ` ${year}` : ''}, så den ${day} ${month} finns inte. Välj en dag som finns, till exempel \`/boka ${daysInMonth} ${month} <rubrik>\`.`,
  missingTitle: (example: string) => `Skriv en rubrik efter datumet, till exempel \`/boka ${example} Möt vår nya undersköterska\`, eller skriv bara \`/boka\` för formuläret.`,
  pastDay: (day: string, today: string) => `${capitalise(day)} har redan varit (idag är det ${today}), så inget är bokat. Välj en dag från och med idag.`,
  tooFar: (lastDay: string) => `Schemat går att boka högst sex månader framåt, till och med ${lastDay}.`,
  notEditor: () => 'Det är bara redaktörerna i SAV-nätverket som kan boka. Hör av dig till en superadministratör om du borde vara med.',
  notOwner: () => 'Bara den som bokade, eller en superadministratör, kan ändra eller avboka den här bokningen. Inget har ändrats.',
  notSuperadmin: () => 'Bara superadministratörer kan boka en full dag. Välj en av de lediga dagarna.',
  overrideReasonMissing: () => 'Skriv ett skäl till att dagen ska få ett extra inlägg.',
  unknownCommand: () => 'Det kommandot känner jag inte igen. Skriv `/hjälp` så visar jag allt jag kan.',
  notFound: () => 'Jag hittar inte den bokningen. Skriv `/mina` för att se dina bokningar.',
  invalidAction: () => 'Kortet skickade något jag inte kunde läsa, så inget har ändrats. Skriv `/boka` för ett nytt kort.',
  somethingWentWrong: () => 'Något gick fel hos mig och inget har ändrats. Försök igen om en stund; händer det igen, säg till en superadministratör.',
  sponsoredNeedsNoBooking: () => 'Sponsrade inlägg (betalda, riktade) konkurrerar inte om räckvidden och behöver ingen bokning.',
  tooFast: () => 'Du har skickat många kommandon på kort tid. Vänta en stund och försök sedan igen.',
  nothingChanged: 'Inget har ändrats',
  somethingWentWrongHeading: 'Något gick fel',
  unknownUser: 'Okänd användare',

  // Booking warnings.
  warnWeekend: (day: 'saturday' | 'sunday') =>
    `Det är en ${day === 'saturday' ? 'lördag' : 'söndag'}: frågor i kommentarerna blir obesvarade till måndag.`,
  warnFridayAfternoon: (cutoff: string) => `Fredag efter ${cutoff}: diskussioner hinner inte besvaras före helgen.`,
  warnFridayNoTime: (cutoff: string) =>
    `Det är en fredag och ingen tid är angiven: inlägg efter ${cutoff} hinner inte få svar före helgen. Ange en tid, helst senast ${cutoff}.`,
  warnHoliday: (name: string) => `Det är en röd dag (${name}): ingen hinner svara på kommentarer.`,
  warnEve: (name: string) => `Det är en aftondag (${name}): många är lediga och kommentarer kan bli obesvarade.`,

  // Names of the booking form's choices.
  postTypes: { inlagg: 'Inlägg', artikel: 'Artikel', evenemang: 'Evenemang' } satisfies Record<PostType, string>,
  categories: {
    samhallsinformation: 'Samhällsinformation och krisinformation',
    tips: 'Tips och inspiration',
    vardag: 'Vardagsberättelser om människor',
    utveckling: 'Stadens utveckling',
    platsvarumarke: 'Platsvarumärket',
  } satisfies Record<Category, string>,
  goals: { informera: 'Informera', aktivera: 'Aktivera', engagera: 'Engagera' } satisfies Record<Goal, string>,

  // /help.
  helpIntro: '**SAV-boten** hjälper SAV-nätverket med stadens LinkedIn-sida. Kommandon (snedstrecket går att utelämna, och de engelska namnen fungerar också, t.ex. /book …):',
  helpOutro: (): string => `Datum kan skrivas ${DATE_FORMS.sv}. ${sv.sponsoredNeedsNoBooking()}`,
  example: 'Exempel',

  // The /status card.
  status: {
    never: 'aldrig',
    operations: 'Drift',
    checks: { database: 'Databasen', scheduler: 'Schemaläggaren', recurring: 'Återkommande jobb', outbox: 'Utskick' },
    jobs: { 'linkedin.poll': 'Hämtningen från LinkedIn', 'linkedin.pollShowcase': 'Hämtningen från undersidorna (showcase)', 'comments.retention': 'Gallringen av kommentarstext', 'archive.halfYear': 'Halvårsarkivet', 'followup.monthly': 'Månadsuppföljningen', 'schedule.weeklyNote': 'Veckans påminnelse om schemat', 'schedule.dayBefore': 'Påminnelserna dagen före ett inlägg', 'database.checkpoint': 'Databasens kontrollpunkt' } as Record<string, string>,
    databaseAnswers: (kind: string) => `svarar (${kind})`,
    databaseSilent: 'svarar inte',
    lastRound: 'senaste varv',
    notRunYet: 'har inte gått än',
    outboxDraining: 'allt går iväg',
    outboxStuck: (stuck: number | undefined, oldest: string) => `${stuck} meddelanden har väntat mer än 15 minuter (det äldsta sedan ${oldest})`,
    jobLine: (lastSuccess: string, next: string, failures: number) => `senast lyckad ${lastSuccess}, nästa ${next}${failures > 0 ? ` (${failures} misslyckade i rad)` : ''}`,
    lastPoll: 'Senaste hämtning',
    nextPoll: 'Nästa hämtning',
    notPlanned: 'inte planerad',
    registry: 'Diariet',
    unsentRegistrations: 'Ej skickade registreringar',
    allSent: 'inga: alla är skickade',
    unsentCount: (n: number) => `${n}: hämta dem från ärendekorten (.eml) och lämna dem till registrator`,
    callsToday: 'Anrop idag',
    on: 'på',
    off: 'av',
    mode: 'Läge',
    noApi: 'Ingen API-åtkomst: kommentarer registreras med /kommentar',
    questions: 'Frågor',
    unanswered: 'Obesvarade',
    overdue: 'Över tiden',
    answeredInTime: 'Besvarade i tid',
    savChannel: 'SAV-kanalen',
    channelUnknown: 'okänd: lägg till boten i SAV-teamet',
    channelNameUnknown: 'SAV-kanalen (namn okänt)',
    failedSends: 'Misslyckade utskick (7 dagar)',
    waiting: 'Väntar på en konversation',
    notReachable: 'Nås inte personligen',
    nobody: 'ingen',
    installForThem: 'Installera appen för dem (Teams admin center → Konfigurationsprinciper).',
  },
};

export const en = {
  unreadableDay: (input: string, example: string) =>
    `I could not read "${input}" as a date. Write for example ${DATE_FORMS.en}, then the title: \`/book ${example} Meet our new nurse\`.`,
  noSuchDay: (month: string, day: number, daysInMonth: number, year: number | null) =>
    `${month} has only ${daysInMonth} days${year ? ` in ${year}` : ''}, so there is no ${month} ${day}. Choose a day that exists, for example \`/book ${month} ${daysInMonth} <title>\`.`,
  missingTitle: (example: string) => `Add a title after the date, for example \`/book ${example} Meet our new nurse\`, or type just \`/book\` for the form.`,
  pastDay: (day: string, today: string) => `${capitalise(day)} has already passed (today is ${today}), so nothing was booked. Choose today or later.`,
  tooFar: (lastDay: string) => `The schedule can be booked at most six months ahead, up to ${lastDay}.`,
  notEditor: () => 'Only editors in the SAV network can book. Ask a superadmin if you should be one.',
  notOwner: () => 'Only the person who booked, or a superadmin, can change or cancel this booking. Nothing was changed.',
  notSuperadmin: () => 'Only superadmins can book a full day. Pick one of the free days.',
  overrideReasonMissing: () => 'Give a reason for the extra post on this day.',
  unknownCommand: () => "I don't know that command. Type `/help` to see everything I can do.",
  notFound: () => 'I cannot find that booking. Type `/mine` to see your bookings.',
  invalidAction: () => 'The card sent something I could not read, so nothing was changed. Type `/book` for a new card.',
  somethingWentWrong: () => 'Something went wrong on my side and nothing was changed. Try again in a moment; if it happens again, tell a superadmin.',
  sponsoredNeedsNoBooking: () => 'Sponsored (paid, targeted) posts do not compete for reach and need no booking.',
  tooFast: () => 'You have sent many commands in a short time. Wait a while and try again.',
  nothingChanged: 'Nothing was changed',
  somethingWentWrongHeading: 'Something went wrong',
  unknownUser: 'Unknown user',

  warnWeekend: (day: 'saturday' | 'sunday') =>
    `It is a ${day === 'saturday' ? 'Saturday' : 'Sunday'}: questions in the comments go unanswered until Monday.`,
  warnFridayAfternoon: (cutoff: string) => `Friday after ${cutoff}: discussions cannot be answered before the weekend.`,
  warnFridayNoTime: (cutoff: string) =>
    `It is a Friday and no time is given: posts after ${cutoff} get no answers before the weekend. Give a time, preferably ${cutoff} or earlier.`,
  warnHoliday: (name: string) => `It is a public holiday (${name}): nobody will be there to answer comments.`,
  warnEve: (name: string) => `It is a holiday eve (${name}): many are off and comments may go unanswered.`,

  postTypes: { inlagg: 'Post', artikel: 'Article', evenemang: 'Event' },
  categories: {
    samhallsinformation: 'Civic and crisis information',
    tips: 'Tips and inspiration',
    vardag: 'Everyday stories about people',
    utveckling: "The city's development",
    platsvarumarke: 'Place branding',
  },
  goals: { informera: 'Inform', aktivera: 'Activate', engagera: 'Engage' },

  helpIntro: "**SAV-boten** helps the SAV network with the city's LinkedIn page. Commands (the slash is optional, and the Swedish names work too):",
  helpOutro: (): string => `Dates can be written ${DATE_FORMS.en}. ${en.sponsoredNeedsNoBooking()}`,
  example: 'Example',

  status: {
    never: 'never',
    operations: 'Operations',
    checks: { database: 'Database', scheduler: 'Scheduler', recurring: 'Recurring jobs', outbox: 'Outbox' },
    // Operators read job kinds as they are in the logs.
    jobs: {} as Record<string, string>,
    databaseAnswers: (kind: string) => `answers (${kind})`,
    databaseSilent: 'does not answer',
    lastRound: 'last round',
    notRunYet: 'has not run yet',
    outboxDraining: 'everything goes out',
    outboxStuck: (stuck: number | undefined, oldest: string) => `${stuck} messages waiting more than 15 minutes (the oldest since ${oldest})`,
    jobLine: (lastSuccess: string, next: string, failures: number) => `last success ${lastSuccess}, next ${next}${failures > 0 ? ` (${failures} failures in a row)` : ''}`,
    lastPoll: 'Last poll',
    nextPoll: 'Next poll',
    notPlanned: 'not planned',
    registry: 'Registry',
    unsentRegistrations: 'Unsent registrations',
    allSent: 'none: all are sent',
    unsentCount: (n: number) => `${n}: download them from the case cards (.eml) and hand them to the registry`,
    callsToday: 'Calls today',
    on: 'on',
    off: 'off',
    mode: 'Mode',
    noApi: 'No API access: comments are registered with /comment',
    questions: 'Questions',
    unanswered: 'Unanswered',
    overdue: 'Overdue',
    answeredInTime: 'Answered in time',
    savChannel: 'SAV channel',
    channelUnknown: 'unknown: add the bot to the SAV team',
    channelNameUnknown: 'the SAV channel (name unknown)',
    failedSends: 'Failed sends (7 days)',
    waiting: 'Waiting for a conversation',
    notReachable: 'Not reachable personally',
    nobody: 'nobody',
    installForThem: 'Install the app for them (Teams admin center → Setup policies).',
  },
} satisfies typeof sv;

const n = (count: number | undefined, one: string, many: string) => `${count ?? 0} ${count === 1 ? one : many}`;

/** The half-year archive: /arkiv's answers and the card with its downloads. */
export const sv = {
  heading: (period: string) => `Halvårsarkivet ${period} är klart`,
  headingExisting: (period: string) => `Halvårsarkivet ${period}`,
  intro: (title: string) =>
    `LinkedIn-arkivet för ${title}: varje inlägg med kommentarer, svar, modereringsbeslut och registreringar, som riktlinjerna ber om (”skriva ut flödet varje halvår”).`,
  counts: (c: Record<string, number>) =>
    `${n(c.posts, 'inlägg', 'inlägg')}, ${n(c.comments, 'kommentar', 'kommentarer')} (${n(c.questions, 'fråga', 'frågor')}), ${n(c.cases, 'modereringsärende', 'modereringsärenden')}, ${n(c.registrations, 'registrering', 'registreringar')}.`,
  made: (when: string, by: string | null) => `Gjort ${when}${by ? ` på begäran av ${by}` : ' av halvårsjobbet'}.`,
  mailSent: 'Arkivet har skickats till diariet med e-post.',
  mailPending: 'Arkivet skickas till diariet med e-post.',
  mailStored: 'Arkivet är INTE skickat till diariet (ingen e-postserver är inställd): hämta filerna och lämna dem till registrator.',
  linksValid: (period: string) => `Länkarna gäller i sju dagar; skriv /arkiv ${period} för nya.`,
  pdf: 'Hämta PDF',
  csv: 'Hämta CSV (Excel)',
  json: 'Hämta JSON',
  onlySuperadmins: 'Bara superadministratörer kan hämta halvårsarkivet.',
  unreadablePeriod: (input: string, example: string) => `Jag kunde inte läsa ”${input}” som ett halvår. Skriv till exempel \`/arkiv ${example}\` (H1 är januari–juni, H2 juli–december), eller bara \`/arkiv\` för det senaste.`,
  notEnded: (period: string, lastDay: string) => `Halvåret ${period} pågår till och med ${lastDay}, så det kan inte arkiveras än. Skriv \`/arkiv\` för det senaste hela halvåret.`,
};

export const en = {
  heading: (period: string) => `The half-year archive ${period} is ready`,
  headingExisting: (period: string) => `The half-year archive ${period}`,
  intro: (title: string) =>
    `The LinkedIn archive for ${title}: every post with its comments, answers, moderation decisions and registrations, as the guidelines ask ("print the feed every half-year").`,
  counts: (c: Record<string, number>) =>
    `${n(c.posts, 'post', 'posts')}, ${n(c.comments, 'comment', 'comments')} (${n(c.questions, 'question', 'questions')}), ${n(c.cases, 'moderation case', 'moderation cases')}, ${n(c.registrations, 'registration', 'registrations')}.`,
  made: (when: string, by: string | null) => `Made ${when}${by ? ` at the request of ${by}` : ' by the half-year job'}.`,
  mailSent: 'The archive has been e-mailed to the registry.',
  mailPending: 'The archive is being e-mailed to the registry.',
  mailStored: 'The archive has NOT been sent to the registry (no mail server is configured): download the files and give them to the registrar.',
  linksValid: (period: string) => `The links are valid for seven days; write /archive ${period} for new ones.`,
  pdf: 'Download PDF',
  csv: 'Download CSV (Excel)',
  json: 'Download JSON',
  onlySuperadmins: 'Only superadmins can fetch the half-year archive.',
  unreadablePeriod: (input: string, example: string) => `I could not read "${input}" as a half-year. Write for example \`/archive ${example}\` (H1 is January–June, H2 July–December), or just \`/archive\` for the latest.`,
  notEnded: (period: string, lastDay: string) => `The half-year ${period} runs until ${lastDay}, so it cannot be archived yet. Write \`/archive\` for the latest whole half-year.`,
} satisfies typeof sv;

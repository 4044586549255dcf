/** Helpers to read Adaptive Cards in tests the way a person reads them. */

/** Every text a person sees on a card: text blocks, facts, button titles, input labels. */
export function cardText(card: any): string {
  const out: string[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node.text === 'string') out.push(node.text);
    if (node.type === 'FactSet') for (const f of node.facts ?? []) out.push(`${f.title}: ${f.value}`);
    if (typeof node.title === 'string' && String(node.type ?? '').startsWith('Action.')) out.push(`[${node.title}]`);
    if (typeof node.label === 'string') out.push(node.label);
    for (const [k, v] of Object.entries(node)) if (k !== 'facts' && typeof v === 'object') walk(v);
  };
  walk(card);
  return out.join('\n');
}

/** Every Action.Execute on a card (also inside show-cards and action sets). */
export function executeActions(card: any): { title: string; verb: string; data: any }[] {
  const out: { title: string; verb: string; data: any }[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Action.Execute') out.push({ title: node.title, verb: node.verb, data: node.data ?? {} });
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
  };
  walk(card);
  return out;
}

/** The Action.Execute with this title; fails the test clearly when there is none. */
export function action(card: any, title: string): { title: string; verb: string; data: any } {
  const found = executeActions(card).find((a) => a.title === title);
  if (!found) throw new Error(`No button "${title}" on the card; buttons: ${executeActions(card).map((a) => a.title).join(', ')}`);
  return found;
}

/** The card attached to a reply activity. */
export function attachedCard(reply: any): any {
  return reply?.attachments?.[0]?.content;
}

/** Checks the one thing every card must be: Adaptive Card 1.5 with no unbound template expressions. */
export function assertRendered(card: any): void {
  const json = JSON.stringify(card);
  if (card?.type !== 'AdaptiveCard' || card.version !== '1.5') throw new Error('not an Adaptive Card 1.5');
  const unbound = /\$\{[^}]*\}/.exec(json);
  if (unbound) throw new Error(`unbound template expression ${unbound[0]}`);
}

/**
 * Scores the classifier on functional cases (the generated suite, or the held-out set written
 * apart from it): per functionality and language, and the four targets.
 */
import { Classification } from '../../src/domain/moderation';

/** What a functional case expects (the fields both suites share). */
export interface ExpectedCase {
  readonly id: string;
  readonly lang: string;
  readonly functionality: string;
  readonly text: string;
  readonly remove: boolean;
  readonly threat: boolean;
  readonly question?: boolean;
  readonly kind?: string;
  readonly hateful: boolean;
  readonly contrast: boolean;
  readonly needsLook?: boolean;
}

/** Whether the classifier's answer meets a case's expectation (remove, threat, and needsLook / question / criticism where stated). */
export function meets(c: ExpectedCase, p: Classification): boolean {
  if (c.remove !== p.remove || c.threat !== p.threat) return false;
  if (c.needsLook !== undefined && c.needsLook !== p.needsLook) return false;
  if (c.kind === 'criticism' && p.remove) return false;
  if (c.kind === 'question' && c.question === true && !p.question) return false;
  return true;
}

/** Share of a subset, with its size. */
export interface Share {
  readonly n: number;
  readonly hits: number;
  readonly rate: number;
}

function share(n: number, hits: number): Share {
  return { n, hits, rate: n === 0 ? Number.NaN : hits / n };
}

/** The targets over a set of cases. */
export interface FunctionalScore {
  readonly n: number;
  /** Hateful cases (hate, threats, harassment) proposed for removal (target ≥ 0.90). */
  readonly hatefulRemoved: Share;
  /** Threat cases flagged as threats (target ≥ 0.95). */
  readonly threatsFlagged: Share;
  /** Harmless contrast cases proposed for removal (target ≤ 0.05). */
  readonly contrastRemoved: Share;
  /** Contrast cases flagged as threats. */
  readonly contrastThreat: Share;
  /** Criticism cases proposed for removal (target 0). */
  readonly criticismRemoved: Share;
  /** Cases meeting every stated expectation, per functionality and language. */
  readonly perFunctionality: ReadonlyMap<string, ReadonlyMap<string, Share>>;
  /** Cases meeting every stated expectation, all together. */
  readonly accuracy: Share;
  /** The cases that missed, for reading (never printed for the held-out set). */
  readonly misses: readonly { readonly c: ExpectedCase; readonly p: Classification }[];
}

/** Scores predictions against cases (same order). */
export function scoreFunctional(cases: readonly ExpectedCase[], predicted: readonly Classification[]): FunctionalScore {
  const hateful = cases.map((c, i) => [c, predicted[i]] as const).filter(([c]) => c.hateful);
  const threats = cases.map((c, i) => [c, predicted[i]] as const).filter(([c]) => c.threat);
  const contrast = cases.map((c, i) => [c, predicted[i]] as const).filter(([c]) => c.contrast);
  const criticism = cases.map((c, i) => [c, predicted[i]] as const).filter(([c]) => c.kind === 'criticism' || /critic/.test(c.functionality));
  const per = new Map<string, Map<string, [number, number]>>();
  const misses: { c: ExpectedCase; p: Classification }[] = [];
  let ok = 0;
  cases.forEach((c, i) => {
    const hit = meets(c, predicted[i]);
    if (hit) ok++;
    else misses.push({ c, p: predicted[i] });
    const byLang = per.get(c.functionality) ?? new Map<string, [number, number]>();
    const [n, h] = byLang.get(c.lang) ?? [0, 0];
    byLang.set(c.lang, [n + 1, h + (hit ? 1 : 0)]);
    per.set(c.functionality, byLang);
  });
  return {
    n: cases.length,
    hatefulRemoved: share(hateful.length, hateful.filter(([, p]) => p.remove).length),
    threatsFlagged: share(threats.length, threats.filter(([, p]) => p.threat).length),
    contrastRemoved: share(contrast.length, contrast.filter(([, p]) => p.remove).length),
    contrastThreat: share(contrast.length, contrast.filter(([, p]) => p.threat).length),
    criticismRemoved: share(criticism.length, criticism.filter(([, p]) => p.remove).length),
    perFunctionality: new Map([...per].map(([f, m]) => [f, new Map([...m].map(([l, [n, h]]) => [l, share(n, h)]))])),
    accuracy: share(cases.length, ok),
    misses,
  };
}

/** The score as a table: the targets, then every functionality's accuracy per language. */
export function formatScore(title: string, s: FunctionalScore, langs: readonly string[]): string {
  const pct = (x: Share) => (Number.isNaN(x.rate) ? '   – ' : `${(100 * x.rate).toFixed(1).padStart(5)}`);
  const out = [`\n== ${title} (n=${s.n}) ==`];
  out.push(`hateful proposed for removal  ${pct(s.hatefulRemoved)}%  (${s.hatefulRemoved.hits}/${s.hatefulRemoved.n}; target ≥ 90)`);
  out.push(`threats flagged               ${pct(s.threatsFlagged)}%  (${s.threatsFlagged.hits}/${s.threatsFlagged.n}; target ≥ 95)`);
  out.push(`contrast proposed for removal ${pct(s.contrastRemoved)}%  (${s.contrastRemoved.hits}/${s.contrastRemoved.n}; target ≤ 5)`);
  out.push(`contrast flagged as threat    ${pct(s.contrastThreat)}%  (${s.contrastThreat.hits}/${s.contrastThreat.n})`);
  out.push(`criticism proposed for removal ${s.criticismRemoved.hits} of ${s.criticismRemoved.n} (target 0)`);
  out.push(`every expectation met         ${pct(s.accuracy)}%`);
  out.push(`\n${'functionality'.padEnd(34)}${langs.map((l) => l.padStart(8)).join('')}`);
  for (const [f, byLang] of [...s.perFunctionality].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`${f.padEnd(34)}${langs.map((l) => { const x = byLang.get(l); return (x ? pct(x) : '   – ').padStart(8); }).join('')}`);
  }
  return out.join('\n');
}

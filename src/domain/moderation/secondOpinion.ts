/**
 * A second opinion on a comment (Azure AI Content Safety, when the city configures it) joined with
 * the local classifier's verdict. The local classifier stays the verdict of record: the second
 * opinion may only add a flag for a person to review, never clear one, and criticism is only
 * flagged on the strongest violence signal because a public authority must not remove a viewpoint.
 */
import type { Classification } from './classify';

/** Severity on Azure Content Safety's `FourSeverityLevels` scale: 0 safe, 2 low, 4 medium, 6 high. */
export type SeverityLevel = 0 | 2 | 4 | 6;

/** What the second opinion says about one comment, per category. */
export interface SecondOpinion {
  readonly hate: SeverityLevel;
  readonly violence: SeverityLevel;
}

/** Severity from which a second opinion flags a comment. */
const FLAG_AT: SeverityLevel = 4;
/** Criticism is flagged only at the highest violence level, and never for hate. */
const CRITICISM_FLAG_AT: SeverityLevel = 6;

const reason = (category: 'våld' | 'hat', level: SeverityLevel) => `andra bedömning (Azure Content Safety): ${category}, nivå ${level}`;

/**
 * Joins the local classification with a second opinion. `null` (not configured, or the service did
 * not answer) returns `local` itself. Otherwise the version gets `+cs`, so every stored decision
 * shows that the second opinion was consulted, and:
 * - violence ≥ 4 (6 on criticism) on a comment the local classifier did not call a threat makes it a
 *   threat proposed for removal;
 * - hate ≥ 4 on a comment that is neither criticism nor already proposed for removal makes it hate
 *   proposed for removal. Where violence already made it a threat, the hate ground is added to the threat.
 * The question flag is kept except on a threat, where the local classifier never sets it either.
 */
export function combineOpinions(local: Classification, second: SecondOpinion | null): Classification {
  if (second === null) return local;
  const criticism = local.kind === 'criticism';
  const violent = !local.threat && second.violence >= (criticism ? CRITICISM_FLAG_AT : FLAG_AT);
  const hateful = !local.remove && !criticism && second.hate >= FLAG_AT;
  const version = `${local.version}+cs`;
  // When the second opinion flags what the local classifier passed, its grounds come first and the local
  // tone grounds ("tack eller gratulation") go: they were reasons for another kind.
  const kept = local.remove ? local.reasons : [];
  // (A comment already proposed for removal keeps its own grounds first.)
  if (violent) {
    const added = [reason('våld', second.violence), ...(hateful ? [reason('hat', second.hate)] : [])];
    const reasons = local.remove ? [...kept, ...added] : added;
    return { ...local, kind: 'threat', threat: true, remove: true, question: false, reasons, version };
  }
  if (hateful) return { ...local, kind: 'hate', remove: true, reasons: [reason('hat', second.hate), ...kept], version };
  return { ...local, version };
}

/**
 * The comment classifier: pure domain code, no I/O, no Teams or LinkedIn types.
 *
 * `classify(text)` proposes a kind, the question / threat / remove flags and Swedish reasons; a
 * person confirms every removal and escalation.
 */
export { classify, CLASSIFIER_VERSION, COMMENT_KINDS, REMOVABLE_KINDS, REMOVABLE_KIND_LIST, detectLanguage } from './classify';
export type { Classification, CommentKind, CommentLanguage, RemovableKind } from './classify';
export { normalise } from './normalise';
export type { NormalisedText } from './normalise';
export { combineOpinions, type SecondOpinion, type SeverityLevel } from './secondOpinion';
export { findRepeats, similarity, DEFAULT_REPEAT_POLICY, type EarlierComment, type RepeatPolicy } from './repeats';

/**
 * Repeated posts: "upprepade inlägg från samma användare ska tas bort". The same or nearly the
 * same text from one author on the page within a window is spam, whatever it says.
 *
 * Pure: the service feeds it the author's recent comments from the store, so `classify()` stays a
 * function of the text alone.
 */
import { normalise } from './normalise';

/** One earlier comment by the same author. */
export interface EarlierComment {
  readonly text: string;
  readonly commentedAt: Date;
}

/** How alike two comments must be, and how far back to look. */
export interface RepeatPolicy {
  /** Hours back from the new comment in which earlier comments count. */
  readonly windowHours: number;
  /** Similarity (0–1, Jaccard over word pairs) at or above which two texts are the same post. */
  readonly similarity: number;
  /** Number of earlier near-copies needed (1: the second copy is already a repeat). */
  readonly minEarlier: number;
}

/** The defaults: a day back, 80 % alike, the second copy counts. */
export const DEFAULT_REPEAT_POLICY: RepeatPolicy = { windowHours: 24, similarity: 0.8, minEarlier: 1 };

/** Texts shorter than this many words are not compared ("Tack!", "Grattis!" are said many times). */
const MIN_WORDS = 4;

function shingles(text: string): Set<string> | null {
  const words = normalise(text).plain.replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS) return null;
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Jaccard similarity of two texts' word pairs (0 when either is too short to compare). */
export function similarity(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  if (!x || !y) return 0;
  let common = 0;
  for (const s of x) if (y.has(s)) common++;
  return common / (x.size + y.size - common);
}

/**
 * How many of the author's earlier comments within the window are the same or nearly the same
 * post as `text`; a repeat when that reaches `policy.minEarlier`.
 */
export function findRepeats(
  text: string,
  commentedAt: Date,
  earlier: readonly EarlierComment[],
  policy: RepeatPolicy = DEFAULT_REPEAT_POLICY,
): { readonly repeat: boolean; readonly copies: number } {
  const from = commentedAt.getTime() - policy.windowHours * 3_600_000;
  const copies = earlier.filter((e) => e.commentedAt.getTime() >= from && e.commentedAt.getTime() <= commentedAt.getTime() && similarity(text, e.text) >= policy.similarity).length;
  return { repeat: copies >= policy.minEarlier, copies };
}

import type { Lang } from '../../domain/calendar';
import * as archive from './archive';
import * as common from './common';
import * as booking from './booking';
import * as cases from './cases';
import * as comments from './comments';
import * as followup from './followup';
import * as linkedin from './linkedin';
import * as notices from './notices';
import * as people from './people';
import * as moderation from './moderation';
import * as teamwork from './teamwork';
import * as rhythm from './rhythm';

/**
 * The message catalogue: every user-facing sentence and card label, in Swedish and English, one file per
 * area. Each area's `en` must have every key its `sv` has (`satisfies`), so a missing translation fails
 * the type check. Views and handlers take `t(lang)`.
 */
const sv = { ...common.sv, comments: comments.sv, cases: cases.sv, booking: booking.sv, people: people.sv, notices: notices.sv, moderation: moderation.sv, archive: archive.sv, teamwork: teamwork.sv, followup: followup.sv, rhythm: rhythm.sv, linkedin: linkedin.sv };

/** Every message, as the Swedish catalogue has it. */
export type Messages = typeof sv;

const en: Messages = { ...common.en, comments: comments.en, cases: cases.en, booking: booking.en, people: people.en, notices: notices.en, moderation: moderation.en, archive: archive.en, teamwork: teamwork.en, followup: followup.en, rhythm: rhythm.en, linkedin: linkedin.en };

const catalogue: Record<Lang, Messages> = { sv, en };

/** The messages in a language. */
export function t(lang: Lang): Messages {
  return catalogue[lang];
}

/**
 * The dates of a notice on arrival. A notice not yet published must be open when
 * it is: a deadline already passed would send it straight to the archive, and one
 * years away (2207 for 2027) is a typo. Notices already published keep the
 * deadline they have: those that have closed since are the archive. That the
 * deadline comes after the publication date is checked for every notice, by the
 * schema.
 */
import type { NoticeFacts } from '../schemas/notice.ts';
import type { ContentProblem } from './problems.ts';
import { Temporal } from './temporal.ts';

/** A new notice's deadline is at most this many years ahead. */
export const MAXIMUM_YEARS_AHEAD = 2;

/** How `npm run check` tells a new notice: the instant it treats as now, and whether a notice's folder is published already. */
export interface Arrival {
  now: number;
  /** True when the notice's folder (its absolute path) is on the branch the site is published from. */
  isPublished: (folder: string) => boolean;
}

export type ArrivalProblem = Required<Pick<ContentProblem, 'field' | 'message' | 'expected'>>;

/** What is wrong with the deadline of a notice about to be published at `now`. */
export function arrivalProblems(facts: Pick<NoticeFacts, 'deadline'>, now: number): ArrivalProblem[] {
  const { local, timeZone, epochMilliseconds } = facts.deadline;
  const today = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(timeZone);
  const place = timeZone.split('/').at(-1)!.replace(/_/g, ' ');
  const shown = (dateTime: Temporal.ZonedDateTime) => dateTime.toPlainDateTime().toString({ smallestUnit: 'minute' });
  if (epochMilliseconds <= now) {
    return [
      {
        field: 'deadline',
        message: `${local} (${place} time) has already passed: a new notice with this deadline would go straight to the archive`,
        expected: `a deadline still ahead, after ${shown(today)} ${place} time (is the year or the month a typo?)`,
      },
    ];
  }
  const limit = today.add({ years: MAXIMUM_YEARS_AHEAD });
  if (epochMilliseconds > limit.epochMilliseconds) {
    return [
      {
        field: 'deadline',
        message: `${local} is more than ${MAXIMUM_YEARS_AHEAD} years ahead: is the year a typo?`,
        expected: `a deadline before ${shown(limit)}, at most ${MAXIMUM_YEARS_AHEAD} years after today`,
      },
    ];
  }
  return [];
}

/**
 * Can a touch happen inside a step's window? N4 "never a barrage": the policy's caps per local day,
 * week and month (limits.ts) and its quiet hours (quiet-hours.ts), both counted on the customer's
 * calendar and in the customer's time zone (230-FZ art. 7: "по местному времени").
 */
import {
  addCalendarDays,
  instantToLocal,
  localDateOf,
  toInstant,
  validateTimeZone,
  type BusinessCalendar,
} from '../calendar/index.ts';
import { DomainError } from '../errors.ts';
import { checkLimits } from './limits.ts';
import { allowedOn } from './quiet-hours.ts';
import type { ContactPolicy, ProposedTouch, Touch, TouchCheck, TouchRefusal, TouchWindow } from './types.ts';

/** A window longer than this is a bug in the caller, not a plan. */
const MAX_WINDOW_DAYS = 366;

type Piece = TouchWindow & { date: string };

/** The parts of the window quiet hours allow, each inside one local date, in order. */
function allowedPieces(
  policy: ContactPolicy,
  calendar: BusinessCalendar,
  timeZone: string,
  proposed: ProposedTouch,
  window: TouchWindow,
): Piece[] {
  const first = localDateOf(window.start, timeZone);
  const last = localDateOf(new Date(window.end.getTime() - 1), timeZone);
  const pieces: Piece[] = [];
  let date = first;
  for (let i = 0; date <= last; i++, date = addCalendarDays(date, 1)) {
    if (i >= MAX_WINDOW_DAYS) {
      throw new DomainError('validation_failed', `window: spans more than ${MAX_WINDOW_DAYS} local days`, {
        window: `must span at most ${MAX_WINDOW_DAYS} days`,
      });
    }
    for (const open of allowedOn(policy, calendar, timeZone, proposed.channel, date)) {
      const start = Math.max(open.start.getTime(), window.start.getTime());
      const end = Math.min(open.end.getTime(), window.end.getTime());
      if (start < end) pieces.push({ date, start: new Date(start), end: new Date(end) });
    }
  }
  return pieces;
}

function local(instant: Date, timeZone: string): string {
  const { date, time } = instantToLocal(instant, timeZone);
  return `${date} ${time}`;
}

function quietRefusal(policy: ContactPolicy, timeZone: string, proposed: ProposedTouch, window: TouchWindow): TouchRefusal {
  const q = policy.quietHours;
  const hours = q
    ? `working days ${q.workingDay.from}–${q.workingDay.to}, days off ${q.dayOff.from}–${q.dayOff.to}`
    : 'none';
  return {
    allowed: false,
    rule: 'quiet-hours',
    reason:
      `${policy.name}: no ${proposed.channel} in quiet hours (${hours}, local time in ${timeZone}); ` +
      `the window ${local(window.start, timeZone)} – ${local(window.end, timeZone)} lies entirely inside them`,
  };
}

/**
 * Can a touch by `proposed.channel` happen inside `proposed.window` (start inclusive, end exclusive)
 * for a customer in `timeZone`, given the touches made or planned in `history` (any order)?
 *
 * The window is clipped to what quiet hours allow on each local date. The first allowed part whose
 * local date still has room under every cap is returned, joined with the parts right after it that
 * also have room (a window over midnight without quiet hours stays whole when both dates have room).
 * When nothing is left after quiet hours the rule is 'quiet-hours'; when every part's date is full,
 * the cap of the earliest part.
 */
export function checkTouch(
  policy: ContactPolicy,
  calendar: BusinessCalendar,
  timeZone: string,
  history: Touch[],
  proposed: ProposedTouch,
): TouchCheck {
  validateTimeZone(timeZone);
  const window = {
    start: toInstant(proposed.window.start, 'window.start'),
    end: toInstant(proposed.window.end, 'window.end'),
  };
  if (window.start.getTime() >= window.end.getTime()) {
    throw new DomainError('validation_failed', 'window: start must be before end', {
      window: 'start must be before end',
    });
  }
  const pieces = allowedPieces(policy, calendar, timeZone, proposed, window);
  const verdicts = new Map<string, TouchRefusal | null>(); // the caps of each local date, once
  let firstRefusal: TouchRefusal | null = null;
  let allowed: TouchWindow | null = null;
  for (const piece of pieces) {
    let refusal = verdicts.get(piece.date);
    if (refusal === undefined) verdicts.set(piece.date, (refusal = checkLimits(policy, timeZone, history, proposed.channel, piece.date)));
    if (allowed) {
      if (refusal || piece.start.getTime() !== allowed.end.getTime()) break;
      allowed = { start: allowed.start, end: piece.end };
    } else if (refusal) {
      firstRefusal ??= refusal;
    } else {
      allowed = { start: piece.start, end: piece.end };
    }
  }
  if (allowed) return { allowed: true, window: allowed };
  return firstRefusal ?? quietRefusal(policy, timeZone, proposed, window);
}

import type { FiredStep } from '../domain/policy/types.ts';
import type { LadderEntry } from './schema.ts';

/**
 * The stored form of one invoice's ladder (schema.ts `ladders`): a tuple
 * `[invoice id, steps, claim deadline?, jump to the claim?]`, each step one string, 'L3@2025-12-02'
 * done on that date or 'L5~2025-12-03' skipped on it (step codes are [A-Z0-9_-], so '@' and '~' cannot
 * occur in them). Trailing fields that are not set are left out. Half the bytes of objects with key
 * names: the daily run reads and rewrites a customer's ladders whole, and every byte is parsed once by
 * Node and twice by PostgreSQL on the way back (migration 0014).
 */
export function ladderEntry(invoice: string, ladder: { fired: FiredStep[]; claimDeadline?: string | undefined; jumpToClaim?: boolean }): LadderEntry {
  const steps = ladder.fired.map(stepText);
  if (ladder.jumpToClaim) return [invoice, steps, ladder.claimDeadline ?? null, true];
  return ladder.claimDeadline ? [invoice, steps, ladder.claimDeadline] : [invoice, steps];
}

/** A stored entry's steps, claim deadline and jump to the claim, as the planner takes them. */
export function ladderOf(entry: LadderEntry): { fired: FiredStep[]; claimDeadline: string | undefined; jumpToClaim: boolean } {
  return { fired: firedSteps(entry[1]), claimDeadline: entry[2] ?? undefined, jumpToClaim: entry[3] === true };
}

export function firedSteps(steps: string[]): FiredStep[] {
  const fired: FiredStep[] = new Array(steps.length);
  for (let i = 0; i < steps.length; i++) fired[i] = stepOf(steps[i]!);
  return fired;
}

function stepText(f: FiredStep): string {
  return `${f.code}${f.skipped ? '~' : '@'}${f.date}`;
}

const DATE_LENGTH = 10; // YYYY-MM-DD

function stepOf(text: string): FiredStep {
  const mark = text.length - DATE_LENGTH - 1;
  const code = text.slice(0, mark);
  const date = text.slice(mark + 1);
  return text[mark] === '~' ? { code, date, skipped: true } : { code, date };
}

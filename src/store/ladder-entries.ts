import type { FiredStep } from '../domain/policy/types.ts';
import type { LadderEntry } from './schema.ts';

/**
 * The stored form of a customer's ladders (schema.ts `ladders`): a JSON array of tuples
 * `[invoice, steps, claim deadline?, jump to the claim?]`, each step one string, 'L3@2025-12-02' done on
 * that date or 'L5~2025-12-03' skipped on it (step codes are [A-Z0-9_-], so '@' and '~' cannot occur in
 * them). Trailing fields that are not set are left out. Half the bytes of objects with key names
 * (migration 0014).
 *
 * An invoice's first tuple names it by id. A later day's run appends only what moved (migration 0023):
 * a tuple naming the invoice by the position of its first tuple, with the steps fired since and the
 * claim deadline and jump as they now stand. A day's run once rewrote every due customer's ladders
 * whole, 1.2 KB a customer, for the two or three steps that moved.
 */
export function ladderEntry(invoice: string | number, ladder: { fired: FiredStep[]; claimDeadline?: string | undefined; jumpToClaim?: boolean }): LadderEntry {
  const steps = ladder.fired.map(stepText);
  if (ladder.jumpToClaim) return [invoice, steps, ladder.claimDeadline ?? null, true];
  return ladder.claimDeadline ? [invoice, steps, ladder.claimDeadline] : [invoice, steps];
}

/**
 * The text of a ladders row: the JSON array's items without its brackets ('' for none), so that the run
 * appends tuples with a comma (migration 0023; the page read adds the brackets in SQL).
 */
export function ladderText(entries: LadderEntry[]): string {
  return JSON.stringify(entries).slice(1, -1);
}

/** The tuples of a ladders row's text (ladderText). */
export function entriesOfLadderText(text: string): LadderEntry[] {
  return JSON.parse(`[${text}]`) as LadderEntry[];
}

/** One invoice's ladder as stored, and the position of its first tuple (what a later tuple names it by). */
export type StoredLadder = { fired: FiredStep[]; claimDeadline: string | undefined; jumpToClaim: boolean; at: number };

/**
 * A customer's ladders as the run found them: each invoice's (foldLadders), how many tuples hold them,
 * and whether they name invoices the run no longer follows (paid, written off), which drop out when the
 * row is next written.
 */
export type StoredLadders = { ladders: Map<string, StoredLadder>; entries: number; stale: boolean };

/**
 * A customer's stored tuples folded into each invoice's ladder: steps in the order they were stored (a
 * step code already done is not taken twice), the latest claim deadline (never cleared), the jump as the
 * latest tuple has it.
 */
export function foldLadders(entries: LadderEntry[]): Map<string, StoredLadder> {
  const ladders = new Map<string, StoredLadder>();
  const named: (StoredLadder | undefined)[] = [];
  for (let at = 0; at < entries.length; at++) {
    const [invoice, steps, claimDeadline, jumpToClaim] = entries[at]!;
    if (typeof invoice === 'string') {
      const ladder: StoredLadder = { fired: firedSteps(steps), claimDeadline: claimDeadline ?? undefined, jumpToClaim: jumpToClaim === true, at };
      ladders.set(invoice, ladder);
      named[at] = ladder;
      continue;
    }
    const ladder = named[invoice];
    if (!ladder) continue; // names no invoice's first tuple: not written by the run (appendedEntries)
    for (const step of firedSteps(steps)) if (!ladder.fired.some((f) => f.code === step.code)) ladder.fired.push(step);
    ladder.claimDeadline = claimDeadline ?? ladder.claimDeadline;
    ladder.jumpToClaim = jumpToClaim === true;
  }
  return ladders;
}

/**
 * What a day's moves append to a customer's stored tuples: for an invoice already stored, a tuple naming
 * its first one with the steps fired since; for one not stored yet, its first tuple. Null when a move is
 * not an addition to what is stored (the run then rewrites the customer's ladders whole).
 */
export function appendedEntries(stored: Map<string, StoredLadder>, moves: Iterable<{ invoiceId: string; fired: FiredStep[]; claimDeadline?: string | undefined; jumpToClaim: boolean }>): LadderEntry[] | null {
  const entries: LadderEntry[] = [];
  for (const move of moves) {
    const before = stored.get(move.invoiceId);
    if (!before) {
      if (move.fired.length > 0 || move.claimDeadline || move.jumpToClaim) entries.push(ladderEntry(move.invoiceId, move));
      continue;
    }
    for (let i = 0; i < before.fired.length; i++) if (move.fired[i]?.code !== before.fired[i]!.code) return null;
    entries.push(ladderEntry(before.at, { fired: move.fired.slice(before.fired.length), claimDeadline: move.claimDeadline, jumpToClaim: move.jumpToClaim }));
  }
  return entries;
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

/**
 * How well the conduct check (U1–U4, N1, N6, S2; N3 as a warning) does on the test corpus.
 *
 *   npx tsx scripts/conduct-report.ts                 rules of the sentence's own language
 *   npx tsx scripts/conduct-report.ts --no-language   every language's rules at once
 *
 * Prints precision, recall and false-positive rate per language and overall, then lists misses
 * (forbidden but not blocked), false positives (fine but blocked) and sentences blocked under a
 * different rule than the one expected. A fine sentence with only an N3 warning is not a false positive.
 */
import { readFileSync } from 'node:fs';
import { checkConduct, isBlocked, type ConductFinding, type ConductLanguage, type ConductRule } from '../src/domain/conduct/index.ts';

type Entry = { text: string; expect: 'fine' | 'block'; rule?: ConductRule };
type Row = { language: string; sentences: number; forbidden: number; tp: number; fn: number; fp: number; tn: number; warnings: number };

const LANGUAGES: ConductLanguage[] = ['ru', 'uk', 'bg', 'en'];
const withLanguage = !process.argv.includes('--no-language');

const misses: string[] = [];
const falsePositives: string[] = [];
const otherRule: string[] = [];

const describeFindings = (findings: ConductFinding[]) =>
  findings.map((f) => `${f.rule}${f.severity === 'warning' ? '?' : ''} «${f.phrase}»`).join(', ');

function evaluate(language: ConductLanguage): Row {
  const entries = JSON.parse(readFileSync(new URL(`../test/corpus/conduct/${language}.json`, import.meta.url), 'utf8')) as Entry[];
  const row: Row = { language, sentences: entries.length, forbidden: 0, tp: 0, fn: 0, fp: 0, tn: 0, warnings: 0 };
  for (const e of entries) {
    const findings = checkConduct(e.text, withLanguage ? language : undefined);
    const blocked = isBlocked(findings);
    if (e.expect === 'block') {
      row.forbidden += 1;
      if (!blocked) {
        row.fn += 1;
        misses.push(`${language} [${e.rule ?? '?'}] ${e.text}`);
        continue;
      }
      row.tp += 1;
      if (e.rule && !findings.some((f) => f.rule === e.rule)) {
        otherRule.push(`${language} expected ${e.rule}: ${e.text}\n      -> ${describeFindings(findings)}`);
      }
    } else if (blocked) {
      row.fp += 1;
      falsePositives.push(`${language} ${e.text}\n      -> ${describeFindings(findings)}`);
    } else {
      row.tn += 1;
      if (findings.length > 0) row.warnings += 1;
    }
  }
  return row;
}

const ratio = (a: number, b: number) => (b === 0 ? '   –  ' : (a / b).toFixed(3).padStart(6));

function printTable(rows: Row[]): void {
  console.log('lang  sentences  forbidden  fine  precision  recall   FPR   N3 warnings on fine');
  for (const r of rows) {
    const fine = r.fp + r.tn;
    console.log(
      `${r.language.padEnd(4)}  ${String(r.sentences).padStart(9)}  ${String(r.forbidden).padStart(9)}  ${String(fine).padStart(4)}` +
        `     ${ratio(r.tp, r.tp + r.fp)}  ${ratio(r.tp, r.tp + r.fn)}  ${ratio(r.fp, fine)}  ${String(r.warnings).padStart(6)}`,
    );
  }
}

const rows = LANGUAGES.map(evaluate);
const total = rows.reduce<Row>(
  (a, r) => ({
    language: 'all',
    sentences: a.sentences + r.sentences,
    forbidden: a.forbidden + r.forbidden,
    tp: a.tp + r.tp,
    fn: a.fn + r.fn,
    fp: a.fp + r.fp,
    tn: a.tn + r.tn,
    warnings: a.warnings + r.warnings,
  }),
  { language: 'all', sentences: 0, forbidden: 0, tp: 0, fn: 0, fp: 0, tn: 0, warnings: 0 },
);

console.log(`Conduct check on test/corpus/conduct (${withLanguage ? "each sentence's own language" : 'language not given'})\n`);
printTable([...rows, total]);
const section = (title: string, lines: string[]) => {
  console.log(`\n${title} (${lines.length})`);
  for (const line of lines) console.log(`  ${line}`);
};
section('Misses: forbidden sentences not blocked', misses);
section('False positives: fine sentences blocked', falsePositives);
section('Blocked, but under a different rule than expected', otherRule);

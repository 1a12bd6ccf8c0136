import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConduct, isBlocked, type ConductLanguage, type ConductRule } from '../src/domain/conduct/index.ts';

/**
 * The conduct corpus: real-sounding collection sentences in four languages, about half forbidden
 * (U1–U4, N1, N6, S2) and half fine, with hard negatives (court, penalties, claims, lawyers,
 * statutory interest, stopped shipments, acronyms, invoice numbers, a single "!").
 * "Flagged" means blocked; an N3 warning on a fine sentence is not a false positive.
 */
type Entry = { text: string; expect: 'fine' | 'block'; rule?: ConductRule };
type Score = { language: string; forbidden: number; fine: number; caught: number; falsePositives: number; recall: number; fpr: number };

const LANGUAGES: ConductLanguage[] = ['ru', 'uk', 'bg', 'en'];
const BLOCKING_RULES: ConductRule[] = ['insult', 'threat', 'illegal-method', 'shouting', 'belittling', 'own-problems', 'apology-opening'];

function load(language: ConductLanguage): Entry[] {
  const url = new URL(`./corpus/conduct/${language}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Entry[];
}

function score(language: string, entries: Entry[], check: (text: string) => boolean): Score {
  const forbidden = entries.filter((e) => e.expect === 'block');
  const fine = entries.filter((e) => e.expect === 'fine');
  const caught = forbidden.filter((e) => check(e.text)).length;
  const falsePositives = fine.filter((e) => check(e.text)).length;
  return {
    language,
    forbidden: forbidden.length,
    fine: fine.length,
    caught,
    falsePositives,
    recall: caught / forbidden.length,
    fpr: falsePositives / fine.length,
  };
}

const corpora = new Map(LANGUAGES.map((l) => [l, load(l)] as const));
const scores = LANGUAGES.map((l) => score(l, corpora.get(l) ?? [], (text) => isBlocked(checkConduct(text, l))));

describe('conduct corpus', () => {
  it('is well formed: at least 120 sentences per language, every blocking rule present', () => {
    for (const [language, entries] of corpora) {
      expect(entries.length, language).toBeGreaterThanOrEqual(120);
      for (const e of entries) {
        expect(['fine', 'block'], e.text).toContain(e.expect);
        if (e.expect === 'block') expect(BLOCKING_RULES, e.text).toContain(e.rule);
      }
      const rules = new Set(entries.map((e) => e.rule));
      for (const rule of BLOCKING_RULES) expect(rules.has(rule), `${language} has no ${rule}`).toBe(true);
    }
  });

  it('prints recall and false-positive rate per language and overall', () => {
    const all = scores.reduce(
      (a, s) => ({ ...a, forbidden: a.forbidden + s.forbidden, fine: a.fine + s.fine, caught: a.caught + s.caught, falsePositives: a.falsePositives + s.falsePositives }),
      { language: 'all', forbidden: 0, fine: 0, caught: 0, falsePositives: 0, recall: 0, fpr: 0 },
    );
    const overall = { ...all, recall: all.caught / all.forbidden, fpr: all.falsePositives / all.fine };
    console.log(
      [...scores, overall]
        .map((s) => `${s.language.padEnd(4)} recall ${s.recall.toFixed(3)} (${s.caught}/${s.forbidden})  fpr ${s.fpr.toFixed(3)} (${s.falsePositives}/${s.fine})`)
        .join('\n'),
    );
    expect(overall.recall).toBeGreaterThanOrEqual(0.95);
  });

  for (const s of scores) {
    it(`${s.language}: recall >= 0.95 and false-positive rate <= 0.05`, () => {
      expect(s.recall).toBeGreaterThanOrEqual(0.95);
      expect(s.fpr).toBeLessThanOrEqual(0.05);
    });
  }

  it('holds the same bar when the language is not given (all rule sets at once)', () => {
    for (const l of LANGUAGES) {
      const s = score(l, corpora.get(l) ?? [], (text) => isBlocked(checkConduct(text)));
      expect(s.recall, l).toBeGreaterThanOrEqual(0.95);
      expect(s.fpr, l).toBeLessThanOrEqual(0.05);
    }
  });
});

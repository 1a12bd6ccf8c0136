/**
 * Text normalisation for the conduct check, and the small pattern language the rule files use.
 *
 * Rules match the normalised text; findings must point into the original text. `normalize` therefore
 * keeps, for every UTF-16 unit of its output, the span of the original it came from.
 */

export type NormalizedText = {
  /** NFC, lowercase, ё→е, ѝ→и, stress marks dropped, apostrophes and hyphens unified. */
  text: string;
  /** For each unit of `text`, where its source starts and ends in the original. */
  sourceStart: number[];
  sourceEnd: number[];
};

const APOSTROPHES = /['‘’ʼʹ`´′＇]/gu;
const HYPHENS = /[‐‑‒]/gu;
// Stress marks (а́) and the combining breve left over after NFC carry no meaning for matching.
const DROPPED_MARKS = /[\u0300\u0301]/gu;
// A base character with the combining marks that follow it.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

// Latin letters that look like Cyrillic ones; swapped only inside words that mix both scripts
// ("идиoт" with a Latin o), so an evasion by look-alike letters does not slip past U2.
const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в', i: 'і',
};

function normalizeCluster(cluster: string): string {
  return cluster
    .normalize('NFC')
    .toLowerCase()
    .replace(DROPPED_MARKS, '')
    .replace(/ё/gu, 'е')
    .replace(/ѝ/gu, 'и')
    .replace(/ѐ/gu, 'е')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-');
}

function unmixScripts(text: string): string {
  return text.replace(/[\p{L}']+/gu, (word) => {
    if (!/\p{Script=Cyrillic}/u.test(word) || !/\p{Script=Latin}/u.test(word)) return word;
    return word.replace(/[a-z]/gu, (ch) => LATIN_LOOKALIKES[ch] ?? ch);
  });
}

export function normalize(original: string): NormalizedText {
  let text = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  for (const m of original.matchAll(CLUSTER)) {
    const from = m.index;
    const to = from + m[0].length;
    const piece = normalizeCluster(m[0]);
    text += piece;
    for (let i = 0; i < piece.length; i += 1) {
      sourceStart.push(from);
      sourceEnd.push(to);
    }
  }
  // unmixScripts maps one letter to one letter, so the offset tables stay valid.
  return { text: unmixScripts(text), sourceStart, sourceEnd };
}

/** Maps a [start, end) span of the normalised text back to the original. */
export function toSourceSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (n.sourceStart.length === 0) return { start: 0, end: 0 };
  const last = n.sourceStart.length - 1;
  const s = n.sourceStart[Math.min(start, last)] ?? 0;
  const e = end > start ? (n.sourceEnd[Math.min(end - 1, last)] ?? s) : s;
  return { start: s, end: e };
}

// ---- The pattern language of the rule files -------------------------------------------------
//
//   _      the rest of the word (any further letters): "мошенник_" matches мошенники, мошенникам
//   space  a separator: spaces, commas, dashes, colons, quotes
//   ~      (between spaces) up to 3 other words in between; ~~ up to 6; ~~~ anything up to 150
//          characters within the same sentence
//
// The whole pattern must start and end on word boundaries. Anything else is a plain regex
// (Unicode mode), so alternatives (a|b), optional groups and lookarounds work as usual.

const SEPARATOR = "[\\s,;:—–\\-«»\"“”„()]+";
const WORD = "[\\p{L}\\p{M}\\p{N}'\\-]+";
const REST_OF_WORD = "[\\p{L}\\p{M}'\\-]*";
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

export function phrase(source: string): RegExp {
  const body = source
    .replace(/ ~~~ /gu, '\u0003')
    .replace(/ ~~ /gu, '\u0002')
    .replace(/ ~ /gu, '\u0001')
    .replace(/ /gu, SEPARATOR)
    .replace(/_/gu, REST_OF_WORD)
    .replace(/\u0001/gu, `${SEPARATOR}(?:${WORD}${SEPARATOR}){0,3}`)
    .replace(/\u0002/gu, `${SEPARATOR}(?:${WORD}${SEPARATOR}){0,6}`)
    .replace(/\u0003/gu, `${SEPARATOR}(?:[^.!?\\n]{0,150}?${SEPARATOR})?`);
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'gu');
}

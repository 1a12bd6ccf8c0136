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
// Stress marks (а́, а̀) that NFC cannot compose into a letter carry no meaning for matching.
const DROPPED_MARKS = /[\u0300\u0301]/gu;
// A base character with the combining marks that follow it.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

// Latin letters that look like Cyrillic ones; swapped only inside words that mix both scripts
// ("идиoт" with a Latin o), so an evasion by look-alike letters does not slip past U2.
const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в', i: 'і',
};

/**
 * Every match of a global pattern, in order. Used instead of String.prototype.matchAll, which clones
 * the RegExp on each call: for the large rule patterns that made a check ~200 times slower.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
  return found;
}

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
  for (const m of execAll(CLUSTER, original)) {
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
//   \p{L}  a letter (the compact class below)
//   ~      (between spaces) up to 3 other words in between; ~~ up to 6; ~~~ anything up to 150
//          characters within the same sentence
//
// The whole pattern must start and end on word boundaries. Anything else is a plain regex
// (Unicode mode), so alternatives (a|b), optional groups and lookarounds work as usual.

// Letters as the rules see them: Latin, Greek and Cyrillic with their combining marks. The text is
// lowercased first. Compact ranges instead of \p{L}: a pattern repeats this class dozens of times,
// and V8 runs the compact form about a hundred times faster. Letters of other scripts count as
// separators, which only loosens word boundaries in text these rules cannot read anyway.
const LETTER = 'a-z\\u00df-\\u00ff\\u0100-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff';

// Words and separators never overlap, so the gaps below cannot backtrack combinatorially (a row of
// "-----" in an e-mail must not hang the check): a hyphen followed by a letter or digit joins a
// compound word ("по-другому", "cash-flow"); any other hyphen separates, like a dash.
const SEPARATOR = `(?:[\\s,;:—–«»"“”„()]|-(?![${LETTER}0-9]))+`;
const WORD = `[${LETTER}0-9']+(?:-[${LETTER}0-9']+)*`;
const REST_OF_WORD = `[${LETTER}']*(?:-[${LETTER}']+)*`;
const WORD_CHAR = `[${LETTER}0-9]`;

const GAPS: Record<string, string> = {
  ' ~ ': `${SEPARATOR}(?:${WORD}${SEPARATOR}){0,3}`,
  ' ~~ ': `${SEPARATOR}(?:${WORD}${SEPARATOR}){0,6}`,
  // Lazily anything up to 150 characters within the sentence, ending on a separator.
  ' ~~~ ': `${SEPARATOR}(?:[^.!?\\n]{0,150}?(?<=[\\s,;:—–«»"“”„()-]))?`,
};

/** Expands the shorthand outside character classes; `[- ]` and escapes are left as written. */
function expand(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      i += 1;
    } else if (inClass) {
      out += ch;
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      out += ch;
      inClass = true;
    } else if (ch === ' ') {
      const gap = [' ~~~ ', ' ~~ ', ' ~ '].find((g) => source.startsWith(g, i));
      out += gap ? GAPS[gap] : SEPARATOR;
      i += gap ? gap.length - 1 : 0;
    } else {
      out += ch === '_' ? REST_OF_WORD : ch;
    }
  }
  return out;
}

export function phrase(source: string): RegExp {
  const body = expand(source.replaceAll('[\\p{L}]', `[${LETTER}]`).replaceAll('\\p{L}', `[${LETTER}]`));
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'gu');
}

/**
 * U1: shouting. Three signs, checked on the original text (case matters here):
 *  - a run of 3 or more consecutive all-caps words;
 *  - a whole sentence in capitals (2 or more all-caps words, no lowercase word, ending in . ! ? or …);
 *  - two or more exclamation marks in a row ("!!", "?!!", "‼"); a single "!" or "?!" is fine.
 * Not shouting: acronyms and legal forms (ИНН, ЄДРПОУ, VAT, IBAN, ООО, ЕООД, EUR…), any word with a
 * digit (invoice numbers such as INV-2025-0042), one-letter words, names in quotes («ВЕКТОР»,
 * "NORTHERN LTD") or next to a legal form (NORTHERN TRADING LTD, ООО ЮЖНЫЙ ПОРТ), and a heading:
 * a line of its own of up to six words with no sentence punctuation.
 */

import { execAll } from './normalize.ts';

export type ShoutingFinding = { start: number; end: number };

/** Legal forms. A run of capitals right next to one is a company name (ООО ВЕКТОР, NORTHERN LTD). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'ИП', 'НКО', 'ТОВ', 'ФОП', 'ПП', 'ПРАТ', 'ПАТ', 'ДП', 'КП', 'ЕООД', 'ООД', 'АД', 'ЕАД', 'ЕТ', 'СД', 'КД',
  'LLC', 'LTD', 'LLP', 'PLC', 'INC', 'GMBH', 'AG', 'SA', 'SRL', 'BV', 'CO', 'CORP', 'LIMITED',
]);

/** Capitalised by convention, never shouting. Compared in upper case. */
export const ACRONYMS: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS,
  // Company identifiers, tax and bank codes.
  'ИНН', 'КПП', 'ОГРН', 'ОГРНИП', 'БИК', 'ОКПО', 'ОКВЭД', 'СНИЛС', 'ЕДРПОУ', 'ЄДРПОУ', 'ІПН', 'ИПН', 'МФО', 'РНОКПП',
  'ЕИК', 'БУЛСТАТ', 'ДДС', 'НДС', 'ПДВ', 'ЄСВ', 'ЄРПН', 'VAT', 'IBAN', 'BIC', 'SWIFT', 'EORI', 'TIN', 'EIN', 'SEPA', 'BACS', 'CHAPS',
  // Currencies.
  'EUR', 'RUB', 'RUR', 'UAH', 'BGN', 'USD', 'GBP', 'CHF', 'PLN', 'CNY', 'РУБ', 'ГРН', 'ЛВ',
  // Documents, systems, institutions.
  'PDF', 'XML', 'CSV', 'XLSX', 'DOC', 'DOCX', 'URL', 'ЭДО', 'ЕДО', 'ЭЦП', 'КЕП', 'УПД', 'ТТН', 'ТОРГ', 'СФ', 'ПКО', 'РКО',
  'ЦБ', 'РФ', 'ГК', 'ГПК', 'АПК', 'НК', 'УК', 'КОАП', 'ФЗ', 'ФНС', 'ФССП', 'МВД', 'НБУ', 'ЦК', 'ГКУ', 'ДВС', 'ЗУ', 'НБ', 'НАП', 'БНБ',
  'ЕЦБ', 'ЗЗД', 'ТЗ', 'ЧСИ', 'ДСИ', 'ЕС', 'ЄС', 'ЕСВ', 'ECB', 'EU', 'UK', 'USA', 'UAE', 'POD', 'PO', 'AP', 'AR', 'CFO', 'CEO',
  'HMRC', 'HR', 'IT', 'ID', 'OK', 'ASAP', 'FAQ', 'NB', 'PS', 'CC', 'BCC', 'RE', 'FW', 'FWD', 'AM', 'PM', 'COB', 'EOD', 'ETA', 'KYC',
  'СМС', 'SMS', 'PIN', 'API', 'ERP', 'CRM', '1С', 'МСФО', 'IFRS', 'GAAP',
]);

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’ʼ\-/]*[\p{L}\p{M}\p{N}])?/gu;
const QUOTED = /«[^»\n]{1,100}»|„[^“”\n]{1,100}[“”]|“[^”\n]{1,100}”|"[^"\n]{1,100}"/gu;
// An emoji mark may carry a variation selector (❗\uFE0F), kept outside the class.
const EXCLAMATIONS = /(?:[!?¡‼❗❕！]\uFE0F?){2,}|‼/gu;
const EXCLAMATION_MARK = /[!¡❗❕！]|‼/gu;
const SENTENCE = /[^.!?…\n]+[.!?…]*/gu;

// 'single': a one-letter word (В, С, I, A): neither counts towards a run nor breaks it.
type TokenKind = 'caps' | 'lower' | 'neutral' | 'single';
type Token = { start: number; end: number; kind: TokenKind; word: string };

const bare = (word: string) => word.toUpperCase().replace(/['’ʼ]/gu, '');

function classify(word: string, quoted: boolean): TokenKind {
  if (/\p{Ll}/u.test(word)) return 'lower';
  if (quoted || /\p{N}/u.test(word)) return 'neutral';
  const letters = word.match(/\p{L}/gu) ?? [];
  if (!/\p{Lu}/u.test(word)) return 'neutral';
  if (letters.length < 2) return 'single';
  if (ACRONYMS.has(bare(word))) return 'neutral';
  return 'caps';
}

function tokenize(text: string): Token[] {
  const quotedSpans = execAll(QUOTED, text).map((m) => [m.index, m.index + m[0].length] as const);
  const inQuotes = (at: number) => quotedSpans.some(([s, e]) => at >= s && at < e);
  return execAll(TOKEN, text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: classify(m[0], inQuotes(m.index)),
    word: m[0],
  }));
}

/** A heading: the run opens its line, the line has no . ! ? and the run is at most six words. */
function isHeading(text: string, run: Token[]): boolean {
  const first = run[0];
  if (!first || run.length > 6) return false;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const nextBreak = text.indexOf('\n', first.start);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const before = text.slice(lineStart, first.start);
  return !/[\p{L}\p{N}]/u.test(before) && !/[.!?…]/u.test(text.slice(lineStart, lineEnd));
}

const isLegalForm = (t: Token | undefined) => t !== undefined && LEGAL_FORMS.has(bare(t.word));

function capsRuns(text: string, tokens: Token[]): ShoutingFinding[] {
  const found: ShoutingFinding[] = [];
  let run: Token[] = [];
  let from = 0; // index in `tokens` of the run's first word
  const close = (next: number) => {
    const first = run[0];
    const last = run[run.length - 1];
    const companyName = isLegalForm(tokens[from - 1]) || isLegalForm(tokens[next]);
    if (first && last && run.length >= 3 && !companyName && !isHeading(text, run)) {
      found.push({ start: first.start, end: last.end });
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    if (t.kind === 'caps') {
      if (run.length === 0) from = i;
      run.push(t);
    } else if (t.kind !== 'single') close(i);
  });
  close(tokens.length);
  return found;
}

function capsSentences(text: string, tokens: Token[]): ShoutingFinding[] {
  const found: ShoutingFinding[] = [];
  for (const m of execAll(SENTENCE, text)) {
    const sentence = m[0];
    if (!/[.!?…]$/u.test(sentence)) continue; // a heading line, not a sentence
    const from = m.index;
    const to = from + sentence.length;
    const inside = tokens.filter((t) => t.start >= from && t.end <= to);
    const caps = inside.filter((t) => t.kind === 'caps');
    const first = caps[0];
    if (caps.length >= 2 && first && inside.every((t) => t.kind !== 'lower')) {
      found.push({ start: first.start, end: to });
    }
  }
  return found;
}

function exclamationRuns(text: string): ShoutingFinding[] {
  const found: ShoutingFinding[] = [];
  for (const m of execAll(EXCLAMATIONS, text)) {
    const marks = execAll(EXCLAMATION_MARK, m[0]).reduce((n, x) => n + (x[0] === '‼' ? 2 : 1), 0);
    if (marks >= 2) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Spans of shouting in `text` (U1), merged where they overlap, in order. */
export function findShouting(text: string): ShoutingFinding[] {
  const tokens = tokenize(text);
  const spans = [...capsRuns(text, tokens), ...capsSentences(text, tokens), ...exclamationRuns(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const merged: ShoutingFinding[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

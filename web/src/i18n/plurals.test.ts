import { describe, expect, it } from 'vitest';
import { createI18n, LANGUAGES } from './index.ts';
import { bg } from './locales/bg.ts';
import { en } from './locales/en.ts';
import { ru } from './locales/ru.ts';
import { uk } from './locales/uk.ts';

describe('plural forms follow each language (Intl.PluralRules)', () => {
  it.each([
    ['ru', [1, 2, 5, 11, 21, 22, 25], ['1 день', '2 дня', '5 дней', '11 дней', '21 день', '22 дня', '25 дней']],
    ['uk', [1, 2, 5, 11, 21, 22, 25], ['1 день', '2 дні', '5 днів', '11 днів', '21 день', '22 дні', '25 днів']],
    ['bg', [1, 2, 5, 21], ['1 ден', '2 дни', '5 дни', '21 дни']],
    ['en', [1, 2, 21], ['1 day', '2 days', '21 days']],
  ] as const)('%s', (language, counts, expected) => {
    const i18n = createI18n(language);
    expect(counts.map((count) => i18n.t('common.days', { count }))).toEqual(expected);
  });

  it('ru: tasks and broken promises', () => {
    const i18n = createI18n('ru');
    expect([1, 3, 7].map((count) => i18n.t('today.tasks', { count }))).toEqual(['1 задача', '3 задачи', '7 задач']);
    expect(i18n.t('debtorReason.broken_promises', { count: 3 })).toBe('3 нарушенных обещания');
  });
});

describe('every language has every text', () => {
  const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
  const keys = (catalog: Record<string, Record<string, string>>) =>
    [...new Set(Object.entries(catalog).flatMap(([section, texts]) => Object.keys(texts).map((k) => `${section}.${base(k)}`)))].sort();
  it.each([['ru', ru], ['uk', uk], ['bg', bg]] as const)('%s has the English keys', (_, catalog) => {
    expect(keys(catalog)).toEqual(keys(en));
  });

  it('ru and uk have the one/few/many forms wherever English has a plural', () => {
    const plurals = Object.entries(en).flatMap(([section, texts]) => Object.keys(texts).filter((k) => k.endsWith('_other')).map((k) => [section, k.slice(0, -6)] as const));
    for (const catalog of [ru, uk]) {
      for (const [section, key] of plurals) {
        for (const form of ['one', 'few', 'many', 'other']) expect(catalog[section as keyof typeof catalog], `${section}.${key}_${form}`).toHaveProperty(`${key}_${form}`);
      }
    }
    expect(LANGUAGES).toEqual(['ru', 'uk', 'bg', 'en']);
  });
});

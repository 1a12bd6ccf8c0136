import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bg } from './locales/bg.ts';
import { en } from './locales/en.ts';
import { ru } from './locales/ru.ts';
import { uk } from './locales/uk.ts';

export const LANGUAGES = ['ru', 'uk', 'bg', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = { ru: 'Русский', uk: 'Українська', bg: 'Български', en: 'English' };

/** Intl locale per interface language (money, dates). */
export const LOCALES: Record<Language, string> = { ru: 'ru-RU', uk: 'uk-UA', bg: 'bg-BG', en: 'en-GB' };

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** Before sign-in: the last language used on this device, else the browser's, else English. */
export function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem('debitor.language');
  if (isLanguage(stored)) return stored;
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

/** i18next plural rules come from Intl.PluralRules: ru/uk one/few/many, bg and en one/other. */
export function createI18n(language: Language = initialLanguage()) {
  const instance = i18n.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru }, uk: { translation: uk }, bg: { translation: bg } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

import { useTranslation } from 'react-i18next';
import { LOCALES, isLanguage } from '../i18n/index.ts';
import { formatMoney } from './format.ts';

export function useLocale(): string {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? LOCALES[i18n.language] : 'en-GB';
}

/** An amount to the kopeck in the interface language's format. */
export function Money({ amount, currency }: { amount: string; currency: string | null | undefined }) {
  const locale = useLocale();
  return <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{currency ? formatMoney(amount, currency, locale) : amount}</span>;
}

import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Errors } from '../hooks/callDraft.ts';

/** N3: a promise is a date AND an amount; both fields are required and checked before it can be saved. */
export function PromiseFields({ value, onChange, errors, currency, today, prefix = '' }: {
  value: { date: string; amount: string }; onChange: (v: { date: string; amount: string }) => void;
  errors: Errors; currency: string; today: string; prefix?: string;
}) {
  const { t } = useTranslation();
  const error = (field: string) => { const key = errors[`${prefix}${field}`]; return key ? t(key) : undefined; };
  return (
    <Group grow align="flex-start">
      <TextInput type="date" label={t('call.promiseDate')} required min={today} value={value.date} error={error('date')}
        onChange={(e) => onChange({ ...value, date: e.currentTarget.value })} data-testid={`${prefix}promise-date`} />
      <TextInput label={t('call.promiseAmount', { currency })} required inputMode="decimal" placeholder="0.00" value={value.amount} error={error('amount')}
        onChange={(e) => onChange({ ...value, amount: e.currentTarget.value.replace(',', '.') })} data-testid={`${prefix}promise-amount`} />
    </Group>
  );
}

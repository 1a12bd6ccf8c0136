import { ActionIcon, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../ui/Money.tsx';
import { addDays } from '../../../ui/format.ts';
import { planTotal, splitIntoInstalments, type Errors, type Instalment } from '../hooks/callDraft.ts';
import { PromiseFields } from './PromiseFields.tsx';

/** S3: instalments offered and agreed: each one a date and an amount (N3); the total is shown exactly. */
export function PlanEditor({ plan, onChange, errors, currency, debt, today }: {
  plan: Instalment[]; onChange: (plan: Instalment[]) => void; errors: Errors; currency: string; debt: string; today: string;
}) {
  const { t } = useTranslation();
  const [count, setCount] = useState(3);
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <NumberInput label={t('call.instalments')} min={2} max={24} w={140} value={count} onChange={(v) => setCount(Number(v) || 2)} />
        <Button variant="light" onClick={() => onChange(splitIntoInstalments(debt, count, addDays(today, 7)))}>{t('call.splitDebt')}</Button>
      </Group>
      {plan.map((p, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          <Text w={24}>{i + 1}.</Text>
          <div style={{ flex: 1 }}>
            <PromiseFields value={p} currency={currency} today={today} errors={errors} prefix={`plan.${i}.`}
              onChange={(v) => onChange(plan.map((q, j) => (j === i ? v : q)))} />
          </div>
          <ActionIcon variant="subtle" color="red" aria-label={t('common.remove')} onClick={() => onChange(plan.filter((_, j) => j !== i))}>×</ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button variant="subtle" size="xs" onClick={() => onChange([...plan, { date: '', amount: '' }])}>{t('call.addInstalment')}</Button>
        <Text size="sm">{t('call.planTotal')}: <Money amount={planTotal(plan)} currency={currency} /></Text>
      </Group>
      {errors.plan && <Text c="red" size="xs">{t(errors.plan)}</Text>}
    </Stack>
  );
}

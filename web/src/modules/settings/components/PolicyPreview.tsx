import { Alert, Button, Group, Table, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format.ts';
import { useLocale } from '../../../ui/Money.tsx';
import { previewPolicy } from '../api/settings.api.ts';

/** The step-by-step preview: for a hypothetical invoice, the date and local window of each step. */
export function PolicyPreview({ code }: { code: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [input, setInput] = useState({ dueDate: new Date().toISOString().slice(0, 10), country: 'RU', timeZone: 'Europe/Moscow' });
  const preview = useMutation({ mutationFn: () => previewPolicy(code, input) });
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput type="date" label={t('policy.previewDue')} value={input.dueDate} onChange={(e) => setInput({ ...input, dueDate: e.currentTarget.value })} />
        <TextInput label={t('policy.country')} w={80} value={input.country} onChange={(e) => setInput({ ...input, country: e.currentTarget.value.toUpperCase() })} />
        <TextInput label={t('policy.timeZone')} value={input.timeZone} onChange={(e) => setInput({ ...input, timeZone: e.currentTarget.value })} />
        <Button variant="light" onClick={() => preview.mutate()} loading={preview.isPending}>{t('policy.preview')}</Button>
      </Group>
      {preview.isError && <Alert color="red">{preview.error.message}</Alert>}
      {preview.data && (
        <Table withTableBorder verticalSpacing={4}>
          <Table.Tbody>
            {preview.data.steps.map((s) => (
              <Table.Tr key={s.code}><Table.Td fw={600}>{s.code}</Table.Td><Table.Td>{formatDate(s.date, locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })}</Table.Td><Table.Td>{s.localWindow}</Table.Td><Table.Td>{s.channels.join(', ')}</Table.Td><Table.Td>{s.purpose}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

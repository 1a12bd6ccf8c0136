import { Anchor, Badge, Button, Stack, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable.tsx';
import { formatDate, timeWindow } from '../../../ui/format.ts';
import { Money, useLocale } from '../../../ui/Money.tsx';
import type { WorkItem } from '../api/today.api.ts';

/**
 * L8: the day's calls, ranked by the server (overdue tasks first, then priority); each shows its window in
 * the customer's local time and in the collector's own, and opens the call screen in one click.
 */
export function WorklistTable({ items, myZone }: { items: WorkItem[]; myZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns = useMemo<ColumnDef<WorkItem, unknown>[]>(() => [
    { header: '#', cell: (c) => c.row.index + 1 },
    {
      header: t('today.customer'),
      cell: ({ row: { original: w } }) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/customers/${w.customerId}`} fw={500}>{w.customerName}</Anchor>
          <Text size="xs" c="dimmed">{w.invoiceNumbers.join(', ')}</Text>
        </Stack>
      ),
    },
    {
      header: t('today.step'),
      cell: ({ row: { original: w } }) => (
        <Stack gap={2} align="flex-start">
          <Badge variant="light">{w.stepCode ?? '—'} · {t(`taskKind.${w.kind}`, { defaultValue: w.kind })}</Badge>
          {w.overdueTask && <Badge color="red" variant="filled" size="xs">{t('today.overdueTask', { date: formatDate(w.dueDate, locale, { day: 'numeric', month: 'short' }) })}</Badge>}
        </Stack>
      ),
    },
    {
      header: t('today.window'),
      cell: ({ row: { original: w } }) => {
        const win = timeWindow(w.windowStart, w.windowEnd, myZone);
        return (
          <Stack gap={0}>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{win.customer} <Text span size="xs" c="dimmed">{t('today.theirs')}</Text></Text>
            {!win.sameZone && <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{win.mine} {t('today.mine')}</Text>}
          </Stack>
        );
      },
    },
    { header: t('today.overdue'), cell: ({ row: { original: w } }) => <Money amount={w.overdueAmount} currency={w.currency} /> },
    { header: t('today.daysOverdue'), cell: ({ row: { original: w } }) => t('common.days', { count: w.daysOverdue }) },
    {
      header: '',
      id: 'call',
      cell: ({ row: { original: w } }) => (
        <Button component={Link} to={`/call/${w.id}`} size="xs" data-testid={`call-${w.id}`}>{t('today.call')}</Button>
      ),
    },
  ], [t, myZone, locale]);
  return (
    <DataTable
      data={items}
      columns={columns}
      empty={t('today.empty')}
      rowProps={(w) => ({ 'data-testid': 'work-item', style: w.overdueTask ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : {} })}
    />
  );
}

import { Badge, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable.tsx';
import { formatDate } from '../../../ui/format.ts';
import { Money, useLocale } from '../../../ui/Money.tsx';
import type { FileInvoice } from '../api/customer.api.ts';

/** Open invoices, oldest due first, each with the ladder step it reached and the next action (L1–L8). */
export function OpenInvoicesTable({ invoices }: { invoices: FileInvoice[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns = useMemo<ColumnDef<FileInvoice, unknown>[]>(() => [
    { header: t('invoice.number'), accessorKey: 'number' },
    { header: t('invoice.dueDate'), cell: ({ row: { original: i } }) => formatDate(i.dueDate, locale) },
    { header: t('invoice.balance'), cell: ({ row: { original: i } }) => <Money amount={i.balance} currency={i.currency} /> },
    { header: t('today.daysOverdue'), cell: ({ row: { original: i } }) => (i.daysOverdue > 0 ? <Text c="red" size="sm">{t('common.days', { count: i.daysOverdue })}</Text> : t('invoice.notDue')) },
    {
      header: t('invoice.step'),
      cell: ({ row: { original: i } }) => (
        <>
          {i.ladderStep ? <Badge variant="light">{i.ladderStep}</Badge> : '—'}
          {i.heldBy && <Badge ml={4} color="yellow" variant="light">{t(`invoice.heldBy_${i.heldBy}`, { date: i.promisedDate ? formatDate(i.promisedDate, locale) : '' })}</Badge>}
        </>
      ),
    },
    {
      header: t('invoice.next'),
      cell: ({ row: { original: i } }) => (i.nextAction
        ? `${formatDate(i.nextAction.dueDate, locale)} · ${i.nextAction.stepCode ?? ''} ${t(`taskKind.${i.nextAction.kind}`, { defaultValue: i.nextAction.kind })}`
        : '—'),
    },
  ], [t, locale]);
  return <DataTable data={invoices} columns={columns} empty={t('file.noInvoices')} />;
}

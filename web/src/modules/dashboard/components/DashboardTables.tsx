import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format.ts';
import { Money, useLocale } from '../../../ui/Money.tsx';
import type { Dashboard, PromiseLine } from '../api/dashboard.api.ts';

export function TopDebtors({ top }: { top: Dashboard['topDebtors'][number] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={4} mb="xs">{t('dashboard.topDebtors', { currency: top.currency })}</Title>
      <Table verticalSpacing={4}>
        <Table.Thead><Table.Tr><Table.Th>{t('today.customer')}</Table.Th><Table.Th>{t('file.overdue')}</Table.Th><Table.Th>{t('aging.over90')}</Table.Th><Table.Th>{t('dashboard.total')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {top.items.map((d) => (
            <Table.Tr key={d.customerId}>
              <Table.Td><Anchor component={Link} to={`/customers/${d.customerId}`} size="sm">{d.customerName}</Anchor></Table.Td>
              <Table.Td><Money amount={d.overdue} currency={top.currency} /></Table.Td>
              <Table.Td><Money amount={d.over90} currency={top.currency} /></Table.Td>
              <Table.Td><Money amount={d.total} currency={top.currency} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** P5: the agreements to watch: promises falling due this week, and those broken last week. */
export function PromiseList({ title, items, empty }: { title: string; items: PromiseLine[]; empty: string }) {
  const locale = useLocale();
  return (
    <Card withBorder>
      <Title order={4} mb="xs">{title}</Title>
      {items.length === 0 && <Text size="sm" c="dimmed">{empty}</Text>}
      <Table verticalSpacing={4}>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td><Anchor component={Link} to={`/customers/${p.customerId}`} size="sm">{p.customerName}</Anchor></Table.Td>
              <Table.Td>{formatDate(p.promisedDate, locale)}</Table.Td>
              <Table.Td><Money amount={p.amount} currency={p.currency} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** L9: each collector's day and week: done, open, overdue. */
export function CollectorLoads({ collectors }: { collectors: Dashboard['collectors'] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={4} mb="xs">{t('dashboard.collectors')}</Title>
      <Table verticalSpacing={4}>
        <Table.Thead><Table.Tr><Table.Th>{t('dashboard.collector')}</Table.Th><Table.Th>{t('dashboard.doneToday')}</Table.Th><Table.Th>{t('dashboard.doneThisWeek')}</Table.Th><Table.Th>{t('dashboard.open')}</Table.Th><Table.Th>{t('dashboard.overdueTasks')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {collectors.map((c) => (
            <Table.Tr key={c.userId}>
              <Table.Td>{c.name}</Table.Td><Table.Td>{c.doneToday}</Table.Td><Table.Td>{c.doneThisWeek}</Table.Td><Table.Td>{c.open}</Table.Td>
              <Table.Td><Text c={c.overdue > 0 ? 'red' : undefined} size="sm">{c.overdue}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

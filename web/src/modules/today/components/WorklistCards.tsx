import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, timeWindow } from '../../../ui/format.ts';
import { Money, useLocale } from '../../../ui/Money.tsx';
import type { WorkItem } from '../api/today.api.ts';

/** The day's list on a phone: one card per call, in the same order as the table (L8). */
export function WorklistCards({ items, myZone }: { items: WorkItem[]; myZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (items.length === 0) return <Text c="dimmed" size="sm">{t('today.empty')}</Text>;
  return (
    <Stack gap="xs">
      {items.map((w) => {
        const win = timeWindow(w.windowStart, w.windowEnd, myZone);
        return (
          <Card key={w.id} withBorder padding="sm" data-testid="work-card" style={w.overdueTask ? { borderLeft: '3px solid var(--mantine-color-red-6)' } : undefined}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={0}>
                <Anchor component={Link} to={`/customers/${w.customerId}`} fw={600}>{w.customerName}</Anchor>
                <Text size="xs" c="dimmed">{w.invoiceNumbers.join(', ')}</Text>
              </Stack>
              <Stack gap={2} align="flex-end">
                <Badge variant="light">{w.stepCode ?? '—'} · {t(`taskKind.${w.kind}`, { defaultValue: w.kind })}</Badge>
                {w.overdueTask && <Badge color="red" size="xs">{t('today.overdueTask', { date: formatDate(w.dueDate, locale, { day: 'numeric', month: 'short' }) })}</Badge>}
              </Stack>
            </Group>
            <Group justify="space-between" mt={6}>
              <Text size="sm"><Money amount={w.overdueAmount} currency={w.currency} /> · {t('common.days', { count: w.daysOverdue })}</Text>
              <Text size="sm">{win.customer} <Text span size="xs" c="dimmed">{t('today.theirs')}</Text>{!win.sameZone && <> · {win.mine} <Text span size="xs" c="dimmed">{t('today.mine')}</Text></>}</Text>
            </Group>
            <Button component={Link} to={`/call/${w.id}`} size="xs" mt={6} fullWidth>{t('today.call')}</Button>
          </Card>
        );
      })}
    </Stack>
  );
}

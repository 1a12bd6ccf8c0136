import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../ui/Money.tsx';
import type { CustomerFile } from '../api/customer.api.ts';
import { DebtorTypeControl } from './DebtorTypeControl.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase">{label}</Text>
      <Text size="sm" fw={500} component="div">{children}</Text>
    </Stack>
  );
}

/** S1: the debt to the kopeck and its overdue part, the oldest invoice's days overdue, D1, who decides, P12. */
export function CustomerHeader({ header, actions }: { header: CustomerFile['header']; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Group justify="space-between" align="flex-start">
        <Stack gap={0}>
          <Title order={2}>{header.legalName}</Title>
          <Text size="sm" c="dimmed">{[header.externalId, header.companyName, header.country, header.timeZone].filter(Boolean).join(' · ')}</Text>
        </Stack>
        {actions}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mt="md" spacing="md">
        <Fact label={t('file.totalDebt')}>
          {header.debt.length === 0 ? '—' : header.debt.map((d) => <div key={d.currency} data-testid="total-debt"><Money amount={d.total} currency={d.currency} /></div>)}
        </Fact>
        <Fact label={t('file.overdue')}>
          {header.debt.length === 0 ? '—' : header.debt.map((d) => <Text key={d.currency} c="red" fw={600} size="sm"><Money amount={d.overdue} currency={d.currency} /></Text>)}
        </Fact>
        <Fact label={t('file.oldestOverdue')}>{t('common.days', { count: header.oldestDaysOverdue })}</Fact>
        <Fact label={t('file.riskClass')}>{header.riskClass ? <Badge variant="light">{header.riskClass}</Badge> : '—'}</Fact>
        <Fact label={t('file.creditLimit')}>{header.creditLimit ? <Money amount={header.creditLimit.amount} currency={header.creditLimit.currency} /> : '—'}</Fact>
        <Fact label={t('file.decisionMaker')}>
          {header.decisionMaker ? `${header.decisionMaker.name} (${t(`contactRole.${header.decisionMaker.role}`, { defaultValue: header.decisionMaker.role })})` : <Text c="orange" size="sm">{t('file.noDecisionMaker')}</Text>}
        </Fact>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="md">
        <Fact label={t('file.debtorType')}><DebtorTypeControl header={header} /></Fact>
        <Fact label={t('file.paymentOrdering')}>{header.paymentOrdering ?? <Text c="dimmed" size="sm">{t('file.paymentOrderingUnknown')}</Text>}</Fact>
      </SimpleGrid>
    </Card>
  );
}

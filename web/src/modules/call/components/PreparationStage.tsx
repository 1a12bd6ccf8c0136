import { Badge, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format.ts';
import { Money, useLocale } from '../../../ui/Money.tsx';
import { timelineLine } from '../../customer/hooks/timelineLine.ts';
import { GOALS, TACTICS, type Goal, type Tactic } from '../hooks/callDraft.ts';
import { ScriptLines } from './ScriptLines.tsx';
import type { StageProps } from './stageProps.ts';

/** S1: know the debt to the kopeck, its history, the debtor type and who pays; choose tactic and goal. */
export function PreparationStage({ draft, update, errors, ctx }: StageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { header, invoices, timeline } = ctx.file;
  const h = header.history;
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Stack>
      <Table withTableBorder verticalSpacing={4} data-testid="prep-invoices">
        <Table.Thead><Table.Tr><Table.Th>{t('invoice.number')}</Table.Th><Table.Th>{t('invoice.dueDate')}</Table.Th><Table.Th>{t('invoice.balance')}</Table.Th><Table.Th>{t('today.daysOverdue')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {invoices.map((i) => (
            <Table.Tr key={i.id}><Table.Td>{i.number}</Table.Td><Table.Td>{formatDate(i.dueDate, locale)}</Table.Td><Table.Td><Money amount={i.balance} currency={i.currency} /></Table.Td><Table.Td>{t('common.days', { count: i.daysOverdue })}</Table.Td></Table.Tr>
          ))}
          <Table.Tr fw={700}><Table.Td colSpan={2}>{t('call.total')}</Table.Td><Table.Td data-testid="prep-total"><Money amount={ctx.total} currency={ctx.currency} /></Table.Td><Table.Td>{t('common.days', { count: header.oldestDaysOverdue })}</Table.Td></Table.Tr>
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">{t('file.debtorType')}</Text>
          <Text size="sm">{header.debtorType ? t(`debtorType.${header.debtorType}`) : t('debtorType.none')}
            {!header.debtorType && header.suggestion.debtorType && <Badge ml={6} size="xs" variant="outline">{t('file.suggested')} {t(`debtorType.${header.suggestion.debtorType}`)}</Badge>}</Text>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">{t('file.decisionMaker')}</Text>
          <Text size="sm">{header.decisionMaker?.name ?? t('file.noDecisionMaker')}</Text>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">{t('call.history')}</Text>
          <Text size="sm">{t('call.historyLine', { kept: h.keptPromises, broken: h.brokenPromises, unanswered: h.unansweredCalls })}</Text>
        </Stack>
      </SimpleGrid>
      <Stack gap={2}>
        {timeline.slice(0, 5).map((e, i) => <Text key={i} size="xs" c="dimmed">{formatDate(e.at, locale)} · {t(`timeline.${e.kind}`, { defaultValue: e.kind })}: {timelineLine(e, t, locale)}</Text>)}
      </Stack>
      <ScriptLines script={ctx.script} stage="preparation" />
      <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('call.goal')}</Text>
          <SegmentedControl data-testid="goal" orientation={phone ? 'vertical' : 'horizontal'} fullWidth={phone} data={GOALS.map((g) => ({ value: g, label: t(`goal.${g}`) }))} value={draft.goal ?? ''} onChange={(v) => update({ goal: v as Goal })} />
          {errors.goal && <Text c="red" size="xs">{t(errors.goal)}</Text>}
        </Stack>
        <NativeSelect
          label={t('call.tactic')} data-testid="tactic" error={errors.tactic && t(errors.tactic)}
          data={[{ value: '', label: t('call.choose') }, ...TACTICS.map((x) => ({ value: x, label: t(`tactic.${x}`) }))]}
          value={draft.tactic ?? ''} onChange={(e) => update({ tactic: (e.currentTarget.value || null) as Tactic | null })}
        />
      </Group>
    </Stack>
  );
}

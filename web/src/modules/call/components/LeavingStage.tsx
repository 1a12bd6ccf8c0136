import { Alert, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../ui/format.ts';
import { useLocale } from '../../../ui/Money.tsx';
import { agreedPayments, endsAtEntry, type CallDraft } from '../hooks/callDraft.ts';
import { ScriptLines } from './ScriptLines.tsx';
import type { StageProps } from './stageProps.ts';

/** S4: the summary the collector reads back for the client to confirm ("on <date> you pay <amount>"). */
export function useReadBack() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (d: CallDraft, currency: string): string[] => {
    if (endsAtEntry(d)) return [t(`reached.${d.reached!}`)];
    const lines = agreedPayments(d).filter((p) => p.date && p.amount)
      .map((p) => t('call.readBackPayment', { date: formatDate(p.date, locale, { day: 'numeric', month: 'long', year: 'numeric' }), amount: formatMoney(p.amount, currency, locale) }));
    if (d.result === 'dispute') lines.push(t('call.readBackDispute', { reason: d.disputeReason }));
    if (d.result === 'refused') lines.push(t('result.refused'));
    if (d.meeting.wanted && d.meeting.date) lines.push(t('call.readBackMeeting', { date: formatDate(d.meeting.date, locale), time: d.meeting.time, place: d.meeting.place || '—' }));
    return lines;
  };
}

export function LeavingStage({ draft, update, errors, ctx }: StageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const agreedValues = (d: CallDraft): Record<string, string> => {
    const first = agreedPayments(d)[0];
    return first?.date && first.amount ? { agreedDate: formatDate(first.date, locale, { day: 'numeric', month: 'long', year: 'numeric' }), agreedAmount: formatMoney(first.amount, ctx.currency, locale) } : {};
  };
  const readBack = useReadBack()(draft, ctx.currency);
  const vague = Object.keys(errors).some((k) => k === 'date' || k === 'amount' || k.startsWith('plan'));
  return (
    <Stack>
      <Alert color="green" variant="light" title={t('call.readBackTitle')} data-testid="read-back">
        {readBack.map((line, i) => <Text key={i} size="sm">{line}</Text>)}
        <Text size="xs" c="dimmed" mt={4}>{t('call.readBackConfirm')}</Text>
      </Alert>
      {vague && <Alert color="red" data-testid="promise-incomplete">{t('errors.promiseIncomplete')}</Alert>}
      <ScriptLines script={ctx.script} stage="leaving" extra={agreedValues(draft)} />
      <Checkbox label={t('call.meeting')} checked={draft.meeting.wanted} onChange={(e) => update({ meeting: { ...draft.meeting, wanted: e.currentTarget.checked } })} />
      {draft.meeting.wanted && (
        <Group grow align="flex-start">
          <TextInput type="date" label={t('call.meetingDate')} value={draft.meeting.date} error={errors.meetingDate && t(errors.meetingDate)} onChange={(e) => update({ meeting: { ...draft.meeting, date: e.currentTarget.value } })} />
          <TextInput type="time" label={t('call.meetingTime')} value={draft.meeting.time} error={errors.meetingTime && t(errors.meetingTime)} onChange={(e) => update({ meeting: { ...draft.meeting, time: e.currentTarget.value } })} />
          <TextInput label={t('call.meetingPlace')} value={draft.meeting.place} onChange={(e) => update({ meeting: { ...draft.meeting, place: e.currentTarget.value } })} />
          <Checkbox mt="xl" label={t('call.reconciliationAct')} checked={draft.meeting.reconciliationAct} onChange={(e) => update({ meeting: { ...draft.meeting, reconciliationAct: e.currentTarget.checked } })} />
        </Group>
      )}
    </Stack>
  );
}

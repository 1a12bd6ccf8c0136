import { Checkbox, Group, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format.ts';
import { useLocale } from '../../../ui/Money.tsx';
import { agreedPayments, followUpDate, OUTCOMES, outcomeOf, suggestedGoalReached, type Outcome } from '../hooks/callDraft.ts';
import { ScriptLines } from './ScriptLines.tsx';
import type { StageProps } from './stageProps.ts';

/** S5: the outcome, whether the goal was reached, a note; the next task follows from the outcome; P13. */
export function AnalysisStage({ draft, update, errors, ctx }: StageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const next = followUpDate(draft);
  const goalReached = draft.goalReached ?? suggestedGoalReached(draft);
  return (
    <Stack>
      <ScriptLines script={ctx.script} stage="analysis" />
      <NativeSelect label={t('call.outcome')} data-testid="outcome" error={errors.outcome && t(errors.outcome)}
        data={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} value={outcomeOf(draft) ?? ''}
        onChange={(e) => update({ outcome: e.currentTarget.value as Outcome })} />
      <Radio.Group label={t('call.goalReached', { goal: draft.goal ? t(`goal.${draft.goal}`) : '' })} value={goalReached ? 'yes' : 'no'}
        onChange={(v) => update({ goalReached: v === 'yes' })} error={errors.goalReached && t(errors.goalReached)}>
        <Group mt={6}><Radio value="yes" label={t('common.yes')} /><Radio value="no" label={t('common.no')} /></Group>
      </Radio.Group>
      <Textarea label={t('call.note')} autosize minRows={2} value={draft.note} onChange={(e) => update({ note: e.currentTarget.value })} data-testid="note" />
      {next && <Text size="sm" data-testid="next-task">{t(draft.reached === 'callback' ? 'call.nextCallback' : 'call.nextFollowUp', { date: formatDate(next, locale, { weekday: 'long', day: 'numeric', month: 'long' }) })}</Text>}
      {agreedPayments(draft).length > 0 && (
        <Checkbox label={t('call.sendConfirmation')} checked={draft.sendConfirmation} onChange={(e) => update({ sendConfirmation: e.currentTarget.checked })} data-testid="send-confirmation" />
      )}
    </Stack>
  );
}

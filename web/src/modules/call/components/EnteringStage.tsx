import { Alert, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REACHED } from '../hooks/callDraft.ts';
import { ScriptLines } from './ScriptLines.tsx';
import type { StageProps } from './stageProps.ts';

/**
 * S2: a serious opening, never an apology; talk only to who decides on payments. If they are not there:
 * who stands in, or the exact day and time to call back (that becomes the callback task).
 */
export function EnteringStage({ draft, update, errors, ctx }: StageProps) {
  const { t } = useTranslation();
  const dm = ctx.file.header.decisionMaker;
  return (
    <Stack>
      <Alert color="gray" variant="light" title={t('call.openingTitle')}>
        {t('call.opening', { person: dm?.name ?? t('call.decisionMakerRole'), company: ctx.file.header.companyName })}
        <Text size="xs" c="dimmed" mt={4}>{t('call.noApology')}</Text>
      </Alert>
      <ScriptLines script={ctx.script} stage="entering" />
      <Radio.Group label={t('call.reached')} value={draft.reached ?? ''} onChange={(v) => update({ reached: v as typeof draft.reached })} error={errors.reached && t(errors.reached)}>
        <Stack gap={6} mt={6}>
          {REACHED.map((r) => <Radio key={r} value={r} label={t(`reached.${r}`)} data-testid={`reached-${r}`} />)}
        </Stack>
      </Radio.Group>
      {draft.reached === 'stand_in' && (
        <Group grow align="flex-start">
          <TextInput label={t('call.standInName')} required value={draft.standIn.name} error={errors.standInName && t(errors.standInName)} onChange={(e) => update({ standIn: { ...draft.standIn, name: e.currentTarget.value } })} />
          <TextInput label={t('call.standInRole')} value={draft.standIn.role} onChange={(e) => update({ standIn: { ...draft.standIn, role: e.currentTarget.value } })} />
          <TextInput label={t('call.standInPhone')} value={draft.standIn.phone} onChange={(e) => update({ standIn: { ...draft.standIn, phone: e.currentTarget.value } })} />
        </Group>
      )}
      {draft.reached === 'callback' && (
        <Group grow align="flex-start">
          <TextInput type="date" label={t('call.callbackDate')} required value={draft.callbackDate} min={ctx.today} error={errors.callbackDate && t(errors.callbackDate)} onChange={(e) => update({ callbackDate: e.currentTarget.value })} data-testid="callback-date" />
          <TextInput type="time" label={t('call.callbackTime', { zone: ctx.task.customerTimeZone })} required value={draft.callbackTime} error={errors.callbackTime && t(errors.callbackTime)} onChange={(e) => update({ callbackTime: e.currentTarget.value })} data-testid="callback-time" />
        </Group>
      )}
    </Stack>
  );
}

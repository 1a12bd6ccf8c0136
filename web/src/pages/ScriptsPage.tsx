import { Alert, Button, Group, Loader, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/index.ts';
import { fetchCallScript, saveCallScript } from '../modules/call/api/call.api.ts';
import { STAGES, type Stage } from '../modules/call/hooks/callDraft.ts';

const STEPS = ['L1', 'L2', 'L4', 'L5', 'S5', 'N7'];

/** Managers edit the call script per policy step and language, one text per stage, one line per sentence. */
export function ScriptsPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [step, setStep] = useState('L1');
  const [language, setLanguage] = useState(i18n.language);
  const script = useQuery({ queryKey: ['call-script-edit', step, language], queryFn: () => fetchCallScript(step, language) });
  const [texts, setTexts] = useState<Record<Stage, string> | null>(null);
  useEffect(() => {
    if (script.data) setTexts(Object.fromEntries(STAGES.map((s) => [s, script.data.stages[s].join('\n')])) as Record<Stage, string>);
  }, [script.data]);
  const save = useMutation({
    mutationFn: () => saveCallScript(step, language, Object.fromEntries(STAGES.map((s) => [s, texts![s].split('\n').map((l) => l.trim()).filter(Boolean)])) as Record<Stage, string[]>),
    onSuccess: () => client.invalidateQueries({ queryKey: ['call-script'] }),
  });
  return (
    <Stack>
      <Title order={2}>{t('nav.scripts')}</Title>
      <Group>
        <NativeSelect label={t('policy.step')} data={STEPS} value={step} onChange={(e) => setStep(e.currentTarget.value)} />
        <NativeSelect label={t('shell.language')} data={[...LANGUAGES]} value={language} onChange={(e) => setLanguage(e.currentTarget.value)} />
      </Group>
      {script.isPending && <Loader />}
      {script.isError && <Alert color="red">{script.error.message}</Alert>}
      {texts && STAGES.map((s) => (
        <Textarea key={s} label={t(`stage.${s}`)} description={t(`stage.${s}Hint`)} autosize minRows={2} value={texts[s]} onChange={(e) => setTexts({ ...texts, [s]: e.currentTarget.value })} />
      ))}
      {save.isError && <Alert color="red">{save.error.message}</Alert>}
      {save.isSuccess && <Alert color="green">{t('common.saved')}</Alert>}
      <Group><Button onClick={() => save.mutate()} loading={save.isPending} disabled={!texts}>{t('common.save')}</Button></Group>
    </Stack>
  );
}

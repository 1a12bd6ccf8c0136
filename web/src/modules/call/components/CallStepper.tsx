import { Alert, Button, Group, Paper, Stepper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyDraft, endsAtEntry, stageErrors, STAGES, type CallDraft } from '../hooks/callDraft.ts';
import { AnalysisStage } from './AnalysisStage.tsx';
import { ContactStage } from './ContactStage.tsx';
import { EnteringStage } from './EnteringStage.tsx';
import { LeavingStage } from './LeavingStage.tsx';
import { PreparationStage } from './PreparationStage.tsx';
import type { CallContext, StageProps } from './stageProps.ts';

const VIEWS = [PreparationStage, EnteringStage, ContactStage, LeavingStage, AnalysisStage] as const;

/**
 * The collection call in five stages (S1–S5). A stage is left only when its rules hold (tactic and goal
 * before dialling, an exact callback time, a promise with date and amount — N3); a call that ends at the
 * door (callback, no answer) goes straight to the analysis.
 */
export function CallStepper({ ctx, onSubmit, submitting, submitError }: {
  ctx: CallContext; onSubmit: (draft: CallDraft) => void; submitting?: boolean; submitError?: string | null;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CallDraft>(emptyDraft);
  const [active, setActive] = useState(0);
  const [tried, setTried] = useState(false);
  const stage = STAGES[active]!;
  const errors = stageErrors(stage, draft, ctx.today);
  const blocked = Object.keys(errors).length > 0;
  const update = (patch: Partial<CallDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const skipped = (i: number) => endsAtEntry(draft) && (i === 2 || i === 3);
  const go = (to: number) => { setTried(false); setActive(to); };
  const next = () => {
    if (blocked) { setTried(true); return; }
    if (stage === 'analysis') { onSubmit(draft); return; }
    let to = active + 1;
    while (skipped(to)) to += 1;
    go(to);
  };
  const back = () => { let to = active - 1; while (skipped(to)) to -= 1; go(Math.max(0, to)); };
  const props: StageProps = { draft, update, errors: tried ? errors : {}, ctx };
  const View = VIEWS[active]!;
  return (
    <Paper withBorder p="md">
      <Stepper active={active} onStepClick={(i) => (i < active ? go(i) : undefined)} size="sm" allowNextStepsSelect={false} wrap>
        {STAGES.map((s, i) => <Stepper.Step key={s} label={t(`stage.${s}`)} description={t(`stage.${s}Hint`)} color={skipped(i) ? 'gray' : undefined} />)}
      </Stepper>
      <div style={{ marginTop: 'var(--mantine-spacing-md)' }} data-testid={`stage-${stage}`}><View {...props} /></div>
      {submitError && <Alert color="red" mt="md" data-testid="submit-error">{submitError}</Alert>}
      <Group justify="space-between" mt="md">
        <Button variant="default" onClick={back} disabled={active === 0}>{t('common.back')}</Button>
        <Button onClick={next} loading={submitting} data-testid="next" color={stage === 'analysis' ? 'green' : undefined}>
          {stage === 'analysis' ? t('call.save') : stage === 'preparation' ? t('call.dial') : t('common.next')}
        </Button>
      </Group>
    </Paper>
  );
}

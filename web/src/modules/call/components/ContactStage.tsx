import { Alert, Blockquote, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, monthsOf } from '../../../ui/format.ts';
import { useLocale } from '../../../ui/Money.tsx';
import { RESULTS, type Result } from '../hooks/callDraft.ts';
import { PlanEditor } from './PlanEditor.tsx';
import { PromiseFields } from './PromiseFields.tsx';
import { ScriptLines, scriptLines } from './ScriptLines.tsx';
import type { StageProps } from './stageProps.ts';

/**
 * S3: solve the problem, don't vent: the exact debt and the months it is for, then an exact payment date
 * and amount, or instalments, or a dispute with its reason. N8: no asking for excuses; R8: "no money" is
 * an objective reason — offer instalments and stay in touch.
 */
export function ContactStage({ draft, update, errors, ctx }: StageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const overdueMonths = monthsOf(ctx.file.invoices.filter((i) => i.daysOverdue > 0).map((i) => i.dueDate), locale);
  // S3: the exact sentence with the amount and the months — the script's own for this step, else the standard one
  const sentence = scriptLines(ctx.script, 'contact').find((l) => l.includes(ctx.script?.values?.amount ?? '\u0000')) ?? t('call.sentence', { months: overdueMonths.join(', ') || '—', amount: formatMoney(ctx.overdue, ctx.currency, locale) });
  const choose = (result: Result) => update({ result });
  return (
    <Stack>
      <Blockquote color="red" p="sm" data-testid="exact-sentence"><Text fw={600}>{sentence}</Text></Blockquote>
      <ScriptLines script={ctx.script} stage="contact" omit={sentence} />
      <Radio.Group label={t('call.result')} value={draft.result ?? ''} onChange={(v) => choose(v as Result)} error={errors.result && t(errors.result)}>
        <Stack gap={6} mt={6}>
          {RESULTS.map((r) => <Radio key={r} value={r} label={t(`result.${r}`)} data-testid={`result-${r}`} />)}
        </Stack>
      </Radio.Group>
      {(draft.result === 'promise' || draft.result === 'official_letter') && (
        <PromiseFields value={draft.promise} onChange={(promise) => update({ promise })} errors={errors} currency={ctx.currency} today={ctx.today} />
      )}
      {draft.result === 'no_money' && <Alert color="blue" variant="light" title={t('call.noMoneyTitle')}>{t('call.noMoney')}</Alert>}
      {(draft.result === 'plan' || draft.result === 'no_money') && (
        <PlanEditor plan={draft.plan} onChange={(plan) => update({ plan })} errors={errors} currency={ctx.currency} debt={ctx.overdue} today={ctx.today} />
      )}
      {draft.result === 'dispute' && (
        <Textarea label={t('call.disputeReason')} required value={draft.disputeReason} error={errors.disputeReason && t(errors.disputeReason)} onChange={(e) => update({ disputeReason: e.currentTarget.value })} />
      )}
      {draft.result === 'refused' && <Alert color="orange" variant="light">{t('call.refused')}</Alert>}
    </Stack>
  );
}

import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { recordOutcome } from '../modules/call/api/call.api.ts';
import { CallStepper } from '../modules/call/components/CallStepper.tsx';
import type { CallDraft } from '../modules/call/hooks/callDraft.ts';
import { outcomeBody } from '../modules/call/hooks/outcomeBody.ts';
import { useCallScript } from '../modules/call/hooks/useCallScript.ts';
import { useCallTask } from '../modules/call/hooks/useCallTask.ts';
import { CustomerHeader } from '../modules/customer/components/CustomerHeader.tsx';
import { useCustomerFile } from '../modules/customer/hooks/useCustomerFile.ts';
import { timeWindow } from '../ui/format.ts';

/** The call screen: the customer's header above the five stages of the call (S1–S5). */
export function CallPage() {
  const { taskId } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { task, today, myZone, isPending, error } = useCallTask(taskId);
  const file = useCustomerFile(task?.customerId);
  const script = useCallScript(task?.stepCode, i18n.language, task?.customerId);
  const save = useMutation({
    mutationFn: (draft: CallDraft) => recordOutcome(task!.id, outcomeBody(draft, task!, currency, task!.customerTimeZone)),
    onSuccess: async (result) => {
      await client.invalidateQueries();
      await navigate('/today', { state: { saved: task!.customerName, followUp: result.followUp?.date ?? result.nextTask?.dueDate ?? null } });
    },
  });
  if (isPending || file.isPending) return <Loader />;
  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!task || !today) return <Alert color="orange">{t('call.taskNotFound')}</Alert>;
  if (file.isError) return <Alert color="red">{file.error.message}</Alert>;
  const debt = file.data.header.debt[0];
  const currency = debt?.currency ?? 'RUB';
  const win = timeWindow(task.windowStart, task.windowEnd, myZone ?? task.customerTimeZone);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('call.title', { step: task.stepCode ?? '' })}</Title>
        <Text size="sm" c="dimmed">{t('call.window', { theirs: win.customer, mine: win.mine })} · <Anchor component={Link} to={`/customers/${task.customerId}`}>{t('call.openFile')}</Anchor></Text>
      </Group>
      {!task.open && <Alert color="gray">{t('call.taskClosed')}</Alert>}
      <CustomerHeader header={file.data.header} />
      <CallStepper
        ctx={{ task, file: file.data, script: script.data, today, currency, overdue: debt?.overdue ?? '0.00', total: debt?.total ?? '0.00' }}
        onSubmit={(draft) => save.mutate(draft)}
        submitting={save.isPending}
        submitError={save.error?.message ?? null}
      />
    </Stack>
  );
}

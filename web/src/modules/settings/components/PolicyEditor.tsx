import { Alert, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEditPolicies, useMe } from '../../session/hooks/useMe.ts';
import { savePolicy, type Policy, type PolicyStep } from '../api/settings.api.ts';
import { minorToDecimal } from '../hooks/minorToDecimal.ts';

/** Policies are data: each step's offset, unit, window and mode can be edited; the server validates the whole. */
export function PolicyEditor({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const editable = canEditPolicies(useMe().data);
  const [steps, setSteps] = useState<PolicyStep[]>(policy.steps);
  const [name, setName] = useState(policy.name);
  const save = useMutation({
    mutationFn: () => savePolicy(policy.code, { name, steps, minBalance: minorToDecimal(policy.minBalanceMinor), brokenPromisesToClaim: policy.brokenPromisesToClaim }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['policies'] }),
  });
  const set = (i: number, patch: Partial<PolicyStep>) => setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <Stack>
      <TextInput label={t('policy.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} maw={400} />
      <Table.ScrollContainer minWidth={700}>
        <Table verticalSpacing={4}>
          <Table.Thead><Table.Tr><Table.Th>{t('policy.step')}</Table.Th><Table.Th>{t('policy.offset')}</Table.Th><Table.Th>{t('policy.window')}</Table.Th><Table.Th>{t('policy.channels')}</Table.Th><Table.Th>{t('policy.purpose')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {steps.map((s, i) => (
              <Table.Tr key={s.code}>
                <Table.Td fw={600}>{s.code}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <NumberInput size="xs" w={70} value={s.offsetDays} min={-60} max={365} onChange={(v) => set(i, { offsetDays: Number(v) || 0 })} aria-label={t('policy.offset')} />
                    <Text size="xs">{t(`policy.unit_${s.offsetUnit}`)} · {t(`policy.anchor_${s.anchor}`)}</Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <TextInput size="xs" w={70} type="time" value={s.window.from} onChange={(e) => set(i, { window: { ...s.window, from: e.currentTarget.value } })} />
                    <TextInput size="xs" w={70} type="time" value={s.window.to} onChange={(e) => set(i, { window: { ...s.window, to: e.currentTarget.value } })} />
                  </Group>
                </Table.Td>
                <Table.Td><Text size="xs">{s.channels.join(', ')} · {s.mode}</Text></Table.Td>
                <Table.Td><Text size="xs">{s.purpose}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {save.isError && <Alert color="red">{save.error.message}</Alert>}
      {save.isSuccess && <Alert color="green">{t('common.saved')}</Alert>}
      <Group><Button onClick={() => save.mutate()} loading={save.isPending} disabled={!editable}>{t('common.save')}</Button>{!editable && <Text size="xs" c="dimmed">{t('policy.adminSaves')}</Text>}</Group>
    </Stack>
  );
}

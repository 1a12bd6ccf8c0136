import { Alert, Card, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchPolicies } from '../modules/settings/api/settings.api.ts';
import { PolicyEditor } from '../modules/settings/components/PolicyEditor.tsx';
import { PolicyPreview } from '../modules/settings/components/PolicyPreview.tsx';

/** Managers edit the pressure scale (L1–L7) per policy and check it with the step-by-step preview. */
export function PoliciesPage() {
  const { t } = useTranslation();
  const policies = useQuery({ queryKey: ['policies'], queryFn: fetchPolicies });
  if (policies.isPending) return <Loader />;
  if (policies.isError) return <Alert color="red">{policies.error.message}</Alert>;
  const items = policies.data.items;
  return (
    <Stack>
      <Title order={2}>{t('nav.policies')}</Title>
      <Tabs defaultValue={items[0]?.code}>
        <Tabs.List>{items.map((p) => <Tabs.Tab key={p.code} value={p.code}>{p.name}</Tabs.Tab>)}</Tabs.List>
        {items.map((p) => (
          <Tabs.Panel key={p.code} value={p.code} pt="md">
            <Stack>
              <Card withBorder><PolicyEditor policy={p} /></Card>
              <Card withBorder><PolicyPreview code={p.code} /></Card>
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

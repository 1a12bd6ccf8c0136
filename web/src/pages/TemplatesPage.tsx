import { Alert, Group, Loader, NativeSelect, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/index.ts';
import { fetchTemplates } from '../modules/settings/api/settings.api.ts';
import { TemplateEditor } from '../modules/settings/components/TemplateEditor.tsx';

/** Letter and e-mail templates per language and kind, edited with a live preview. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const templates = useQuery({ queryKey: ['templates'], queryFn: fetchTemplates });
  const [language, setLanguage] = useState(i18n.language);
  const [kind, setKind] = useState('demand-letter');
  if (templates.isPending) return <Loader />;
  if (templates.isError) return <Alert color="red">{templates.error.message}</Alert>;
  const kinds = [...new Set(templates.data.items.map((x) => x.kind))];
  const template = templates.data.items.find((x) => x.language === language && x.kind === kind);
  return (
    <Stack>
      <Title order={2}>{t('nav.templates')}</Title>
      <Group>
        <NativeSelect label={t('shell.language')} data={[...LANGUAGES]} value={language} onChange={(e) => setLanguage(e.currentTarget.value)} />
        <NativeSelect label={t('template.kind')} data={kinds.map((k) => ({ value: k, label: t(`messageKind.${k}`, { defaultValue: k }) }))} value={kind} onChange={(e) => setKind(e.currentTarget.value)} />
      </Group>
      {template && <TemplateEditor key={`${language}/${kind}`} template={template} />}
    </Stack>
  );
}

import { Alert, Badge, Button, Grid, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEditPolicies, useMe } from '../../session/hooks/useMe.ts';
import { previewTemplate, saveTemplate, type Template } from '../api/settings.api.ts';

/** A letter template with its live preview on a sample letter and the conduct check (U1–U4, N1, N6, S2). */
export function TemplateEditor({ template }: { template: Template }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const editable = canEditPolicies(useMe().data);
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [draft] = useDebouncedValue({ language: template.language, kind: template.kind, subject, body }, 400);
  const preview = useQuery({ queryKey: ['template-preview', draft], queryFn: () => previewTemplate(draft), retry: false });
  const save = useMutation({ mutationFn: () => saveTemplate({ language: template.language, kind: template.kind, subject, body }), onSuccess: () => client.invalidateQueries({ queryKey: ['templates'] }) });
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack>
          <TextInput label={t('template.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
          <Textarea label={t('template.body')} autosize minRows={12} maxRows={30} value={body} onChange={(e) => setBody(e.currentTarget.value)} styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }} />
          {save.isError && <Alert color="red">{save.error.message}</Alert>}
          {save.isSuccess && <Alert color="green">{t('common.saved')}</Alert>}
          <Group><Button onClick={() => save.mutate()} loading={save.isPending} disabled={!editable}>{t('common.save')}</Button>{!editable && <Text size="xs" c="dimmed">{t('policy.adminSaves')}</Text>}</Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Paper withBorder p="sm">
          <Title order={5} mb="xs">{t('template.preview')}</Title>
          {preview.isError && <Alert color="red">{preview.error.message}</Alert>}
          {preview.data && (
            <Stack gap="xs">
              {preview.data.findings.map((f, i) => (
                <Alert key={i} color={f.severity === 'block' ? 'red' : 'yellow'} p="xs">
                  <Badge size="xs" mr={4}>{f.practice}</Badge>«{f.phrase}» — {f.suggestion}
                </Alert>
              ))}
              <Text fw={600} size="sm">{preview.data.subject}</Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{preview.data.text}</Text>
            </Stack>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

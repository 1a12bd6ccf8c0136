import { Anchor, Badge, Card, Code, Modal, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../ui/Money.tsx';
import type { TimelineEntry } from '../api/customer.api.ts';
import { timelineLine } from '../hooks/timelineLine.ts';

const COLORS: Record<string, string> = {
  invoice: 'gray', payment: 'green', credit_note: 'teal', task: 'indigo', message: 'cyan', promise: 'yellow', dispute: 'orange', stop: 'red',
};
const STATUS_COLORS: Record<string, string> = { kept: 'green', broken: 'red', open: 'yellow', sent: 'green', blocked: 'red', failed: 'red', done: 'gray' };

/** One history of everything about the customer, newest first; letters and e-mails open in a dialog. */
export function CustomerTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState<TimelineEntry | null>(null);
  const when = (at: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  return (
    <Card withBorder>
      <Title order={4} mb="sm">{t('file.timeline')}</Title>
      <Timeline bulletSize={14} lineWidth={2}>
        {entries.map((e, index) => {
          const status = (e.detail.status ?? e.detail.outcome) as string | undefined;
          const note = e.detail.note as string | undefined;
          return (
            <Timeline.Item key={`${e.kind}-${String(e.detail.id)}-${index}`} color={COLORS[e.kind] ?? 'gray'} data-testid={`timeline-${e.kind}`}
              title={<Text size="sm" fw={500}>{t(`timeline.${e.kind}`, { defaultValue: e.kind })}: {e.kind === 'message' ? <Anchor size="sm" onClick={() => setOpen(e)}>{e.title}</Anchor> : timelineLine(e, t, locale)}</Text>}>
              <Text size="xs" c="dimmed">{when(e.at)}</Text>
              {status && <Badge size="xs" variant="light" color={STATUS_COLORS[status] ?? 'gray'}>{t(`status.${status}`, { defaultValue: status })}</Badge>}
              {note && <Text size="xs">{note}</Text>}
            </Timeline.Item>
          );
        })}
      </Timeline>
      {entries.length === 0 && <Text c="dimmed" size="sm">{t('file.noHistory')}</Text>}
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open?.title} size="lg">
        {open && (
          <Stack gap={4}>
            {Object.entries(open.detail).filter(([k, v]) => v !== null && v !== undefined && k !== 'text').map(([k, v]) => (
              <Text key={k} size="sm"><Text span c="dimmed">{t(`messageField.${k}`, { defaultValue: k })}:</Text> {typeof v === 'object' ? <Code>{JSON.stringify(v)}</Code> : String(v)}</Text>
            ))}
            {typeof open.detail.text === 'string' && <Paper withBorder p="sm" mt="xs"><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{open.detail.text}</Text></Paper>}
          </Stack>
        )}
      </Modal>
    </Card>
  );
}

import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createCalendarFeed } from '../api/today.api.ts';

/** L8: the secret iCalendar URL a calendar application subscribes to; asking again replaces the secret. */
export function CalendarFeedButton() {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const feed = useMutation({ mutationFn: createCalendarFeed });
  const url = feed.data ? new URL(feed.data.url, window.location.origin).toString() : '';
  return (
    <>
      <Button variant="default" size="xs" onClick={() => { modal.open(); feed.mutate(); }}>{t('calendar.subscribe')}</Button>
      <Modal opened={opened} onClose={modal.close} title={t('calendar.subscribe')} size="lg">
        <Stack>
          <Text size="sm">{t('calendar.feedHelp')}</Text>
          {feed.isError && <Alert color="red">{feed.error.message}</Alert>}
          <Group wrap="nowrap" align="flex-end">
            <TextInput readOnly value={url} style={{ flex: 1 }} aria-label={t('calendar.feedUrl')} data-testid="feed-url" onFocus={(e) => e.currentTarget.select()} />
            <CopyButton value={url}>{({ copied, copy }) => <Button onClick={copy} disabled={!url}>{copied ? t('common.copied') : t('common.copy')}</Button>}</CopyButton>
          </Group>
          <Text size="xs" c="dimmed">{t('calendar.feedSecret')}</Text>
        </Stack>
      </Modal>
    </>
  );
}

import { Button, Group, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddNote } from '../hooks/useCustomerFile.ts';

/** A note for the customer's history (what was said outside a call, a meeting, who stands in), signed by the server. */
export function NoteForm({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const add = useAddNote(customerId);
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Textarea
        style={{ flex: 1 }} autosize minRows={1} maxRows={4} maxLength={5000} data-testid="note-text"
        placeholder={t('file.notePlaceholder')} aria-label={t('file.addNote')} value={text} onChange={(e) => setText(e.currentTarget.value)}
      />
      <Button
        variant="light" disabled={text.trim() === ''} loading={add.isPending} data-testid="note-add"
        onClick={() => add.mutate(text.trim(), { onSuccess: () => setText('') })}
      >
        {t('file.addNote')}
      </Button>
    </Group>
  );
}

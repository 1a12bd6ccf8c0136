import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../api/customer.api.ts';

/** P8, P9: every person and every channel: work, mobile and home phones, work and personal e-mail, messengers. */
export function ContactsCard({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={4} mb="xs">{t('file.contacts')}</Title>
      {contacts.length === 0 && <Text c="orange" size="sm">{t('file.noContacts')}</Text>}
      <Stack gap="sm">
        {contacts.map((c) => (
          <Stack key={c.id} gap={2}>
            <Group gap={6}>
              <Text fw={600} size="sm">{c.name}</Text>
              <Text size="xs" c="dimmed">{t(`contactRole.${c.role}`, { defaultValue: c.role })}</Text>
              {c.decidesOnPayments && <Badge size="xs" color="green">{t('file.decides')}</Badge>}
            </Group>
            {Object.entries(c.phones).map(([kind, phone]) => (
              <Text key={kind} size="xs">{t(`channel.phone_${kind}`, { defaultValue: kind })}: <Anchor href={`tel:${phone}`} size="xs">{phone}</Anchor></Text>
            ))}
            {Object.entries(c.emails).map(([kind, email]) => (
              <Text key={kind} size="xs">{t(`channel.email_${kind}`, { defaultValue: kind })}: <Anchor href={`mailto:${email}`} size="xs">{email}</Anchor></Text>
            ))}
            {Object.entries(c.messengers ?? {}).map(([kind, handle]) => <Text key={kind} size="xs">{kind}: {handle}</Text>)}
            {c.notes && <Text size="xs" c="dimmed">{c.notes}</Text>}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

import { Button, Menu, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { logOut, saveTimeZone, type Me } from '../api/session.api.ts';

/** The user's own settings: the time zone the call windows are also shown in (L8), and signing out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const zone = useMutation({
    mutationFn: saveTimeZone,
    onSuccess: async (_, timeZone) => {
      client.setQueryData<Me | null>(['me'], (old) => (old ? { ...old, timeZone } : old));
      await client.invalidateQueries({ predicate: (q) => ['today', 'calendar', 'calendar-around'].includes(String(q.queryKey[0])) });
    },
  });
  const logout = useMutation({ mutationFn: logOut, onSuccess: () => client.setQueryData(['me'], null) });
  return (
    <Menu position="bottom-end" closeOnItemClick={false} withinPortal>
      <Menu.Target>
        <Button size="xs" variant="subtle">{me.name}</Button>
      </Menu.Target>
      <Menu.Dropdown p="sm">
        <Stack gap="xs" w={260}>
          <Text size="xs" c="dimmed">{t(`role.${me.role}`)}</Text>
          <Select data-testid="time-zone" label={t('shell.timeZone')} searchable size="xs" data={zones} value={me.timeZone ?? null} allowDeselect={false}
            onChange={(value) => value && zone.mutate(value)} comboboxProps={{ withinPortal: false }} />
          <Button size="xs" variant="light" onClick={() => logout.mutate()}>{t('shell.logout')}</Button>
        </Stack>
      </Menu.Dropdown>
    </Menu>
  );
}

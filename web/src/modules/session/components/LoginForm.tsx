import { Alert, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { logIn } from '../api/session.api.ts';

export function LoginForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({ mutationFn: () => logIn(email, password), onSuccess: () => client.invalidateQueries() });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={380}>
      <form onSubmit={submit}>
        <Stack>
          <Title order={2}>{t('login.title')}</Title>
          <TextInput data-testid="login-email" label={t('login.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput data-testid="login-password" label={t('login.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          {login.isError && <Alert color="red">{t('login.failed')}</Alert>}
          <Button type="submit" loading={login.isPending}>{t('login.submit')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}

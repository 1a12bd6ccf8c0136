import { Center, Stack } from '@mantine/core';
import { LanguageSwitcher } from '../modules/session/components/LanguageSwitcher.tsx';
import { LoginForm } from '../modules/session/components/LoginForm.tsx';

export function LoginPage() {
  return (
    <Center mih="100vh" p="md">
      <Stack align="center">
        <LoginForm />
        <LanguageSwitcher signedIn={false} />
      </Stack>
    </Center>
  );
}

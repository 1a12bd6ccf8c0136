import { AppShell, Burger, Group, NavLink, ScrollArea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Me } from '../modules/session/api/session.api.ts';
import { CompanySwitcher } from '../modules/session/components/CompanySwitcher.tsx';
import { LanguageSwitcher } from '../modules/session/components/LanguageSwitcher.tsx';
import { UserMenu } from '../modules/session/components/UserMenu.tsx';
import { isManager } from '../modules/session/hooks/useMe.ts';

/** The shell: works on a 1366x768 laptop and, with the navbar folded away, on a phone for reading. */
export function AppLayout({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const [mobileOpen, mobile] = useDisclosure(false);
  const [desktopOpen, desktop] = useDisclosure(true);
  const location = useLocation();
  const links = [
    { to: '/today', label: t('nav.today') },
    ...(isManager(me) ? [
      { to: '/dashboard', label: t('nav.dashboard') },
      { to: '/settings/policies', label: t('nav.policies') },
      { to: '/settings/templates', label: t('nav.templates') },
      { to: '/settings/scripts', label: t('nav.scripts') },
    ] : []),
  ];
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 210, breakpoint: 'sm', collapsed: { mobile: !mobileOpen, desktop: !desktopOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={mobileOpen} onClick={mobile.toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <Burger opened={desktopOpen} onClick={desktop.toggle} visibleFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <Title order={4} visibleFrom="xs">Debitor</Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Group visibleFrom="sm"><CompanySwitcher /></Group>
            <LanguageSwitcher signedIn />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <Group hiddenFrom="sm" mb="xs"><CompanySwitcher /></Group>
        <ScrollArea>
          {links.map((l) => (
            <NavLink key={l.to} component={Link} to={l.to} label={l.label} active={location.pathname.startsWith(l.to)} onClick={mobile.close} />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}

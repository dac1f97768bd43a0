import { AppShell, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { IconCertificate, IconBook, IconCompass, IconLock, IconMicrophone, IconSettings, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { IconChartBar } from '@tabler/icons-react';
import { IconShieldLock } from '@tabler/icons-react';
import { IconTransfer } from '@tabler/icons-react';
import { IconListSearch } from '@tabler/icons-react';
import { IconDatabaseExport } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { PersonAvatar } from '../components/PersonAvatar';
import { lockSession, useSession } from '../features/session/store';

/** Whoever is signed in is always visible, with one button to lock and hand over the laptop. */
export function AppShellLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useSession((state) => state.user);
  const location = useLocation();
  if (!user) return null;
  const isStaff = user.role !== 'participant';
  const isCoordinator = user.role === 'coordinator';
  const nav = [
    { to: '/', label: t('nav.cohorts'), icon: IconUsersGroup, show: isStaff },
    { to: '/lessons', label: t('nav.lessons'), icon: IconBook, show: isStaff },
    { to: '/orientation', label: t('orientation.nav'), icon: IconCompass, show: isStaff },
    { to: '/certificates', label: t('nav.certificates'), icon: IconCertificate, show: isCoordinator },
    { to: '/interview-questions', label: t('nav.questions'), icon: IconMicrophone, show: isCoordinator },
    { to: '/reports', label: t('reports.nav'), icon: IconChartBar, show: isCoordinator },
    { to: '/privacy', label: t('privacy.nav'), icon: IconShieldLock, show: isCoordinator },
    { to: '/transfer', label: t('transfer.nav'), icon: IconTransfer, show: isCoordinator },
    { to: '/audit', label: t('audit.nav'), icon: IconListSearch, show: isCoordinator },
    { to: '/backups', label: t('backups.nav'), icon: IconDatabaseExport, show: isCoordinator },
    { to: '/staff', label: t('nav.staff'), icon: IconUsers, show: isCoordinator },
    { to: '/settings', label: t('nav.settings'), icon: IconSettings, show: isCoordinator },
  ].filter((item) => item.show);

  return (
    <AppShell header={{ height: 84 }} navbar={isStaff ? { width: 260, breakpoint: 0 } : undefined} padding="lg">
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Text fw={700} c="teal.9" size="lg">Foras Atelier</Text>
          <Group gap="md" wrap="nowrap" data-testid="signed-in-person">
            <PersonAvatar avatar={user.avatar} firstName={user.displayName.split(' ')[0] ?? ''} lastName={user.displayName.split(' ').slice(1).join(' ')} size={52} />
            <Stack gap={0}>
              <Text fw={700} size="lg" lineClamp={1} maw={360}>{user.displayName}</Text>
              <Text size="sm" c="dimmed">{t(`roles.${user.role}`)}</Text>
            </Stack>
            <Button leftSection={<IconLock aria-hidden />} color="dark" onClick={() => void lockSession('manual')}>
              {t('shell.lock')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      {isStaff && (
        <AppShell.Navbar p="md" aria-label={t('nav.label')}>
          {nav.map((item) => (
            <NavLink
              key={item.to}
              component={RouterLink}
              to={item.to}
              label={item.label}
              leftSection={<item.icon aria-hidden />}
              active={item.to === '/' ? location.pathname === '/' || location.pathname.startsWith('/cohorts') : location.pathname.startsWith(item.to) || (item.to === '/lessons' && location.pathname.startsWith('/present'))}
              styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
              variant="filled"
              py="sm"
            />
          ))}
        </AppShell.Navbar>
      )}
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}

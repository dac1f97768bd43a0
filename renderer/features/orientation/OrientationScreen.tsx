import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFileZip, IconMapPin, IconVideo } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../session/store';
import { CountryPagesPanel } from './CountryPagesPanel';
import { HandoverPanel } from './HandoverPanel';
import { SessionsPanel } from './SessionsPanel';

const TABS = ['sessions', 'countries', 'handover'] as const;
type Tab = (typeof TABS)[number];

/**
 * Staff: the virtual orientation sessions with the migration office of each
 * country, the country pages, and (coordinator) the hand-over packs.
 * The open tab is kept in the address (?tab=…).
 */
export function OrientationScreen() {
  const { t } = useTranslation();
  const isCoordinator = useSession((state) => state.user?.role === 'coordinator');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = TABS.includes(requested as Tab) && (requested !== 'handover' || isCoordinator) ? (requested as Tab) : 'sessions';

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>{t('orientation.title')}</Title>
      <Text>{t('orientation.intro')}</Text>
      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'sessions' ? { tab: value } : {}, { replace: true })} keepMounted={false}
        styles={{ tab: { fontSize: 'var(--mantine-font-size-md)', paddingBlock: 'var(--mantine-spacing-sm)' } }}>
        <Tabs.List aria-label={t('orientation.tabsLabel')} mb="lg">
          <Tabs.Tab value="sessions" leftSection={<IconVideo size={20} aria-hidden />}>{t('orientation.tabs.sessions')}</Tabs.Tab>
          <Tabs.Tab value="countries" leftSection={<IconMapPin size={20} aria-hidden />}>{t('orientation.tabs.countries')}</Tabs.Tab>
          {isCoordinator && <Tabs.Tab value="handover" leftSection={<IconFileZip size={20} aria-hidden />}>{t('orientation.tabs.handover')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="sessions"><SessionsPanel /></Tabs.Panel>
        <Tabs.Panel value="countries"><CountryPagesPanel editable={isCoordinator} /></Tabs.Panel>
        {isCoordinator && <Tabs.Panel value="handover"><HandoverPanel /></Tabs.Panel>}
      </Tabs>
    </Stack>
  );
}

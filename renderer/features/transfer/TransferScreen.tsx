import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/**
 * Coordinator: move a cohort to another laptop — export it to a file locked
 * with a passphrase, or import such a file. The open tab is kept in the address.
 */
export function TransferScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'import' ? 'import' : 'export';

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('transfer.title')}</Title>
      <Text>{t('transfer.intro')}</Text>
      <Tabs value={tab} onChange={(value) => setParams(value === 'import' ? { tab: value } : {}, { replace: true })}
        styles={{ tab: { fontSize: 'var(--mantine-font-size-md)', paddingBlock: 'var(--mantine-spacing-sm)' } }}>
        <Tabs.List aria-label={t('transfer.tabsLabel')} mb="lg">
          <Tabs.Tab value="export" leftSection={<IconFileExport size={20} aria-hidden />}>{t('transfer.tabs.export')}</Tabs.Tab>
          <Tabs.Tab value="import" leftSection={<IconFileImport size={20} aria-hidden />}>{t('transfer.tabs.import')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="export"><ExportPanel /></Tabs.Panel>
        <Tabs.Panel value="import"><ImportPanel /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

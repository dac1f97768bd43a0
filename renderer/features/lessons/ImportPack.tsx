import { Alert, Button, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileZip, IconFolder } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { blobToBase64 } from '../../api/base64';
import { loadCatalog } from './store';


type Outcome = { kind: 'done'; lessons: number } | { kind: 'refused'; problems: string[]; message: string } | null;

/** A coordinator adds or updates lessons from a zip or a folder; the whole pack is checked before anything is kept. */
export function ImportPack() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const send = async (input: Parameters<ReturnType<typeof api>['content.importPack']>[0]) => {
    setBusy(true);
    const result = await api()['content.importPack'](input);
    setBusy(false);
    if (result.ok) {
      setOutcome({ kind: 'done', lessons: result.value.lessons });
      await loadCatalog(false);
    } else setOutcome({ kind: 'refused', problems: result.error.problems ?? [], message: t(`errors.${result.error.code}`) });
  };

  const fromZip = async (file: File | null) => file && send({ zipBase64: await blobToBase64(file) });
  const fromFolder = async (files: File[]) => {
    const json = files.filter((file) => file.name.endsWith('.json'));
    if (json.length === 0) return setOutcome({ kind: 'refused', problems: [], message: t('importPack.noFiles') });
    await send({ files: await Promise.all(json.map(async (file) => ({ path: file.webkitRelativePath || file.name, text: await file.text() }))) });
  };

  return (
    <Paper withBorder p="lg" radius="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">{t('importPack.title')}</Title>
        <Text>{t('importPack.intro')}</Text>
        <Group>
          <FileButton onChange={(file) => void fromZip(file)} accept=".zip,application/zip">
            {(props) => <Button {...props} loading={busy} leftSection={<IconFileZip aria-hidden />}>{t('importPack.zip')}</Button>}
          </FileButton>
          <FileButton onChange={(files) => void fromFolder(files)} multiple inputProps={{ webkitdirectory: '', directory: '' } as Record<string, string>}>
            {(props) => <Button {...props} variant="default" loading={busy} leftSection={<IconFolder aria-hidden />}>{t('importPack.folder')}</Button>}
          </FileButton>
        </Group>
        {outcome?.kind === 'done' && <Alert color="teal" role="status">{t('importPack.done', { count: outcome.lessons })}</Alert>}
        {outcome?.kind === 'refused' && (
          <Alert color="red" role="alert" title={outcome.message}>
            <Text>{t('importPack.nothingChanged')}</Text>
            <List size="sm" mt="xs">{outcome.problems.slice(0, 20).map((problem) => <List.Item key={problem}>{problem}</List.Item>)}</List>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

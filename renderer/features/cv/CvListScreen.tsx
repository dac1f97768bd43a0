import { Alert, Button, Card, FileButton, Group, List, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCopy, IconFileImport, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Language } from '../../../shared/domain/roles';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { createCv, deleteCv, duplicateCv, importJsonResume, loadCvList, useCv } from './store';
import { asLanguage } from '../../i18n';

/** A participant's CVs: one per language or per target job; duplicate one to start another. */
export function CvListScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = useCv((state) => state.list);
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>(asLanguage(i18n.language));
  const [deleting, setDeleting] = useState<string | null>(null);
  const [importProblems, setImportProblems] = useState<string[] | null>(null);
  const [createError, setCreateError] = useState<string | null>(null);

  useEffect(() => {
    void loadCvList();
  }, []);

  const create = async () => {
    const created = await createCv(title.trim() || t('cv.defaultTitle'), language);
    if ('id' in created) void navigate(`/cv/${created.id}`);
    else setCreateError(errorMessage(created.error, t));
  };
  const importFile = async (file: File | null) => {
    if (!file) return;
    const result = await importJsonResume(file, file.name.replace(/\.json$/i, '').slice(0, 80) || t('cv.defaultTitle'));
    if ('id' in result) void navigate(`/cv/${result.id}`);
    else setImportProblems(result.problems.length ? result.problems : [t(`errors.${result.code}`)]);
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('cv.listTitle')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list?.map((cv) => (
          <Card key={cv.id} withBorder radius="lg" padding="lg" component="li">
            <Stack gap="xs">
              <Text fw={700} size="lg">{cv.title}</Text>
              <Text size="sm">{cv.language === 'fr' ? 'Français' : 'English'} · {new Date(cv.updatedAt).toLocaleString(i18n.language)}</Text>
              <Group gap="xs">
                <Button component={Link} to={`/cv/${cv.id}`} size="md" leftSection={<IconPencil size={18} aria-hidden />} aria-label={`${t('common.edit')} — ${cv.title}`}>{t('common.edit')}</Button>
                <Button size="md" variant="default" leftSection={<IconCopy size={18} aria-hidden />} onClick={() => void duplicateCv(cv.id)} aria-label={`${t('cv.duplicate')} — ${cv.title}`}>{t('cv.duplicate')}</Button>
                <Button size="md" variant="subtle" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setDeleting(cv.id)} aria-label={`${t('cv.delete')} — ${cv.title}`}>{t('cv.delete')}</Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {list?.length === 0 && <Text>{t('cv.none')}</Text>}
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h3">{t('cv.new')}</Title>
          <Group align="flex-end" wrap="wrap">
            <TextInput label={t('cv.title')} placeholder={t('cv.defaultTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} w={300} />
            <Stack gap={4}>
              <Text fw={500} id="new-cv-language">{t('cv.language')}</Text>
              <SegmentedControl aria-labelledby="new-cv-language" value={language} onChange={(value) => setLanguage(value as Language)} data={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]} />
            </Stack>
            <Button leftSection={<IconPlus aria-hidden />} onClick={() => void create()}>{t('cv.create')}</Button>
            <FileButton accept="application/json,.json" onChange={(file) => void importFile(file)}>
              {(props) => <Button {...props} variant="default" leftSection={<IconFileImport aria-hidden />}>{t('cv.importJson')}</Button>}
            </FileButton>
          </Group>
          <ErrorAlert message={createError} />
          {importProblems && (
            <Alert color="red" role="alert" title={t('cv.importRefused')}>
              <List size="sm">{importProblems.slice(0, 12).map((problem) => <List.Item key={problem}>{problem}</List.Item>)}</List>
            </Alert>
          )}
        </Stack>
      </Card>
      {deleting && (
        <AppModal opened onClose={() => setDeleting(null)} centered title={<Text fw={700}>{t('cv.deleteTitle')}</Text>}>
          <Stack>
            <Text>{t('cv.deleteBody')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>{t('common.cancel')}</Button>
              <Button color="red" onClick={() => void deleteCv(deleting).then(() => setDeleting(null))}>{t('cv.delete')}</Button>
            </Group>
          </Stack>
        </AppModal>
      )}
    </Stack>
  );
}

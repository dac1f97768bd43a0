import { Anchor, Button, Grid, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MeDto } from '../../../shared/api/dto';
import { cvWarnings } from '../../../shared/cv/warnings';
import type { Language } from '../../../shared/domain/roles';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SaveState } from '../../components/SaveState';
import { ensureLoaded, i18next } from '../../i18n';
import { useSession } from '../session/store';
import { CvPreview } from './CvPreview';
import { ExpertForm } from './ExpertForm';
import { GuidedMode } from './GuidedMode';
import { closeCv, editCv, exportCv, openCv, useCv } from './store';

/** The CV editor: guided or full form on the left, the live A4 preview on the right. */
export function CvEditor() {
  const { t } = useTranslation();
  const { cvId = '' } = useParams();
  const { current, save } = useCv();
  const organisation = useSession((state) => state.status?.organisationName ?? '');
  const [mode, setMode] = useState<'guided' | 'expert'>('guided');
  const [me, setMe] = useState<MeDto | null>(null);
  const [missing, setMissing] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    void openCv(cvId).then((found) => setMissing(!found));
    void api()['me.profile']({}).then((result) => result.ok && setMe(result.value));
    return closeCv;
  }, [cvId]);

  const cvLanguage = current?.document.language ?? 'fr';
  const [, setLanguageReady] = useState(0);
  useEffect(() => {
    void ensureLoaded(cvLanguage).then(() => setLanguageReady((count) => count + 1));
  }, [cvLanguage]);

  // Helpful messages in the CV's own language, whatever the interface language; they never block a save.
  const warnings = useMemo(() => (current ? cvWarnings(current.document) : []), [current]);
  const cvT = i18next.getFixedT(current?.document.language ?? 'fr');
  const warning = (path: string) => {
    const found = warnings.find((w) => w.path === path);
    return found ? cvT(`cvWarnings.${found.key}`) : undefined;
  };

  if (missing) return <ErrorAlert message={t('errors.NOT_FOUND')} />;
  if (!current) return null;
  const cv = current.document;
  const exportAs = async (kind: 'pdf' | 'json') => {
    const code = await exportCv(kind);
    setExportError(code ? t(`errors.${code}`) : null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Anchor component={Link} to="/cv"><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('cv.allCvs')}</Group></Anchor>
        <SaveState state={save} />
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('cv.title')} value={current.title} onChange={(e) => { const title = e.currentTarget.value; editCv((doc) => doc, title); }} w={280} />
        <Stack gap={4}>
          <Text fw={500} id="cv-language">{t('cv.language')}</Text>
          <SegmentedControl aria-labelledby="cv-language" value={cv.language} data={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]} onChange={(language) => editCv((doc) => ({ ...doc, language: language as Language }))} />
        </Stack>
        <Stack gap={4}>
          <Text fw={500} id="cv-template">{t('cv.template')}</Text>
          <SegmentedControl aria-labelledby="cv-template" value={cv.template} data={[{ value: 'sober', label: t('cv.sober') }, { value: 'modern', label: t('cv.modern') }]} onChange={(template) => editCv((doc) => ({ ...doc, template: template as typeof doc.template }))} />
        </Stack>
        <Stack gap={4}>
          <Text fw={500} id="cv-mode">{t('cv.mode')}</Text>
          <SegmentedControl aria-labelledby="cv-mode" value={mode} data={[{ value: 'guided', label: t('cv.guided') }, { value: 'expert', label: t('cv.expert') }]} onChange={(value) => setMode(value as typeof mode)} />
        </Stack>
        <Button leftSection={<IconFileTypePdf aria-hidden />} onClick={() => void exportAs('pdf')}>{t('cv.exportPdf')}</Button>
        <Button variant="default" leftSection={<IconDownload aria-hidden />} onClick={() => void exportAs('json')}>{t('cv.exportJson')}</Button>
      </Group>
      <ErrorAlert message={exportError} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          {mode === 'guided' ? <GuidedMode cv={cv} me={me} organisation={organisation} warning={warning} /> : <ExpertForm cv={cv} me={me} organisation={organisation} warning={warning} />}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <div style={{ position: 'sticky', top: 100 }}><CvPreview cv={cv} /></div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

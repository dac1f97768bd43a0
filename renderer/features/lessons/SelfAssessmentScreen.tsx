import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MODULE_IDS, type ModuleId } from '../../../shared/content/schema';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RatingScale } from './RatingScale';
import { pick } from './segments';
import { loadCatalog, useLessons } from './store';
import { asLanguage } from '../../i18n';

/** The short 1–5 self-assessment at the start and end of a module. */
export function SelfAssessmentScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { moduleId = '', phase = 'before' } = useParams();
  const catalog = useLessons((state) => state.catalog);
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const language = asLanguage(i18n.language);
  const module = catalog?.modules.find((m) => m.id === moduleId);

  useEffect(() => {
    if (!catalog) void loadCatalog(true);
  }, [catalog]);

  if (!MODULE_IDS.includes(moduleId as ModuleId) || (catalog && !module)) return <ErrorAlert message={t('errors.NOT_FOUND')} />;
  if (!module) return null;
  const complete = module.selfAssessment.every((item) => ratings[item.id]);

  const submit = async () => {
    if (!complete) return setError(t('selfAssessment.rateAll'));
    const result = await api()['selfAssessment.save']({ moduleId: module.id, phase: phase === 'after' ? 'after' : 'before', ratings });
    if (!result.ok) return setError(t(`errors.${result.error.code}`));
    await loadCatalog(true);
    void navigate('/');
  };

  return (
    <Stack gap="lg" maw={860} mx="auto">
      <Title order={1}>{t(phase === 'after' ? 'selfAssessment.titleAfter' : 'selfAssessment.titleBefore')}</Title>
      <Text size="lg">{pick(module.title, language)} — {t('selfAssessment.intro')}</Text>
      {module.selfAssessment.map((item) => (
        <Paper key={item.id} withBorder p="lg" radius="lg">
          <RatingScale
            label={<Text fw={700} size="lg">{pick(item.statement, language)}</Text>}
            value={ratings[item.id] ?? null}
            onChange={(value) => setRatings((current) => ({ ...current, [item.id]: value }))}
            minLabel={t('selfAssessment.low')}
            maxLabel={t('selfAssessment.high')}
          />
        </Paper>
      ))}
      <ErrorAlert message={error} />
      <Group><Button size="xl" onClick={() => void submit()}>{t('common.save')}</Button></Group>
    </Stack>
  );
}

import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChartLine, IconFileCv, IconMicrophone, IconShieldCheck, IconStairs, type Icon } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModuleId } from '../../../shared/content/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StepIcon } from '../../components/StepIcon';
import { pick } from '../lessons/segments';
import { loadCatalog, useLessons } from '../lessons/store';
import { useSession } from '../session/store';
import { LessonCard } from './LessonCard';
import { ShareConsentCard } from '../orientation/ShareConsentCard';
import { asLanguage } from '../../i18n';

/** The tools each module leads to. */
const TOOLS: Partial<Record<ModuleId, { key: string; icon: Icon; to: string }[]>> = {
  'life-skills': [{ key: 'cv', icon: IconFileCv, to: '/cv' }, { key: 'interview', icon: IconMicrophone, to: '/interview' }],
  entrepreneurship: [{ key: 'businessPlan', icon: IconChartLine, to: '/plans' }],
};

export function ParticipantHome() {
  const { t, i18n } = useTranslation();
  const firstName = useSession((state) => state.user?.displayName.split(' ')[0] ?? '');
  const { catalog, progress, loadFailed } = useLessons();
  const language = asLanguage(i18n.language);

  useEffect(() => {
    void loadCatalog(true);
  }, []);

  return (
    <Stack gap="xl" maw={1200}>
      <Title order={1}>{t('home.hello', { name: firstName })}</Title>
      <ErrorAlert message={loadFailed ? t('errors.TRANSPORT') : null} />
      {catalog?.modules.map((module) => {
        const lessons = catalog.lessons.filter((lesson) => lesson.module === module.id);
        const summaries = lessons.map((lesson) => progress?.lessons.find((p) => p.lessonId === lesson.id));
        const completed = summaries.filter((s) => s?.completedAt).length;
        const assessed = (phase: 'before' | 'after') => progress?.selfAssessments.some((a) => a.moduleId === module.id && a.phase === phase);
        const needsBefore = module.selfAssessment.length > 0 && !assessed('before');
        const needsAfter = module.selfAssessment.length > 0 && !needsBefore && completed === lessons.length && !assessed('after');
        return (
          <Stack key={module.id} gap="md" component="section" aria-labelledby={`module-${module.id}`}>
            <Group gap="sm" justify="space-between">
              <Group gap="sm">
                <ThemeIcon size={48} radius="xl" variant="light"><StepIcon name={module.icon} size={30} /></ThemeIcon>
                <Title order={2} id={`module-${module.id}`}>{pick(module.title, language)}</Title>
              </Group>
              <Badge color="gray" variant="outline">{t('home.lessonsDone', { count: completed, total: lessons.length })}</Badge>
            </Group>
            <Text>{pick(module.summary, language)}</Text>
            {(needsBefore || needsAfter) && (
              <Alert color="blue" variant="light" icon={<IconStairs aria-hidden />}>
                <Group justify="space-between" wrap="wrap">
                  <Text>{t(needsBefore ? 'selfAssessment.promptBefore' : 'selfAssessment.promptAfter')}</Text>
                  <Button component={Link} to={`/modules/${module.id}/self-assessment/${needsBefore ? 'before' : 'after'}`} size="md">
                    {t('selfAssessment.open')}
                  </Button>
                </Group>
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {lessons.map((lesson, index) => <LessonCard key={lesson.id} lesson={lesson} progress={summaries[index]} language={language} />)}
            </SimpleGrid>
            {TOOLS[module.id] && (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                {TOOLS[module.id]!.map((tool) => (
                  <Card key={tool.key} withBorder padding="lg" radius="lg">
                    <Stack gap="xs">
                      <ThemeIcon size={48} radius="md" variant="light" color="gray"><tool.icon size={30} aria-hidden /></ThemeIcon>
                      <Text fw={700} size="lg">{t(`home.tools.${tool.key}.title`)}</Text>
                      <Text>{t(`home.tools.${tool.key}.description`)}</Text>
                      <Group><Button component={Link} to={tool.to}>{t('home.open', { tool: t(`home.tools.${tool.key}.title`) })}</Button></Group>
                    </Stack>
                  </Card>
                ))}
              </SimpleGrid>
            )}
          </Stack>
        );
      })}
      <ShareConsentCard />
      <Card withBorder padding="lg" radius="lg" component="section" aria-labelledby="my-consents-title">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={48} radius="md" variant="light" color="teal"><IconShieldCheck size={28} aria-hidden /></ThemeIcon>
            <Stack gap={2}>
              <Title order={2} size="h3" id="my-consents-title">{t('privacy.mine.title')}</Title>
              <Text>{t('privacy.mine.homeHint')}</Text>
            </Stack>
          </Group>
          <Button component={Link} to="/consents" size="md">{t('privacy.mine.open')}</Button>
        </Group>
      </Card>
    </Stack>
  );
}

import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconPresentation } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../session/store';
import { StepIcon } from '../../components/StepIcon';
import { ImportPack } from './ImportPack';
import { pick } from './segments';
import { loadCatalog, useLessons } from './store';
import { asLanguage } from '../../i18n';

/** Facilitators pick a lesson to look through or to project to the room. */
export function StaffLessonsScreen() {
  const { t, i18n } = useTranslation();
  const { catalog, loadFailed } = useLessons();
  const language = asLanguage(i18n.language);
  const isCoordinator = useSession((state) => state.user?.role === 'coordinator');

  useEffect(() => {
    void loadCatalog(false);
  }, []);

  return (
    <Stack gap="xl" maw={1200}>
      <Title order={1}>{t('nav.lessons')}</Title>
      <ErrorAlert message={loadFailed ? t('errors.TRANSPORT') : null} />
      {catalog?.modules.map((module) => (
        <Stack key={module.id} gap="md" component="section" aria-labelledby={`staff-module-${module.id}`}>
          <Title order={2} id={`staff-module-${module.id}`}>{pick(module.title, language)}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {catalog.lessons.filter((lesson) => lesson.module === module.id).map((lesson) => {
              const title = pick(lesson.title, language);
              return (
                <Card key={lesson.id} withBorder padding="lg" radius="lg">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Group gap="sm" wrap="nowrap" align="flex-start">
                      <StepIcon name={lesson.icon} size={36} color="var(--mantine-color-teal-8)" />
                      <Stack gap={2}>
                        <Text fw={700} size="lg">{title}</Text>
                        <Text size="sm">{t('lessons.stepsAndMinutes', { steps: lesson.stepCount, minutes: lesson.durationMinutes })}</Text>
                      </Stack>
                    </Group>
                    <Group gap="xs" wrap="nowrap">
                      <Button component={Link} to={`/lessons/${lesson.id}`} variant="default" size="md" leftSection={<IconEye aria-hidden />} aria-label={`${t('lessons.view')} — ${title}`}>{t('lessons.view')}</Button>
                      <Button component={Link} to={`/present/${lesson.id}`} size="md" leftSection={<IconPresentation aria-hidden />} aria-label={`${t('projection.start')} — ${title}`}>{t('projection.start')}</Button>
                    </Group>
                  </Group>
                </Card>
              );
            })}
          </SimpleGrid>
        </Stack>
      ))}
      {isCoordinator && <ImportPack />}
    </Stack>
  );
}

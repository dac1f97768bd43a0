import { Button, Group } from '@mantine/core';
import { IconCalendarEvent, IconLayoutGrid } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On a cohort's page: its sessions and attendance, and its progress board. */
export function CohortWorkshopLinks({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button component={Link} to={`/cohorts/${cohortId}/sessions`} variant="light" leftSection={<IconCalendarEvent aria-hidden />}>{t('sessions.title')}</Button>
      <Button component={Link} to={`/cohorts/${cohortId}/board`} variant="light" leftSection={<IconLayoutGrid aria-hidden />}>{t('board.title')}</Button>
    </Group>
  );
}

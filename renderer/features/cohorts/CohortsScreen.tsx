import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendar, IconMapPin, IconPlus, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../session/store';
import { CohortFormModal } from './CohortFormModal';
import { SampleDataBanner } from './SampleDataBanner';
import { loadCohorts, useCohorts } from './store';

export function CohortsScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { cohorts, staff, loadFailed } = useCohorts();
  const isCoordinator = useSession((state) => state.user?.role === 'coordinator');
  const workshopPlace = useSession((state) => state.status?.workshopPlace ?? '');
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void loadCohorts();
  }, []);

  const formatDate = (iso: string) => new Date(`${iso}T12:00:00`).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between">
        <Title order={1}>{t('cohorts.title')}</Title>
        {isCoordinator && <Button leftSection={<IconPlus aria-hidden />} onClick={() => setCreating(true)}>{t('cohorts.create')}</Button>}
      </Group>
      <SampleDataBanner />
      <ErrorAlert message={loadFailed ? t('errors.TRANSPORT') : null} />
      {cohorts?.length === 0 && <Text>{t(isCoordinator ? 'cohorts.emptyCoordinator' : 'cohorts.emptyFacilitator')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {cohorts?.map((cohort) => (
          <Card key={cohort.id} withBorder padding="lg" radius="lg">
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap">
                <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
                  <Link to={`/cohorts/${cohort.id}`} style={{ color: 'inherit' }}>{cohort.name}</Link>
                </Title>
                <Group gap="xs">
                  {cohort.isSample && <Badge color="orange" variant="light">{t('common.sample')}</Badge>}
                  {cohort.isActive && <Badge color="teal">{t('cohorts.activeBadge')}</Badge>}
                </Group>
              </Group>
              <Group gap="xs"><IconMapPin size={20} aria-hidden /><Text>{cohort.place}</Text></Group>
              <Group gap="xs"><IconCalendar size={20} aria-hidden /><Text>{t('cohorts.dates', { start: formatDate(cohort.startDate), end: formatDate(cohort.endDate) })}</Text></Group>
              <Group gap="xs"><IconUsers size={20} aria-hidden /><Text>{t('cohorts.participantCount', { count: cohort.participantCount })}</Text></Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {creating && (
        <CohortFormModal
          cohort={null}
          staff={staff}
          defaultPlace={workshopPlace}
          onClose={() => setCreating(false)}
          onSaved={(cohort) => {
            setCreating(false);
            void loadCohorts();
            void navigate(`/cohorts/${cohort.id}`);
          }}
        />
      )}
    </Stack>
  );
}

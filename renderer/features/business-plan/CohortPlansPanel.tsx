import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STATUS_COLOUR } from './plan-steps';
import { loadCohortPlans, usePlans } from './store';

/** On a cohort's page: the business plans its participants have sent, to read and review. */
export function CohortPlansPanel({ cohortId }: { cohortId: string }) {
  const { t, i18n } = useTranslation();
  const plans = usePlans((state) => state.cohortPlans);

  useEffect(() => {
    void loadCohortPlans(cohortId);
  }, [cohortId]);

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">{t('plan.review.listTitle')}</Title>
      {plans?.length === 0 && <Text>{t('plan.review.none')}</Text>}
      {plans && plans.length > 0 && (
        <Table verticalSpacing="sm" fz="md" aria-label={t('plan.review.listTitle')}>
          <Table.Tbody>
            {plans.map((plan) => (
              <Table.Tr key={plan.id}>
                <Table.Td><Text fw={600} style={{ overflowWrap: 'anywhere' }}>{plan.participantName}</Text></Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{plan.title}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Badge color={STATUS_COLOUR[plan.status]} variant="light">{t(`planLabels.statuses.${plan.status}`)}</Badge>
                    {plan.submittedAt && <Text size="sm">{t('plan.review.submittedOn', { date: new Date(plan.submittedAt).toLocaleDateString(i18n.language) })}</Text>}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <Button size="sm" variant="default" component={Link} to={`/plans/${plan.id}`} leftSection={<IconFileText size={18} aria-hidden />}
                    aria-label={t('plan.review.openNamed', { name: plan.participantName })}>{t('plan.review.open')}</Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

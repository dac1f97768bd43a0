import { Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconMessageCircle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Language } from '../../../shared/domain/roles';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { asLanguage } from '../../i18n';
import { STATUS_COLOUR } from './plan-steps';
import { createPlan, deletePlan, loadPlanList, usePlans } from './store';

/** A participant's business plans, each with its status and language; create one to start. */
export function PlanListScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = usePlans((state) => state.list);
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>(asLanguage(i18n.language));
  const [deleting, setDeleting] = useState<string | null>(null);
  const [createError, setCreateError] = useState<string | null>(null);

  useEffect(() => {
    void loadPlanList();
  }, []);

  const create = async () => {
    const created = await createPlan(title.trim() || t('plan.defaultTitle'), language);
    if ('id' in created) void navigate(`/plans/${created.id}`);
    else setCreateError(errorMessage(created.error, t));
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('plan.listTitle')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list?.map((plan) => (
          <Card key={plan.id} withBorder radius="lg" padding="lg" component="li">
            <Stack gap="xs">
              <Text fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>{plan.title}</Text>
              <Group gap="xs">
                <Badge color={STATUS_COLOUR[plan.status]} variant="light" size="lg">{t(`planLabels.statuses.${plan.status}`)}</Badge>
                {plan.commentCount > 0 && <Badge color="indigo" variant="outline" size="lg" leftSection={<IconMessageCircle size={14} aria-hidden />}>{t('plan.comments', { count: plan.commentCount })}</Badge>}
              </Group>
              <Text size="sm">{plan.language === 'fr' ? 'Français' : 'English'} · {plan.currency} · {new Date(plan.updatedAt).toLocaleString(i18n.language)}</Text>
              <Group gap="xs">
                <Button component={Link} to={`/plans/${plan.id}`} size="md" leftSection={<IconPencil size={18} aria-hidden />} aria-label={`${t('common.edit')} — ${plan.title}`}>{t('common.edit')}</Button>
                <Button size="md" variant="subtle" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setDeleting(plan.id)} aria-label={`${t('plan.delete')} — ${plan.title}`}>{t('plan.delete')}</Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {list?.length === 0 && <Text>{t('plan.none')}</Text>}
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h3">{t('plan.new')}</Title>
          <Group align="flex-end" wrap="wrap">
            <TextInput label={t('plan.title')} placeholder={t('plan.defaultTitle')} value={title} maxLength={80} onChange={(e) => setTitle(e.currentTarget.value)} w={300} />
            <Stack gap={4}>
              <Text fw={500} id="new-plan-language">{t('plan.language')}</Text>
              <SegmentedControl aria-labelledby="new-plan-language" value={language} onChange={(value) => setLanguage(value as Language)} data={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]} />
            </Stack>
            <Button leftSection={<IconPlus aria-hidden />} onClick={() => void create()}>{t('plan.create')}</Button>
          </Group>
          <ErrorAlert message={createError} />
        </Stack>
      </Card>
      {deleting && (
        <AppModal opened onClose={() => setDeleting(null)} centered title={<Text fw={700}>{t('plan.deleteTitle')}</Text>}>
          <Stack>
            <Text>{t('plan.deleteBody')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>{t('common.cancel')}</Button>
              <Button color="red" onClick={() => void deletePlan(deleting).then(() => setDeleting(null))}>{t('plan.delete')}</Button>
            </Group>
          </Stack>
        </AppModal>
      )}
    </Stack>
  );
}

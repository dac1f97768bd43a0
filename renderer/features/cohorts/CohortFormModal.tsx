import { Button, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortDto, StaffDto } from '../../../shared/api/dto';
import { cohortFieldsSchema, type CohortFields } from '../../../shared/domain/schemas';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage, translateFields, zodValidator } from '../../components/forms';

interface Props {
  cohort: CohortDto | null;
  staff: StaffDto[];
  defaultPlace: string;
  onClose: () => void;
  onSaved: (cohort: CohortDto) => void;
}

export function CohortFormModal({ cohort, staff, defaultPlace, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<CohortFields>({
    initialValues: cohort
      ? { name: cohort.name, place: cohort.place, startDate: cohort.startDate, endDate: cohort.endDate, facilitatorIds: cohort.facilitatorIds }
      : { name: '', place: defaultPlace, startDate: '', endDate: '', facilitatorIds: [] },
    validate: zodValidator<CohortFields>(cohortFieldsSchema, t),
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    const result = cohort ? await api()['cohorts.update']({ cohortId: cohort.id, fields: values }) : await api()['cohorts.create'](values);
    setBusy(false);
    if (!result.ok) {
      if (result.error.fields) form.setErrors(translateFields(result.error.fields, t));
      setError(errorMessage(result.error, t));
      return;
    }
    onSaved(result.value);
  });

  const facilitators = staff.filter((person) => person.role === 'facilitator');
  return (
    <AppModal opened onClose={onClose} size="lg" title={<Text fw={700} size="lg">{t(cohort ? 'cohorts.editTitle' : 'cohorts.createTitle')}</Text>}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label={t('cohorts.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('cohorts.place')} withAsterisk {...form.getInputProps('place')} />
          <Group grow>
            <TextInput type="date" label={t('cohorts.startDate')} withAsterisk {...form.getInputProps('startDate')} />
            <TextInput type="date" label={t('cohorts.endDate')} withAsterisk {...form.getInputProps('endDate')} />
          </Group>
          <MultiSelect
            label={t('cohorts.facilitators')}
            description={facilitators.length === 0 ? t('cohorts.noFacilitators') : undefined}
            data={facilitators.map((person) => ({ value: person.id, label: person.name }))}
            {...form.getInputProps('facilitatorIds')}
          />
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

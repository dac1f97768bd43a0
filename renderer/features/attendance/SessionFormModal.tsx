import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDto, WorkshopSessionDto } from '../../../shared/api/dto';
import { MODULE_IDS } from '../../../shared/content/schema';
import { fieldErrorsOf, type FieldError } from '../../../shared/domain/schemas';
import { sessionFieldsSchema, type SessionFields } from '../../../shared/workshop/sessions';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/forms';
import { localIsoDate } from './attendance';
import { saveSession } from './store';

interface Props {
  cohortId: string;
  /** null: a new session. */
  session: WorkshopSessionDto | null;
  defaultPlace: string;
  /** The signed-in facilitator, proposed for a new session. */
  defaultFacilitatorId: string | null;
  staff: StaffDto[];
  onClose: () => void;
}

const NO_FACILITATOR = 'none';

/** Adds or changes a session: module, day, times, facilitator and place, checked with the same schema as the Node side. */
export function SessionFormModal({ cohortId, session, defaultPlace, defaultFacilitatorId, staff, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A key the interface does not know yet (the time format) falls back to its own words.
  const translate = (fields: Record<string, FieldError>) =>
    Object.fromEntries(
      Object.entries(fields).map(([path, field]) => [
        path.replace(/^fields\./, ''),
        i18n.exists(field.key) ? t(field.key, field.params) : t(field.key === 'validation.time' ? 'sessions.timeRequired' : 'validation.invalid'),
      ]),
    );
  const form = useForm<SessionFields>({
    initialValues: session
      ? { moduleId: session.moduleId, date: session.date, start: session.start, end: session.end, facilitatorId: session.facilitatorId, place: session.place }
      : { moduleId: 'life-skills', date: localIsoDate(), start: '09:00', end: '12:00', facilitatorId: defaultFacilitatorId, place: defaultPlace },
    validate: (values) => {
      const parsed = sessionFieldsSchema.safeParse(values);
      return parsed.success ? {} : translate(fieldErrorsOf(parsed.error));
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    const refused = await saveSession(cohortId, session?.id ?? null, sessionFieldsSchema.parse(values));
    setBusy(false);
    if (!refused) return onClose();
    if (refused.fields) form.setErrors(translate(refused.fields));
    setError(errorMessage(refused, t));
  });

  const facilitators = staff.filter((person) => person.role === 'facilitator');
  const facilitatorProps = form.getInputProps('facilitatorId');
  return (
    <AppModal opened onClose={onClose} size="lg" title={<Text fw={700} size="lg">{t(session ? 'sessions.editTitle' : 'sessions.addTitle')}</Text>}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NativeSelect
            label={t('sessions.module')}
            size="md"
            data-autofocus
            data={MODULE_IDS.map((id) => ({ value: id, label: t(`sessions.modules.${id}`) }))}
            {...form.getInputProps('moduleId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput type="date" label={t('sessions.date')} withAsterisk {...form.getInputProps('date')} />
            <TextInput type="time" label={t('sessions.start')} withAsterisk {...form.getInputProps('start')} />
            <TextInput type="time" label={t('sessions.end')} withAsterisk {...form.getInputProps('end')} />
          </SimpleGrid>
          <NativeSelect
            label={t('sessions.facilitator')}
            size="md"
            data={[{ value: NO_FACILITATOR, label: t('sessions.noFacilitator') }, ...facilitators.map((person) => ({ value: person.id, label: person.name }))]}
            value={form.values.facilitatorId ?? NO_FACILITATOR}
            error={facilitatorProps.error}
            onChange={(event) => form.setFieldValue('facilitatorId', event.currentTarget.value === NO_FACILITATOR ? null : event.currentTarget.value)}
          />
          <TextInput label={t('sessions.place')} withAsterisk maxLength={120} {...form.getInputProps('place')} />
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

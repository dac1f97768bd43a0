import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrientationAttendeeDto, OrientationCandidateDto, OrientationSessionDto } from '../../../shared/api/dto';
import { RETURN_COUNTRIES, countryName, type ReturnCountry } from '../../../shared/domain/countries';
import { NOTES_MAX, ORIENTATION_TOPICS, orientationSessionFieldsSchema, type OrientationSessionFields } from '../../../shared/orientation/schemas';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage, translateFields, zodValidator } from '../../components/forms';
import { asLanguage } from '../../i18n';

interface Props {
  session: OrientationSessionDto | null;
  /** The country the list shows, as a starting point for a new session. */
  defaultCountry: ReturnCountry | null;
  onClose: () => void;
  onSaved: (session: OrientationSessionDto) => void;
}

type Values = Omit<OrientationSessionFields, 'country'> & { country: ReturnCountry | '' };

const today = () => new Date().toISOString().slice(0, 10);

/** Records or changes one orientation session: who attended is chosen among the people returning to its country. */
export function SessionFormModal({ session, defaultCountry, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [candidates, setCandidates] = useState<OrientationCandidateDto[] | null>(null);
  const form = useForm<Values>({
    initialValues: session
      ? { date: session.date, country: session.country, participantIds: session.attendees.map((a) => a.participantId), topics: session.topics, notes: session.notes, followUp: session.followUp }
      : { date: today(), country: defaultCountry ?? '', participantIds: [], topics: [], notes: '', followUp: '' },
    validate: zodValidator<Values>(orientationSessionFieldsSchema, t),
  });
  const country = form.values.country;

  useEffect(() => {
    if (!country) return;
    let cancelled = false;
    void api()['orientation.candidates']({ country }).then((result) => {
      if (cancelled) return;
      setCandidates(result.ok ? result.value : []);
      if (!result.ok) setError(errorMessage(result.error, t));
    });
    return () => {
      cancelled = true;
    };
  }, [country, t]);

  // Those already marked present stay choosable, even if they have since changed country.
  const people: OrientationAttendeeDto[] = [
    ...(candidates ?? []),
    ...(session?.country === country ? session.attendees.filter((a) => !candidates?.some((c) => c.participantId === a.participantId)) : []),
  ];
  const cohorts = [...new Map(people.map((person) => [person.cohortId, person.cohortName])).entries()];

  const chooseCountry = (value: string | null) => {
    form.setFieldValue('country', (value ?? '') as ReturnCountry | '');
    form.setFieldValue('participantIds', session?.country === value ? session.attendees.map((a) => a.participantId) : []);
    setCandidates(null);
  };

  const submit = form.onSubmit(async (values) => {
    if (!values.country) return;
    setBusy(true);
    setError(null);
    const result = await api()['orientation.saveSession']({ sessionId: session?.id ?? null, fields: { ...values, country: values.country } });
    setBusy(false);
    if (!result.ok) {
      if (result.error.fields) {
        form.setErrors(translateFields(Object.fromEntries(Object.entries(result.error.fields).map(([path, value]) => [path.replace(/^fields\./, ''), value])), t));
      }
      setError(errorMessage(result.error, t));
      return;
    }
    onSaved(result.value);
  });

  return (
    <AppModal opened onClose={onClose} size="xl" title={<Text fw={700} size="lg">{t(session ? 'orientation.form.editTitle' : 'orientation.form.createTitle')}</Text>}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('orientation.form.date')} withAsterisk data-autofocus {...form.getInputProps('date')} />
            <Select
              label={t('orientation.form.country')}
              withAsterisk
              allowDeselect={false}
              data={RETURN_COUNTRIES.map((iso) => ({ value: iso, label: countryName(iso, language) }))}
              {...form.getInputProps('country')}
              value={country || null}
              onChange={chooseCountry}
            />
          </SimpleGrid>

          {country && (
            <Checkbox.Group
              label={t('orientation.form.attendees')}
              description={t('orientation.form.attendeesHint')}
              withAsterisk
              {...form.getInputProps('participantIds')}
            >
              {candidates !== null && people.length === 0 && <Text mt="xs">{t('orientation.form.noCandidates')}</Text>}
              <Stack gap="sm" mt="xs">
                {cohorts.map(([cohortId, cohortName]) => (
                  <Stack key={cohortId} gap={6}>
                    {cohorts.length > 1 && <Text fw={700}>{cohortName}</Text>}
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                      {people.filter((person) => person.cohortId === cohortId).map((person) => (
                        <Checkbox key={person.participantId} size="md" value={person.participantId} label={`${person.firstName} ${person.lastName}`} />
                      ))}
                    </SimpleGrid>
                  </Stack>
                ))}
              </Stack>
            </Checkbox.Group>
          )}

          <Checkbox.Group label={t('orientation.form.topics')} withAsterisk {...form.getInputProps('topics')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {ORIENTATION_TOPICS.map((topic) => <Checkbox key={topic} size="md" value={topic} label={t(`orientation.topics.${topic}`)} />)}
            </SimpleGrid>
          </Checkbox.Group>

          <Textarea label={t('orientation.form.notes')} description={t('orientation.form.notesHint')} autosize minRows={4} maxRows={12} maxLength={NOTES_MAX} size="md" {...form.getInputProps('notes')} />
          <Textarea label={t('orientation.form.followUp')} description={t('orientation.form.followUpHint')} autosize minRows={2} maxRows={8} maxLength={NOTES_MAX} size="md" {...form.getInputProps('followUp')} />
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

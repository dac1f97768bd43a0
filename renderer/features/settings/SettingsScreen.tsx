import { Button, Group, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { countryName, RETURN_COUNTRIES } from '../../../shared/domain/countries';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationSettingsSchema, type OrganisationSettings } from '../../../shared/domain/schemas';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage, translateFields, zodValidator } from '../../components/forms';
import { refreshStatus } from '../session/store';
import { asLanguage } from '../../i18n';

/** Organisation, default language and the idle times after which sessions lock. */
export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const form = useForm<OrganisationSettings>({
    initialValues: { organisationName: '', workshopPlace: '', programmeName: '', language: 'fr', idleMinutesParticipant: 5, idleMinutesStaff: 10, orientationContacts: {} },
    validate: zodValidator<OrganisationSettings>(organisationSettingsSchema, t),
    onValuesChange: () => setSaved(false),
  });

  useEffect(() => {
    void api()['settings.get']({}).then((result) => {
      if (result.ok) {
        form.setValues(result.value);
        form.resetDirty(result.value);
        setLoaded(true);
      } else setError(errorMessage(result.error, t));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = form.onSubmit(async (values) => {
    const result = await api()['settings.update'](values);
    if (!result.ok) {
      if (result.error.fields) form.setErrors(translateFields(result.error.fields, t));
      return setError(errorMessage(result.error, t));
    }
    setError(null);
    setSaved(true);
    await refreshStatus();
  });

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('settings.title')}</Title>
      <Paper withBorder p="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput label={t('setup.organisationName')} withAsterisk {...form.getInputProps('organisationName')} />
            <TextInput label={t('setup.workshopPlace')} withAsterisk {...form.getInputProps('workshopPlace')} />
            <TextInput label={t('settings.programmeName')} description={t('settings.programmeNameHint')} {...form.getInputProps('programmeName')} />
            <Stack gap={4}>
              <Text fw={500} id="default-language">{t('settings.defaultLanguage')}</Text>
              <SegmentedControl aria-labelledby="default-language" data={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]} {...form.getInputProps('language')} />
            </Stack>
            <Group grow align="flex-start">
              <NumberInput label={t('settings.idleParticipant')} description={t('settings.minutes')} min={1} max={120} allowDecimal={false} {...form.getInputProps('idleMinutesParticipant')} />
              <NumberInput label={t('settings.idleStaff')} description={t('settings.minutes')} min={1} max={120} allowDecimal={false} {...form.getInputProps('idleMinutesStaff')} />
            </Group>
            <Title order={2} size="h3" mt="md">{t('settings.orientationContacts')}</Title>
            <Text>{t('settings.orientationContactsHint')}</Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {RETURN_COUNTRIES.map((country) => (
                <Textarea key={country} label={countryName(country, asLanguage(i18n.language))} autosize minRows={2} maxLength={500}
                  {...form.getInputProps(`orientationContacts.${country}`)} value={form.values.orientationContacts[country] ?? ''} />
              ))}
            </SimpleGrid>
            <ErrorAlert message={error} />
            {saved && <Text role="status" c="teal.9">{t('settings.saved')}</Text>}
            <Group><Button type="submit" disabled={!loaded}>{t('common.save')}</Button></Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

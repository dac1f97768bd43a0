import { Button, Checkbox, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setupInputSchema } from '../../../shared/domain/schemas';
import type { Language } from '../../../shared/domain/roles';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage, translateFields, zodValidator } from '../../components/forms';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { refreshStatus, signedIn, switchDeviceLanguage, useSession } from '../session/store';

interface SetupValues {
  coordinatorName: string;
  password: string;
  passwordConfirm: string;
  organisationName: string;
  workshopPlace: string;
  withSampleData: boolean;
}

/** First start: the coordinator's account and the organisation, optionally with sample data to explore. */
export function SetupScreen() {
  const { t } = useTranslation();
  const language = useSession((state) => state.deviceLanguage);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toInput = (values: SetupValues) => ({ ...values, language, passwordConfirm: undefined });
  const form = useForm<SetupValues>({
    initialValues: { coordinatorName: '', password: '', passwordConfirm: '', organisationName: '', workshopPlace: '', withSampleData: true },
    validate: (values) => {
      const errors = zodValidator<SetupValues>(setupInputSchema, t, toInput)(values);
      if (values.passwordConfirm !== values.password) errors.passwordConfirm = t('validation.passwordMismatch');
      return errors;
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const { passwordConfirm: _confirm, ...input } = values;
    const result = await api()['setup.complete']({ ...input, language });
    setBusy(false);
    if (!result.ok) {
      if (result.error.fields) form.setErrors(translateFields(result.error.fields, t));
      setError(errorMessage(result.error, t));
      return;
    }
    await refreshStatus();
    await signedIn(result.value);
  });

  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1}>{t('setup.title')}</Title>
          <Text>{t('setup.intro')}</Text>
        </Stack>
        <LanguageSwitch value={language} onChange={(next: Language) => void switchDeviceLanguage(next)} />
        <Paper withBorder p="lg">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Title order={2} size="h3">{t('setup.coordinatorSection')}</Title>
              <TextInput label={t('setup.coordinatorName')} autoComplete="name" withAsterisk {...form.getInputProps('coordinatorName')} />
              <PasswordInput label={t('setup.password')} description={t('setup.passwordHint')} autoComplete="new-password" withAsterisk {...form.getInputProps('password')} />
              <PasswordInput label={t('setup.passwordConfirm')} autoComplete="new-password" withAsterisk {...form.getInputProps('passwordConfirm')} />
              <Title order={2} size="h3">{t('setup.organisationSection')}</Title>
              <TextInput label={t('setup.organisationName')} withAsterisk {...form.getInputProps('organisationName')} />
              <TextInput label={t('setup.workshopPlace')} withAsterisk {...form.getInputProps('workshopPlace')} />
              <Checkbox size="md" label={t('setup.withSampleData')} description={t('setup.withSampleDataHint')} {...form.getInputProps('withSampleData', { type: 'checkbox' })} />
              <ErrorAlert message={error} />
              <Button type="submit" loading={busy}>{t('setup.submit')}</Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}

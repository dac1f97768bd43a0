import { Button, Checkbox, FileButton, Group, Image, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPhoto, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CERTIFIED_MODULES, certificateSettingsSchema, type CertificateSettings } from '../../../shared/certificates/settings';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage, translateFields, zodValidator } from '../../components/forms';

const MAX_IMAGE_BYTES = 1_000_000;

/** A PNG or JPEG chosen by the coordinator, as a data URL; null (with a message) for anything else. */
async function readImage(file: File): Promise<string | null> {
  if (!['image/png', 'image/jpeg'].includes(file.type) || file.size > MAX_IMAGE_BYTES) return null;
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(file);
  });
}

/** Wording, signatories, logos and the eligibility rule of each module. */
export function CertificateSettingsScreen() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<CertificateSettings>({
    initialValues: { organisation: '', programme: '', place: '', language: 'fr', kind: 'participation', modules: [...CERTIFIED_MODULES], rules: {}, signatories: [], logos: [] },
    validate: zodValidator<CertificateSettings>(certificateSettingsSchema, t),
    onValuesChange: () => setSaved(false),
  });

  useEffect(() => {
    void api()['certificates.settings']({}).then((result) => {
      if (result.ok) form.setValues(result.value);
      else setError(errorMessage(result.error, t));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = form.onSubmit(async (values) => {
    const result = await api()['certificates.saveSettings'](values);
    if (!result.ok) {
      if (result.error.fields) form.setErrors(translateFields(result.error.fields, t));
      return setError(errorMessage(result.error, t));
    }
    setError(null);
    setSaved(true);
  });
  const image = async (file: File | null, apply: (dataUrl: string) => void) => {
    if (!file) return;
    const dataUrl = await readImage(file);
    if (dataUrl) apply(dataUrl);
    setError(dataUrl ? null : t('certificates.imageRefused'));
  };
  const values = form.values;

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('certificates.settingsTitle')}</Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Paper withBorder p="lg">
            <Stack gap="md">
              <TextInput label={t('setup.organisationName')} {...form.getInputProps('organisation')} />
              <TextInput label={t('settings.programmeName')} {...form.getInputProps('programme')} />
              <TextInput label={t('certificates.place')} {...form.getInputProps('place')} />
              <Group wrap="wrap" gap="xl">
                <Stack gap={4}>
                  <Text fw={500} id="certificate-language">{t('certificates.language')}</Text>
                  <SegmentedControl aria-labelledby="certificate-language" data={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]} {...form.getInputProps('language')} />
                </Stack>
                <Stack gap={4}>
                  <Text fw={500} id="certificate-kind">{t('certificates.kind')}</Text>
                  <SegmentedControl aria-labelledby="certificate-kind" data={[{ value: 'participation', label: t('certificates.kinds.participation') }, { value: 'completion', label: t('certificates.kinds.completion') }]} {...form.getInputProps('kind')} />
                </Stack>
              </Group>
            </Stack>
          </Paper>

          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={2} size="h3">{t('certificates.rulesTitle')}</Title>
              {CERTIFIED_MODULES.map((moduleId) => {
                const included = values.modules.includes(moduleId);
                const rule = values.rules[moduleId] ?? { minAttendancePercent: 80, requireAllLessons: true };
                return (
                  <Stack key={moduleId} gap="xs">
                    <Checkbox size="md" label={t(`certificates.modules.${moduleId}`)} checked={included}
                      onChange={(event) => {
                        const next = event.currentTarget.checked ? [...values.modules, moduleId] : values.modules.filter((id) => id !== moduleId);
                        form.setFieldValue('modules', CERTIFIED_MODULES.filter((id) => next.includes(id)));
                        if (event.currentTarget.checked && !values.rules[moduleId]) form.setFieldValue(`rules.${moduleId}`, rule);
                      }} />
                    {included && (
                      <Group pl="xl" align="flex-end">
                        <NumberInput label={t('certificates.minAttendance')} min={0} max={100} allowDecimal={false} allowNegative={false} w={260} value={rule.minAttendancePercent}
                          onChange={(value) => form.setFieldValue(`rules.${moduleId}`, { ...rule, minAttendancePercent: typeof value === 'number' ? Math.min(100, value) : 0 })} />
                        <Checkbox size="md" label={t('certificates.allLessons')} checked={rule.requireAllLessons}
                          onChange={(event) => form.setFieldValue(`rules.${moduleId}`, { ...rule, requireAllLessons: event.currentTarget.checked })} />
                      </Group>
                    )}
                  </Stack>
                );
              })}
              {form.errors.modules && <Text c="red.9">{form.errors.modules}</Text>}
            </Stack>
          </Paper>

          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={2} size="h3">{t('certificates.signatories')}</Title>
              {values.signatories.map((person, index) => (
                <Group key={index} align="flex-end" wrap="wrap">
                  <TextInput label={t('certificates.signatoryName')} {...form.getInputProps(`signatories.${index}.name`)} w={240} />
                  <TextInput label={t('certificates.signatoryTitle')} {...form.getInputProps(`signatories.${index}.title`)} w={280} />
                  {person.signature && <Image src={person.signature} h={48} w="auto" alt={t('certificates.signatureOf', { name: person.name })} />}
                  <FileButton accept="image/png,image/jpeg" onChange={(file) => void image(file, (dataUrl) => form.setFieldValue(`signatories.${index}.signature`, dataUrl))}>
                    {(props) => <Button {...props} variant="default" leftSection={<IconPhoto aria-hidden />}>{t('certificates.signatureImage')}</Button>}
                  </FileButton>
                  <Button variant="subtle" color="red" leftSection={<IconTrash aria-hidden />} onClick={() => form.removeListItem('signatories', index)}
                    aria-label={t('plan.removeNamed', { name: person.name || String(index + 1) })}>{t('plan.delete')}</Button>
                </Group>
              ))}
              <Group>
                <Button variant="default" leftSection={<IconPlus aria-hidden />} disabled={values.signatories.length >= 3}
                  onClick={() => form.insertListItem('signatories', { name: '', title: '', signature: null })}>{t('certificates.addSignatory')}</Button>
              </Group>
              <Title order={2} size="h3">{t('certificates.logos')}</Title>
              <Text>{t('certificates.logosHint')}</Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {values.logos.map((logo, index) => (
                  <Stack key={index} gap="xs" align="flex-start">
                    <Image src={logo} h={64} w="auto" alt={t('certificates.logoNumber', { number: index + 1 })} />
                    <Button size="sm" variant="subtle" color="red" onClick={() => form.removeListItem('logos', index)}>{t('plan.delete')}</Button>
                  </Stack>
                ))}
              </SimpleGrid>
              <Group>
                <FileButton accept="image/png,image/jpeg" onChange={(file) => void image(file, (dataUrl) => form.insertListItem('logos', dataUrl))}>
                  {(props) => <Button {...props} variant="default" disabled={values.logos.length >= 2} leftSection={<IconPhoto aria-hidden />}>{t('certificates.addLogo')}</Button>}
                </FileButton>
              </Group>
            </Stack>
          </Paper>
          <ErrorAlert message={error} />
          {saved && <Text role="status" c="teal.9" fw={600}>{t('settings.saved')}</Text>}
          <Group><Button type="submit" size="lg">{t('common.save')}</Button></Group>
        </Stack>
      </form>
    </Stack>
  );
}

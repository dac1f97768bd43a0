import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconPhone } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryPageDto } from '../../../shared/api/dto';
import { RETURN_COUNTRIES, countryName, type ReturnCountry } from '../../../shared/domain/countries';
import { COUNTRY_PAGE_MAX, countryPageFieldsSchema, type CountryPageFields } from '../../../shared/orientation/schemas';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage, translateFields, zodValidator } from '../../components/forms';
import { asLanguage } from '../../i18n';
import { CountryPageNote } from './CountryPageNote';
import { formatDay, loadCountryPages, replacePage, useOrientation } from './store';

/** The page of each country of return: the coordinator writes it, facilitators read it, participants see it in the orientation lesson. */
export function CountryPagesPanel({ editable }: { editable: boolean }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const pages = useOrientation((state) => state.pages);
  const [country, setCountry] = useState<ReturnCountry>('ML');

  useEffect(() => {
    void loadCountryPages();
  }, []);

  const page = pages?.find((one) => one.country === country);
  const written = (one: CountryPageDto) => one.updatedAt !== null;
  return (
    <Stack gap="md">
      <Text>{t('orientation.pages.intro')}</Text>
      {!editable && <Text c="dimmed">{t('orientation.pages.readOnly')}</Text>}
      <Select
        label={t('orientation.country')}
        w={280}
        allowDeselect={false}
        data={RETURN_COUNTRIES.map((iso) => {
          const one = pages?.find((p) => p.country === iso);
          return { value: iso, label: `${countryName(iso, language)}${one && !written(one) ? ` — ${t('orientation.pages.never')}` : ''}` };
        })}
        value={country}
        onChange={(value) => value && setCountry(value as ReturnCountry)}
      />
      {page && (
        <SimpleGrid cols={{ base: 1, lg: editable ? 2 : 1 }} spacing="lg">
          {editable && <PageForm key={page.country} page={page} />}
          <Stack gap="xs">
            <Group gap="sm">
              <Title order={2} size="h3">{editable ? t('orientation.pages.preview') : countryName(page.country, language)}</Title>
              <Badge variant="light" color={written(page) ? 'teal' : 'gray'}>
                {page.updatedAt ? t('orientation.pages.updatedOn', { date: formatDay(page.updatedAt, language) }) : t('orientation.pages.never')}
              </Badge>
            </Group>
            <Paper withBorder radius="lg" p="lg">
              <Alert color="blue" variant="light" icon={<IconPhone aria-hidden />} title={t('lessons.contactsTitle')}>
                <CountryPageNote page={page} fallback={t('orientation.pages.empty')} />
              </Alert>
            </Paper>
          </Stack>
        </SimpleGrid>
      )}
    </Stack>
  );
}

function PageForm({ page }: { page: CountryPageDto }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useForm<CountryPageFields>({
    initialValues: { country: page.country, contacts: page.contacts, support: page.support, notes: page.notes },
    validate: zodValidator<CountryPageFields>(countryPageFieldsSchema, t),
    onValuesChange: () => setSaved(false),
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const result = await api()['orientation.saveCountryPage'](values);
    setBusy(false);
    if (!result.ok) {
      if (result.error.fields) form.setErrors(translateFields(result.error.fields, t));
      return setError(errorMessage(result.error, t));
    }
    replacePage(result.value);
    setSaved(true);
  });

  const name = countryName(page.country, language);
  return (
    <form onSubmit={submit} noValidate aria-label={name}>
      <Stack gap="md">
        <Title order={2} size="h3">{name}</Title>
        <Textarea label={t('orientation.pages.contacts')} description={t('orientation.pages.contactsHint')} autosize minRows={3} maxRows={10} maxLength={COUNTRY_PAGE_MAX.contacts} size="md" {...form.getInputProps('contacts')} />
        <Textarea label={t('orientation.pages.support')} description={t('orientation.pages.supportHint')} autosize minRows={4} maxRows={14} maxLength={COUNTRY_PAGE_MAX.support} size="md" {...form.getInputProps('support')} />
        <Textarea label={t('orientation.pages.notes')} description={t('orientation.pages.notesHint')} autosize minRows={3} maxRows={12} maxLength={COUNTRY_PAGE_MAX.notes} size="md" {...form.getInputProps('notes')} />
        <ErrorAlert message={error} />
        <Group justify="flex-end" gap="md">
          <Text c="teal.9" fw={700} role="status">
            {saved && <><IconCheck size={18} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('orientation.pages.saved')}</>}
          </Text>
          <Button type="submit" loading={busy}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

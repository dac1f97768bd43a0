import { Button, Group, Paper, PasswordInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facilitatorCreateSchema } from '../../../shared/domain/schemas';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage, translateFields, zodValidator } from '../../components/forms';
import { loadCohorts, useCohorts } from '../cohorts/store';

/** The coordinator adds facilitators; they are then assigned to cohorts from the cohort form. */
export function StaffScreen() {
  const { t } = useTranslation();
  const staff = useCohorts((state) => state.staff);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm({ initialValues: { name: '', password: '' }, validate: zodValidator(facilitatorCreateSchema, t) });

  useEffect(() => {
    void loadCohorts();
  }, []);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await api()['staff.createFacilitator'](values);
    if (!result.ok) {
      if (result.error.fields) form.setErrors(translateFields(result.error.fields, t));
      return setError(errorMessage(result.error, t));
    }
    setSaved(t('staff.created', { name: result.value.name }));
    form.reset();
    await loadCohorts();
  });

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('staff.title')}</Title>
      <Table verticalSpacing="sm" fz="md" aria-label={t('staff.title')}>
        <Table.Thead>
          <Table.Tr><Table.Th>{t('staff.name')}</Table.Th><Table.Th>{t('staff.role')}</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((person) => (
            <Table.Tr key={person.id}><Table.Td>{person.name}</Table.Td><Table.Td>{t(`roles.${person.role}`)}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={2} size="h3">{t('staff.addFacilitator')}</Title>
            <Group grow align="flex-start">
              <TextInput label={t('staff.name')} withAsterisk {...form.getInputProps('name')} />
              <PasswordInput label={t('staff.password')} description={t('setup.passwordHint')} autoComplete="new-password" withAsterisk {...form.getInputProps('password')} />
            </Group>
            <ErrorAlert message={error} />
            {saved && <Text role="status" c="teal.9">{saved}</Text>}
            <Group><Button type="submit" leftSection={<IconUserPlus aria-hidden />}>{t('staff.addFacilitator')}</Button></Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

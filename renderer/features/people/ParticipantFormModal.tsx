import { Button, Group, PasswordInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantDto } from '../../../shared/api/dto';
import type { Avatar } from '../../../shared/domain/avatar';
import { COUNTRY_FACTS, countryName, RETURN_COUNTRIES, type ReturnCountry } from '../../../shared/domain/countries';
import type { Language } from '../../../shared/domain/roles';
import { participantCreateSchema, participantUpdateSchema } from '../../../shared/domain/schemas';
import { api } from '../../api/api';
import { AvatarPicker } from '../../components/AvatarPicker';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage, translateFields, zodValidator } from '../../components/forms';
import { SaveState } from '../../components/SaveState';
import { useDraft } from '../session/useDraft';
import { asLanguage } from '../../i18n';

export interface ParticipantFormValues {
  firstName: string;
  lastName: string;
  sex: '' | 'F' | 'M';
  country: ReturnCountry;
  city: string;
  phone: string;
  language: Language;
  avatar: Avatar;
  pin: string;
}

interface Props {
  cohortId: string;
  participant: ParticipantDto | null;
  onClose: () => void;
  onSaved: (participant: ParticipantDto) => void;
}

const toFields = (values: ParticipantFormValues) => ({ ...values, sex: values.sex === '' ? null : values.sex });

/** Adds or edits a participant. A new participant's unfinished form is kept as a draft (never the PIN). */
export function ParticipantFormModal({ cohortId, participant, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const language = asLanguage(i18n.language);
  const form = useForm<ParticipantFormValues>({
    initialValues: participant
      ? { ...participant, sex: participant.sex ?? '', city: participant.city ?? '', phone: participant.phone ?? '', pin: '' }
      : { firstName: '', lastName: '', sex: '', country: 'SN', city: '', phone: '', language: 'fr', avatar: { color: 'teal', picture: null }, pin: '' },
    validate: (values) =>
      participant
        ? zodValidator<ParticipantFormValues>(participantUpdateSchema, t, (v) => ({ ...toFields(v), participantId: participant.id }))(values)
        : zodValidator<ParticipantFormValues>(participantCreateSchema, t, (v) => ({ ...toFields(v), cohortId }))(values),
    onValuesChange: (values) => {
      if (!participant) draft.update({ ...values, pin: '' });
    },
  });
  const draft = useDraft<ParticipantFormValues>(`participant-form:${cohortId}`, (saved) => {
    if (!participant) form.setValues({ ...saved, pin: '' });
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const { pin, ...fields } = toFields(values);
    const result = participant
      ? await api()['participants.update']({ ...fields, participantId: participant.id })
      : await api()['participants.create']({ ...fields, cohortId, pin });
    setBusy(false);
    if (!result.ok) {
      if (result.error.fields) form.setErrors(translateFields(result.error.fields, t));
      setError(errorMessage(result.error, t));
      return;
    }
    if (!participant) await draft.clear();
    onSaved(result.value);
  });

  const prefix = COUNTRY_FACTS[form.values.country].phonePrefix;
  return (
    <AppModal opened onClose={onClose} size="xl" title={<Text fw={700} size="lg">{t(participant ? 'people.editTitle' : 'people.addTitle')}</Text>}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group grow align="flex-start">
            <TextInput label={t('people.firstName')} withAsterisk data-autofocus {...form.getInputProps('firstName')} />
            <TextInput label={t('people.lastName')} withAsterisk {...form.getInputProps('lastName')} />
          </Group>
          <Stack gap={4}>
            <Text fw={500} id="sex-label">{t('people.sex')}</Text>
            <SegmentedControl
              aria-labelledby="sex-label"
              data={[{ value: 'F', label: t('people.sexF') }, { value: 'M', label: t('people.sexM') }, { value: '', label: t('people.sexNone') }]}
              {...form.getInputProps('sex')}
            />
          </Stack>
          <Group grow align="flex-start">
            <Select
              label={t('people.country')}
              withAsterisk
              allowDeselect={false}
              data={RETURN_COUNTRIES.map((iso) => ({ value: iso, label: countryName(iso, language) }))}
              {...form.getInputProps('country')}
            />
            <TextInput label={t('people.city')} {...form.getInputProps('city')} />
          </Group>
          <TextInput label={t('people.phone')} description={t('people.phoneHint', { prefix })} inputMode="tel" autoComplete="off" {...form.getInputProps('phone')} />
          <Stack gap={4}>
            <Text fw={500} id="language-label">{t('people.language')}</Text>
            <SegmentedControl aria-labelledby="language-label" data={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]} {...form.getInputProps('language')} />
          </Stack>
          <AvatarPicker value={form.values.avatar} onChange={(avatar) => form.setFieldValue('avatar', avatar)} />
          {!participant && (
            <PasswordInput label={t('people.pin')} description={t('people.pinHint')} inputMode="numeric" autoComplete="new-password" withAsterisk maw={260} {...form.getInputProps('pin')} />
          )}
          <ErrorAlert message={error} />
          <Group justify="space-between">
            {!participant ? <SaveState state={draft.state} /> : <span />}
            <Group>
              <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
              <Button type="submit" loading={busy}>{t('common.save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

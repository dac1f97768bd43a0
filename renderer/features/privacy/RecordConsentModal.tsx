import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantDto } from '../../../shared/api/dto';
import type { ParticipantConsentsDto } from '../../../shared/consents/types';
import type { ConsentPurpose } from '../../../shared/consents/texts';
import { countryName } from '../../../shared/domain/countries';
import type { Language } from '../../../shared/domain/roles';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ConsentText } from './ConsentText';
import { consentChange } from './store';

interface Props {
  participant: ParticipantDto;
  purpose: ConsentPurpose;
  given: boolean;
  onClose: () => void;
  onSaved: (details: ParticipantConsentsDto) => void;
}

/**
 * Staff record, for a participant: a consent they signed on paper (the text
 * of the form is shown, in the language it was signed in, and recorded with
 * its version), or a withdrawal they asked for.
 */
export function RecordConsentModal({ participant, purpose, given, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(participant.language);
  const [signed, setSigned] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = `${participant.firstName} ${participant.lastName}`;
  const purposeLabel = t(`privacy.purposes.${purpose}`);

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await api()['consents.record']({ participantId: participant.id, ...consentChange(purpose, given, language) });
    setBusy(false);
    if (!result.ok) return setError(errorMessage(result.error, t));
    onSaved(result.value);
  };

  return (
    <AppModal opened onClose={onClose} size="xl" title={t(given ? 'privacy.record.paperTitle' : 'privacy.record.withdrawTitle', { purpose: purposeLabel, name })}>
      <Stack gap="md">
        {given ? (
          <>
            <Group justify="space-between" wrap="wrap">
              <Text>{t('privacy.record.paperIntro')}</Text>
              <LanguageSwitch value={language} onChange={setLanguage} />
            </Group>
            <Paper withBorder p="md" radius="md">
              <ConsentText purpose={purpose} language={language} country={countryName(participant.country, language)} titleOrder={3} />
            </Paper>
            <Checkbox size="md" label={t('privacy.record.signed', { name })} checked={signed} onChange={(event) => setSigned(event.currentTarget.checked)} />
          </>
        ) : (
          <Text size="lg">{t(`privacy.withdrawEffects.${purpose}`)}</Text>
        )}
        <ErrorAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          {given
            ? <Button leftSection={<IconCheck aria-hidden />} disabled={!signed} loading={busy} onClick={() => void save()}>{t('privacy.record.paperSave')}</Button>
            : <Button color="red.9" loading={busy} onClick={() => void save()}>{t('privacy.record.withdrawSave')}</Button>}
        </Group>
      </Stack>
    </AppModal>
  );
}

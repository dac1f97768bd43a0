import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureReason, ErasureResultDto } from '../../../shared/privacy/types';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { confirmationWord, sameWords } from './erase-words';

interface Props {
  people: readonly { id: string; name: string }[];
  reason: ErasureReason;
  onClose: () => void;
  onErased: (result: ErasureResultDto) => void;
}

/**
 * Erasure for good, in two steps: first what will happen, then typing the
 * person's name (or a word, for a list) before the button works.
 */
export function EraseDialog({ people, reason, onClose, onErased }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<1 | 2>(1);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const expected = confirmationWord(people, t('privacy.erase.word'));

  const erase = async () => {
    setBusy(true);
    setError(null);
    const result = await api()['privacy.erase']({ participantIds: people.map((person) => person.id), reason });
    setBusy(false);
    if (!result.ok) return setError(errorMessage(result.error, t));
    onErased(result.value);
  };

  return (
    <AppModal opened onClose={onClose} title={t(step === 1 ? 'privacy.erase.title1' : 'privacy.erase.title2', { count: people.length })} size="lg">
      {step === 1 ? (
        <Stack gap="md">
          <Text size="lg">{t('privacy.erase.what', { count: people.length })}</Text>
          <List spacing={4} size="md">
            {people.slice(0, 30).map((person) => <List.Item key={person.id}>{person.name}</List.Item>)}
            {people.length > 30 && <List.Item>{t('privacy.erase.more', { count: people.length - 30 })}</List.Item>}
          </List>
          <Text>{t('privacy.erase.backups')}</Text>
          <Text>{t('privacy.erase.outside')}</Text>
          <Text>{t('privacy.erase.audit')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button color="red.9" onClick={() => setStep(2)}>{t('privacy.erase.continue')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="lg">{t(people.length === 1 ? 'privacy.erase.typeName' : 'privacy.erase.typeWord', { text: expected })}</Text>
          <TextInput label={t('privacy.erase.typeLabel')} value={typed} onChange={(event) => setTyped(event.currentTarget.value)} autoComplete="off" data-autofocus />
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button color="red.9" leftSection={<IconTrash aria-hidden />} disabled={!sameWords(typed, expected)} loading={busy} onClick={() => void erase()}>
              {t('privacy.erase.confirm', { count: people.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}

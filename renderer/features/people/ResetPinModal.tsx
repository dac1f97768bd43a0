import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantDto } from '../../../shared/api/dto';
import { pinSchema } from '../../../shared/domain/schemas';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';

/** A facilitator gives a new PIN; this also clears any lock on the profile. */
export function ResetPinModal({ participant, onClose, onSaved }: { participant: ParticipantDto; onClose: () => void; onSaved: (p: ParticipantDto) => void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!pinSchema.safeParse(pin).success) return setError(t('validation.pin'));
    const result = await api()['participants.resetPin']({ participantId: participant.id, pin });
    if (!result.ok) return setError(t(`errors.${result.error.code}`));
    onSaved(result.value);
  };

  return (
    <AppModal opened onClose={onClose} centered title={<Text fw={700} size="lg">{t('people.resetPinTitle', { name: `${participant.firstName} ${participant.lastName}` })}</Text>}>
      <form onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <Stack>
          <PasswordInput label={t('people.newPin')} description={t('people.pinHint')} inputMode="numeric" value={pin} onChange={(e) => setPin(e.currentTarget.value)} data-autofocus />
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit">{t('people.resetPin')}</Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

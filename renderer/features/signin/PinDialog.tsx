import { Button, Group, PasswordInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconBackspace, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantCard } from '../../../shared/api/dto';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PersonAvatar } from '../../components/PersonAvatar';
import { signedIn } from '../session/store';
import { useCountdown } from './useCountdown';

const PIN_MAX = 6;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

interface Props {
  participant: ParticipantCard;
  onClose: () => void;
  onRefused: () => void;
}

/** The PIN step: a large on-screen keypad, and the keyboard works too (the field keeps focus). */
export function PinDialog({ participant, onClose, onRefused }: Props) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [lockedUntil, setLockedUntil] = useState<string | null>(participant.lockedUntil);
  const [resetRequired, setResetRequired] = useState(participant.pinResetRequired);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const secondsLeft = useCountdown(lockedUntil);
  const locked = secondsLeft > 0 || resetRequired;

  const press = (digit: string) => {
    setPin((current) => (current.length < PIN_MAX ? current + digit : current));
    input.current?.focus();
  };

  const submit = async () => {
    if (pin.length < 4 || locked) return;
    setBusy(true);
    const result = await api()['auth.signInParticipant']({ participantId: participant.id, pin });
    setBusy(false);
    setPin('');
    input.current?.focus();
    if (result.ok) {
      await signedIn(result.value);
      return;
    }
    onRefused();
    const { code } = result.error;
    if (code === 'PROFILE_LOCKED') setLockedUntil(result.error.lockedUntil ?? null);
    if (code === 'PIN_RESET_REQUIRED') setResetRequired(true);
    setError(
      code === 'WRONG_CREDENTIALS'
        ? t('signin.wrongPin', { count: result.error.attemptsLeftBeforeLock ?? 0 })
        : code === 'PROFILE_LOCKED' || code === 'PIN_RESET_REQUIRED'
          ? null
          : t(`errors.${code}`),
    );
  };

  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <AppModal opened onClose={onClose} size="md" centered title={<Text fw={700} size="lg">{t('signin.pinTitle')}</Text>}>
      <Stack gap="md">
        <Group gap="md">
          <PersonAvatar avatar={participant.avatar} firstName={participant.firstName} lastName={participant.lastName} size={64} />
          <Text size="xl" fw={700}>{name}</Text>
        </Group>
        <form onSubmit={(event) => { event.preventDefault(); void submit(); }}>
          <Stack gap="md">
            <PasswordInput
              ref={input}
              label={t('signin.pinLabel')}
              value={pin}
              onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, '').slice(0, PIN_MAX))}
              inputMode="numeric"
              autoComplete="off"
              data-autofocus
              size="xl"
              disabled={locked}
              styles={{ input: { letterSpacing: '0.5em', textAlign: 'center' } }}
            />
            {secondsLeft > 0 && !resetRequired && <ErrorAlert message={t('signin.locked', { count: secondsLeft })} />}
            {resetRequired && <ErrorAlert message={t('signin.resetRequired')} />}
            <ErrorAlert message={error} />
            <SimpleGrid cols={3} spacing="sm" role="group" aria-label={t('signin.keypad')}>
              {KEYS.map((digit) => (
                <Button key={digit} variant="default" size="xl" h={72} fz={28} disabled={locked} onClick={() => press(digit)}>{digit}</Button>
              ))}
              <Button variant="default" size="xl" h={72} disabled={locked} onClick={() => setPin('')} aria-label={t('signin.clear')}>
                <IconX size={28} aria-hidden />
              </Button>
              <Button variant="default" size="xl" h={72} fz={28} disabled={locked} onClick={() => press('0')}>0</Button>
              <Button variant="default" size="xl" h={72} disabled={locked} onClick={() => setPin((p) => p.slice(0, -1))} aria-label={t('signin.backspace')}>
                <IconBackspace size={28} aria-hidden />
              </Button>
            </SimpleGrid>
            <Button type="submit" size="xl" loading={busy} disabled={locked || pin.length < 4}>{t('signin.open')}</Button>
          </Stack>
        </form>
      </Stack>
    </AppModal>
  );
}

import { Button, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffCard } from '../../../shared/api/dto';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { signedIn } from '../session/store';

/** Facilitators and coordinators: pick a name, type a password. */
export function StaffDialog({ staff, onClose }: { staff: StaffCard[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [staffId, setStaffId] = useState<string | null>(staff.length === 1 ? staff[0]!.id : null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!staffId) {
      setError(t('signin.chooseName'));
      return;
    }
    setBusy(true);
    const result = await api()['auth.signInStaff']({ staffId, password });
    setBusy(false);
    setPassword('');
    if (result.ok) return void (await signedIn(result.value));
    setError(
      result.error.code === 'PROFILE_LOCKED' && result.error.lockedUntil
        ? t('signin.staffLocked', { time: new Date(result.error.lockedUntil).toLocaleTimeString() })
        : result.error.code === 'WRONG_CREDENTIALS'
          ? t('signin.wrongPassword')
          : t(`errors.${result.error.code}`),
    );
  };

  return (
    <AppModal opened onClose={onClose} centered title={<Text fw={700} size="lg">{t('signin.staffTitle')}</Text>}>
      <form onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <Stack gap="md">
          <Select
            label={t('signin.staffName')}
            data={staff.map((person) => ({ value: person.id, label: `${person.name} — ${t(`roles.${person.role}`)}` }))}
            value={staffId}
            onChange={setStaffId}
            allowDeselect={false}
            data-autofocus
          />
          <PasswordInput label={t('signin.password')} value={password} onChange={(event) => setPassword(event.currentTarget.value)} autoComplete="current-password" />
          <ErrorAlert message={error} />
          <Button type="submit" loading={busy}>{t('signin.open')}</Button>
        </Stack>
      </form>
    </AppModal>
  );
}

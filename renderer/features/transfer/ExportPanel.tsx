import { Alert, Button, Checkbox, Group, Paper, PasswordInput, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileExport, IconShieldCheck, IconShieldHalf, IconShieldX } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortDto, ParticipantDto } from '../../../shared/api/dto';
import { passphraseSchema } from '../../../shared/transfer/schemas';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { passphraseStrength } from './passphrase';
import { exportCohort, resetExport, useTransfer } from './store';

const STRENGTH_ICON = { weak: IconShieldX, fair: IconShieldHalf, strong: IconShieldCheck } as const;
const STRENGTH_COLOR = { weak: 'var(--mantine-color-red-9)', fair: 'var(--mantine-color-orange-9)', strong: 'var(--mantine-color-teal-9)' } as const;

/** Export: a cohort, everyone or chosen participants, a passphrase typed twice; the file is downloaded. */
export function ExportPanel() {
  const { t } = useTranslation();
  const exporting = useTransfer((state) => state.exporting);
  const [cohorts, setCohorts] = useState<CohortDto[] | null>(null);
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [people, setPeople] = useState<ParticipantDto[] | null>(null);
  const [who, setWho] = useState<'everyone' | 'chosen'>('everyone');
  const [chosen, setChosen] = useState<string[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; confirmation?: string; chosen?: string }>({});
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    resetExport();
    void api()['cohorts.list']({}).then((result) => {
      if (!result.ok) return setLoadError(errorMessage(result.error, t));
      setCohorts(result.value);
      setCohortId((current) => current ?? result.value.find((cohort) => cohort.isActive)?.id ?? result.value[0]?.id ?? null);
    });
  }, [t]);

  useEffect(() => {
    if (!cohortId) return;
    let cancelled = false;
    void api()['participants.list']({ cohortId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setPeople(result.value);
      else setLoadError(errorMessage(result.error, t));
    });
    return () => {
      cancelled = true;
    };
  }, [cohortId, t]);

  const chooseCohort = (id: string) => {
    if (id === cohortId) return;
    setPeople(null);
    setChosen([]);
    setCohortId(id);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!passphraseSchema.safeParse(passphrase).success) found.passphrase = t('transfer.errors.passphraseShort');
    if (confirmation !== passphrase) found.confirmation = t('transfer.export.mismatch');
    if (who === 'chosen' && chosen.length === 0) found.chosen = t('transfer.export.chooseSomeone');
    setErrors(found);
    if (Object.keys(found).length > 0 || !cohortId) return;
    await exportCohort(cohortId, who === 'chosen' ? chosen : null, passphrase);
    if (useTransfer.getState().exporting.phase === 'done') {
      setPassphrase('');
      setConfirmation('');
    }
  };

  const strength = passphrase ? passphraseStrength(passphrase) : null;
  const StrengthIcon = strength ? STRENGTH_ICON[strength] : null;

  return (
    <Paper withBorder p="lg" radius="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3">{t('transfer.export.title')}</Title>
          <ErrorAlert message={loadError} />
          <Select label={t('transfer.export.cohort')} data={(cohorts ?? []).map((cohort) => ({ value: cohort.id, label: cohort.name }))} value={cohortId}
            onChange={(value) => value && chooseCohort(value)} allowDeselect={false} withAsterisk />
          <Radio.Group label={t('transfer.export.who')} value={who} onChange={(value) => setWho(value === 'chosen' ? 'chosen' : 'everyone')}>
            <Stack gap="xs" mt="xs">
              <Radio value="everyone" label={t('transfer.export.everyone')} size="md" />
              <Radio value="chosen" label={t('transfer.export.chosen')} size="md" />
            </Stack>
          </Radio.Group>
          {who === 'chosen' && people && people.length === 0 && <Text>{t('transfer.export.noParticipants')}</Text>}
          {who === 'chosen' && people && people.length > 0 && (
            <Checkbox.Group label={t('transfer.export.participantsLabel')} value={chosen} onChange={(value) => { setChosen(value); setErrors(({ chosen: _, ...rest }) => rest); }} error={errors.chosen}>
              <Stack gap="xs" mt="xs">
                {people.map((person) => <Checkbox key={person.id} value={person.id} label={`${person.firstName} ${person.lastName}`} size="md" />)}
              </Stack>
            </Checkbox.Group>
          )}
          <PasswordInput label={t('transfer.passphrase')} description={t('transfer.passphraseHint')} withAsterisk autoComplete="new-password"
            value={passphrase} onChange={(event) => { setPassphrase(event.currentTarget.value); setErrors(({ passphrase: _, ...rest }) => rest); }} error={errors.passphrase} />
          {strength && StrengthIcon && (
            <Group gap="xs" aria-live="polite">
              <StrengthIcon aria-hidden color={STRENGTH_COLOR[strength]} />
              <Text>{t('transfer.strength.label', { level: t(`transfer.strength.${strength}`) })}</Text>
            </Group>
          )}
          <PasswordInput label={t('transfer.export.passphraseConfirm')} withAsterisk autoComplete="new-password"
            value={confirmation} onChange={(event) => { setConfirmation(event.currentTarget.value); setErrors(({ confirmation: _, ...rest }) => rest); }} error={errors.confirmation} />
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('transfer.export.warningTitle')}>
            <Text>{t('transfer.export.warning')}</Text>
          </Alert>
          <Text>{t('transfer.export.contents')}</Text>
          {exporting.phase === 'failed' && <ErrorAlert message={errorMessage(exporting.error, t)} />}
          {exporting.phase === 'done' && (
            <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
              <Text>{t('transfer.export.done', { file: exporting.fileName })}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" size="md" loading={exporting.phase === 'working'} disabled={!cohortId} leftSection={<IconFileExport aria-hidden />}>
              {t('transfer.export.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

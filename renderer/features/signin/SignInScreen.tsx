import { Alert, Badge, Button, Container, Group, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconInfoCircle, IconLock, IconSearch, IconUserShield } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantCard } from '../../../shared/api/dto';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PersonAvatar } from '../../components/PersonAvatar';
import { switchDeviceLanguage, useSession } from '../session/store';
import { PinDialog } from './PinDialog';
import { StaffDialog } from './StaffDialog';
import { loadSignInOptions, matchesSearch, setSearch, useSignIn } from './store';
import classes from './SignInScreen.module.css';

const SAMPLE_PIN = '1234';

/** The shared laptop's front door: participants tap their card, staff use a password. */
export function SignInScreen() {
  const { t } = useTranslation();
  const { options, loadFailed, search } = useSignIn();
  const language = useSession((state) => state.deviceLanguage);
  const organisation = useSession((state) => state.status?.organisationName ?? '');
  const lockReason = useSession((state) => state.lockReason);
  const [chosen, setChosen] = useState<ParticipantCard | null>(null);
  const [staffOpen, setStaffOpen] = useState(false);

  useEffect(() => {
    void loadSignInOptions();
  }, []);

  const participants = (options?.participants ?? []).filter((p) => matchesSearch(p.firstName, p.lastName, search));

  return (
    <Container size="lg" py="lg">
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={0}>
            <Text fw={700} c="teal.9" size="lg">Foras Atelier</Text>
            {organisation && <Text c="dimmed">{organisation}</Text>}
          </Stack>
          <Group>
            <LanguageSwitch value={language} onChange={(next) => void switchDeviceLanguage(next)} />
            <Button variant="default" size="md" leftSection={<IconUserShield aria-hidden />} onClick={() => setStaffOpen(true)}>
              {t('signin.staffButton')}
            </Button>
          </Group>
        </Group>

        {lockReason && lockReason !== 'manual' && (
          <Alert icon={<IconLock aria-hidden />} color="blue" role="status">{t(`signin.lockReason.${lockReason}`)}</Alert>
        )}
        <ErrorAlert message={loadFailed ? t('errors.TRANSPORT') : null} />

        <Stack gap="xs">
          <Title order={1}>{t('signin.title')}</Title>
          {options?.cohort && (
            <Group gap="sm">
              <Text size="lg">{options.cohort.name}</Text>
              {options.cohort.isSample && <Badge color="orange" variant="light" size="lg">{t('common.sample')}</Badge>}
            </Group>
          )}
        </Stack>

        {options?.cohort?.isSample && (
          <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />}>{t('signin.sampleHint', { pin: SAMPLE_PIN })}</Alert>
        )}

        {options && !options.cohort && <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>{t('signin.noCohort')}</Alert>}

        {options?.cohort && (
          <TextInput
            size="lg"
            label={t('signin.searchLabel')}
            placeholder={t('signin.searchPlaceholder')}
            leftSection={<IconSearch aria-hidden />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            maw={480}
          />
        )}

        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="md" component="ul" className={classes.grid} aria-label={t('signin.listLabel')}>
          {participants.map((participant) => (
            <li key={participant.id}>
              <UnstyledButton className={classes.card} onClick={() => setChosen(participant)} data-testid="participant-card">
                <PersonAvatar avatar={participant.avatar} firstName={participant.firstName} lastName={participant.lastName} size={80} />
                <Text fw={700} size="lg" ta="center" className={classes.name}>{participant.firstName} {participant.lastName}</Text>
                {(participant.lockedUntil || participant.pinResetRequired) && (
                  <Group gap={4} c="red.8"><IconLock size={18} aria-hidden /><Text size="sm" c="red.8">{t('signin.cardLocked')}</Text></Group>
                )}
              </UnstyledButton>
            </li>
          ))}
        </SimpleGrid>
        {options?.cohort && participants.length === 0 && <Text c="dimmed">{t('signin.noMatch')}</Text>}
      </Stack>

      {chosen && <PinDialog participant={chosen} onClose={() => setChosen(null)} onRefused={() => void loadSignInOptions()} />}
      {staffOpen && options && <StaffDialog staff={options.staff} onClose={() => setStaffOpen(false)} />}
    </Container>
  );
}

import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DataConsentScreen } from './DataConsentScreen';
import { startMyConsents, useMyConsents } from './store';

/**
 * Around a participant's screens: at each sign-in, asks for the consent to
 * keep their data when it is missing; after "not now" (or a withdrawal) a
 * short note on every screen says their work is not kept, with the way to
 * agree.
 */
export function ConsentGate({ participantId, children }: { participantId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { consents, dataConsentPostponed, loadFailed, participantId: loadedFor } = useMyConsents();
  const location = useLocation();

  useEffect(() => {
    void startMyConsents(participantId);
  }, [participantId]);

  if (loadedFor !== participantId || (!consents && !loadFailed)) {
    return <Center h={200}><Loader role="status" aria-label={t('common.loading')} /></Center>;
  }
  if (!consents) return <ErrorAlert message={t('errors.TRANSPORT')} />;
  if (!consents.data && !dataConsentPostponed) return <DataConsentScreen />;
  return (
    <Stack gap="lg">
      {!consents.data && location.pathname !== '/consents' && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="note" data-testid="not-saved-note">
          <Group justify="space-between" wrap="wrap">
            <Text>{t('privacy.consent.notSaved')}</Text>
            <Button component={Link} to="/consents" variant="default">{t('privacy.mine.open')}</Button>
          </Group>
        </Alert>
      )}
      {children}
    </Stack>
  );
}

import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconClock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { asLanguage } from '../../i18n';
import { ConsentText } from './ConsentText';
import { postponeDataConsent, setMyConsent } from './store';

/**
 * Shown when a participant signs in without having agreed that the workshop
 * keeps their data: the text (in either language, read aloud on request),
 * "I agree" or "Not now". Without it they can follow the lessons, but
 * nothing they do is kept.
 */
export function DataConsentScreen() {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(asLanguage(i18n.language));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const agree = async () => {
    setBusy(true);
    setError(null);
    const result = await setMyConsent('data', true, language);
    setBusy(false);
    if (!result.ok) setError(errorMessage(result.error, t));
  };

  return (
    <Stack gap="lg" maw={860} component="section" aria-labelledby="data-consent-title">
      <Paper withBorder p="xl" radius="lg">
        <Stack gap="lg">
          <Group justify="space-between" wrap="wrap">
            <Text size="lg">{t('privacy.consent.intro')}</Text>
            <LanguageSwitch value={language} onChange={setLanguage} />
          </Group>
          <ConsentText purpose="data" language={language} titleOrder={1} titleId="data-consent-title" />
          <ErrorAlert message={error} />
          <Group gap="md">
            <Button size="xl" leftSection={<IconCheck aria-hidden />} loading={busy} onClick={() => void agree()}>{t('privacy.consent.agree')}</Button>
            <Button size="xl" variant="default" leftSection={<IconClock aria-hidden />} disabled={busy} onClick={postponeDataConsent}>{t('privacy.consent.notNow')}</Button>
          </Group>
          <Text>{t('privacy.consent.notNowNote')}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}

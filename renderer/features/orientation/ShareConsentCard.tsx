import { Badge, Button, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyHandoverDto } from '../../../shared/api/dto';
import { countryName } from '../../../shared/domain/countries';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { asLanguage } from '../../i18n';
import { formatDay } from './store';
import { ConsentText } from '../privacy/ConsentText';
import { consentChange } from '../privacy/store';

/**
 * On a participant's home screen: whether their documents may be sent to the
 * migration office of their country, what exactly is sent, and one button
 * to agree or to withdraw. Nothing is sent without it.
 */
export function ShareConsentCard() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [mine, setMine] = useState<MyHandoverDto | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    const result = await api()['handover.mine']({});
    if (result.ok) setMine(result.value);
    else setError(errorMessage(result.error, t));
  };
  useEffect(() => {
    void api()['handover.mine']({}).then((result) => (result.ok ? setMine(result.value) : undefined));
  }, []);

  const set = async (given: boolean) => {
    setBusy(true);
    setError(null);
    const result = await api()['consents.set'](consentChange('share', given));
    setBusy(false);
    if (!result.ok) return setError(errorMessage(result.error, t));
    await load();
  };

  if (!mine) return null;
  const given = mine.consentGivenAt !== null;
  const lastSent = mine.handovers[0];
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="share-consent-title">
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={48} radius="md" variant="light" color="blue"><IconSend size={28} aria-hidden /></ThemeIcon>
          {/* The text is versioned in shared/consents; agreeing records that version. */}
          <ConsentText purpose="share" language={language} country={countryName(mine.country, language)} titleOrder={2} titleId="share-consent-title" />
        </Group>
        <Group gap="sm" data-testid="share-consent-state">
          {given
            ? <Badge color="teal" variant="light" leftSection={<IconCheck size={16} aria-hidden />}>{t('orientation.consent.given', { date: formatDay(mine.consentGivenAt!, language) })}</Badge>
            : <Badge color="gray" variant="outline">{t('orientation.consent.notGiven')}</Badge>}
          {lastSent && <Text>{t('orientation.consent.sentOn', { date: formatDay(lastSent.createdAt, language) })}</Text>}
        </Group>
        <ErrorAlert message={error} />
        <Group>
          {given
            ? <Button variant="default" size="lg" loading={busy} onClick={() => void set(false)}>{t('orientation.consent.withdraw')}</Button>
            : <Button size="lg" loading={busy} leftSection={<IconCheck aria-hidden />} onClick={() => void set(true)}>{t('orientation.consent.give')}</Button>}
        </Group>
        {given && <Text size="sm" c="dimmed">{t('orientation.consent.withdrawNote')}</Text>}
      </Stack>
    </Card>
  );
}

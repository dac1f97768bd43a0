import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsentStateDto } from '../../../shared/consents/types';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../../../shared/consents/texts';
import { countryName, type ReturnCountry } from '../../../shared/domain/countries';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { asLanguage } from '../../i18n';
import { useSession } from '../session/store';
import { ConsentText } from './ConsentText';
import { formatDay } from './format';
import { loadMyConsents, setMyConsent } from './store';

/** "My consents": each consent's text, where it stands, and one button to agree or to withdraw. */
export function MyConsentsScreen() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const participantId = useSession((state) => state.user?.id ?? '');
  const [states, setStates] = useState<ConsentStateDto[] | null>(null);
  const [country, setCountry] = useState<ReturnCountry | null>(null);
  const [busy, setBusy] = useState<ConsentPurpose | null>(null);
  const [confirm, setConfirm] = useState<ConsentPurpose | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fetchAll = () => Promise.all([api()['consents.details']({ participantId }), api()['me.profile']({})]);
  const apply = ([details, me]: Awaited<ReturnType<typeof fetchAll>>) => {
    if (details.ok) setStates(details.value.current);
    else setError(errorMessage(details.error, t));
    if (me.ok) setCountry(me.value.country);
  };
  const load = async () => apply(await fetchAll());
  useEffect(() => {
    void fetchAll().then(apply);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [participantId]);

  const change = async (purpose: ConsentPurpose, given: boolean) => {
    setConfirm(null);
    setBusy(purpose);
    setError(null);
    const result = await setMyConsent(purpose, given);
    setBusy(null);
    if (!result.ok) return setError(errorMessage(result.error, t));
    await Promise.all([load(), loadMyConsents(participantId)]);
  };

  return (
    <Stack gap="lg" maw={900}>
      <Anchor component={Link} to="/" size="md"><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('privacy.mine.back')}</Group></Anchor>
      <Title order={1}>{t('privacy.mine.title')}</Title>
      <Text size="lg">{t('privacy.mine.intro')}</Text>
      <ErrorAlert message={error} />
      {states && CONSENT_PURPOSES.map((purpose) => {
        const state = states.find((s) => s.purpose === purpose);
        const given = state?.given === true;
        return (
          <Card key={purpose} withBorder radius="lg" padding="lg" component="section" aria-labelledby={`consent-${purpose}`} data-testid={`consent-${purpose}`}>
            <Stack gap="md">
              <ConsentText purpose={purpose} language={language} country={country ? countryName(country, language) : ''} titleOrder={2} titleId={`consent-${purpose}`} />
              <Group gap="xs" wrap="nowrap">
                {given ? <IconCheck size={24} color="var(--mantine-color-teal-9)" aria-hidden /> : <IconX size={24} color="var(--mantine-color-gray-7)" aria-hidden />}
                <Text size="lg" fw={700} c={given ? 'teal.9' : undefined}>
                  {given ? t('privacy.mine.given', { date: formatDay(state!.givenAt!, language) }) : t('privacy.mine.notGiven')}
                </Text>
              </Group>
              <Group>
                {given
                  ? <Button size="lg" variant="default" leftSection={<IconX aria-hidden />} loading={busy === purpose} onClick={() => setConfirm(purpose)}>{t('privacy.mine.withdraw')}</Button>
                  : <Button size="lg" leftSection={<IconCheck aria-hidden />} loading={busy === purpose} onClick={() => void change(purpose, true)}>{t('privacy.consent.agree')}</Button>}
              </Group>
            </Stack>
          </Card>
        );
      })}
      <Text size="lg">{t('privacy.mine.copyOrErase')}</Text>
      {confirm && (
        <AppModal opened onClose={() => setConfirm(null)} title={t('privacy.mine.withdrawTitle')} size="lg">
          <Stack gap="md">
            <Text size="lg">{t(`privacy.withdrawEffects.${confirm}`)}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirm(null)}>{t('common.cancel')}</Button>
              <Button color="red.9" onClick={() => void change(confirm, false)}>{t('privacy.mine.withdrawConfirm')}</Button>
            </Group>
          </Stack>
        </AppModal>
      )}
    </Stack>
  );
}

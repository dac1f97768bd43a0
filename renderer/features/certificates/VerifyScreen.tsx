import { Alert, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyDto } from '../../../shared/api/dto';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Checks a certificate's QR text, scanned or typed, against this laptop's public key — offline. */
export function VerifyScreen() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<VerifyDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  const verify = async () => {
    const answer = await api()['certificates.verify']({ text });
    setError(answer.ok ? null : t(`errors.${answer.error.code}`));
    setResult(answer.ok ? answer.value : null);
  };
  const payload = result?.payload;

  return (
    <Stack gap="lg" maw={800}>
      <Title order={1}>{t('certificates.verifyTitle')}</Title>
      <Text>{t('certificates.verifyIntro')}</Text>
      <Textarea label={t('certificates.verifyLabel')} value={text} maxLength={4000} autosize minRows={3} onChange={(event) => { setText(event.currentTarget.value); setResult(null); }} />
      <Button leftSection={<IconShieldCheck aria-hidden />} disabled={text.trim() === ''} onClick={() => void verify()} style={{ alignSelf: 'flex-start' }}>{t('certificates.verify')}</Button>
      <ErrorAlert message={error} />
      {result && !result.valid && (
        <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('certificates.invalidTitle')}>
          {t(result.reason === 'malformed' ? 'certificates.invalidMalformed' : 'certificates.invalidSignature')}
        </Alert>
      )}
      {result?.valid && payload && (
        <Alert color={result.register?.revokedAt ? 'orange' : 'teal'} role="status" icon={result.register?.revokedAt ? <IconAlertTriangle aria-hidden /> : <IconCircleCheck aria-hidden />}
          title={t(result.register?.revokedAt ? 'certificates.revokedTitle' : 'certificates.validTitle')}>
          <Stack gap={4}>
            <Text><strong>{payload.participantName}</strong> — {payload.number}</Text>
            <Text>{payload.organisation} · {new Date(`${payload.issuedOn}T12:00:00`).toLocaleDateString(i18n.language)}</Text>
            <Text>{payload.modules.map((module) => `${t(`certificates.modules.${module.id}`)} (${t('certificates.hoursShort', { hours: module.hours })})`).join(' · ')}</Text>
            {result.register?.revokedAt && <Text fw={700}>{t('certificates.revokedBecause', { reason: result.register.revokedReason ?? '' })}</Text>}
            {!result.register && <Text size="sm">{t('certificates.notInRegister')}</Text>}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

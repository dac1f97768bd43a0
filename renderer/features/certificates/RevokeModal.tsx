import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateDto } from '../../../shared/api/dto';
import { AppModal } from '../../components/AppModal';

/** Revoking keeps the certificate in the register, with the reason; a verification then reports it. */
export function RevokeModal({ certificate, onClose, onConfirm }: { certificate: CertificateDto; onClose: () => void; onConfirm: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <AppModal opened onClose={onClose} centered title={<Text fw={700}>{t('certificates.revokeTitle', { number: certificate.number })}</Text>}>
      <Stack>
        <Text>{t('certificates.revokeBody', { name: certificate.participantName })}</Text>
        <Textarea label={t('certificates.reason')} value={reason} maxLength={500} autosize minRows={3} data-autofocus onChange={(event) => setReason(event.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="red" disabled={reason.trim().length < 3} onClick={() => onConfirm(reason.trim())}>{t('certificates.revoke')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

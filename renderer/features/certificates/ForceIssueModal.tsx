import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EligibilityRowDto } from '../../../shared/api/dto';
import { AppModal } from '../../components/AppModal';

/** Issuing to someone who does not meet the rule needs a written reason, kept in the register. */
export function ForceIssueModal({ row, onClose, onConfirm }: { row: EligibilityRowDto; onClose: () => void; onConfirm: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const valid = reason.trim().length >= 3;
  return (
    <AppModal opened onClose={onClose} centered title={<Text fw={700}>{t('certificates.forceTitle', { name: `${row.firstName} ${row.lastName}` })}</Text>}>
      <Stack>
        <Text>{t('certificates.forceBody')}</Text>
        <Textarea label={t('certificates.reason')} value={reason} maxLength={500} autosize minRows={3} data-autofocus onChange={(event) => setReason(event.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button disabled={!valid} onClick={() => onConfirm(reason.trim())}>{t('certificates.force')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

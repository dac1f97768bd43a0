import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconBan, IconKey, IconPrinter, IconSettings, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CertificateDto } from '../../../shared/api/dto';
import { api } from '../../api/api';
import { download } from '../../api/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RevokeModal } from './RevokeModal';
import { downloadCertificates, loadRegister, revokeCertificate, useCertificates } from './store';

/** Every certificate issued on this laptop: reprint one, revoke one with a reason, share the public key. */
export function RegisterScreen() {
  const { t, i18n } = useTranslation();
  const register = useCertificates((state) => state.register);
  const [revoking, setRevoking] = useState<CertificateDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadRegister(null);
  }, []);

  const run = async (action: () => Promise<string | null>) => {
    const code = await action();
    setError(code ? t(`errors.${code}`) : null);
  };
  const exportKey = async () => {
    const result = await api()['certificates.publicKey']({});
    if (result.ok) download(result.value);
    return result.ok ? null : result.error.code;
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('certificates.registerTitle')}</Title>
        <Group>
          <Button variant="default" component={Link} to="/verify" leftSection={<IconShieldCheck aria-hidden />}>{t('certificates.verifyTitle')}</Button>
          <Button variant="default" component={Link} to="/certificates/settings" leftSection={<IconSettings aria-hidden />}>{t('certificates.settingsTitle')}</Button>
          <Button variant="default" leftSection={<IconKey aria-hidden />} onClick={() => void run(exportKey)}>{t('certificates.exportKey')}</Button>
        </Group>
      </Group>
      <Text>{t('certificates.registerIntro')}</Text>
      <ErrorAlert message={error} />
      {register?.length === 0 && <Text>{t('certificates.registerEmpty')}</Text>}
      {register && register.length > 0 && (
        <Table verticalSpacing="sm" fz="md" striped aria-label={t('certificates.registerTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('certificates.number')}</Table.Th>
              <Table.Th>{t('people.name')}</Table.Th>
              <Table.Th>{t('certificates.issuedOn')}</Table.Th>
              <Table.Th>{t('certificates.status')}</Table.Th>
              <Table.Th><span className="visually-hidden">{t('people.actions')}</span></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {register.map((certificate) => (
              <Table.Tr key={certificate.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{certificate.number}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{certificate.participantName}</Table.Td>
                <Table.Td>{new Date(certificate.issuedAt).toLocaleDateString(i18n.language)}</Table.Td>
                <Table.Td>
                  {certificate.revokedAt ? (
                    <Stack gap={2}>
                      <Badge color="red" variant="light" leftSection={<IconBan size={14} aria-hidden />}>{t('certificates.revoked')}</Badge>
                      <Text size="sm">{certificate.revokedReason}</Text>
                    </Stack>
                  ) : (
                    <Badge color="teal" variant="light">{t('certificates.valid')}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="sm" variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => void run(() => downloadCertificates([certificate.id], 'pdf'))}
                      aria-label={t('certificates.reprintNamed', { number: certificate.number })}>{t('certificates.reprint')}</Button>
                    {!certificate.revokedAt && (
                      <Button size="sm" variant="subtle" color="red" onClick={() => setRevoking(certificate)} aria-label={t('certificates.revokeNamed', { number: certificate.number })}>{t('certificates.revoke')}</Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {revoking && (
        <RevokeModal certificate={revoking} onClose={() => setRevoking(null)} onConfirm={(reason) => { const id = revoking.id; setRevoking(null); void run(() => revokeCertificate(id, reason)); }} />
      )}
    </Stack>
  );
}

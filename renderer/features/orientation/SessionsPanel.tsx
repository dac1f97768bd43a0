import { Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrientationSessionDto } from '../../../shared/api/dto';
import { RETURN_COUNTRIES, countryName, type ReturnCountry } from '../../../shared/domain/countries';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/forms';
import { asLanguage } from '../../i18n';
import { SessionFormModal } from './SessionFormModal';
import { formatDay, loadSessions, useOrientation } from './store';

type Dialog = { kind: 'form'; session: OrientationSessionDto | null } | { kind: 'delete'; session: OrientationSessionDto } | null;

/** The orientation sessions this staff member may see, newest first, filtered by country. */
export function SessionsPanel() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const { sessions, country, loadFailed } = useOrientation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadSessions();
  }, []);

  const remove = async (session: OrientationSessionDto) => {
    const result = await api()['orientation.deleteSession']({ sessionId: session.id });
    setDialog(null);
    if (!result.ok) return setError(errorMessage(result.error, t));
    setError(null);
    await loadSessions();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label={t('orientation.country')}
          w={280}
          allowDeselect={false}
          data={[{ value: '', label: t('orientation.allCountries') }, ...RETURN_COUNTRIES.map((iso) => ({ value: iso, label: countryName(iso, language) }))]}
          value={country ?? ''}
          onChange={(value) => void loadSessions(value ? (value as ReturnCountry) : null)}
        />
        <Button leftSection={<IconPlus aria-hidden />} onClick={() => setDialog({ kind: 'form', session: null })}>{t('orientation.sessions.add')}</Button>
      </Group>
      <ErrorAlert message={error ?? (loadFailed ? t('errors.TRANSPORT') : null)} />
      {sessions?.length === 0 && <Text>{t('orientation.sessions.none')}</Text>}
      <Stack gap="md" component="ul" aria-label={t('orientation.sessions.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {sessions?.map((session) => {
          const date = formatDay(session.date, language);
          return (
            <Card key={session.id} withBorder radius="lg" padding="lg" component="li">
              <Stack gap="sm">
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <Title order={3} size="h4">{t('orientation.sessions.heading', { date, country: countryName(session.country, language) })}</Title>
                  {session.canEdit && (
                    <Group gap="xs">
                      <Button size="md" variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setDialog({ kind: 'form', session })}
                        aria-label={t('orientation.sessions.editNamed', { date })}>{t('common.edit')}</Button>
                      <Button size="md" variant="subtle" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setDialog({ kind: 'delete', session })}
                        aria-label={t('orientation.sessions.deleteNamed', { date })}>{t('orientation.sessions.delete')}</Button>
                    </Group>
                  )}
                </Group>
                <Group gap="xs" aria-label={t('orientation.sessions.topics')} role="list">
                  {session.topics.map((topic) => <Badge key={topic} variant="light" color="teal" role="listitem">{t(`orientation.topics.${topic}`)}</Badge>)}
                </Group>
                <Text>
                  <Text span fw={700}>{t('orientation.sessions.attendees')}</Text>{' '}
                  {session.attendees.map((a) => `${a.firstName} ${a.lastName}`).join(', ')}
                  {session.otherAttendees > 0 && ` ${t('orientation.sessions.others', { count: session.otherAttendees })}`}
                </Text>
                {session.notes && <TextBlock title={t('orientation.sessions.notes')} text={session.notes} />}
                {session.followUp && <TextBlock title={t('orientation.sessions.followUp')} text={session.followUp} />}
                <Text size="sm" c="dimmed">
                  {session.recordedBy ? t('orientation.sessions.recordedBy', { name: session.recordedBy }) : null}
                  {!session.canEdit && ` · ${t('orientation.sessions.readOnly')}`}
                </Text>
              </Stack>
            </Card>
          );
        })}
      </Stack>
      {dialog?.kind === 'form' && (
        <SessionFormModal
          session={dialog.session}
          defaultCountry={country}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            setError(null);
            void loadSessions();
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <AppModal opened onClose={() => setDialog(null)} centered title={<Text fw={700}>{t('orientation.sessions.deleteTitle')}</Text>}>
          <Stack>
            <Text>{t('orientation.sessions.deleteBody')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>{t('common.cancel')}</Button>
              <Button color="red" onClick={() => void remove(dialog.session)}>{t('orientation.sessions.delete')}</Button>
            </Group>
          </Stack>
        </AppModal>
      )}
    </Stack>
  );
}

function TextBlock({ title, text }: { title: string; text: string }) {
  return (
    <Stack gap={2}>
      <Text fw={700}>{title}</Text>
      <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{text}</Text>
    </Stack>
  );
}

import { Anchor, Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ErasureCandidateDto, ErasureListDto, ErasureReason } from '../../../shared/privacy/types';
import { RETENTION_MONTHS_MAX } from '../../../shared/privacy/retention';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { asLanguage } from '../../i18n';
import { EraseDialog } from './EraseDialog';
import { formatDay } from './format';

/**
 * The coordinator's view of personal data: how long participants are kept
 * after their cohort ends, and who is waiting to be erased and why (they
 * withdrew their consent, or the retention period is over). Nothing is
 * erased until the coordinator confirms, twice.
 */
export function PrivacyScreen() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [list, setList] = useState<ErasureListDto | null>(null);
  const [months, setMonths] = useState<number | string>('');
  const [saved, setSaved] = useState(false);
  const [erasing, setErasing] = useState<{ reason: ErasureReason; people: ErasureCandidateDto[] } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const show = (value: ErasureListDto) => {
    setList(value);
    setMonths(value.retentionMonths ?? 0);
  };
  useEffect(() => {
    void api()['privacy.erasureList']({}).then((result) => (result.ok ? show(result.value) : setError(errorMessage(result.error, t))));
  }, [t]);

  const save = async () => {
    setError(null);
    const value = typeof months === 'number' ? months : Number(months || 0);
    const result = await api()['privacy.setRetention']({ months: Number.isInteger(value) ? value : 0 });
    if (!result.ok) return setError(errorMessage(result.error, t));
    show(result.value);
    setSaved(true);
  };

  const table = (people: ErasureCandidateDto[], reason: ErasureReason, caption: string) => (
    <Table.ScrollContainer minWidth={720} tabIndex={0} aria-label={caption}>
      <Table verticalSpacing="sm" fz="md" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.name')}</Table.Th>
            <Table.Th>{t('privacy.list.cohort')}</Table.Th>
            <Table.Th>{t('privacy.list.cohortEnd')}</Table.Th>
            <Table.Th>{t(reason === 'withdrawn' ? 'privacy.list.withdrawnOn' : 'privacy.list.dueSince')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.participantId}>
              <Table.Td>
                <Group gap="xs">
                  <Anchor component={Link} to={`/participants/${person.participantId}/privacy`}>{person.firstName} {person.lastName}</Anchor>
                  {person.isSample && <Badge color="orange" variant="light">{t('common.sample')}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{person.cohortName}</Table.Td>
              <Table.Td>{formatDay(person.cohortEnd, language)}</Table.Td>
              <Table.Td>{formatDay(person.since, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  const section = (reason: 'withdrawn' | 'retention', people: ErasureCandidateDto[]) => (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={`list-${reason}`}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={`list-${reason}`}>{t(`privacy.list.${reason}Title`)}</Title>
        <Text>{reason === 'retention' && list?.retentionMonths ? t('privacy.list.retentionIntro', { count: list.retentionMonths }) : t(`privacy.list.${reason}Intro`)}</Text>
        {people.length === 0 ? <Text fw={600}>{t('privacy.list.nobody')}</Text> : (
          <>
            {table(people, reason, t(`privacy.list.${reason}Title`))}
            <Group>
              <Button color="red.9" leftSection={<IconTrash aria-hidden />} onClick={() => setErasing({ reason, people })}>
                {t('privacy.list.eraseAll', { count: people.length })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('privacy.title')}</Title>
      <Text size="lg">{t('privacy.intro')}</Text>
      <ErrorAlert message={error} />
      {notice && <Text role="status" c="teal.9" fw={600}>{notice}</Text>}
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="retention-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="retention-title">{t('privacy.retention.title')}</Title>
          <Text>{t('privacy.retention.hint')}</Text>
          <Text>{t('privacy.retention.never')}</Text>
          <Group align="flex-end">
            <NumberInput label={t('privacy.retention.label')} min={0} max={RETENTION_MONTHS_MAX} allowDecimal={false} allowNegative={false}
              value={months} onChange={(value) => { setMonths(value); setSaved(false); }} w={320} disabled={!list} />
            <Button leftSection={<IconDeviceFloppy aria-hidden />} onClick={() => void save()} disabled={!list}>{t('common.save')}</Button>
          </Group>
          {saved && <Text role="status" c="teal.9">{t('privacy.retention.saved')}</Text>}
        </Stack>
      </Paper>
      {list && section('withdrawn', list.withdrawn)}
      {list && (list.retentionMonths === null
        ? <Paper withBorder p="lg" radius="md"><Text>{t('privacy.list.retentionOff')}</Text></Paper>
        : section('retention', list.due))}
      {erasing && (
        <EraseDialog people={erasing.people.map((person) => ({ id: person.participantId, name: `${person.firstName} ${person.lastName}` }))} reason={erasing.reason}
          onClose={() => setErasing(null)}
          onErased={(result) => {
            setErasing(null);
            setNotice(t('privacy.list.erased', { count: result.erased }));
            void api()['privacy.erasureList']({}).then((next) => next.ok && show(next.value));
          }} />
      )}
    </Stack>
  );
}
